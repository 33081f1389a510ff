"""D002 due-soon: A task (or one yearly period of it) falls due within --due-soon-days days (default 30, due today
included) and no report records it done.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._deadlines import judged
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for j in judged(ws, ctx):
        for p in j.periods:
            if p.status != "open" or p.days is None or p.due is None or p.days > ctx.due_soon_days:
                continue
            yield RULE.finding(
                j.info.plan.file,
                j.info.pos("deadline"),
                "D002",
                {"deadline": p.due.isoformat(), "days_left": p.days, "period": p.period},
                plan=j.info.plan.id,
                task=j.info.id,
            )


RULE = Rule(
    code="D002",
    name="due-soon",
    severity=Severity.WARNING,
    family="deadlines",
    messages={
        "D002": T("sắp đến hạn: còn {days_left} (hạn {deadline})", "due soon: {days_left} left (due {deadline})"),
    },
    doc=Doc(
        summary=T(
            (
                "Nhiệm vụ (hoặc kỳ hằng năm của nó) đến hạn trong vòng --due-soon-days ngày (mặc định 30, kể cả nhiệm "
                "vụ đến hạn đúng ngày xét) và chưa có báo cáo hoàn thành."
            ),
            (
                "A task (or one yearly period of it) falls due within --due-soon-days days (default 30, due today "
                "included) and no report records it done."
            ),
        ),
        why=T(
            "Cảnh báo sớm để cơ quan chủ trì kịp hoàn thành và báo cáo trước khi nhiệm vụ thành quá hạn.",
            "An early warning, so the lead body can finish and report before the task becomes overdue.",
        ),
        fix=T(
            (
                "Đôn đốc cơ quan chủ trì; khi xong, thêm mục báo cáo 'status: done' kèm 'completed'. Khoảng cảnh báo "
                "đổi bằng --due-soon-days hoặc trong [tool.xhht]."
            ),
            (
                "Chase the lead body; when done, add a report entry with 'status: done' and 'completed'. Change the "
                "window with --due-soon-days or in [tool.xhht]."
            ),
        ),
        example=T.both("# xhht check --as-of 2020-09-10\n- id: II.1.a\n  deadline: trong quý III năm 2020"),
    ),
    check=check,
)
