"""C006 completed-out-of-range: A report entry's 'completed' date is before the plan was issued ('plan.issued') or after
the report's own date ('report.date').

The entries are compared by `xhht_cli.entries`; this check reports what it finds about each progress report of the run
(in a parallel run, once, by the part that reads the report's file: `xhht_cli.rules.recorded`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.entries import misfits_of
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    return misfits_of(ws, "C006")


RULE = Rule(
    code="C006",
    name="completed-out-of-range",
    severity=Severity.ERROR,
    family="coverage",
    messages={
        "C006.before-issue": T(
            "ngày hoàn thành {completed} trước ngày ban hành kế hoạch ({issued})",
            "completed on {completed}, before the plan was issued ({issued})",
        ),
        "C006.after-report": T(
            "ngày hoàn thành {completed} sau ngày của báo cáo ({report_date}): báo cáo không thể ghi việc chưa xảy ra",
            (
                "completed on {completed}, after the report's own date ({report_date}): a report cannot record what "
                "has not happened"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Ngày hoàn thành ('completed') của mục báo cáo trước ngày ban hành kế hoạch ('plan.issued') hoặc sau "
                "ngày của chính báo cáo ('report.date')."
            ),
            (
                "A report entry's 'completed' date is before the plan was issued ('plan.issued') or after the report's "
                "own date ('report.date')."
            ),
        ),
        why=T(
            (
                "Nhiệm vụ không thể hoàn thành trước khi được giao, và báo cáo không thể ghi việc chưa xảy ra: ngày "
                "như vậy thường là gõ nhầm năm, làm sai phân loại đúng hạn / muộn hạn (D007)."
            ),
            (
                "A task cannot be done before it was assigned, and a report cannot record what has not happened: such "
                "a date is usually a mistyped year, and it skews the on-time / late split (D007)."
            ),
        ),
        fix=T(
            (
                "Sửa 'completed' theo ngày trên văn bản hay sản phẩm hoàn thành; nếu ngày báo cáo ghi nhầm thì sửa "
                "'report.date'."
            ),
            (
                "Correct 'completed' from the dated output or document; if the report's date is the mistake, fix "
                "'report.date'."
            ),
        ),
        example=T.both(
            "report:\n"
            "  date: 2021-06-30\n"
            "entries:\n"
            "  - task: II.1.d\n"
            "    status: done\n"
            "    completed: 2021-12-10   # sau ngày báo cáo / after the report's date"
        ),
    ),
    check=check,
)
