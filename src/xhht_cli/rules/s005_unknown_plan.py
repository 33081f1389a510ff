"""S005 unknown-plan: A plan's 'implements' or a report's 'plan' names no loaded plan (among the checked files and the
national templates shipped with xhht), or the 'implements' chain loops.

Found by the workspace as it is built (`xhht_cli.workspace`); this module holds its metadata, messages and
documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

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
    check=None,
)
