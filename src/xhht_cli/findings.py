"""Findings: what a check reports, and the report that collects them.

A finding carries a stable code, where it is (file, line, column), what it is about (plan, task) and the figures
behind it (`data`). Its message is rendered only when a reporter shows it, in the language the user asked for, from
the message key and arguments kept here: rules never format text.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import Any, NamedTuple


class Severity(str, enum.Enum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}
NO_ARGS: Mapping[str, Any] = MappingProxyType({})
"""No message arguments, no data: shared by every finding that has none."""


def _by_fields(self: Any) -> tuple[Any, tuple[Any, ...]]:
    """Pickle a frozen slotted dataclass as a call of its constructor: five times faster to load than the default
    (which sets each field through `dataclasses.fields`), and parallel runs send hundreds of thousands of these."""
    cls = type(self)
    return cls, tuple(getattr(self, name) for name in cls.__slots__)


class Finding(NamedTuple):
    """One problem found at one place.

    A named tuple rather than a frozen dataclass: as immutable, a third of the cost to make and to send between
    processes, and a national portfolio makes 300,000 of them.
    """

    code: str
    severity: Severity
    file: str
    line: int
    column: int
    key: str
    """Message key in the catalogue (`xhht_cli.i18n`)."""
    args: Mapping[str, Any] = NO_ARGS
    """Values the message is formatted with."""
    data: Mapping[str, Any] = NO_ARGS
    """The figures behind the message, as they appear in JSON output."""
    plan: str | None = None
    task: str | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.code, self.task or "")


@dataclass(frozen=True, slots=True)
class SectionCoverage:
    """Coverage of one template section by one plan."""

    __reduce__ = _by_fields

    section: str
    title: str
    template_tasks: int
    covered: int
    waived: int
    missing: tuple[str, ...]
    template_targets: int = 0
    covered_targets: int = 0
    missing_targets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Coverage:
    """Coverage of a template by one plan: which applicable template items it implements."""

    __reduce__ = _by_fields

    plan: str
    template: str
    template_tasks: int
    covered: int
    waived: int
    missing: tuple[str, ...]
    sections: tuple[SectionCoverage, ...]
    partial_template: bool = False
    template_targets: int = 0
    covered_targets: int = 0
    missing_targets: tuple[str, ...] = ()
    cells: tuple[tuple[str, str, str], ...] = ()
    """Every template task in template order as (id, short title, mark): covered, missing, waived or n/a (the task
    does not apply to the plan's level and place). The rows of the portfolio matrix (`xhht_cli.summary`)."""


STATUS_ORDER = ("done_on_time", "done_late", "open", "overdue", "ongoing", "cancelled", "no_deadline")
"""The statuses of a task (`TaskStatus.status`), in the order tables count them."""


@dataclass(frozen=True, slots=True)
class TaskStatus:
    """Where one task (or one period of a recurring task) stands on the as-of date."""

    __reduce__ = _by_fields

    plan: str
    task: str
    section: str
    title: str
    leads: tuple[str, ...]
    """Lead bodies as the plan writes them."""
    status: str
    """done_on_time | done_late | open | overdue | ongoing | cancelled | no_deadline"""
    due: str | None = None
    period: int | None = None
    days: int | None = None
    """Days overdue (overdue), left (open) or late (done_late)."""
    lead_ids: tuple[str, ...] = ()
    """Lead bodies as registry ids (those that resolved)."""
    lead_names: tuple[str, ...] = ()
    """The registry's names of `lead_ids`, in the same order: what a row of bodies is labelled with."""
    deadline: str | None = None
    """The deadline as the plan writes it ("định kỳ", "trong quý III năm 2020")."""
    text: str = ""
    """The task's text, as the plan quotes it."""


@dataclass(frozen=True, slots=True)
class DocRef:
    """A plan as people name it: by its số, ký hiệu, issuer and date rather than by its id in xhht."""

    __reduce__ = _by_fields

    id: str
    number: str | None = None
    issuer: str | None = None
    issued: str | None = None
    """ISO date, or None for a draft."""
    jurisdiction: str | None = None


@dataclass(frozen=True, slots=True)
class PlanSummary:
    __reduce__ = _by_fields
    id: str
    file: str
    tasks: int
    template: str | None
    status: str = "issued"
    partial: bool = False
    document: DocRef | None = None
    template_document: DocRef | None = None


@dataclass(frozen=True, slots=True)
class BodyRow:
    """One registry entry on the as-of date, with the tasks of the checked plans it leads."""

    id: str
    name: str
    level: str
    jurisdiction: str | None
    exists: bool
    until: str | None
    successors: tuple[str, ...]
    group: bool
    counts: tuple[tuple[str, int], ...] = ()
    """Tasks led, by status (done_on_time, done_late, open, overdue, ongoing, ...)."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found, in a stable order, ready for a reporter: a plain value, made once.

    Findings are sorted by file, line, column, code and task (`Finding.sort_key`); statuses by plan, due date, task
    and period (`status_key`)."""

    __reduce__ = _by_fields

    as_of: str
    findings: tuple[Finding, ...] = ()
    plans: tuple[PlanSummary, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    statuses: tuple[TaskStatus, ...] = ()
    skipped: tuple[str, ...] = ()
    """Files that were read but are not xhht files (no `format` key)."""
    unchecked: tuple[str, ...] = ()
    """xhht files left out of the cross-file rules because they could not be parsed or failed the schema."""
    files_read: int = 0
    bodies: tuple[BodyRow, ...] = ()
    obliged: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Template id -> the provinces that had to issue a plan implementing it (those its `requires_plans` names, as
    they existed at its deadline), for templates that checked plans implement."""
    inputs: frozenset[tuple[int, int]] = frozenset()
    """(device, inode) of every file the run read, in any of its processes: `-o` never replaces one of them."""

    def counts(self) -> dict[str, int]:
        found = Counter(map(attrgetter("severity"), self.findings))
        return {s.value: found[s] for s in Severity}

    def worst(self) -> Severity | None:
        found = set(map(attrgetter("severity"), self.findings))
        return max(found, key=_RANK.__getitem__) if found else None


def status_key(s: TaskStatus) -> tuple[str, str, str, int]:
    """The order of statuses in a report: by plan, due date (none last), task and period."""
    return (s.plan, s.due or "9999", s.task, s.period or 0)
