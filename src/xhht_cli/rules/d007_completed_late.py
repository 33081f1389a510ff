"""D007 completed-late: A progress report records a task (or one yearly period of it) done ('completed') after its
deadline.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._deadlines import judged
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """At the report entry that records the task (or the year) done after its deadline."""
    for j in judged(ws, ctx):
        for p in j.periods:
            if p.status != "done_late" or p.done is None or p.due is None:
                continue
            completed = p.done.entry.completed
            assert completed is not None
            yield RULE.finding(
                p.done.report.doc.display,
                p.done.report.entry_pos(p.done.index, "completed"),
                "D007",
                {
                    "deadline": p.due.isoformat(),
                    "completed": completed.isoformat(),
                    "days_late": p.days,
                    "period": p.period,
                },
                plan=j.info.plan.id,
                task=j.info.id,
            )


RULE = Rule(
    code="D007",
    name="completed-late",
    severity=Severity.INFO,
    family="deadlines",
    messages={
        "D007": T(
            "hoàn thành ngày {completed}, chậm {days_late} so với thời hạn {deadline}",
            "done on {completed}, {days_late} after the deadline {deadline}",
        ),
    },
    doc=Doc(
        summary=T(
            "Báo cáo tiến độ ghi nhiệm vụ (hoặc một kỳ hằng năm) hoàn thành ('completed') sau thời hạn.",
            "A progress report records a task (or one yearly period of it) done ('completed') after its deadline.",
        ),
        why=T(
            (
                "Theo dõi nhiệm vụ chính thức tách 'hoàn thành đúng hạn' và 'hoàn thành quá hạn'; mã này xếp nhiệm vụ "
                "vào nhóm sau, kèm số ngày chậm."
            ),
            (
                "Official task tracking splits 'done on time' from 'done late'; this puts the task in the second "
                "group, with the days of delay."
            ),
        ),
        fix=T(
            (
                "Đúng sự thật thì không cần sửa. Nếu 'completed' ghi nhầm, sửa theo ngày ghi trên văn bản hoặc sản "
                "phẩm hoàn thành; nếu báo cáo nhầm kỳ, sửa 'period'."
            ),
            (
                "If true, nothing to fix. If 'completed' is wrong, correct it from the dated output or document; if "
                "the entry names the wrong year, fix 'period'."
            ),
        ),
        example=T.both(
            "entries:\n"
            "  - task: II.1.a        # deadline: trong quý III năm 2020\n"
            "    status: done\n"
            "    completed: 2020-11-15"
        ),
    ),
    check=check,
)
