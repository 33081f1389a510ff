"""C002 dangling-counterpart: A task's, target's or waiver's 'implements' names an id the template does not have; or a
progress report entry names a task its plan does not have.

Found by the workspace as it is built (`xhht_cli.workspace`); this module holds its metadata, messages and
documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="C002",
    name="dangling-counterpart",
    severity=Severity.ERROR,
    family="coverage",
    messages={
        "C002.implements": T(
            "'{id}' không phải {kind} của {template_doc}{suggestion}",
            "'{id}' is not a {kind} of {template_doc}{suggestion}",
        ),
        "C002.report": T("kế hoạch {plan} không có nhiệm vụ '{id}'", "plan {plan} has no task '{id}'"),
    },
    doc=Doc(
        summary=T(
            (
                "'implements' của nhiệm vụ, chỉ tiêu hay mục miễn trừ trỏ tới mã không có trong kế hoạch cấp trên; "
                "hoặc mục của báo cáo tiến độ nêu nhiệm vụ mà kế hoạch không có."
            ),
            (
                "A task's, target's or waiver's 'implements' names an id the template does not have; or a progress "
                "report entry names a task its plan does not have."
            ),
        ),
        why=T(
            (
                "Mã trỏ sai làm nhiệm vụ cấp trên bị tính là thiếu (C001), miễn trừ không có tác dụng, và tiến độ "
                "trong báo cáo không được ghi nhận."
            ),
            (
                "A wrong id makes the template task count as missing (C001), voids the waiver, and loses the progress "
                "the report records."
            ),
        ),
        fix=T(
            (
                "Sửa mã theo đúng cách đánh số của kế hoạch cấp trên (`xhht coverage` liệt kê các mã), hoặc của kế "
                "hoạch mà báo cáo nói tới."
            ),
            "Use the template's own numbering (`xhht coverage` lists its ids), or that of the plan the report is "
            "about.",
        ),
        example=T(
            ("- id: II.1.a\n  implements: [II.1.1]     # kế hoạch cấp trên đánh số II.1.a"),
            ("- id: II.1.a\n  implements: [II.1.1]     # the template numbers it II.1.a"),
        ),
    ),
    check=None,
)
