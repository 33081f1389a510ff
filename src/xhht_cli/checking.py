"""A built workspace checked: the rules run over it and their findings, coverage and statuses made into a `Report`.

Used by `xhht_cli.pipeline` for a run in one process and by each part of a parallel run (`xhht_cli.parallel`). A rule
is imported only when its check may run: `xhht validate` (the pre-commit case) imports the file-level ones only.
"""

from __future__ import annotations

from collections.abc import Callable

from xhht_cli.codes import VALIDATE_CODES
from xhht_cli.config import Config
from xhht_cli.files import read_identities
from xhht_cli.findings import Coverage, DocRef, Finding, PlanSummary, Report, TaskStatus, status_key
from xhht_cli.loading import Limits
from xhht_cli.rules.base import RuleContext
from xhht_cli.rules.recorded import RECORDED, recorded
from xhht_cli.rules.table import RULES
from xhht_cli.workspace import LoadOptions, PlanDoc, Workspace


def load_options(config: Config) -> LoadOptions:
    limits = Limits(max_bytes=config.max_file_size, max_depth=config.max_depth, max_nodes=config.max_nodes)
    return LoadOptions(limits=limits, registry=config.registry)


def summarize(
    ws: Workspace, config: Config, mode: str, with_statuses: bool, keep: Callable[[Finding], bool] | None = None
) -> Report:
    """Run the rules over a built workspace and collect the report. `mode` is `validate` (S codes and C002 only) or
    `check` (every rule); `with_statuses` adds the status of every task. `keep` filters the findings made while
    building the workspace and those of what it recorded (`rules.recorded`); the other rules only look at
    `ws.checked`."""
    ctx = RuleContext(as_of=config.as_of, due_soon_days=config.due_soon_days)
    reported = VALIDATE_CODES if mode == "validate" else RULES
    built = [*ws.findings, *recorded(ws, ctx, frozenset(c for c in RECORDED if config.wanted(c) and c in reported))]
    findings = built if keep is None else [f for f in built if keep(f)]
    coverage: tuple[Coverage, ...] = ()
    obliged: dict[str, tuple[str, ...]] = {}
    statuses: list[TaskStatus] = []
    from xhht_cli.rules import run as run_rules

    if mode == "validate":  # the checks of the file-level codes and C002 only
        findings.extend(run_rules(ws, ctx, frozenset(filter(config.wanted, VALIDATE_CODES))))
    else:
        from xhht_cli.rules._coverage import coverage as coverage_of
        from xhht_cli.rules._coverage import obliged_provinces
        from xhht_cli.rules._deadlines import statuses as statuses_of

        narrowed = config.select is not None or bool(config.ignore)
        findings.extend(run_rules(ws, ctx, frozenset(filter(config.wanted, RULES)) if narrowed else None))
        coverage = tuple(coverage_of(ws, ctx))
        obliged = obliged_provinces(ws)
        if with_statuses:
            statuses = statuses_of(ws, ctx)
    allowed = VALIDATE_CODES if mode == "validate" else None
    wanted = [f for f in findings if config.wanted(f.code) and (allowed is None or f.code in allowed)]
    wanted.sort(key=Finding.sort_key)  # stable: ties keep the order the rules made them in
    statuses.sort(key=status_key)
    return Report(
        as_of=config.as_of.isoformat(),
        findings=tuple(wanted),
        plans=tuple(_summary(ws, plan) for plan in ws.checked),
        coverage=coverage,
        statuses=tuple(statuses),
        skipped=tuple(ws.skipped),
        unchecked=tuple(ws.unchecked),
        files_read=ws.files_read,
        obliged=obliged,
        inputs=read_identities(),
    )


def _summary(ws: Workspace, plan: PlanDoc) -> PlanSummary:
    template = ws.template(plan)
    return PlanSummary(
        id=plan.id,
        file=plan.file,
        tasks=len(plan.tasks),
        template=template.id if template else None,
        status=plan.model.plan.status,
        partial=plan.model.plan.completeness == "partial",
        document=doc_ref(plan),
        template_document=doc_ref(template) if template else None,
    )


def doc_ref(plan: PlanDoc) -> DocRef:
    info = plan.model.plan
    return DocRef(
        id=info.id,
        number=info.number,
        issuer=info.issuer,
        issued=info.issued.isoformat() if info.issued else None,
        jurisdiction=info.jurisdiction,
    )
