"""One way through: paths -> workspace -> rules -> Report. The CLI and the library API both call `run`."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from xhht_cli.codes import VALIDATE_CODES
from xhht_cli.config import Config
from xhht_cli.findings import PlanSummary, Report
from xhht_cli.loading import Limits
from xhht_cli.rules import RuleContext
from xhht_cli.rules import run as run_rules
from xhht_cli.rules.coverage import coverage
from xhht_cli.rules.deadlines import statuses
from xhht_cli.workspace import LoadOptions, Workspace, build


def load(paths: Iterable[Path], config: Config) -> Workspace:
    limits = Limits(max_bytes=config.max_file_size, max_depth=config.max_depth, max_nodes=config.max_nodes)
    options = LoadOptions(limits=limits, registry=config.registry)
    return build(paths, options)


def run(
    paths: Iterable[Path], config: Config, *, mode: str = "check", with_statuses: bool = False
) -> tuple[Report, Workspace]:
    """Load and check. `mode` is `validate` (S codes and C002 only) or `check` (every rule); `with_statuses` adds
    the status of every task (for the `deadlines` and `bodies` views)."""
    # A run builds a large, long-lived heap and almost no cyclic garbage: the collector's full passes over that
    # heap cost a third of the run on a national portfolio, and free nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(paths, config, mode, with_statuses)
    finally:
        if enabled:
            gc.enable()


def _run(paths: Iterable[Path], config: Config, mode: str, with_statuses: bool) -> tuple[Report, Workspace]:
    ws = load(paths, config)
    report = Report(as_of=config.as_of.isoformat(), files_read=ws.files_read)
    report.skipped = list(ws.skipped)
    report.unchecked = list(ws.unchecked)
    findings = list(ws.findings)
    if mode != "validate":
        ctx = RuleContext(as_of=config.as_of, due_soon_days=config.due_soon_days)
        findings.extend(run_rules(ws, ctx))
        report.coverage = coverage(ws)
        if with_statuses:
            report.statuses = statuses(ws, ctx)
    allowed = VALIDATE_CODES if mode == "validate" else None
    report.findings = [f for f in findings if config.wanted(f.code) and (allowed is None or f.code in allowed)]
    for plan in ws.checked:
        template = ws.template(plan)
        report.plans.append(
            PlanSummary(
                id=plan.id,
                file=plan.file,
                tasks=len(plan.tasks),
                template=template.id if template else None,
                status=plan.model.plan.status,
                partial=plan.model.plan.completeness == "partial",
            )
        )
    report.sort()
    return report, ws
