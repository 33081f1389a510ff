"""S007 bad-deadline: A deadline (of a task or of 'requires_plans') is not understood or names a date that does not
exist; also a YYYY-MM-DD date that does not exist in 'issued', 'completed', 'date', 'since' or 'until'.

Impossible YYYY-MM-DD dates are found by the schema (`xhht_cli.schema`); the workspace records the deadlines it cannot
parse (`Workspace.unresolved.bad_deadlines`), and `check` reports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.deadlines import DeadlineError
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """The deadlines the workspace could not parse, with why (`DeadlineError`), worded when the finding is shown."""
    for b in ws.unresolved.bad_deadlines:
        e = b.error
        data = {"text": e.text, "reason": e.reason, **e.params}
        yield RULE.finding(
            b.file, b.pos, "S007.deadline", {"text": e.text, "why": Why(e)}, data=data, plan=b.plan, task=b.task
        )


class Why:
    """Why a deadline is not understood, as a message argument: `{why:vi}` and `{why:en}` word it in that language
    (`xhht_cli.deadline_messages`)."""

    __slots__ = ("error",)

    def __init__(self, error: DeadlineError) -> None:
        self.error = error

    def __reduce__(self) -> tuple[type[Why], tuple[DeadlineError]]:
        return (Why, (self.error,))

    def __format__(self, lang: str) -> str:
        return self.error.message(lang)


RULE = Rule(
    code="S007",
    name="bad-deadline",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S007.date": T("{field}: ngày {value} không tồn tại", "{field}: the date {value} does not exist"),
        "S007.deadline": T("{why:vi}", "{why:en}"),
    },
    doc=Doc(
        summary=T(
            (
                "Thời hạn (của nhiệm vụ hoặc của 'requires_plans') không hiểu được hoặc chỉ một ngày không có thật; cả "
                "ngày YYYY-MM-DD không tồn tại ở 'issued', 'completed', 'date', 'since', 'until'."
            ),
            (
                "A deadline (of a task or of 'requires_plans') is not understood or names a date that does not exist; "
                "also a YYYY-MM-DD date that does not exist in 'issued', 'completed', 'date', 'since' or 'until'."
            ),
        ),
        why=T(
            (
                "Thời hạn không đọc được thì nhiệm vụ không bao giờ bị báo quá hạn hay sắp đến hạn; xhht báo lỗi thay "
                "vì đoán."
            ),
            (
                "A deadline that cannot be read would never make its task overdue or due soon; xhht reports it rather "
                "than guess."
            ),
        ),
        fix=T(
            (
                "Ghi thời hạn như văn bản ghi, ở dạng được hiểu: 'trước ngày 10/9/2020', 'trong quý II năm 2020', "
                "'tháng 9/2020', 'năm 2025', 'trước ngày 05 tháng 12 hằng năm', hoặc 'thường xuyên' nếu không có hạn. "
                "Thiếu năm thì thêm năm, hoặc thêm 'hằng năm' nếu việc lặp lại mỗi năm."
            ),
            (
                "Write the deadline as the document does, in an understood form: 'trước ngày 10/9/2020', 'trong quý II "
                "năm 2020', 'tháng 9/2020', 'năm 2025', 'trước ngày 05 tháng 12 hằng năm', or 'thường xuyên' when "
                "there is none. Add a missing year, or 'hằng năm' if it recurs every year."
            ),
        ),
        example=T.both("- id: II.4.a\n  deadline: trước ngày 31/6/2021\n- id: II.4.b\n  deadline: hằng quý"),
    ),
    check=check,
)
