"""P002 template-citation-mismatch: The plan's source text does not cite the template's số, ký hiệu followed by a date
('… số 489/QĐ-TTg ngày 08/4/2020'), or cites it with a date other than the template's 'issued'.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

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
    check=None,
)
