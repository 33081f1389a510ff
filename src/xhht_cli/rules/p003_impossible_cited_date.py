"""P003 impossible-cited-date: The source text cites a date that does not exist (a month outside 1–12, or a day beyond
the month's length), written 22/22/2033 or 'ngày 30 tháng 2 năm 2021'; reported at its line in the source file.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.positions import LineIndex
from xhht_cli.rules._identity import source_paths
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace

_DMY = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """Every date the source texts cite that cannot exist ("ngày 22/22/2033"), at its line in the source."""
    for plan in ws.checked:
        for path, rel in zip(source_paths(plan), plan.model.plan.source, strict=True):
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
                    yield RULE.finding(
                        shown,
                        lines.position(m.start()),
                        "P003." + problem[0],
                        {"text": m.group(0), **problem[1]},
                        data={"text": m.group(0), "day": day, "month": month, "year": year, "problem": problem[0]},
                        plan=plan.id,
                    )


def _impossible(day: int, month: int, year: int) -> tuple[str, dict[str, int]] | None:
    if not 1 <= month <= 12:
        return "month", {"month": month}
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return "day", {"day": day, "month": month, "year": year}
    return None


RULE = Rule(
    code="P003",
    name="impossible-cited-date",
    severity=Severity.WARNING,
    family="identity",
    messages={
        "P003.month": T(
            "văn bản nguồn dẫn ngày «{text}»: tháng {month} không tồn tại",
            "the source cites the date «{text}»: month {month} does not exist",
        ),
        "P003.day": T(
            "văn bản nguồn dẫn ngày «{text}»: ngày {day} không tồn tại trong tháng {month}/{year}",
            "the source cites the date «{text}»: day {day} does not exist in {month}/{year}",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Văn bản nguồn dẫn một ngày không có thật (tháng ngoài 1–12 hoặc ngày vượt số ngày của tháng), dạng "
                "22/22/2033 hoặc 'ngày 30 tháng 2 năm 2021'; báo tại dòng trong tệp nguồn."
            ),
            (
                "The source text cites a date that does not exist (a month outside 1–12, or a day beyond the month's "
                "length), written 22/22/2033 or 'ngày 30 tháng 2 năm 2021'; reported at its line in the source file."
            ),
        ),
        why=T(
            (
                "Ngày không có thật là lỗi của văn bản hoặc lỗi khi sao chép văn bản nguồn; văn bản được dẫn theo ngày "
                "đó không tra cứu được."
            ),
            (
                "An impossible date is an error in the document or in copying its text; the document cited by that "
                "date cannot be looked up."
            ),
        ),
        fix=T(
            (
                "So với bản gốc: lỗi do sao chép thì sửa tệp nguồn; bản gốc ghi sai thì giữ nguyên và ghi nhận để kiến "
                "nghị đính chính."
            ),
            (
                "Compare with the original: fix the source file if the error came from copying; if the original has "
                "it, keep it and record it so a correction can be requested."
            ),
        ),
        example=T.both("Căn cứ Công văn số 8001/VP-VX ngày 22/22/2033 của Văn phòng Ủy ban nhân dân thành phố …"),
    ),
    check=check,
)
