"""One way through: paths -> workspace -> rules -> Report. The CLI and the library API both call `run` or `report`.

The rules are imported only when a command runs them: `xhht validate` (the pre-commit case) does not.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from xhht_cli.codes import VALIDATE_CODES
from xhht_cli.config import Config
from xhht_cli.findings import DocRef, Finding, PlanSummary, Report
from xhht_cli.loading import Limits, discover
from xhht_cli.workspace import LoadOptions, PlanDoc, Workspace, assemble, build, read


def load_options(config: Config) -> LoadOptions:
    limits = Limits(max_bytes=config.max_file_size, max_depth=config.max_depth, max_nodes=config.max_nodes)
    return LoadOptions(limits=limits, registry=config.registry)


def load(paths: Iterable[Path], config: Config) -> Workspace:
    return build(paths, load_options(config))


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    # A run builds a large, long-lived heap and almost no cyclic garbage: the collector's full passes over that
    # heap cost a third of the run on a national portfolio, and free nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run(
    paths: Iterable[Path], config: Config, *, mode: str = "check", with_statuses: bool = False
) -> tuple[Report, Workspace]:
    """Load and check in this process, keeping the workspace. `mode` is `validate` (S codes and C002 only) or
    `check` (every rule); `with_statuses` adds the status of every task (for the `deadlines` and `bodies` views)."""
    with _no_cyclic_gc():
        ws = load(paths, config)
        return summarize(ws, config, mode, with_statuses), ws


def report(
    paths: Iterable[Path], config: Config, *, mode: str = "check", with_statuses: bool = False, encode: bool = False
) -> Report:
    """Load and check, on as many cores as `config.jobs` says (see `xhht_cli.parallel`); the same report as `run`.

    `encode` is for a caller that will write the report in `config.format`: workers then also encode the findings
    (`Report.encoded`) and leave out their `args` and `data`."""
    with _no_cyclic_gc():
        files = list(discover(list(paths)))
        if len(files) > 1 and config.jobs != 1:  # (multiprocessing is not even imported for one file)
            from xhht_cli import parallel

            jobs = parallel.workers_for(config.jobs, files)
            if jobs > 1:
                try:
                    return parallel.run(files, config, jobs, mode, with_statuses, encode)
                except parallel.WorkerFailed as exc:  # repeated below; an error there is reported as usual
                    from xhht_cli.i18n import text

                    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else "?"
                    print(text("ui.jobs.failed", config.lang, reason=reason), file=sys.stderr)
        options = load_options(config)
        ws = assemble((read(f, options.limits) for f in files), options)
        return summarize(ws, config, mode, with_statuses)


def summarize(
    ws: Workspace, config: Config, mode: str, with_statuses: bool, keep: Callable[[Finding], bool] | None = None
) -> Report:
    """Run the rules over a built workspace and collect the report. `keep` filters the findings made while
    building it; the rules only look at `ws.checked`."""
    report = Report(as_of=config.as_of.isoformat(), files_read=ws.files_read)
    report.skipped = list(ws.skipped)
    report.unchecked = list(ws.unchecked)
    findings = list(ws.findings) if keep is None else [f for f in ws.findings if keep(f)]
    if mode != "validate":
        from xhht_cli.rules import RuleContext
        from xhht_cli.rules import run as run_rules
        from xhht_cli.rules.coverage import coverage, obliged_provinces
        from xhht_cli.rules.deadlines import statuses

        ctx = RuleContext(as_of=config.as_of, due_soon_days=config.due_soon_days)
        findings.extend(run_rules(ws, ctx))
        report.coverage = coverage(ws)
        report.obliged = obliged_provinces(ws)
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
                document=doc_ref(plan),
                template_document=doc_ref(template) if template else None,
            )
        )
    report.sort()
    return report


def doc_ref(plan: PlanDoc) -> DocRef:
    info = plan.model.plan
    return DocRef(
        id=info.id,
        number=info.number,
        issuer=info.issuer,
        issued=info.issued.isoformat() if info.issued else None,
        jurisdiction=info.jurisdiction,
    )
