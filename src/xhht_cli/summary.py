"""What a run means, as data: the headline facts of each plan and the portfolio matrix of plans side by side.

Computed from a finished `Report` and nothing else, so that every output format (text, markdown, JSON, and the
spreadsheet and document reports) tells the same story from the same figures; rendering them is the reporters' job.

- `facts(report)`: per checked plan, the document, its template, the counts by severity, late issuance, the overdue
  tasks and the oldest of them, the template tasks and targets it misses, and the defunct bodies that still hold its
  tasks (one entry per body, with every task it holds).
- `portfolios(report)`: per template that checked plans implement, the matrix template task x plan with a mark per
  cell (`covered`, `missing`, `waived`, `n/a`), totals per plan, and the provinces that had to issue a plan and have
  none among the checked files. `portfolio(report)` is the one with the most plans (the JSON `portfolio` object).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from xhht_cli.findings import Coverage, DocRef, Finding, PlanSummary, Report, Severity
from xhht_cli.registry import fold, norm

MARKS = ("covered", "missing", "waived", "n/a")
"""The marks of a portfolio cell, in the order totals are given."""


@dataclass(frozen=True, slots=True)
class Defunct:
    """A body that no longer exists on the as-of date and still holds tasks of a plan (A003), said once."""

    body: str
    """Registry id."""
    name: str
    """As the plan writes it (the first way it is written)."""
    until: str | None
    successors: tuple[str, ...]
    """Who holds its work now, as names (with the functions taken over, when only some were)."""
    tasks: tuple[tuple[str, str], ...]
    """(task id, role) for every open task it still leads or cooperates on, in file order; ("", "issuer") when it
    issued the plan."""

    @property
    def task_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for t, _ in self.tasks if t))


@dataclass(frozen=True, slots=True)
class Facts:
    """The headline facts of one checked plan."""

    plan: PlanSummary
    counts: Mapping[str, int]
    """Findings about this plan (or in its file) by severity."""
    coverage: Coverage | None
    late_days: int | None = None
    """Days the plan was issued after the deadline its template set for implementing plans (D006)."""
    late_deadline: str | None = None
    late_task: str | None = None
    """The template task that set that deadline."""
    unissued: bool = False
    """Not issued yet, and already past that deadline."""
    overdue: tuple[str, ...] = ()
    """Tasks overdue (D001), in file order."""
    oldest_task: str | None = None
    oldest_days: int | None = None
    oldest_deadline: str | None = None
    missing: tuple[str, ...] = ()
    """Template tasks without a counterpart (C001)."""
    missing_targets: tuple[str, ...] = ()
    """Template targets without a counterpart (T002)."""
    defunct: tuple[Defunct, ...] = ()

    @property
    def document(self) -> DocRef | None:
        return self.plan.document

    @property
    def template(self) -> DocRef | None:
        return self.plan.template_document

    @property
    def defunct_assignments(self) -> int:
        """Assignments of open tasks to defunct bodies (one per body and task)."""
        return sum(len(d.task_ids) for d in self.defunct)


def facts(report: Report) -> list[Facts]:
    """The headline facts of every checked plan, in the report's plan order. Needs the findings' data (the text,
    markdown and document formats keep it; a parallel run encoding JSON does not, and JSON does not need this)."""
    by_plan: dict[str, list[Finding]] = {p.id: [] for p in report.plans}
    file_plan = {p.file: p.id for p in report.plans}
    for f in report.findings:
        owner = f.plan if f.plan in by_plan else file_plan.get(f.file)
        if owner is not None:
            by_plan[owner].append(f)
    cov = {c.plan: c for c in report.coverage}
    return [_facts(p, by_plan[p.id], cov.get(p.id)) for p in report.plans]


def _facts(plan: PlanSummary, found: list[Finding], cov: Coverage | None) -> Facts:
    counts = Counter(f.severity for f in found)
    late: dict[str, Any] = {}
    unissued = False
    overdue: dict[str, tuple[int, str | None]] = {}
    missing: list[str] = []
    missing_targets: list[str] = []
    defunct: dict[str, dict[str, Any]] = {}
    for f in found:
        d = f.data
        if f.code == "D006":
            late = dict(d)
            unissued = f.key == "D006.unissued"
        elif f.code == "D001" and f.task:
            days = d.get("days_overdue")
            if isinstance(days, int) and days > overdue.get(f.task, (-1, None))[0]:
                overdue[f.task] = (days, d.get("deadline"))
        elif f.code == "C001" and f.task:
            missing.append(f.task)
        elif f.code == "T002" and f.task:
            missing_targets.append(f.task)
        elif f.code == "A003":
            body = str(d.get("body") or f.args.get("body"))
            entry = defunct.setdefault(
                body,
                {
                    "name": str(f.args.get("body") or d.get("name") or body),
                    "until": d.get("until"),
                    "successors": tuple(_successor(s) for s in d.get("successors") or ()),
                    "tasks": [],
                },
            )
            entry["tasks"].append((f.task or "", str(d.get("role") or "")))
    oldest = max(overdue.items(), key=lambda kv: kv[1][0], default=None)
    return Facts(
        plan=plan,
        counts={s.value: counts[s] for s in Severity},
        coverage=cov,
        late_days=late.get("days_late"),
        late_deadline=late.get("deadline"),
        late_task=late.get("template_task"),
        unissued=unissued,
        overdue=tuple(overdue),
        oldest_task=oldest[0] if oldest else None,
        oldest_days=oldest[1][0] if oldest else None,
        oldest_deadline=oldest[1][1] if oldest else None,
        missing=tuple(missing),
        missing_targets=tuple(missing_targets),
        defunct=tuple(
            Defunct(body=b, name=e["name"], until=e["until"], successors=e["successors"], tasks=tuple(e["tasks"]))
            for b, e in defunct.items()
        ),
    )


def _successor(s: Any) -> str:
    if isinstance(s, Mapping):
        name = str(s.get("name") or s.get("id") or "")
        return name + (f" ({s['functions']})" if s.get("functions") else "")
    return str(s)


@dataclass(frozen=True, slots=True)
class Portfolio:
    """Plans implementing one template, side by side."""

    template: str
    template_document: DocRef | None
    plans: tuple[str, ...]
    """Plan ids, in column order (by province name)."""
    names: tuple[str, ...]
    """Column labels, in the same order: the plan's province (its jurisdiction), else its id."""
    rows: tuple[tuple[str, str], ...]
    """(template task id, short title), in template order."""
    matrix: Mapping[str, Mapping[str, str]]
    """Template task id -> plan id -> mark (`MARKS`)."""
    totals: Mapping[str, Mapping[str, int]]
    """Plan id -> mark -> number of template tasks."""
    without_plan: tuple[str, ...]
    """Provinces that had to issue a plan implementing the template and have none among the checked files."""
    obliged: int
    """How many provinces had to issue one (0 when the template names none)."""

    def as_json(self) -> dict[str, Any]:
        """The JSON `portfolio` object (documented in docs/json-output.md)."""
        return {
            "template": self.template,
            "plans": list(self.plans),
            "matrix": {task: dict(row) for task, row in self.matrix.items()},
            "without_plan": list(self.without_plan),
        }


