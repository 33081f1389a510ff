"""D003 later-than-template: A task's deadline is later than that of the template task it implements ('implements');
compared only when both are a single date, never yearly or ongoing deadlines.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan, template in with_templates(ws):
        for info in plan.tasks.values():
            yield from _later_than_template(plan, template, info)


def _later_than_template(plan: PlanDoc, template: PlanDoc, info: TaskInfo) -> Iterator[Finding]:
    dl = info.deadline
    if dl is None or dl.kind != "date" or dl.due is None:
        return
    for ref in info.task.implements:
        t = template.tasks.get(ref)
        if t is None or t.deadline is None or t.deadline.kind != "date" or t.deadline.due is None:
            continue
        if dl.due > t.deadline.due:
            yield RULE.finding(
                plan.file,
                info.pos("deadline"),
                "D003",
                {
                    "deadline": dl.due.isoformat(),
                    "text": info.task.deadline,
                    "template_task": ref,
                    "template_doc": template.label,
                    "template_deadline": t.deadline.due.isoformat(),
                    "template_text": t.task.deadline,
                    "days_later": (dl.due - t.deadline.due).days,
                },
                data={
                    "deadline": dl.due.isoformat(),
                    "text": info.task.deadline,
                    "template_task": ref,
                    "template_deadline": t.deadline.due.isoformat(),
                    "template_text": t.task.deadline,
                    "days_later": (dl.due - t.deadline.due).days,
                },
                plan=plan.id,
                task=info.id,
            )


RULE = Rule(
    code="D003",
    name="later-than-template",
    severity=Severity.WARNING,
    family="deadlines",
    messages={
        "D003": T(
            (
                "thời hạn {deadline} («{text}») muộn hơn {days_later} so với nhiệm vụ {template_task} của "
                "{template_doc} ({template_deadline}, «{template_text}»)"
            ),
            (
                "deadline {deadline} («{text}») is {days_later} later than that of task {template_task} of "
                "{template_doc} ({template_deadline}, «{template_text}»)"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Thời hạn của nhiệm vụ muộn hơn thời hạn của nhiệm vụ cấp trên mà nó thực hiện ('implements'); chỉ so "
                "khi cả hai là một ngày cụ thể, không so thời hạn hằng năm hay thường xuyên."
            ),
            (
                "A task's deadline is later than that of the template task it implements ('implements'); compared only "
                "when both are a single date, never yearly or ongoing deadlines."
            ),
        ),
        why=T(
            (
                "Kế hoạch cấp dưới phải bảo đảm thời hạn cấp trên giao; hạn muộn hơn nghĩa là địa phương không kịp báo "
                "cáo kết quả lên cấp trên."
            ),
            (
                "An implementing plan must meet the deadlines the template sets; a later one means the local result "
                "cannot be reported upwards in time."
            ),
        ),
        fix=T(
            (
                "Nếu mã hóa sai, sửa 'deadline' theo văn bản (thông báo nêu cả hai thời hạn). Nếu văn bản ghi đúng như "
                "vậy, giữ nguyên: đây là điều cần kiến nghị điều chỉnh."
            ),
            (
                "If it was mis-encoded, correct 'deadline' after the document (the message shows both). If the "
                "document says so, keep it: it is something to raise with the issuer."
            ),
        ),
        example=T(
            (
                "# cấp trên II.1.d: deadline: trong quý IV năm 2020\n"
                "- id: II.1.d\n"
                "  deadline: trong quý I năm 2021\n"
                "  implements: [II.1.d]"
            ),
            (
                "# template II.1.d: deadline: trong quý IV năm 2020\n"
                "- id: II.1.d\n"
                "  deadline: trong quý I năm 2021\n"
                "  implements: [II.1.d]"
            ),
        ),
    ),
    check=check,
)
