"""A002 lead-mismatch: No lead of the task is the local counterpart ('counterpart_of') of the template task's lead; a
group such as 'Ủy ban nhân dân cấp tỉnh' stands for the plan's issuer.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace

_Key = tuple[tuple[str, ...], str | None, str, str | None]


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    expected: dict[_Key, tuple[frozenset[str], str]] = {}
    for plan, template in with_templates(ws):
        for info in plan.tasks.values():
            yield from _mismatch(ws, plan, template, info, expected)


def _mismatch(
    ws: Workspace, plan: PlanDoc, template: PlanDoc, info: TaskInfo, cache: dict[_Key, tuple[frozenset[str], str]]
) -> Iterator[Finding]:
    """None of the task's leads is the local counterpart of the template task's lead."""
    if not info.leads:
        return
    jur = plan.model.plan.jurisdiction
    level = plan.model.plan.level
    for ref in info.task.implements:
        t = template.tasks.get(ref)
        if t is None or not t.leads:
            continue
        key = (t.leads, jur, level, plan.issuer)
        if key not in cache:  # the same template leads, place and level: the same answer
            cache[key] = _expected(ws, *key)
        expected, shown = cache[key]
        if not expected:
            continue  # no registered local counterpart: nothing to compare with
        if expected.isdisjoint(info.leads):
            yield RULE.finding(
                plan.file,
                info.pos("lead"),
                "A002",
                {
                    "lead": "; ".join(ws.registry.display(x) for x in info.leads),
                    "template_task": ref,
                    "expected": shown,
                },
                data={
                    "lead": info.leads,
                    "template_task": ref,
                    "template_lead": t.leads,
                    "expected": sorted(expected),
                },
                plan=plan.id,
                task=info.id,
            )
            return


def _expected(
    ws: Workspace, leads: tuple[str, ...], jur: str | None, level: str, issuer: str | None
) -> tuple[frozenset[str], str]:
    """The bodies that may lead, in `jur` at `level`, a task whose template task is led by `leads`; and as shown."""
    reg = ws.registry
    expected: set[str] = set()
    for lead in leads:
        expected.update(reg.counterparts(lead, jur))
        if reg.get(lead).is_group and reg.applies_to_level(lead, level, jur):
            expected.add(lead)  # a group of the plan's level may lead at both levels
            if issuer:
                expected.add(issuer)  # "Ủy ban nhân dân cấp tỉnh" is, locally, the issuing committee
    # shown: the local counterpart itself when there is one (Sở Giáo dục và Đào tạo thành phố Hải Phòng), not
    # every group that may also lead
    local = [x for x in expected if not reg.get(x).is_group]
    return frozenset(expected), "; ".join(sorted(reg.display(x) for x in (local or expected)))


RULE = Rule(
    code="A002",
    name="lead-mismatch",
    severity=Severity.INFO,
    family="assignment",
    messages={
        "A002": T(
            (
                "cơ quan chủ trì ({lead}) không tương ứng với cơ quan chủ trì nhiệm vụ {template_task} của kế hoạch "
                "cấp trên; cơ quan tương ứng: {expected}"
            ),
            (
                "lead ({lead}) is not the local counterpart of the lead of template task {template_task}; counterpart: "
                "{expected}"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Không cơ quan chủ trì nào là cơ quan tương ứng ở địa phương ('counterpart_of') của chủ trì nhiệm vụ "
                "cấp trên; nhóm như 'Ủy ban nhân dân cấp tỉnh' tương ứng với cơ quan ban hành kế hoạch."
            ),
            (
                "No lead of the task is the local counterpart ('counterpart_of') of the template task's lead; a group "
                "such as 'Ủy ban nhân dân cấp tỉnh' stands for the plan's issuer."
            ),
        ),
        why=T(
            (
                "Giao nhiệm vụ cho cơ quan khác với ngành mà cấp trên giao có thể hợp lý, nhưng cũng có thể làm nhiệm "
                "vụ lệch khỏi cơ quan có chức năng; nên rà soát."
            ),
            (
                "Giving the task to a different sector than the template did may be deliberate, but it may also move "
                "it away from the body with the mandate; worth a review."
            ),
        ),
        fix=T(
            (
                "Mã hóa sai cơ quan thì sửa 'lead'; 'implements' trỏ nhầm nhiệm vụ cấp trên thì sửa 'implements'. Địa "
                "phương cố ý giao khác thì giữ nguyên (mức thông tin); danh mục không có cơ quan tương ứng thì không "
                "xét."
            ),
            (
                "If the lead was mis-encoded, fix 'lead'; if 'implements' names the wrong template task, fix "
                "'implements'. If the local choice is deliberate, keep it (informational); with no registered "
                "counterpart nothing is compared."
            ),
        ),
        example=T(
            (
                "# cấp trên II.1.b: lead: [Bộ Giáo dục và Đào tạo]\n"
                "- id: II.1.b\n"
                "  lead: [Sở Tài chính]\n"
                "  implements: [II.1.b]"
            ),
            (
                "# template II.1.b: lead: [Bộ Giáo dục và Đào tạo]\n"
                "- id: II.1.b\n"
                "  lead: [Sở Tài chính]\n"
                "  implements: [II.1.b]"
            ),
        ),
    ),
    check=check,
)
