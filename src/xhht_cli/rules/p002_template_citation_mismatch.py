"""P002 template-citation-mismatch: the plan's source text does not cite the template's số, ký hiệu followed by a
date, or cites it with a date other than the template's 'issued'.

The template's number is looked for in the plan's source text with the date written right after it ("Quyết định số
489/QĐ-TTg ngày 08/4/2020"), which must be the template's `issued` date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._identity import source_paths
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import PlanDoc, Workspace, fold_text

_CITED_DATE = re.compile(
    r"\s*,?\s*ngày\s+(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))",
    re.IGNORECASE,
)


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        yield from _citation(ws, plan)


def _citation(ws: Workspace, plan: PlanDoc) -> Iterator[Finding]:
    template = ws.template(plan)
    if template is None or not template.model.plan.number:
        return
    texts = [ws.sources[p] for p in source_paths(plan) if p is not None and p in ws.sources]
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
    yield RULE.finding(
        plan.file,
        plan.plan_pos("implements"),
        key,
        {"number": number, "issued": issued.isoformat() if issued else "—", "cited": ", ".join(cited)},
        data=data,
        plan=plan.id,
    )


RULE = Rule(
    code="P002",
    name="template-citation-mismatch",
    severity=Severity.WARNING,
    family="identity",
    messages={
        "P002.date": T(
            "văn bản nguồn dẫn {number} với ngày {cited}, nhưng văn bản cấp trên ghi ngày {issued}",
            "the source cites {number} dated {cited}, but the template records {issued}",
        ),
        "P002.absent": T(
            "văn bản nguồn không dẫn số {number} kèm ngày {issued} của văn bản cấp trên",
            "the source does not cite the template's number {number} with its date {issued}",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Văn bản nguồn của kế hoạch không dẫn số, ký hiệu của văn bản cấp trên kèm ngày ngay sau ('… số "
                "489/QĐ-TTg ngày 08/4/2020'), hoặc dẫn với ngày khác 'issued' của kế hoạch cấp trên."
            ),
            (
                "The plan's source text does not cite the template's số, ký hiệu followed by a date ('… số 489/QĐ-TTg "
                "ngày 08/4/2020'), or cites it with a date other than the template's 'issued'."
            ),
        ),
        why=T(
            (
                "Dẫn sai số hay sai ngày cho thấy 'implements' trỏ nhầm văn bản, hoặc văn bản địa phương dẫn sai căn "
                "cứ ban hành."
            ),
            (
                "A wrong number or date suggests that 'implements' names the wrong document, or that the local "
                "document cites the wrong legal basis."
            ),
        ),
        fix=T(
            (
                "Kiểm tra 'implements' trỏ đúng kế hoạch cấp trên và 'issued' của kế hoạch đó đúng. Nếu chính văn bản "
                "địa phương dẫn sai, giữ nguyên văn bản nguồn: đó là sai sót cần ghi nhận."
            ),
            (
                "Check that 'implements' names the right template and that its 'issued' is right. If the local "
                "document itself cites wrongly, leave the source text as it is: it is an error to record."
            ),
        ),
        example=T(
            (
                "Thực hiện Quyết định số 489/QĐ-TTg ngày 18/4/2020 của Thủ tướng Chính phủ …\n"
                "# kế hoạch cấp trên qd-489-2020 ghi issued: 2020-04-08"
            ),
            (
                "Thực hiện Quyết định số 489/QĐ-TTg ngày 18/4/2020 của Thủ tướng Chính phủ …\n"
                "# the template qd-489-2020 records issued: 2020-04-08"
            ),
        ),
    ),
    check=check,
)
