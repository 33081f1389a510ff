"""T002 missing-target: A template target has no local target implementing it and is not waived; every template target
counts, since targets are not tied to bodies.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules._targets import short
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """Template targets that no local target implements and the plan does not waive."""
    for plan, template in with_templates(ws):
        implemented = {i.target.implements for i in plan.targets.values() if i.target.implements is not None}
        waived = {w.implements for w in plan.model.plan.waived} | plan.model._dropped_implements
        partial = template.model.plan.completeness == "partial"
        for tt in template.targets.values():
            if tt.id in implemented or tt.id in waived:
                continue
            yield RULE.finding(
                plan.file,
                plan.plan_pos("implements"),
                "T002",
                {
                    "template_target": tt.id,
                    "template_doc": template.label,
                    "text": short(tt.target.text),
                    "value": tt.target.value,
                    "unit": tt.target.unit,
                    "by": tt.target.by,
                },
                data={
                    "template_target": tt.id,
                    "template": template.id,
                    "indicator": tt.target.indicator,
                    "value": tt.target.value,
                    "by": tt.target.by,
                    "template_completeness": "partial" if partial else "complete",
                },
                plan=plan.id,
                task=tt.id,
            )


RULE = Rule(
    code="T002",
    name="missing-target",
    severity=Severity.ERROR,
    family="targets",
    messages={
        "T002": T(
            "thiếu chỉ tiêu thực hiện chỉ tiêu {template_target} của {template_doc}: «{text}»: {value} đến năm {by}",
            "no target implements target {template_target} of {template_doc}: «{text}»: {value} by {by}",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Một chỉ tiêu của kế hoạch cấp trên không có chỉ tiêu địa phương nào 'implements' nó và không được "
                "miễn trừ; mọi chỉ tiêu cấp trên đều được xét vì chỉ tiêu không gắn với cơ quan."
            ),
            (
                "A template target has no local target implementing it and is not waived; every template target "
                "counts, since targets are not tied to bodies."
            ),
        ),
        why=T(
            "Chỉ tiêu cấp trên cần được cụ thể hóa bằng con số của địa phương thì mới đo được mức thực hiện.",
            "A template target needs a local figure before anyone can measure how far it is met.",
        ),
        fix=T(
            (
                "Thêm chỉ tiêu vào 'targets' (của kế hoạch hoặc của mục) với 'implements' là mã chỉ tiêu cấp trên, "
                "hoặc ghi 'implements' cho chỉ tiêu đã có; không áp dụng thì miễn trừ trong 'waived' kèm lý do."
            ),
            (
                "Add a target under 'targets' (of the plan or a section) whose 'implements' is the template target id, "
                "or set 'implements' on an existing one; if it does not apply, waive it in 'waived' with a reason."
            ),
        ),
        example=T(
            (
                "plan:\n"
                "  id: binhduong-3853-2022\n"
                "  implements: qd-387-2022\n"
                "# không chỉ tiêu nào có implements: MT.2025.3 (dòng họ học tập: 65% đến 2025)"
            ),
            (
                "plan:\n"
                "  id: binhduong-3853-2022\n"
                "  implements: qd-387-2022\n"
                "# no target has implements: MT.2025.3 (dòng họ học tập: 65% by 2025)"
            ),
        ),
    ),
    check=check,
)
