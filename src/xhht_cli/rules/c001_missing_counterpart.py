"""C001 missing-counterpart: A template task that applies to the plan (its bodies include a group of the plan's level,
or a national body with a counterpart in its jurisdiction) has no implementing task and no waiver.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="C001",
    name="missing-counterpart",
    severity=Severity.ERROR,
    family="coverage",
    messages={
        "C001": T(
            "chưa có nhiệm vụ thực hiện nhiệm vụ {template_task} của {template_doc} ({title}; cơ quan chủ trì: {lead})",
            "no task implements task {template_task} of {template_doc} ({title}; lead: {lead})",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Nhiệm vụ cấp trên áp dụng cho kế hoạch (chủ trì hay phối hợp có nhóm cùng cấp, hoặc cơ quan trung "
                "ương có cơ quan tương ứng ở địa bàn) mà không có nhiệm vụ nào thực hiện và không được miễn trừ."
            ),
            (
                "A template task that applies to the plan (its bodies include a group of the plan's level, or a "
                "national body with a counterpart in its jurisdiction) has no implementing task and no waiver."
            ),
        ),
        why=T(
            (
                "Kế hoạch cấp dưới phải cụ thể hóa mọi nhiệm vụ cấp trên giao cho địa phương; nhiệm vụ bị bỏ sót sẽ "
                "không có ai thực hiện ở địa phương."
            ),
            (
                "An implementing plan must carry out every template task addressed to its level; a task left out has "
                "nobody to do it locally."
            ),
        ),
        fix=T(
            (
                "Kế hoạch có nhiệm vụ tương ứng thì thêm mã nhiệm vụ cấp trên vào 'implements' của nó. Nhiệm vụ không "
                "áp dụng ở địa phương thì miễn trừ có lý do: waived: [{implements: II.7.a.1, reason: …}]."
            ),
            (
                "If a task of the plan covers it, add the template task id to that task's 'implements'. If it does not "
                "apply locally, waive it with a reason: waived: [{implements: II.7.a.1, reason: …}]."
            ),
        ),
        example=T(
            (
                "plan:\n"
                "  id: haiphong-211-2020\n"
                "  implements: qd-489-2020\n"
                "# không nhiệm vụ nào có implements: [II.7.a.1], không có waived cho II.7.a.1"
            ),
            (
                "plan:\n"
                "  id: haiphong-211-2020\n"
                "  implements: qd-489-2020\n"
                "# no task has implements: [II.7.a.1], and no waiver names II.7.a.1"
            ),
        ),
    ),
    check=None,
)
