"""What `xhht extract` found: the plan's identity, its sections and tasks, and what a person should look at."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xhht_cli.extract.identity import Identity
from xhht_cli.extract.match import MIN_SCORE, Suggestion


@dataclass(frozen=True, slots=True)
class Review:
    """One thing to check by hand: where (a task id, or "" for the plan) and a message key with its arguments."""

    where: str
    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ExtractedTask:
    id: str
    text: str
    lead: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    deadline: str | None = None
    requires_plans: list[str] = field(default_factory=list)
    requires_deadline: str | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    names_found: int = 0  # lead and cooperating names found, resolved or not

    @property
    def implements(self) -> list[str]:
        """The first suggestion, when it is sure enough to be written as `implements`."""
        return [self.suggestions[0].id] if self.suggestions and self.suggestions[0].score >= MIN_SCORE else []


@dataclass(slots=True)
class ExtractedSection:
    id: str
    title: str
    tasks: list[ExtractedTask] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Stats:
    tasks: int
    with_lead: int
    names: int
    names_resolved: int
    deadlines: int
    deadlines_not_understood: int
    with_implements: int
    template: str | None
    review: int


@dataclass(slots=True)
class ExtractResult:
    identity: Identity
    sections: list[ExtractedSection]
    source: str
    review: list[Review] = field(default_factory=list)
    document: str = ""  # the file read, when `source` is another (its text) or absent
    partial: str | None = None  # why the text holds less than the plan: "header-only" or "article"

    @property
    def tasks(self) -> list[ExtractedTask]:
        return [t for s in self.sections for t in s.tasks]

    def stats(self) -> Stats:
        tasks = self.tasks
        return Stats(
            tasks=len(tasks),
            with_lead=sum(1 for t in tasks if t.lead),
            names=sum(t.names_found for t in tasks),
            names_resolved=sum(t.names_found - len(t.unresolved) for t in tasks),
            deadlines=sum(1 for t in tasks if t.deadline),
            deadlines_not_understood=sum(1 for r in self.review if r.key == "deadline-not-understood"),
            with_implements=sum(1 for t in tasks if t.implements),
            template=self.identity.template,
            review=len(self.review),
        )
