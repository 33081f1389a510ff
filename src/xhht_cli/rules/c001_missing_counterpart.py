"""C001 missing-counterpart: A template task that applies to the plan (its bodies include a group of the plan's level,
or a national body with a counterpart in its jurisdiction) has no implementing task and no waiver.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._coverage import applicable_tasks, implemented, waived_of
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan, template in with_templates(ws):
        done = implemented(plan)
        waived = waived_of(plan)
        partial = template.model.plan.completeness == "partial"
        for t in applicable_tasks(ws, plan, template, ctx):
            if t.id in done or t.id in waived:
                continue
            yield RULE.finding(
                plan.file,
                plan.plan_pos("implements"),
                "C001",
                {
                    "template_task": t.id,
                    "template_doc": template.label,
                    "title": t.label(),
                    "lead": "; ".join(ws.registry.display(x) for x in t.leads) or "—",
                },
                data={
                    "template_task": t.id,
                    "template": template.id,
                    "section": t.section.id,
                    "template_completeness": "partial" if partial else "complete",
                },
                plan=plan.id,
                task=t.id,
            )


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
    check=check,
)
