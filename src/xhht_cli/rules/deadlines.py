"""Deadline rules (D001-D007) and the four-way status of every task on the as-of date.

Status follows official task tracking: done on time, done late, open within deadline, overdue; plus ongoing (no
date: `thường xuyên`, `định kỳ`) and cancelled. A yearly task is judged per period: one period per year from the year
the plan was issued (for a draft, the year its template was issued) to the as-of year; a report entry with
`period: <year>` settles that year. Overdue periods of one task are reported in one D001 finding that lists them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from xhht_cli.codes import finding
from xhht_cli.deadlines import Deadline
from xhht_cli.findings import Finding, TaskStatus
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import PlanDoc, Progress, TaskInfo, Workspace


class _Period(NamedTuple):
    """Where one task (or one year of a yearly task) stands: what a `TaskStatus` row is made from, when asked."""

    status: str
    due: date | None = None
    period: int | None = None
    days: int | None = None


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        yield from _late_issuance(ws, plan, ctx)
        template = ws.template(plan)
        for info in plan.tasks.values():
            yield from _judge(ws, info, ctx)[1]
            yield from _before_issue(plan, info)
            if template is not None:
                yield from _later_than_template(plan, template, info)


def statuses(ws: Workspace, ctx: RuleContext) -> list[TaskStatus]:
    """The status of every task of every checked plan (one row per period for yearly tasks)."""
    out: list[TaskStatus] = []
    for plan in ws.checked:
        for info in plan.tasks.values():
            names = tuple(ws.registry.display(x) for x in info.leads)
            out.extend(_row(info, p, names) for p in _judge(ws, info, ctx)[0])
    return out


def _row(info: TaskInfo, p: _Period, names: tuple[str, ...]) -> TaskStatus:
    return TaskStatus(
        plan=info.plan.id,
        task=info.id,
        section=info.section.id,
        title=info.label(),
        leads=tuple(info.task.lead),
        lead_ids=tuple(info.leads),
        status=p.status,
        due=p.due.isoformat() if p.due else None,
        period=p.period,
        days=p.days,
        lead_names=names,
        deadline=info.task.deadline,
        text=info.task.text,
    )


def _done(entries: list[Progress], period: int | None) -> Progress | None:
    """The latest entry settling `period` (None: a one-off task), or None."""
    best: Progress | None = None
    for p in entries:
        if p.entry.period != period or p.entry.status not in ("done", "cancelled"):
            continue
        if best is None or (p.report.model.report.date >= best.report.model.report.date):
            best = p
    return best


def _judge(ws: Workspace, info: TaskInfo, ctx: RuleContext) -> tuple[list[_Period], list[Finding]]:
    plan = info.plan
    entries = ws.progress_of(plan, info.id, ctx.as_of)
    dl = info.deadline
    if dl is None:
        if info.task.deadline is None:
            f = finding("D005", plan.file, info.pos("text"), "D005", {}, plan=plan.id, task=info.id)
            return [_Period("no_deadline")], [f]
        return [], []  # a deadline that did not parse is S007 already
    if dl.kind == "ongoing":
        return [_Period("ongoing")], []
    if dl.kind == "date":
        assert dl.due is not None
        one, found = _one_period(info, dl.due, None, _done(entries, None), ctx)
        return [one], found
    return _yearly(info, dl, entries, ctx, _in_force(ws, info.plan))


def _one_period(
    info: TaskInfo, due: date, period: int | None, done: Progress | None, ctx: RuleContext
) -> tuple[_Period, list[Finding]]:
    plan = info.plan
    if done is not None and done.entry.status == "cancelled":
        return _Period("cancelled", due, period), []
    if done is not None:
        completed = done.entry.completed
        assert completed is not None
        if completed > due:
            late = (completed - due).days
            f = finding(
                "D007",
                done.report.doc.display,
                done.report.entry_pos(done.index, "completed"),
                "D007",
                {
                    "deadline": due.isoformat(),
                    "completed": completed.isoformat(),
                    "days_late": late,
                    "period": period,
                },
                plan=plan.id,
                task=info.id,
            )
            return _Period("done_late", due, period, late), [f]
        return _Period("done_on_time", due, period), []
    if due < ctx.as_of:
        days = (ctx.as_of - due).days
        found = []
        if period is None:
            found.append(
                finding(
                    "D001",
                    plan.file,
                    info.pos("deadline"),
                    "D001",
                    {"deadline": due.isoformat(), "days_overdue": days, "text": info.task.deadline},
                    data={"deadline": due.isoformat(), "days_overdue": days},
                    plan=plan.id,
                    task=info.id,
                )
            )
        return _Period("overdue", due, period, days), found
    days = (due - ctx.as_of).days
    found = []
    if days <= ctx.due_soon_days:
        found.append(
            finding(
                "D002",
                plan.file,
                info.pos("deadline"),
                "D002",
                {"deadline": due.isoformat(), "days_left": days, "period": period},
                plan=plan.id,
                task=info.id,
            )
        )
    return _Period("open", due, period, days), found


def _in_force(ws: Workspace, plan: PlanDoc) -> date | None:
    """The first day a plan's yearly duties can fall due: its issue date; for a draft (no `issued`), the day its
    template was issued, since no plan implements a template before the template exists. The same dates a draft's
    one-off deadlines are judged by, so a draft of 2023 read in 2026 is overdue for 2023-2025 whether its duty is
    "năm 2025" or "hàng năm"."""
    if plan.model.plan.issued is not None:
        return plan.model.plan.issued
    template = ws.template(plan)
    return template.model.plan.issued if template is not None else None


def _yearly(
    info: TaskInfo, dl: Deadline, entries: list[Progress], ctx: RuleContext, issued: date | None
) -> tuple[list[_Period], list[Finding]]:
    plan = info.plan
    first = issued.year if issued else ctx.as_of.year
    rows: list[_Period] = []
    found: list[Finding] = []
    overdue: list[_Period] = []
    # every year up to the as-of year, and the next one when this year's period is already behind
    last = ctx.as_of.year + (1 if dl.due_in(ctx.as_of.year) < ctx.as_of else 0)
    for year in range(first, last + 1):
        due = dl.due_in(year)
        if issued is not None and due < issued:
            continue
        row, more = _one_period(info, due, year, _done(entries, year), ctx)
        rows.append(row)
        found.extend(more)
        if row.status == "overdue":
            overdue.append(row)
    if overdue:
        first_row = overdue[0]
        found.append(
            finding(
                "D001",
                plan.file,
                info.pos("deadline"),
                "D001.yearly",
                {
                    "periods": ", ".join(str(r.period) for r in overdue),
                    "count": len(overdue),
                    "deadline": first_row.due.isoformat() if first_row.due else None,
                    "days_overdue": first_row.days,
                },
                data={
                    "deadline": first_row.due.isoformat() if first_row.due else None,
                    "days_overdue": first_row.days,
                    "periods": [r.period for r in overdue],
                    "recurring": "yearly",
                },
                plan=plan.id,
                task=info.id,
            )
        )
    return rows, found


def _before_issue(plan: PlanDoc, info: TaskInfo) -> Iterator[Finding]:
    issued = plan.model.plan.issued
    dl = info.deadline
    if issued is None or dl is None or dl.kind != "date" or dl.due is None:
        return
    if dl.due < issued:
        yield finding(
            "D004",
            plan.file,
            info.pos("deadline"),
            "D004",
            {
                "deadline": dl.due.isoformat(),
                "issued": issued.isoformat(),
                "days_before": (issued - dl.due).days,
            },
            plan=plan.id,
            task=info.id,
        )


def _later_than_template(plan: PlanDoc, template: PlanDoc, info: TaskInfo) -> Iterator[Finding]:
    dl = info.deadline
    if dl is None or dl.kind != "date" or dl.due is None:
        return
    for ref in info.task.implements:
        t = template.tasks.get(ref)
        if t is None or t.deadline is None or t.deadline.kind != "date" or t.deadline.due is None:
            continue
        if dl.due > t.deadline.due:
            yield finding(
                "D003",
                plan.file,
                info.pos("deadline"),
                "D003",
                {
                    "deadline": dl.due.isoformat(),
                    "text": info.task.deadline,
                    "template_task": ref,
                    "template_doc": template.label,
                    "template_deadline": t.deadline.due.isoformat(),
                    "template_text": t.task.deadline,
                    "days_later": (dl.due - t.deadline.due).days,
                },
                data={
                    "deadline": dl.due.isoformat(),
                    "text": info.task.deadline,
                    "template_task": ref,
                    "template_deadline": t.deadline.due.isoformat(),
                    "template_text": t.task.deadline,
                    "days_later": (dl.due - t.deadline.due).days,
                },
                plan=plan.id,
                task=info.id,
            )


def _late_issuance(ws: Workspace, plan: PlanDoc, ctx: RuleContext) -> Iterator[Finding]:
    """D006: the template set a deadline for implementing plans from bodies like this plan's issuer."""
    template = ws.template(plan)
    if template is None:
        return
    reg = ws.registry
    info = plan.model.plan
    for t in template.tasks.values():
        dl = t.plans_deadline
        if dl is None or dl.kind != "date" or dl.due is None:
            continue
        bound = any(reg.binds_issuer(e, plan.issuer, info.level, info.jurisdiction) for e in t.plans_from)
        if not bound:
            continue
        issued = info.issued
        if issued is not None and issued > dl.due:
            yield finding(
                "D006",
                plan.file,
                plan.plan_pos("issued"),
                "D006",
                {
                    "issued": issued.isoformat(),
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "template_doc": template.label,
                    "days_late": (issued - dl.due).days,
                },
                data={
                    "issued": issued.isoformat(),
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "days_late": (issued - dl.due).days,
                },
                plan=plan.id,
            )
        elif issued is None and ctx.as_of > dl.due:
            yield finding(
                "D006",
                plan.file,
                plan.plan_pos("status"),
                "D006.unissued",
                {
                    "issued": None,
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "template_doc": template.label,
                    "days_late": (ctx.as_of - dl.due).days,
                },
                data={
                    "issued": None,
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "days_late": (ctx.as_of - dl.due).days,
                },
                plan=plan.id,
            )
