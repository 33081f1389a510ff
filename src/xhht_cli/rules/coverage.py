"""Counterpart rules (C001, C003, C004) and the coverage of a template by a plan.

A template task applies to a plan when its lead or cooperating bodies include a group of the plan's level
("Ủy ban nhân dân cấp tỉnh", "các bộ, ngành, địa phương") or a body with a registered counterpart in the plan's
jurisdiction (Bộ Giáo dục và Đào tạo -> Sở Giáo dục và Đào tạo of that province). Applicable template tasks that no
task implements and that the plan does not waive are C001; coverage counts them per template section. C002
(dangling ids) is found while loading, since `xhht validate` reports it too.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.codes import finding
from xhht_cli.findings import Coverage, Finding, SectionCoverage
from xhht_cli.registry import LEVEL_OF_PLAN, fold, norm
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        template = ws.template(plan)
        if template is not None:
            yield from _missing(ws, plan, template)
            for info in plan.tasks.values():
                if not info.task.implements:
                    yield finding(
                        "C003",
                        plan.file,
                        info.pos("text"),
                        "C003",
                        {"template_doc": template.label},
                        data={"template": template.id},
                        plan=plan.id,
                        task=info.id,
                    )
        yield from _missing_subplans(ws, plan)


def applies(ws: Workspace, plan: PlanDoc, task: TaskInfo) -> bool:
    info = plan.model.plan
    return any(ws.registry.applies_to_level(e, info.level, info.jurisdiction) for e in (*task.leads, *task.cooperating))


def _applicable(ws: Workspace, plan: PlanDoc, template: PlanDoc) -> tuple[TaskInfo, ...]:
    """The template tasks that apply to `plan`, in template order: the same for every plan of a level and place."""
    info = plan.model.plan
    key = ("applicable", template.id, info.level, info.jurisdiction)
    found = ws.memo.get(key)
    if found is None:
        found = ws.memo[key] = tuple(t for t in template.tasks.values() if applies(ws, plan, t))
    return found


def _implemented(plan: PlanDoc) -> set[str]:
    """What the plan's tasks implement, with what its tasks left out for a schema fault implement (S002 already
    says what is wrong with them; C001 must not also say they are missing)."""
    return {ref for t in plan.tasks.values() for ref in t.task.implements} | plan.model._dropped_implements


def _waived(plan: PlanDoc) -> dict[str, str]:
    return {w.implements: w.reason for w in plan.model.plan.waived}


def _missing(ws: Workspace, plan: PlanDoc, template: PlanDoc) -> Iterator[Finding]:
    done = _implemented(plan)
    waived = _waived(plan)
    partial = template.model.plan.completeness == "partial"
    for t in _applicable(ws, plan, template):
        if t.id in done or t.id in waived:
            continue
        yield finding(
            "C001",
            plan.file,
            plan.plan_pos("implements"),
            "C001",
            {
                "template_task": t.id,
                "template_doc": template.label,
                "title": t.label(),
                "lead": "; ".join(ws.registry.display(x) for x in t.leads) or "—",
            },
            data={
                "template_task": t.id,
                "template": template.id,
                "section": t.section.id,
                "template_completeness": "partial" if partial else "complete",
            },
            plan=plan.id,
            task=t.id,
        )


def coverage(ws: Workspace) -> list[Coverage]:
    """Coverage of its template by every checked plan that has one."""
    out: list[Coverage] = []
    for plan in ws.checked:
        template = ws.template(plan)
        if template is None:
            continue
        done = _implemented(plan)
        waived = _waived(plan)
        local_targets = {t.target.implements for t in plan.targets.values() if t.target.implements}
        local_targets |= plan.model._dropped_implements
        sections: list[SectionCoverage] = []
        by_section: dict[str, list[TaskInfo]] = {}
        for t in _applicable(ws, plan, template):
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
        applies_here = {t.id for t in _applicable(ws, plan, template)}
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


def _missing_subplans(ws: Workspace, plan: PlanDoc) -> Iterator[Finding]:
    """C004: a body (or group) this plan requires to issue its own plan has none among the checked files."""
    reg = ws.registry
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
            if not found:
                written, pos = info.written("from", eid, reg)
                deadline = info.task.requires_plans.deadline if info.task.requires_plans else None
                yield finding(
                    "C004",
                    plan.file,
                    pos,
                    "C004" if deadline else "C004.none",
                    {"body": written or e.name, "deadline": deadline or "—"},
                    data={
                        "body": eid,
                        "name": e.name,
                        "deadline": info.plans_deadline.due.isoformat()
                        if info.plans_deadline and info.plans_deadline.due
                        else None,
                    },
                    plan=plan.id,
                    task=info.id,
                )
