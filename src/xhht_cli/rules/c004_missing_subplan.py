"""C004 missing-subplan: A task requires a body or group to issue its own plan ('requires_plans.from') but no checked
file holds a plan by that body (for a group: at the group's level) implementing this one.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.registry import LEVEL_OF_PLAN
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """A body (or group) a plan requires to issue its own plan has none among the checked files."""
    reg = ws.registry
    for plan in ws.checked:
        children = ws.children(plan.id)
        for info in plan.tasks.values():
            for eid in info.plans_from:
                e = reg.get(eid)
                if e.is_group:  # any plan of the group's level, or issued by the group or a counterpart of it
                    found = any(
                        LEVEL_OF_PLAN.get(c.level, c.level) in e.levels
                        or c.issuer == eid
                        or c.issuer in reg.counterparts(eid, c.jurisdiction)
                        for c in children
                    )
                else:
                    found = any(c.issuer == eid for c in children)
                if found:
                    continue
                written, pos = info.written("from", eid, reg)
                deadline = info.task.requires_plans.deadline if info.task.requires_plans else None
                due = info.plans_deadline.due if info.plans_deadline else None
                yield RULE.finding(
                    plan.file,
                    pos,
                    "C004" if deadline else "C004.none",
                    {"body": written or e.name, "deadline": deadline or "—"},
                    data={"body": eid, "name": e.name, "deadline": due.isoformat() if due else None},
                    plan=plan.id,
                    task=info.id,
                )


RULE = Rule(
    code="C004",
    name="missing-subplan",
    severity=Severity.WARNING,
    family="coverage",
    messages={
        "C004": T(
            "«{body}» phải ban hành kế hoạch riêng (hạn: {deadline}) nhưng các tệp được kiểm tra không có kế hoạch đó",
            "«{body}» must issue its own plan (deadline: {deadline}) but none is among the checked files",
        ),
        "C004.none": T(
            "«{body}» phải ban hành kế hoạch riêng nhưng các tệp được kiểm tra không có kế hoạch đó",
            "«{body}» must issue its own plan but none is among the checked files",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Nhiệm vụ yêu cầu cơ quan hay nhóm ban hành kế hoạch riêng ('requires_plans.from') mà các tệp kiểm tra "
                "không có kế hoạch nào của cơ quan đó (với nhóm: ở cấp của nhóm) thực hiện kế hoạch này."
            ),
            (
                "A task requires a body or group to issue its own plan ('requires_plans.from') but no checked file "
                "holds a plan by that body (for a group: at the group's level) implementing this one."
            ),
        ),
        why=T(
            (
                "Kế hoạch cấp dưới là bằng chứng nhiệm vụ đã được triển khai xuống; thiếu nó thì không theo dõi được "
                "phần việc của cơ quan đó."
            ),
            (
                "The implementing plan is the evidence the work was passed down; without it the body's share cannot be "
                "followed."
            ),
        ),
        fix=T(
            (
                "Mã hóa kế hoạch của cơ quan đó ('implements' trỏ tới kế hoạch này) và đưa vào các tệp kiểm tra. Cơ "
                "quan chưa ban hành thì cần đôn đốc."
            ),
            (
                "Encode that body's plan (with 'implements' naming this plan) and add it to the paths checked. If the "
                "body has not issued one, it needs chasing."
            ),
        ),
        example=T.both(
            "requires_plans:\n  from:\n    - Ủy ban nhân dân các quận, huyện\n  deadline: trước ngày 10/9/2020"
        ),
    ),
    check=check,
)
