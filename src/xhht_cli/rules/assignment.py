"""Assignment rules (A001-A004): who is accountable for each task, and whether that body still exists.

A003 uses the registry's validity dates on the as-of date: a task that is still open (not done, not cancelled) and
is led by, or cooperates with, a body that no longer exists is reported with the body's current successor(s) and what
each took over. A plan issued by a body that no longer exists is reported once, at plan level.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.registry import Successor, norm
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    expected: dict[tuple[tuple[str, ...], str | None, str, str | None], tuple[frozenset[str], str]] = {}
    for plan in ws.checked:
        yield from _defunct_issuer(ws, plan, ctx)
        template = ws.template(plan)
        for info in plan.tasks.values():
            if not info.task.lead:
                yield finding("A001", plan.file, info.pos("text"), "A001", {}, plan=plan.id, task=info.id)
            for e in (e for e in info.leads if e in info.cooperating):
                written, pos = info.written("cooperating", e, ws.registry)
                yield finding(
                    "A004",
                    plan.file,
                    pos,
                    "A004",
                    {"body": written or ws.registry.display(e)},
                    data={"body": e},
                    plan=plan.id,
                    task=info.id,
                )
            if not _closed(ws, info, ctx.as_of) and plan.model.plan.status != "superseded":
                yield from _defunct(ws, info, ctx)
            if template is not None:
                yield from _mismatch(ws, plan, template, info, expected)


def _closed(ws: Workspace, info: TaskInfo, as_of: date) -> bool:
    """Done or cancelled once and for all (a one-off task with such a report entry)."""
    if info.deadline is not None and info.deadline.kind != "date":
        return False
    return any(
        p.entry.status in ("done", "cancelled") and p.entry.period is None
        for p in ws.progress_of(info.plan, info.id, as_of)
    )


def _defunct(ws: Workspace, info: TaskInfo, ctx: RuleContext) -> Iterator[Finding]:
    reg = ws.registry
    for role in ("lead", "cooperating"):
        ids = info.leads if role == "lead" else info.cooperating
        for eid in ids:
            e = reg.get(eid)
            if not e.ended_by(ctx.as_of):
                continue
            written, pos = info.written(role, eid, reg)
            yield _defunct_finding(ws, info.plan, pos, eid, role, ctx, info.id, written, info.task.text)


def _defunct_finding(
    ws: Workspace,
    plan: PlanDoc,
    pos: tuple[int, int],
    eid: str,
    role: str,
    ctx: RuleContext,
    task: str | None,
    written: str | None = None,
    text: str | None = None,
) -> Finding:
    reg = ws.registry
    e = reg.get(eid)
    shown_name = written or e.name
    successors = reg.current_successors(eid, ctx.as_of, plan.model.plan.jurisdiction)
    if text:  # where the work went by function, the successor that took the task's subject first
        successors = _by_subject(ws, successors, text)
    shown = "; ".join(reg.display(s.id) + (f" ({s.functions})" if s.functions else "") for s in successors)
    return finding(
        "A003",
        plan.file,
        pos,
        "A003" if successors else ("A003.loop" if e.successors else "A003.none"),
        {
            "body": shown_name,
            "role": role,
            "until": e.until.isoformat() if e.until else "",
            "successors": shown,
        },
        data={
            "body": eid,
            "name": e.name,
            "role": role,
            "until": e.until.isoformat() if e.until else None,
            "successors": [{"id": s.id, "name": reg.display(s.id), "functions": s.functions} for s in successors],
        },
        plan=plan.id,
        task=task,
    )


def _by_subject(ws: Workspace, successors: list[Successor], text: str) -> list[Successor]:
    """`successors` with those that took the task's subject first: a successor's `functions` match when the task
    text contains one of the words `subjects` lists for them in the shipped kinds file (else the functions' words)."""
    key = norm(text)
    provinces = ws.registry.provinces
    subjects = provinces.subjects if provinces is not None else {}

    def about(s: Successor) -> bool:
        if not s.functions:
            return False
        f = norm(s.functions)
        return any(w in key for w in subjects.get(f, (f,)))

    return sorted(successors, key=lambda s: not about(s))


def _defunct_issuer(ws: Workspace, plan: PlanDoc, ctx: RuleContext) -> Iterator[Finding]:
    if plan.issuer is None or plan.model.plan.status == "superseded":
        return
    if ws.registry.get(plan.issuer).ended_by(ctx.as_of):
        yield _defunct_finding(
            ws, plan, plan.plan_pos("issuer"), plan.issuer, "issuer", ctx, None, plan.model.plan.issuer
        )


def _mismatch(
    ws: Workspace,
    plan: PlanDoc,
    template: PlanDoc,
    info: TaskInfo,
    cache: dict[tuple[tuple[str, ...], str | None, str, str | None], tuple[frozenset[str], str]],
) -> Iterator[Finding]:
    """A002: none of the task's leads is the local counterpart of the template task's lead."""
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
            yield finding(
                "A002",
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
