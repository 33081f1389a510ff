"""S005 unknown-plan: A plan's 'implements' or a report's 'plan' names no loaded plan (among the checked files and the
national templates shipped with xhht), or the 'implements' chain loops.

The workspace records the ids (`Workspace.unresolved.unknown_plans`, `plan_loops`); `check` reports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


_SHOWN = 8
"""Ids of an `implements` loop named in its message; a longer loop is cut in the middle."""


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """The unknown plan ids the workspace recorded (of `implements`, then of reports), then the loops."""
    for u in ws.unresolved.unknown_plans:
        args = {"id": u.id, "known": ", ".join(u.known)}
        if u.plan is None:
            yield RULE.finding(u.file, u.pos, "S005.report", args)
        else:
            yield RULE.finding(u.file, u.pos, "S005.implements", args, plan=u.plan)
    for loop in ws.unresolved.plan_loops:
        chain = " → ".join(loop_chain(loop.plan, loop.template, loop.loop))
        yield RULE.finding(loop.file, loop.pos, "S005.loop", {"chain": chain}, plan=loop.plan)


def loop_chain(plan_id: str, ref: str, loop: tuple[str, ...]) -> list[str]:
    """How a loop message shows the chain: the plan, its template, then the loop back to where it entered it
    (`a → b → a`), with at most `_SHOWN` ids of the loop."""
    start = loop.index(plan_id) if plan_id in loop else 0
    n = len(loop)
    if n <= _SHOWN:
        ring = [loop[(start + k) % n] for k in range(n)]
    else:
        half = _SHOWN // 2
        ring = [
            *(loop[(start + k) % n] for k in range(half)),
            "…",
            *(loop[(start + k) % n] for k in range(n - half, n)),
        ]
    if plan_id in loop:
        head: list[str] = []
    else:
        head = [plan_id] if ref == loop[0] else [plan_id, ref, "…"]
    return [*head, *ring, ring[0]]


RULE = Rule(
    code="S005",
    name="unknown-plan",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S005.implements": T(
            "'implements: {id}' không trỏ tới kế hoạch nào đã nạp (có: {known})",
            "'implements: {id}' names no loaded plan (known: {known})",
        ),
        "S005.loop": T("chuỗi 'implements' quay vòng: {chain}", "the 'implements' chain loops: {chain}"),
        "S005.report": T(
            "báo cáo nói về kế hoạch '{id}' nhưng không có kế hoạch đó (có: {known})",
            "report is about plan '{id}', which is not loaded (known: {known})",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "'implements' của kế hoạch hoặc 'plan' của báo cáo tiến độ không trỏ tới kế hoạch nào đã nạp (tệp kiểm "
                "tra hoặc kế hoạch trung ương đi kèm xhht), hoặc chuỗi 'implements' quay vòng."
            ),
            (
                "A plan's 'implements' or a report's 'plan' names no loaded plan (among the checked files and the "
                "national templates shipped with xhht), or the 'implements' chain loops."
            ),
        ),
        why=T(
            (
                "Không tìm được kế hoạch cấp trên thì không đối chiếu được nhiệm vụ, thời hạn, chỉ tiêu; báo cáo không "
                "gắn được với kế hoạch thì tiến độ không được tính và nhiệm vụ đã làm vẫn bị báo quá hạn."
            ),
            (
                "Without its template a plan's tasks, deadlines and targets cannot be compared; a report tied to no "
                "plan is not counted, so tasks that were done still show as overdue."
            ),
        ),
        fix=T(
            (
                "Ghi đúng 'plan.id' của kế hoạch cấp trên (ví dụ qd-489-2020) hoặc đưa tệp kế hoạch đó vào danh sách "
                "kiểm tra. Nếu chuỗi quay vòng, sửa 'implements' để chỉ trỏ lên kế hoạch cấp trên."
            ),
            (
                "Write the template's exact 'plan.id' (e.g. qd-489-2020) or add its file to the paths checked. For a "
                "loop, make 'implements' point only upwards, to the template."
            ),
        ),
        example=T.both("plan:\n  id: haiphong-211-2020\n  implements: qd-489-2002"),
    ),
    check=check,
)
