"""What the workspace could not resolve while it was built, kept as data in the order it was met.

Each record says where (the file and the line and column), what was written and what was found instead; the rules
S004 (`duplicates`), S005 (`unknown_plans`, `plan_loops`), S006 (`unknown_names`, `registry_names`, `succession_loops`),
S007 (`bad_deadlines`), S009 (`source_texts`) and C002 (`dangling`,
`dangling_entries`) turn the records into findings. Records are made for the checked files only, never for the
shipped templates loaded for reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from xhht_cli.deadlines import DeadlineError

Pos = tuple[int, int]


class DuplicateId(NamedTuple):
    """An id used a second time: a plan id in two files, or a section, task, target or registry entry id twice in
    one file (`first_line` is where it was first used)."""

    file: str
    pos: Pos
    kind: str
    """`plan`, `section`, `task`, `target` or `registry`."""
    id: str
    first_file: str | None = None
    first_line: int | None = None
    plan: str | None = None
    task: str | None = None


class RegistryName(NamedTuple):
    """A registry entry that names another entry that does not exist (`unknown-reference`), or a name registered
    by two entries (`duplicate-name`)."""

    file: str
    pos: Pos
    kind: str
    entry: str
    field: str
    name: str


class SuccessionLoop(NamedTuple):
    """Registry entries each succeeded by the next, back to the first: `ring` from `entry`, whose `succeeded_by`
    (at `pos`) closes the loop by naming `ring[0]`... `closes` is the entry named."""

    file: str
    pos: Pos
    ring: tuple[str, ...]
    closes: str


class UnknownPlan(NamedTuple):
    """A plan id that no plan of the run has: a plan's `implements` (`plan` set) or a progress report's `plan`
    (`plan` None). `known` are the first plan ids of the run when it was met, for the message."""

    file: str
    pos: Pos
    id: str
    known: tuple[str, ...]
    plan: str | None = None


class PlanLoop(NamedTuple):
    """A plan whose `implements` chain runs into a loop: `loop` is the ids of the loop from where the chain enters
    it, `template` the plan's own `implements`."""

    file: str
    pos: Pos
    plan: str
    template: str
    loop: tuple[str, ...]


class UnknownName(NamedTuple):
    """A body name (issuer, lead, cooperating body, `requires_plans.from`) that the registry does not know, with
    the registered names closest to it."""

    file: str
    pos: Pos
    name: str
    suggestions: tuple[str, ...]
    jurisdiction: str | None
    plan: str
    task: str | None


class SplitName(NamedTuple):
    """Consecutive list items that are one registered name cut at its commas (`resolved` is its registry id)."""

    file: str
    pos: Pos
    pieces: tuple[str, ...]
    resolved: str
    plan: str
    task: str


class BadDeadline(NamedTuple):
    """A deadline not understood or naming an impossible date; `error` says why (a reason and its values)."""

    file: str
    pos: Pos
    error: DeadlineError
    plan: str
    task: str


class UnreadSource(NamedTuple):
    """A source document that was not read: `problem` is `missing`, `outside` (outside the repository), `special`
    (not a regular file) or `size` (over `limit` bytes). `task` is None for one of the plan's own `source`."""

    file: str
    pos: Pos
    name: str
    problem: str
    limit: int
    plan: str
    task: str | None


class UnmatchedText(NamedTuple):
    """A task or target `text` that does not occur in its source: `text` is the text as compared (folded) and
    `matched` how many of its first characters do occur; `source` is what it was compared with (the item's own
    `source`, or the plan's list)."""

    file: str
    pos: Pos
    text: str
    matched: int
    source: str | tuple[str, ...]
    plan: str
    task: str


class Dangling(NamedTuple):
    """An `implements` id (of a task, a target or a waiver: `kind`) that the plan's template does not have."""

    file: str
    pos: Pos
    id: str
    template: str
    kind: str
    plan: str
    task: str | None


class DanglingEntry(NamedTuple):
    """A progress report entry about a task that its plan does not have."""

    file: str
    pos: Pos
    id: str
    plan: str


@dataclass(slots=True)
class Unresolved:
    """Every record of one build, by kind, each list in the order the files were read."""

    duplicates: list[DuplicateId] = field(default_factory=list)
    registry_names: list[RegistryName] = field(default_factory=list)
    succession_loops: list[SuccessionLoop] = field(default_factory=list)
    unknown_plans: list[UnknownPlan] = field(default_factory=list)
    plan_loops: list[PlanLoop] = field(default_factory=list)
    unknown_names: list[UnknownName | SplitName] = field(default_factory=list)
    """Names of the checked plans; S006 reports them after the registry's `succession_loops` and `registry_names`."""
    bad_deadlines: list[BadDeadline] = field(default_factory=list)
    source_texts: list[UnreadSource | UnmatchedText] = field(default_factory=list)
    dangling: list[Dangling] = field(default_factory=list)
    dangling_entries: list[DanglingEntry] = field(default_factory=list)

    def __bool__(self) -> bool:
        """Whether anything was recorded."""
        return any(getattr(self, name) for name in self.__dataclass_fields__)
