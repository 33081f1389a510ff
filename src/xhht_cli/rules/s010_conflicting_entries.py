"""S010 conflicting-entries: Two entries of one progress report are about the same task and period ('period') but say
different things ('status' or 'completed').

The entries are compared by `xhht_cli.entries`; this check reports what it finds about each progress report of the run
(in a parallel run, once, by the part that reads the report's file: `xhht_cli.rules.recorded`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.entries import conflicts
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for report in ws.reports:
        yield from conflicts(report)


RULE = Rule(
    code="S010",
    name="conflicting-entries",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S010.status": T(
            (
                "mục này ghi tình trạng «{status}», khác với mục cùng nhiệm vụ ở dòng {first_line} («{other}»); sửa "
                "cho thống nhất hoặc xóa một mục"
            ),
            (
                "this entry says «{status}», unlike the entry for the same task on line {first_line} («{other}»); make "
                "them agree or remove one"
            ),
        ),
        "S010.status-period": T(
            (
                "mục này ghi kỳ {period} có tình trạng «{status}», khác với mục cùng nhiệm vụ, cùng kỳ ở dòng "
                "{first_line} («{other}»); sửa cho thống nhất hoặc xóa một mục"
            ),
            (
                "this entry says «{status}» for period {period}, unlike the entry for the same task and period on line "
                "{first_line} («{other}»); make them agree or remove one"
            ),
        ),
        "S010.completed": T(
            (
                "mục này ghi ngày hoàn thành {completed}, khác với mục cùng nhiệm vụ ở dòng {first_line} "
                "({other_completed}); sửa cho thống nhất hoặc xóa một mục"
            ),
            (
                "this entry says it was completed on {completed}, unlike the entry for the same task on line "
                "{first_line} ({other_completed}); make them agree or remove one"
            ),
        ),
        "S010.completed-period": T(
            (
                "mục này ghi kỳ {period} hoàn thành ngày {completed}, khác với mục cùng nhiệm vụ, cùng kỳ ở dòng "
                "{first_line} ({other_completed}); sửa cho thống nhất hoặc xóa một mục"
            ),
            (
                "this entry says period {period} was completed on {completed}, unlike the entry for the same task and "
                "period on line {first_line} ({other_completed}); make them agree or remove one"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Hai mục của một báo cáo tiến độ nói về cùng nhiệm vụ và cùng kỳ ('period') nhưng ghi khác nhau "
                "('status' hoặc 'completed')."
            ),
            (
                "Two entries of one progress report are about the same task and period ('period') but say different "
                "things ('status' or 'completed')."
            ),
        ),
        why=T(
            (
                "Báo cáo tự mâu thuẫn thì không biết nhiệm vụ đã xong hay chưa; xhht không chọn giúp mục nào đúng mà "
                "báo cả hai chỗ để người lập báo cáo quyết định."
            ),
            (
                "A report that contradicts itself does not say whether the task is done; xhht does not pick one for "
                "you, it points at both so that whoever wrote the report decides."
            ),
        ),
        fix=T(
            "Giữ một mục đúng theo hồ sơ và xóa mục kia; nếu hai mục là hai kỳ khác nhau thì sửa 'period'.",
            "Keep the entry the records support and remove the other; if they are two different years, fix 'period'.",
        ),
        example=T.both(
            "entries:\n"
            "  - {task: II.1.d, status: done, completed: 2020-12-10}\n"
            "  - {task: II.1.d, status: in_progress}   # cùng nhiệm vụ / same task"
        ),
    ),
    check=check,
)