def portfolios(report: Report) -> list[Portfolio]:
    """One portfolio per template that checked plans implement, the one with the most plans first."""
    by_template: dict[str, list[Coverage]] = {}
    for c in report.coverage:
        by_template.setdefault(c.template, []).append(c)
    summaries = {p.id: p for p in report.plans}
    out = [_portfolio(t, covs, summaries, report.obliged.get(t, ())) for t, covs in by_template.items()]
    out.sort(key=lambda p: (-len(p.plans), p.template))
    return out


def portfolio(report: Report) -> Portfolio | None:
    """The portfolio of the template most checked plans implement (ties: the first template id)."""
    found = portfolios(report)
    return found[0] if found else None


def _portfolio(
    template: str, covs: list[Coverage], summaries: Mapping[str, PlanSummary], obliged: tuple[str, ...]
) -> Portfolio:
    def label(c: Coverage) -> str:
        doc = summaries[c.plan].document if c.plan in summaries else None
        return (doc.jurisdiction if doc and doc.jurisdiction else None) or c.plan

    covs = sorted(covs, key=lambda c: (fold(label(c)), c.plan))
    seen = Counter(label(c) for c in covs)

    def column(c: Coverage) -> str:
        """The province, with the document's number where two checked plans are of one province."""
        name = label(c)
        doc = summaries[c.plan].document if c.plan in summaries else None
        return f"{name} ({doc.number or c.plan})" if seen[name] > 1 and doc and name != c.plan else name

    rows: dict[str, str] = {}
    for c in covs:
        for task, title, _ in c.cells:
            rows.setdefault(task, title)
    matrix: dict[str, dict[str, str]] = {task: {} for task in rows}
    totals: dict[str, dict[str, int]] = {}
    for c in covs:
        marks = {task: mark for task, _, mark in c.cells}
        for task in rows:
            matrix[task][c.plan] = marks.get(task, "n/a")
        tally = Counter(marks.values())
        totals[c.plan] = {m: tally[m] for m in MARKS}
    present = {norm(label(c)) for c in covs}
    first = next((summaries[c.plan] for c in covs if c.plan in summaries), None)
    return Portfolio(
        template=template,
        template_document=first.template_document if first else None,
        plans=tuple(c.plan for c in covs),
        names=tuple(column(c) for c in covs),
        rows=tuple(rows.items()),
        matrix=matrix,
        totals=totals,
        without_plan=tuple(p for p in obliged if norm(p) not in present),
        obliged=len(obliged),
    )
