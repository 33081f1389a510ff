"""What the deadline rules share: where every task (or every year of a yearly task) stands on the as-of date.

Status follows official task tracking: done on time, done late, open within deadline, overdue; plus ongoing (no
date: `thường xuyên`, `định kỳ`), cancelled and no deadline. A yearly task is judged per period: one period per year
from the year the plan was issued (for a draft, the year its template was issued) to the as-of year; a report entry
with `period: <year>` settles that year. D001, D002, D005 and D007 report from these periods, and `statuses` makes
the status rows of them; they are computed once per run (`RuleContext.once`).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from xhht_cli.deadlines import Deadline
from xhht_cli.findings import TaskStatus
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import PlanDoc, Progress, TaskInfo, Workspace


class Period(NamedTuple):
    """Where one task (or one year of a yearly task) stands."""

    status: str
    due: date | None = None
    period: int | None = None
    days: int | None = None
    done: Progress | None = None
    """The report entry that settled it (done or cancelled)."""


class Judged(NamedTuple):
    info: TaskInfo
    periods: list[Period]
    """Empty when the deadline did not parse (S007 says so)."""
    yearly: bool


def judged(ws: Workspace, ctx: RuleContext) -> list[Judged]:
    """Every task of every checked plan, judged on the as-of date; computed once per run."""
    return ctx.once(_judge_all, ws)


def statuses(ws: Workspace, ctx: RuleContext) -> list[TaskStatus]:
    """The status of every task of every checked plan (one row per period for yearly tasks)."""
    out: list[TaskStatus] = []
    for j in judged(ws, ctx):
        names = tuple(ws.registry.display(x) for x in j.info.leads)
        out.extend(_row(j.info, p, names) for p in j.periods)
    return out


def _judge_all(ws: Workspace, ctx: RuleContext) -> list[Judged]:
    return [_judge(ws, info, ctx) for plan in ws.checked for info in plan.tasks.values()]


def _row(info: TaskInfo, p: Period, names: tuple[str, ...]) -> TaskStatus:
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


def _judge(ws: Workspace, info: TaskInfo, ctx: RuleContext) -> Judged:
    entries = ws.progress_of(info.plan, info.id, ctx.as_of)
    dl = info.deadline
    if dl is None:
        return Judged(info, [Period("no_deadline")] if info.task.deadline is None else [], False)
    if dl.kind == "ongoing":
        return Judged(info, [Period("ongoing")], False)
    if dl.kind == "date":
        assert dl.due is not None
        return Judged(info, [_one_period(dl.due, None, _done(entries, None), ctx)], False)
    return Judged(info, _yearly(dl, entries, ctx, _in_force(ws, info.plan)), True)


def _one_period(due: date, period: int | None, done: Progress | None, ctx: RuleContext) -> Period:
    if done is not None and done.entry.status == "cancelled":
        return Period("cancelled", due, period, done=done)
    if done is not None:
        completed = done.entry.completed
        assert completed is not None
        if completed > due:
            return Period("done_late", due, period, (completed - due).days, done)
        return Period("done_on_time", due, period, done=done)
    if due < ctx.as_of:
        return Period("overdue", due, period, (ctx.as_of - due).days)
    return Period("open", due, period, (due - ctx.as_of).days)


def _in_force(ws: Workspace, plan: PlanDoc) -> date | None:
    """The first day a plan's yearly duties can fall due: its issue date; for a draft (no `issued`), the day its
    template was issued, since no plan implements a template before the template exists. The same dates a draft's
    one-off deadlines are judged by, so a draft of 2023 read in 2026 is overdue for 2023-2025 whether its duty is
    "năm 2025" or "hàng năm"."""
    if plan.model.plan.issued is not None:
        return plan.model.plan.issued
    template = ws.template(plan)
    return template.model.plan.issued if template is not None else None


def _yearly(dl: Deadline, entries: list[Progress], ctx: RuleContext, issued: date | None) -> list[Period]:
    first = issued.year if issued else ctx.as_of.year
    rows: list[Period] = []
    # every year up to the as-of year, and the next one when this year's period is already behind
    last = ctx.as_of.year + (1 if dl.due_in(ctx.as_of.year) < ctx.as_of else 0)
    for year in range(first, last + 1):
        due = dl.due_in(year)
        if issued is not None and due < issued:
            continue
        rows.append(_one_period(due, year, _done(entries, year), ctx))
    return rows
