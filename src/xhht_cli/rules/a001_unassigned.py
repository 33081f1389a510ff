"""A001 unassigned: A task has no lead body ('lead' empty or absent)."""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        for info in plan.tasks.values():
            if not info.task.lead:
                yield RULE.finding(plan.file, info.pos("text"), "A001", {}, plan=plan.id, task=info.id)


RULE = Rule(
    code="A001",
    name="unassigned",
    severity=Severity.ERROR,
    family="assignment",
    messages={
        "A001": T("nhiệm vụ chưa có cơ quan chủ trì", "task has no lead body"),
    },
    doc=Doc(
        summary=T(
            "Nhiệm vụ không có cơ quan chủ trì ('lead' trống hoặc không có).",
            "A task has no lead body ('lead' empty or absent).",
        ),
        why=T(
            (
                "Nhiệm vụ không có đầu mối chịu trách nhiệm thì không ai báo cáo tiến độ và không thống kê được theo "
                "cơ quan."
            ),
            "A task nobody is accountable for is reported by nobody and cannot be counted per body.",
        ),
        fix=T(
            (
                "Ghi cơ quan chủ trì theo văn bản vào 'lead'. Gạch đầu dòng không nêu lại cơ quan thì dùng cơ quan chủ "
                "trì mà mục chứa nó nêu."
            ),
            (
                "Write the lead body the document names in 'lead'. A bullet that names no body takes the lead named by "
                "the item it belongs to."
            ),
        ),
        example=T.both("- id: NV.1\n  text: Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng …\n  lead: []"),
    ),
    check=check,
)
