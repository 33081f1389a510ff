"""`xhht report new`: the skeleton of a progress report (`xhht/report@1`) for one plan, ready to be filled in.

One entry per task still to be reported on the as-of date: every task of the plan (or, with `--by`, every task that
body leads) that no report among the files given settles (done or cancelled) by that date; a yearly task gets one
entry for the reporting period (`--period`, the as-of year by default), and none when that period is settled or is
not one of the task's years. Every entry starts `not_started`. Comments in the file (Vietnamese or English) explain
each key and list the allowed values with their Vietnamese meaning; the file passes `xhht validate` as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from xhht_cli.config import ConfigError
from xhht_cli.i18n import text
from xhht_cli.naming import plan_name
from xhht_cli.wording import day
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace

#: The statuses of `xhht/report@1`, in the order a task goes through them.
STATUSES = ("not_started", "in_progress", "done", "cancelled")


@dataclass(frozen=True, slots=True)
class Options:
    as_of: date
    period: int
    lang: str
    by: str | None = None


def find_plan(ws: Workspace, path: Path) -> PlanDoc:
    """The plan read from `path`, or a usage error saying why there is none."""
    for plan in ws.checked:
        if Path(plan.file) == path:
            return plan
    if any(Path(name) == path for name in ws.unchecked):
        raise ConfigError("error.report-new.invalid", path=path)
    raise ConfigError("error.report-new.not-a-plan", path=path)


def lead_filter(ws: Workspace, plan: PlanDoc, by: str | None) -> str | None:
    """The registry id of `--by` when it narrows the tasks (a body other than the plan's issuer), else None."""
    if by is None:
        return None
    jur = plan.model.plan.jurisdiction
    body = ws.registry.resolve(by, jur)
    if body is None:
        close = ws.registry.suggest(by, jur)
        raise ConfigError("error.report-new.by", name=by, suggestions="; ".join(close) or "—")
    return None if body == plan.issuer else body


def _settled(ws: Workspace, plan: PlanDoc, task: str, period: int | None, as_of: date) -> bool:
    return any(
        p.entry.period == period and p.entry.status in ("done", "cancelled") for p in ws.progress_of(plan, task, as_of)
    )


def to_report(ws: Workspace, plan: PlanDoc, opts: Options) -> Iterator[tuple[TaskInfo, int | None]]:
    """The tasks (with the period for a yearly one) that the skeleton has an entry for, in plan order."""
    body = lead_filter(ws, plan, opts.by)
    issued = plan.model.plan.issued
    for info in plan.tasks.values():
        if body is not None and body not in info.leads:
            continue
        dl = info.deadline
        period = None
        if dl is not None and dl.kind == "yearly":
            period = opts.period
            if issued is not None and dl.due_in(period) < issued:
                continue  # not one of the task's years
        if not _settled(ws, plan, info.id, period, opts.as_of):
            yield info, period


def _quote(value: str) -> str:
    """A YAML scalar for `value`: plain when it cannot be misread, else double-quoted (JSON is valid YAML)."""
    plain = re.fullmatch(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:\n]*", value) and not value.endswith(" ")
    if plain and value.lower() not in ("null", "true", "false", "~"):
        return value
    return json.dumps(value, ensure_ascii=False)


def _comment(line: str) -> str:
    return "# " + line.replace("\n", " ").rstrip()


def _due_text(info: TaskInfo, period: int | None, lang: str) -> str:
    dl = info.deadline
    written = info.task.deadline
    if dl is None:
        return text("report.due.none", lang) if written is None else f"«{written}»"
    if dl.kind == "ongoing":
        return f"«{written}»"
    due = dl.due_in(period if period is not None else 0)
    return f"«{written}» = {day(due, lang)}"


def render(ws: Workspace, plan: PlanDoc, opts: Options, command: str) -> str:
    """The skeleton as YAML text."""
    lang = opts.lang
    info = plan.model.plan
    by = opts.by or info.issuer
    items = list(to_report(ws, plan, opts))
    out = [
        _comment(text("report.head", lang, plan=plan_name(info, lang))),
        _comment(text("report.made", lang, command=command, date=day(opts.as_of, lang), period=opts.period)),
        _comment(text("report.count", lang, n=len(items), total=len(plan.tasks))),
        _comment(text("report.fill", lang)),
        "#",
        _comment(text("report.keys", lang)),
    ]
    for key in ("task", "status"):
        out.append(_comment(f"  {key:<10} " + text(f"report.key.{key}", lang)))
    for status in STATUSES:
        out.append(_comment(f"  {'':<10}   {status:<12} = " + text(f"report.status.{status}", lang)))
    for key in ("completed", "period", "evidence", "note"):
        out.append(_comment(f"  {key:<10} " + text(f"report.key.{key}", lang)))
    out += [
        "format: xhht/report@1",
        "report:",
        f"  plan: {info.id}  " + _comment(text("report.key.plan", lang)),
        f"  by: {_quote(by)}  " + _comment(text("report.key.by", lang)),
        f"  date: {opts.as_of.isoformat()}  " + _comment(text("report.key.date", lang)),
        '  # reference: ""  ' + _comment(text("report.key.reference", lang)),
    ]
    if not items:
        out.append("entries: []  " + _comment(text("report.none", lang)))
        return "\n".join(out) + "\n"
    out.append("entries:")
    for task, period in items:
        leads = "; ".join(task.task.lead) or text("report.no-lead", lang)
        out.append("  " + _comment(f"{task.id}: {task.label()}"))
        out.append("  " + _comment(text("report.task-line", lang, lead=leads, due=_due_text(task, period, lang))))
        out.append(f"  - task: {_quote(task.id)}")
        out.append("    status: not_started")
        if period is not None:
            out.append(f"    period: {period}")
        out.append("    " + _comment("completed: YYYY-MM-DD"))
        out.append("    " + _comment("evidence: ..."))
    return "\n".join(out) + "\n"


def run_new(
    plan_path: Path,
    reports: list[Path],
    *,
    period: int | None,
    by: str | None,
    as_of: date,
    lang: str,
    registry: Path | None,
    output: Path | None,
    force: bool,
) -> int:
    """`xhht report new`: write the skeleton to `output` (atomically, never over a file without `force`) or to
    standard output. The paths exist and `output` is none of them (the command line checked). Returns the exit
    status."""
    import sys

    from xhht_cli.atomic import atomic_text, stdout_text
    from xhht_cli.workspace import LoadOptions, build

    paths = [plan_path, *reports]
    if not plan_path.is_file():
        raise ConfigError("error.report-new.not-a-plan", path=plan_path)
    ws = build(paths, LoadOptions(registry=registry))
    plan = find_plan(ws, plan_path)
    opts = Options(as_of=as_of, period=period if period is not None else as_of.year, lang=lang, by=by)
    command = "xhht report new " + " ".join(str(p) for p in paths)
    body = render(ws, plan, opts, command)
    if output is None:
        with stdout_text() as fh:
            fh.write(body)
        return 0
    with atomic_text(output, force=force) as fh:
        fh.write(body)
    n = body.count("\n  - task:")
    print(text("report.written", lang, path=output, n=n), file=sys.stderr)
    return 0
