"""P001 bad-document-number: 'plan.number' is not a well-formed số, ký hiệu (211/KH-UBND, 489/QĐ-TTg,
35/2017/TT-BGDĐT, 49-KL/TW).

A Vietnamese document number is the number, an optional year, then the type and issuer abbreviations:
`211/KH-UBND`, `489/QĐ-TTg`, `35/2017/TT-BGDĐT`, `176/2025/QH15`; Party documents put the type before the slash:
`49-KL/TW`, `11-CT/TW`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace

_ABBR = r"[A-ZĐƯƠĂÂÊÔ][\w&]*"
NUMBER = re.compile(
    rf"^(?:\d+(?:/\d{{4}})?/{_ABBR}(?:-{_ABBR})*"  # 211/KH-UBND, 35/2017/TT-BGDĐT, 176/2025/QH15
    rf"|\d+-{_ABBR}/{_ABBR}(?:-{_ABBR})*)$"  # 49-KL/TW
)


def well_formed(number: str) -> bool:
    return bool(NUMBER.match(number))


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        number = plan.model.plan.number
        if number is None or well_formed(number):
            continue
        fixed = re.sub(r"\s+", "", number)
        yield RULE.finding(
            plan.file,
            plan.plan_pos("number"),
            "P001",
            {"number": number, "suggestion": fixed if well_formed(fixed) else ""},
            plan=plan.id,
        )


RULE = Rule(
    code="P001",
    name="bad-document-number",
    severity=Severity.WARNING,
    family="identity",
    messages={
        "P001": T(
            "số, ký hiệu «{number}» không đúng dạng (ví dụ 211/KH-UBND, 35/2017/TT-BGDĐT){suggestion}",
            "document number «{number}» is not well formed (e.g. 211/KH-UBND, 35/2017/TT-BGDĐT){suggestion}",
        ),
    },
    doc=Doc(
        summary=T(
            "'plan.number' không đúng dạng số, ký hiệu văn bản (211/KH-UBND, 489/QĐ-TTg, 35/2017/TT-BGDĐT, 49-KL/TW).",
            "'plan.number' is not a well-formed số, ký hiệu (211/KH-UBND, 489/QĐ-TTg, 35/2017/TT-BGDĐT, 49-KL/TW).",
        ),
        why=T(
            (
                "Số, ký hiệu dùng để dẫn chiếu và tra cứu văn bản; ghi sai thì không khớp được với trích dẫn trong các "
                "văn bản khác."
            ),
            (
                "The số, ký hiệu is how documents are cited and found; a malformed one does not match the citations in "
                "other documents."
            ),
        ),
        fix=T(
            (
                "Ghi đúng như in trên văn bản: số, năm (nếu có), ký hiệu loại văn bản và cơ quan ban hành, không "
                "khoảng trắng, không chữ 'Số' (thông báo gợi ý cách viết liền nếu đúng dạng). Dự thảo chưa có số thì "
                "bỏ khóa 'number'."
            ),
            (
                "Write it exactly as printed: number, optional year, document type and issuer abbreviations, with no "
                "spaces and no 'Số' (the message suggests the spaceless form when that is well formed). Leave 'number' "
                "out of an unnumbered draft."
            ),
        ),
        example=T.both("plan:\n  number: 211 / KH-UBND"),
    ),
    check=check,
)
