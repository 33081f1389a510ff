"""P003 impossible-cited-date: The source text cites a date that does not exist (a month outside 1–12, or a day beyond
the month's length), written 22/22/2033 or 'ngày 30 tháng 2 năm 2021'; reported at its line in the source file.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

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
    check=None,
)
