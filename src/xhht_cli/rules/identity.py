"""Document identity rules (P001-P003): the số, ký hiệu of a plan, and the dates its source text cites.

A Vietnamese document number is the number, an optional year, then the type and issuer abbreviations:
`211/KH-UBND`, `489/QĐ-TTg`, `35/2017/TT-BGDĐT`, `176/2025/QH15`; Party documents put the type before the slash:
`49-KL/TW`, `11-CT/TW`. P002 looks for the template's number in the plan's source text and for the date written right
after it ("Quyết định số 489/QĐ-TTg ngày 08/4/2020"), which must be the template's `issued` date. P003 reads every
date the source text cites and reports those that cannot exist ("ngày 22/22/2033"), at their line in the source.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.positions import LineIndex
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import PlanDoc, Workspace, fold_text

_ABBR = r"[A-ZĐƯƠĂÂÊÔ][\w&]*"
NUMBER = re.compile(
    rf"^(?:\d+(?:/\d{{4}})?/{_ABBR}(?:-{_ABBR})*"  # 211/KH-UBND, 35/2017/TT-BGDĐT, 176/2025/QH15
    rf"|\d+-{_ABBR}/{_ABBR}(?:-{_ABBR})*)$"  # 49-KL/TW
)
_DMY = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_CITED_DATE = re.compile(
    r"\s*,?\s*ngày\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))",
    re.IGNORECASE,
)


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        yield from _number(plan)
        yield from _citation(ws, plan)
        yield from _impossible_dates(ws, plan)


def well_formed(number: str) -> bool:
    return bool(NUMBER.match(number))


def _number(plan: PlanDoc) -> Iterator[Finding]:
    number = plan.model.plan.number
    if number is None or well_formed(number):
        return
    fixed = re.sub(r"\s+", "", number)
    yield finding(
        "P001",
        plan.file,
        plan.plan_pos("number"),
        "P001",
        {"number": number, "suggestion": fixed if well_formed(fixed) else ""},
        plan=plan.id,
    )


def _source_paths(plan: PlanDoc) -> list[Path | None]:
    """Where the workspace read the plan's sources (None for one it refused); `ws.sources` is keyed so."""
    return plan.source_paths or [None] * len(plan.model.plan.source)


def _citation(ws: Workspace, plan: PlanDoc) -> Iterator[Finding]:
    template = ws.template(plan)
    if template is None or not template.model.plan.number:
        return
    texts = [ws.sources[p] for p in _source_paths(plan) if p is not None and p in ws.sources]
    if not texts:
        return
    number = template.model.plan.number
    issued = template.model.plan.issued
    pattern = re.compile(r"(?<![\w/-])" + r"\s*".join(re.escape(c) for c in number.replace(" ", "")) + r"(?![\w/])")
    cited: list[str] = []
    for text in texts:
        folded = fold_text(text)
        for m in pattern.finditer(folded):
            d = _CITED_DATE.match(folded, m.end())
            if d is None:
                continue
            g = [int(x) for x in d.groups() if x is not None]
            day, month, year = g
            try:
                when = date(year, month, day)
            except ValueError:
                cited.append(f"{day}/{month}/{year}")
                continue
            if issued is None or when == issued:
                return
            cited.append(when.isoformat())
    data = {
        "template": template.id,
        "number": number,
        "issued": issued.isoformat() if issued else None,
        "cited": cited,
    }
    key = "P002.date" if cited else "P002.absent"
    yield finding(
        "P002",
        plan.file,
        plan.plan_pos("implements"),
        key,
        {"number": number, "issued": issued.isoformat() if issued else "—", "cited": ", ".join(cited)},
        data=data,
        plan=plan.id,
    )


def _impossible_dates(ws: Workspace, plan: PlanDoc) -> Iterator[Finding]:
    for path, rel in zip(_source_paths(plan), plan.model.plan.source, strict=True):
        text = ws.sources.get(path) if path is not None else None
        if text is None:
            continue
        shown = str(plan.doc.path.parent / rel)
        lines: LineIndex | None = None  # made on the first impossible date
        for rx in (_DMY, _WORDS):
            for m in rx.finditer(text):
                day, month, year = (int(x) for x in m.groups())
                problem = _impossible(day, month, year)
                if problem is None:
                    continue
                if lines is None:
                    lines = LineIndex(text)
                line, col = lines.position(m.start())
                yield finding(
                    "P003",
                    shown,
                    (line, col),
                    "P003." + problem[0],
                    {"text": m.group(0), **problem[1]},
                    data={
                        "text": m.group(0),
                        "day": day,
                        "month": month,
                        "year": year,
                        "problem": problem[0],
                    },
                    plan=plan.id,
                )


def _impossible(day: int, month: int, year: int) -> tuple[str, dict[str, int]] | None:
    if not 1 <= month <= 12:
        return "month", {"month": month}
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return "day", {"day": day, "month": month, "year": year}
    return None
