"""The workspace: everything loaded for one run, indexed (plans by id, their tasks and targets, templates, the
registry, progress reports), and what could not be resolved while it was built (`unresolved`).

It is built once (`xhht_cli.workspace.builder`) and only read afterwards: the rules in `xhht_cli.rules` look at it
and report what it recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from xhht_cli.deadlines import Deadline
from xhht_cli.findings import Finding
from xhht_cli.loading import Document, Pos, YMap, YSeq
from xhht_cli.models import Entry, PlanFile, ReportFile, Section, Target, Task
from xhht_cli.registry import Registry
from xhht_cli.workspace.unresolved import Unresolved

_NONE: list[Any] = []  # what `progress_of` returns for a task no report mentions (never modified)
_NO_KIDS: list[Child] = []  # likewise for `children`


@dataclass(slots=True)
class TaskInfo:
    plan: PlanDoc
    section: Section
    task: Task
    node: YMap
    deadline: Deadline | None = None
    leads: tuple[str, ...] = ()
    """Registry ids of the lead bodies that resolved, once each, in the order written (likewise below)."""
    cooperating: tuple[str, ...] = ()
    plans_from: tuple[str, ...] = ()
    plans_deadline: Deadline | None = None

    @property
    def id(self) -> str:
        return self.task.id

    def pos(self, key: str | None = None) -> Pos:
        """Where the task's `key` value is written; else where its `id` key is; else where the task starts."""
        node = self.node
        return (key is not None and node.at(key)) or node.at("id", value=False) or node.pos

    def written(self, key: str, entity_id: str, registry: Registry) -> tuple[str | None, Pos]:
        """How the task writes the body `entity_id` under `key` (`lead`, `cooperating`, `from`), and where."""
        node: Any = self.node
        if key == "from":
            node = node.get("requires_plans")
            names = self.task.requires_plans.from_ if self.task.requires_plans else []
        else:
            names = getattr(self.task, key)
        raw = node.get(key) if isinstance(node, YMap) else None
        jur = self.plan.model.plan.jurisdiction
        for i, name in enumerate(names):
            if registry.resolve(name, jur) == entity_id:
                return name, raw.ipos[i] if isinstance(raw, YSeq) and i < len(raw.ipos) else self.pos(key)
        return None, self.pos("requires_plans" if key == "from" else key)

    def label(self) -> str:
        if self.task.title:
            return self.task.title
        words = self.task.text.split()
        return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


@dataclass(slots=True)
class TargetInfo:
    plan: PlanDoc
    target: Target
    node: YMap
    section: str | None

    @property
    def id(self) -> str:
        return self.target.id


@dataclass(slots=True)
class PlanDoc:
    model: PlanFile
    doc: Document
    shipped: bool = False
    tasks: dict[str, TaskInfo] = field(default_factory=dict)
    targets: dict[str, TargetInfo] = field(default_factory=dict)
    issuer: str | None = None
    source_paths: list[Path | None] = field(default_factory=list)
    """Where each `plan.source` was read from (its key in `Workspace.sources`), None for one refused or unread."""

    @property
    def id(self) -> str:
        return self.model.plan.id

    @property
    def file(self) -> str:
        return self.doc.display

    @property
    def label(self) -> str:
        """How messages name the plan: by its số, ký hiệu (`xhht_cli.wording.document` adds its kind), or by its
        id when it has none."""
        return self.model.plan.number or self.id

    @property
    def raw(self) -> YMap:
        data = self.doc.data
        assert isinstance(data, YMap)
        return data

    def plan_pos(self, key: str | None = None) -> Pos:
        block = self.raw.get("plan")
        if isinstance(block, YMap):
            return (key is not None and block.at(key)) or self.raw.at("plan", value=False) or (1, 1)
        return (1, 1)


@dataclass(slots=True)
class ReportDoc:
    model: ReportFile
    doc: Document

    def entry_pos(self, index: int, key: str | None = None) -> Pos:
        entries = self.doc.data.get("entries")
        if isinstance(entries, YSeq) and index < len(entries):
            node = entries[index]
            if isinstance(node, YMap) and key is not None and key in node.vpos:
                return node.vpos[key]
            return entries.ipos[index]
        return (1, 1)


@dataclass(slots=True)
class Progress:
    entry: Entry
    report: ReportDoc
    index: int


@dataclass(slots=True)
class Workspace:
    registry: Registry
    plans: dict[str, PlanDoc] = field(default_factory=dict)
    checked: list[PlanDoc] = field(default_factory=list)
    """Plans from the files the user named (shipped templates loaded for reference are not checked)."""
    reports: list[ReportDoc] = field(default_factory=list)
    progress: dict[tuple[str, str], list[Progress]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)
    files_read: int = 0
    sources: dict[Path, str] = field(default_factory=dict)
    """Source texts of the checked plans, as read (decoded, not folded), by resolved path."""
    remote: list[PlanHead] = field(default_factory=list)
    """Plans of the run that were not built here (a part of a parallel run): they count as children."""
    unresolved: Unresolved = field(default_factory=Unresolved)
    """What the files name that could not be resolved (unknown bodies and plans, bad deadlines, texts not in their
    source, duplicate and dangling ids): the rules S004-S007, S009 and C002 report it."""
    kids: dict[str, list[Child]] = field(default_factory=dict)
    """Plans that implement each plan id, loaded here or elsewhere in the run (`children`)."""

    def template(self, plan: PlanDoc) -> PlanDoc | None:
        ref = plan.model.plan.implements
        return self.plans.get(ref) if ref else None

    def children(self, plan_id: str) -> list[Child]:
        """Plans that implement `plan_id`, loaded here or elsewhere in the run."""
        return self.kids.get(plan_id, _NO_KIDS)

    def progress_of(self, plan: PlanDoc, task_id: str, as_of: date | None = None) -> list[Progress]:
        """Report entries about a task; with `as_of`, only those of reports that existed on that day."""
        entries = self.progress.get((plan.id, task_id), _NONE)
        if as_of is None or not entries:
            return entries
        return [p for p in entries if p.report.model.report.date <= as_of]


@dataclass(frozen=True, slots=True)
class PlanHead:
    """What other plans need to know about a plan that implements theirs (C004): its level, place and issuer."""

    id: str
    implements: str | None
    level: str
    jurisdiction: str | None
    issuer: str
    """The issuer as written; `Child.issuer` is its registry id."""


@dataclass(frozen=True, slots=True)
class Child:
    """A plan that implements another: its level, jurisdiction and issuer (a registry id, None when unknown)."""

    level: str
    jurisdiction: str | None
    issuer: str | None


@dataclass(frozen=True, slots=True)
class Scope:
    """What a build of part of the files knows about the whole run: which plan ids exist, whether the shipped
    templates are loaded, and the heads of every plan (so that children in other parts count for C004)."""

    plan_ids: frozenset[str]
    shipped: bool
    heads: tuple[PlanHead, ...]
