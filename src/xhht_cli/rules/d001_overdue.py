"""D001 overdue: The deadline has passed on the as-of date and no report records the task done (or cancelled); a yearly
task is judged per year since issue, its overdue years in one finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._deadlines import judged
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """A one-off task past its deadline; for a yearly task, its overdue years in one finding."""
    for j in judged(ws, ctx):
        overdue = [p for p in j.periods if p.status == "overdue"]
        if not overdue:
            continue
        info, plan, first = j.info, j.info.plan, overdue[0]
        due = first.due.isoformat() if first.due else None
        if not j.yearly:
            yield RULE.finding(
                plan.file,
                info.pos("deadline"),
                "D001",
                {"deadline": due, "days_overdue": first.days, "text": info.task.deadline},
                data={"deadline": due, "days_overdue": first.days},
                plan=plan.id,
                task=info.id,
            )
            continue
        yield RULE.finding(
            plan.file,
            info.pos("deadline"),
            "D001.yearly",
            {
                "periods": ", ".join(str(p.period) for p in overdue),
                "count": len(overdue),
                "deadline": due,
                "days_overdue": first.days,
            },
            data={
                "deadline": due,
                "days_overdue": first.days,
                "periods": [p.period for p in overdue],
                "recurring": "yearly",
            },
            plan=plan.id,
            task=info.id,
        )


RULE = Rule(
    code="D001",
    name="overdue",
    severity=Severity.ERROR,
    family="deadlines",
    messages={
        "D001": T(
            "quá hạn {days_overdue}: thời hạn «{text}» ({deadline}), chưa có báo cáo hoàn thành",
            "overdue by {days_overdue}: deadline «{text}» ({deadline}), no report records it done",
        ),
        "D001.yearly": T(
            "{count} kỳ định kỳ hằng năm ({periods}) quá hạn, chưa có báo cáo; kỳ sớm nhất quá hạn {days_overdue}",
            "{count} yearly period(s) overdue ({periods}) with no report; the earliest by {days_overdue}",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Thời hạn đã qua vào ngày xét mà chưa có báo cáo tiến độ ghi hoàn thành (hay hủy); nhiệm vụ hằng năm "
                "được xét từng năm kể từ năm ban hành, các kỳ quá hạn gộp thành một phát hiện."
            ),
            (
                "The deadline has passed on the as-of date and no report records the task done (or cancelled); a "
                "yearly task is judged per year since issue, its overdue years in one finding."
            ),
        ),
        why=T(
            (
                "Đây là nhóm 'quá hạn' trong theo dõi nhiệm vụ chính thức: nhiệm vụ hoặc chưa làm, hoặc đã làm mà chưa "
                "được báo cáo."
            ),
            (
                "This is the 'overdue' count of official task tracking: the task was either not done, or done and not "
                "reported."
            ),
        ),
        fix=T(
            (
                "Đã xong thì thêm mục báo cáo 'status: done' kèm 'completed' (nhiệm vụ hằng năm: mỗi năm một mục có "
                "'period'); không còn thực hiện thì 'status: cancelled'. Chưa xong thì tệp không có lỗi: cần đôn đốc "
                "cơ quan chủ trì."
            ),
            (
                "If it is done, add a report entry with 'status: done' and 'completed' (a yearly task: one entry per "
                "year, with 'period'); if it was dropped, 'status: cancelled'. If it is not done, the lead body needs "
                "chasing; the file is not wrong."
            ),
        ),
        example=T(
            (
                "# xhht check --as-of 2021-01-15\n"
                "- id: II.1.a\n"
                "  deadline: trong quý III năm 2020\n"
                "# chưa báo cáo nào có: {task: II.1.a, status: done}"
            ),
            (
                "# xhht check --as-of 2021-01-15\n"
                "- id: II.1.a\n"
                "  deadline: trong quý III năm 2020\n"
                "# no report has: {task: II.1.a, status: done}"
            ),
        ),
    ),
    check=check,
)
