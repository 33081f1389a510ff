"""C005 entry-period: A report entry does not fit the task's periods and counts for nothing: a yearly task's entry
without 'period'; a 'period' on a one-off or ongoing task; or a 'period' before the year the plan was issued or after
the report's year.

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
    return misfits_of(ws, "C005")


RULE = Rule(
    code="C005",
    name="entry-period",
    severity=Severity.ERROR,
    family="coverage",
    messages={
        "C005.missing": T(
            (
                "nhiệm vụ hằng năm («{deadline}») mà mục báo cáo không ghi 'period' nên không được tính cho kỳ nào; "
                "thêm 'period: <năm>'"
            ),
            "a yearly task («{deadline}») but the entry has no 'period', so it settles no year; add 'period: <year>'",
        ),
        "C005.future": T(
            "kỳ {period} sau năm của báo cáo ({year}) nên mục này không được tính",
            "period {period} is after the report's year ({year}), so the entry is not counted",
        ),
        "C005.early": T(
            (
                "kỳ {period} trước kỳ đầu tiên của nhiệm vụ ({first}, theo ngày ban hành kế hoạch) nên mục này không "
                "được tính"
            ),
            (
                "period {period} is before the task's first period ({first}, from the plan's issue date), so the entry "
                "is not counted"
            ),
        ),
        "C005.one-off": T(
            (
                "nhiệm vụ có một thời hạn («{deadline}»), không theo kỳ hằng năm: mục ghi 'period: {period}' không "
                "được tính; bỏ 'period'"
            ),
            (
                "the task has one deadline («{deadline}»), not yearly periods: an entry with 'period: {period}' is not "
                "counted; remove 'period'"
            ),
        ),
        "C005.ongoing": T(
            "nhiệm vụ thường xuyên («{deadline}») không chia kỳ: bỏ 'period: {period}'",
            "an ongoing task («{deadline}») has no periods: remove 'period: {period}'",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Mục báo cáo không khớp kỳ của nhiệm vụ nên không được tính: nhiệm vụ hằng năm mà mục không ghi "
                "'period'; nhiệm vụ một thời hạn hay thường xuyên mà mục có 'period'; hoặc 'period' trước năm kế hoạch "
                "ban hành hay sau năm của báo cáo."
            ),
            (
                "A report entry does not fit the task's periods and counts for nothing: a yearly task's entry without "
                "'period'; a 'period' on a one-off or ongoing task; or a 'period' before the year the plan was issued "
                "or after the report's year."
            ),
        ),
        why=T(
            (
                "Mục không khớp kỳ thì không khép được kỳ nào: nhiệm vụ vẫn bị tính quá hạn (D001) dù báo cáo đã ghi "
                "hoàn thành; trước đây mục đó bị bỏ qua mà không báo gì."
            ),
            (
                "An entry that fits no period settles none: the task is still counted overdue (D001) although the "
                "report says it is done; such entries used to be dropped without a word."
            ),
        ),
        fix=T(
            (
                "Nhiệm vụ hằng năm: thêm 'period: <năm>' (mỗi năm một mục). Nhiệm vụ một thời hạn: bỏ 'period'. Kỳ ghi "
                "nhầm năm thì sửa lại theo năm thực hiện."
            ),
            (
                "Yearly task: add 'period: <year>' (one entry per year). One-off task: remove 'period'. A wrong year: "
                "correct it to the year the work was for."
            ),
        ),
        example=T.both(
            "entries:\n"
            "  - task: III.1.3        # deadline: hằng năm\n"
            "    status: done\n"
            "    completed: 2021-12-20 # thiếu / no 'period: 2021'"
        ),
    ),
    check=check,
)
