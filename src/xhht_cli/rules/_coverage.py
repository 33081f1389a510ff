"""What the counterpart rules share, and the coverage of a template by a plan.

A template task applies to a plan when its lead or cooperating bodies include a group of the plan's level
("Ủy ban nhân dân cấp tỉnh", "các bộ, ngành, địa phương") or a body with a registered counterpart in the plan's
jurisdiction (Bộ Giáo dục và Đào tạo -> Sở Giáo dục và Đào tạo of that province). Applicable template tasks that no
task implements and that the plan does not waive are C001; coverage counts them per template section.
"""

from __future__ import annotations

from xhht_cli.findings import Coverage, SectionCoverage
from xhht_cli.registry import fold, norm
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace


def applies(ws: Workspace, plan: PlanDoc, task: TaskInfo) -> bool:
    info = plan.model.plan
    return any(ws.registry.applies_to_level(e, info.level, info.jurisdiction) for e in (*task.leads, *task.cooperating))


def applicable_tasks(ws: Workspace, plan: PlanDoc, template: PlanDoc, ctx: RuleContext) -> tuple[TaskInfo, ...]:
    """The template tasks that apply to `plan`, in template order: the same for every plan of a level and place, so
    kept for the run (`RuleContext.once`)."""
    info = plan.model.plan
    known = ctx.once(_applicable_known, ws)
    key = (template.id, info.level, info.jurisdiction)
    found = known.get(key)
    if found is None:
        found = known[key] = tuple(t for t in template.tasks.values() if applies(ws, plan, t))
    return found


def _applicable_known(ws: Workspace, ctx: RuleContext) -> dict[tuple[str, str, str | None], tuple[TaskInfo, ...]]:
    return {}


def implemented(plan: PlanDoc) -> set[str]:
    """What the plan's tasks implement, with what its tasks left out for a schema fault implement (S002 already
    says what is wrong with them; C001 must not also say they are missing)."""
    return {ref for t in plan.tasks.values() for ref in t.task.implements} | plan.model._dropped_implements


def waived_of(plan: PlanDoc) -> dict[str, str]:
    return {w.implements: w.reason for w in plan.model.plan.waived}


def coverage(ws: Workspace, ctx: RuleContext) -> list[Coverage]:
    """Coverage of its template by every checked plan that has one."""
    out: list[Coverage] = []
    for plan, template in with_templates(ws):
        done = implemented(plan)
        waived = waived_of(plan)
        local_targets = {t.target.implements for t in plan.targets.values() if t.target.implements}
        local_targets |= plan.model._dropped_implements
        sections: list[SectionCoverage] = []
        by_section: dict[str, list[TaskInfo]] = {}
        for t in applicable_tasks(ws, plan, template, ctx):
            by_section.setdefault(t.section.id, []).append(t)
        for section in template.model.sections:
            applicable = by_section.get(section.id, [])
            targets = [t for t in template.targets.values() if t.section == section.id]
            if not applicable and not targets:
                continue
            missing = tuple(t.id for t in applicable if t.id not in done and t.id not in waived)
            missing_targets = tuple(t.id for t in targets if t.id not in local_targets and t.id not in waived)
            sections.append(
                SectionCoverage(
                    section=section.id,
                    title=section.title,
                    template_tasks=len(applicable),
                    covered=sum(1 for t in applicable if t.id in done),
                    waived=sum(1 for t in applicable if t.id in waived and t.id not in done),
                    missing=missing,
                    template_targets=len(targets),
                    covered_targets=sum(1 for t in targets if t.id in local_targets),
                    missing_targets=missing_targets,
                )
            )
        applies_here = {t.id for t in applicable_tasks(ws, plan, template, ctx)}
        cells = tuple((t.id, t.label(), _mark(t.id, applies_here, done, waived)) for t in template.tasks.values())
        plan_targets = [t for t in template.targets.values() if t.section is None]
        missing_plan_targets = tuple(t.id for t in plan_targets if t.id not in local_targets and t.id not in waived)
        out.append(
            Coverage(
                plan=plan.id,
                template=template.id,
                template_tasks=sum(s.template_tasks for s in sections),
                covered=sum(s.covered for s in sections),
                waived=sum(s.waived for s in sections),
                missing=tuple(m for s in sections for m in s.missing),
                sections=tuple(sections),
                partial_template=template.model.plan.completeness == "partial",
                template_targets=sum(s.template_targets for s in sections) + len(plan_targets),
                covered_targets=sum(s.covered_targets for s in sections)
                + sum(1 for t in plan_targets if t.id in local_targets),
                missing_targets=tuple(m for s in sections for m in s.missing_targets) + missing_plan_targets,
                cells=cells,
            )
        )
    return out


def _mark(task: str, applicable: set[str], done: set[str], waived: dict[str, str]) -> str:
    if task not in applicable:
        return "n/a"
    if task in done:
        return "covered"
    return "waived" if task in waived else "missing"


def obliged_provinces(ws: Workspace) -> dict[str, tuple[str, ...]]:
    """Template id -> the provinces that had to issue a plan implementing it, for every template a checked plan
    implements: those its `requires_plans` names (a group of the province level, e.g. "Chủ tịch Ủy ban nhân dân
    cấp tỉnh"), as they existed on its deadline (63 before the 2025 merger, 34 after), by their jurisdiction."""
    reg = ws.registry
    out: dict[str, tuple[str, ...]] = {}
    for plan in ws.checked:
        template = ws.template(plan)
        if template is None or template.id in out:
            continue
        found: dict[str, str] = {}
        for info in template.tasks.values():
            if not info.plans_from or info.plans_deadline is None or info.plans_deadline.due is None:
                continue
            day = info.plans_deadline.due
            if not any(reg.get(eid).is_group and "province" in reg.get(eid).levels for eid in info.plans_from):
                continue
            for e in reg.entities.values():
                if (
                    not e.is_group
                    and e.jurisdiction
                    and "province" in e.levels
                    and e.exists_on(day)
                    and fold(e.name).startswith("uy ban nhan dan")
                ):
                    found.setdefault(norm(e.jurisdiction), e.jurisdiction)
        out[template.id] = tuple(sorted(found.values(), key=fold))
    return out
