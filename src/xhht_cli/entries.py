"""Progress report entries that would otherwise count for nothing, or for the wrong thing (S010, C005, C006).

An entry settles a one-off task when it has no `period`, and one year of a yearly task when its `period` is that
year. An entry that does not fit (a yearly task without `period`, a `period` on a one-off task or outside the
years the task runs) would settle nothing without a word: each is a C005 finding at its line. A `completed` date
the report cannot know (before the plan was issued, after the report's own `date`) is C006; two entries of one
report that say different things about the same task and period are S010. The rules of those codes
(`xhht_cli.rules.s010_conflicting_entries`, …) report them for every progress report of the run, those about
shipped plans too, and once in a parallel run (by the part that owns the report file).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.models import Entry

if TYPE_CHECKING:
    from xhht_cli.workspace.index import PlanDoc, ReportDoc, Workspace


def conflicts(report: ReportDoc) -> list[Finding]:
    """S010: entries of one report about the same task and period that disagree on `status` or `completed`."""
    first: dict[tuple[str, int | None], tuple[int, Entry]] = {}
    found: list[Finding] = []
    for i, entry in report.model.indexed():
        key = (entry.task, entry.period)
        if key not in first:
            first[key] = (i, entry)
            continue
        j, other = first[key]
        if (entry.status, entry.completed) == (other.status, other.completed):
            continue  # the same thing said twice: harmless
        which = "status" if entry.status != other.status else "completed"
        found.append(
            finding(
                "S010",
                report.doc.display,
                report.entry_pos(i, which),
                f"S010.{which}" + ("" if entry.period is None else "-period"),
                {
                    "task": entry.task,
                    "period": entry.period,
                    "status": entry.status,
                    "other": other.status,
                    "completed": _iso(entry),
                    "other_completed": _iso(other),
                    "first_line": report.entry_pos(j)[0],
                },
                plan=report.model.report.plan,
                task=entry.task,
            )
        )
    return found


def _iso(entry: Entry) -> str | None:
    return entry.completed.isoformat() if entry.completed else None


def misfits(plan: PlanDoc, report: ReportDoc) -> list[Finding]:
    """C005 and C006 for the entries of `report` that name a task of `plan`."""
    found: list[Finding] = []
    issued = plan.model.plan.issued
    rdate = report.model.report.date
    display = report.doc.display
    for i, entry in report.model.indexed():
        info = plan.tasks.get(entry.task)
        if info is None:
            continue  # C002
        dl = info.deadline
        key: str | None = None
        args: dict[str, object] = {"period": entry.period, "deadline": info.task.deadline}
        if dl is not None and dl.kind == "yearly":
            first = issued.year if issued is not None else None
            if first is not None and issued is not None and dl.due_in(first) < issued:
                first += 1  # the issue year's period had passed when the plan was issued
            if entry.period is None:
                key = "C005.missing"
            elif entry.period > rdate.year:
                key = "C005.future"
                args["year"] = rdate.year
            elif first is not None and entry.period < first:
                key = "C005.early"
                args["first"] = first
        elif dl is not None and entry.period is not None:
            key = "C005.ongoing" if dl.kind == "ongoing" else "C005.one-off"
        if key is not None:
            where = report.entry_pos(i, "period" if entry.period is not None else "task")
            found.append(finding("C005", display, where, key, args, plan=plan.id, task=entry.task))
        done = entry.completed
        if done is None:
            continue
        if issued is not None and done < issued:
            key, args = "C006.before-issue", {"completed": done.isoformat(), "issued": issued.isoformat()}
        elif done > rdate:
            key, args = "C006.after-report", {"completed": done.isoformat(), "report_date": rdate.isoformat()}
        else:
            continue
        found.append(
            finding("C006", display, report.entry_pos(i, "completed"), key, args, plan=plan.id, task=entry.task)
        )
    return found


def misfits_of(ws: Workspace, code: str) -> Iterator[Finding]:
    """The `code` findings (C005 or C006) of every progress report of `ws` whose plan is loaded."""
    for report in ws.reports:
        plan = ws.plans.get(report.model.report.plan)
        if plan is not None:
            yield from (f for f in misfits(plan, report) if f.code == code)
