"""S007 bad-deadline: A deadline (of a task or of 'requires_plans') is not understood or names a date that does not
exist; also a YYYY-MM-DD date that does not exist in 'issued', 'completed', 'date', 'since' or 'until'.

Found by the schema and the workspace (`xhht_cli.schema`, `xhht_cli.workspace`); this module holds its metadata,
messages and documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="S007",
    name="bad-deadline",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S007.date": T("{field}: ngày {value} không tồn tại", "{field}: the date {value} does not exist"),
        "S007.deadline": T("{vi}", "{en}"),
    },
    doc=Doc(
        summary=T(
            (
                "Thời hạn (của nhiệm vụ hoặc của 'requires_plans') không hiểu được hoặc chỉ một ngày không có thật; cả "
                "ngày YYYY-MM-DD không tồn tại ở 'issued', 'completed', 'date', 'since', 'until'."
            ),
            (
                "A deadline (of a task or of 'requires_plans') is not understood or names a date that does not exist; "
                "also a YYYY-MM-DD date that does not exist in 'issued', 'completed', 'date', 'since' or 'until'."
            ),
        ),
        why=T(
            (
                "Thời hạn không đọc được thì nhiệm vụ không bao giờ bị báo quá hạn hay sắp đến hạn; xhht báo lỗi thay "
                "vì đoán."
            ),
            (
                "A deadline that cannot be read would never make its task overdue or due soon; xhht reports it rather "
                "than guess."
            ),
        ),
        fix=T(
            (
                "Ghi thời hạn như văn bản ghi, ở dạng được hiểu: 'trước ngày 10/9/2020', 'trong quý II năm 2020', "
                "'tháng 9/2020', 'năm 2025', 'trước ngày 05 tháng 12 hằng năm', hoặc 'thường xuyên' nếu không có hạn. "
                "Thiếu năm thì thêm năm, hoặc thêm 'hằng năm' nếu việc lặp lại mỗi năm."
            ),
            (
                "Write the deadline as the document does, in an understood form: 'trước ngày 10/9/2020', 'trong quý II "
                "năm 2020', 'tháng 9/2020', 'năm 2025', 'trước ngày 05 tháng 12 hằng năm', or 'thường xuyên' when "
                "there is none. Add a missing year, or 'hằng năm' if it recurs every year."
            ),
        ),
        example=T.both("- id: II.4.a\n  deadline: trước ngày 31/6/2021\n- id: II.4.b\n  deadline: hằng quý"),
    ),
    check=None,
)
