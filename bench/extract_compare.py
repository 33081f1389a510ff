"""Field-by-field accuracy of an extracted plan against a hand-encoded one (used by `extract_accuracy.py` and the
tests that keep the accuracy from falling). A development tool, not part of the package.

Each field is a set of facts, and precision and recall are counted over the facts:
- `task ids`: the task ids;
- `lead`, `cooperating`: (task id, body) pairs, a body being what the registry resolves the name to in the plan's
  jurisdiction (so "Sở GD&ĐT" = "Sở Giáo dục và Đào tạo"), or the name itself when it does not resolve;
- `deadline`: (task id, deadline) pairs, a deadline being what `parse_deadline` makes of the text (so "hoàn thành
  trong quý III năm 2020" = "trong quý III năm 2020"), or the text when it is not understood;
- `implements`: (task id, template task id) pairs.
A fact about a task whose id was missed counts against recall; about a task that does not exist, against precision.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from xhht_cli.deadlines import Deadline, parse_deadline
from xhht_cli.extract.writer import load_plan
from xhht_cli.models import PlanFile, Task
from xhht_cli.registry import Registry, norm

__all__ = ["FIELDS", "Score", "compare", "differences", "facts", "load_plan"]

FIELDS = ("task ids", "lead", "cooperating", "deadline", "implements")


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def _tasks(plan: PlanFile) -> Iterator[Task]:
    for s in plan.sections:
        yield from s.tasks


def _deadline_key(text: str) -> str:
    parsed = parse_deadline(text)
    if isinstance(parsed, Deadline):
        if parsed.kind == "date" and parsed.due:
            return parsed.due.isoformat()
        if parsed.kind == "yearly":
            return f"yearly-{parsed.month}-{parsed.day}"
        return "ongoing"
    return norm(text)


def facts(plan: PlanFile, registry: Registry) -> dict[str, set[tuple[str, ...]]]:
    jur = plan.plan.jurisdiction

    def body(name: str) -> str:
        return registry.resolve(name, jur) or f"?{norm(name)}"

    out: dict[str, set[tuple[str, ...]]] = {f: set() for f in FIELDS}
    for t in _tasks(plan):
        out["task ids"].add((t.id,))
        out["lead"].update((t.id, body(n)) for n in t.lead)
        out["cooperating"].update((t.id, body(n)) for n in t.cooperating)
        if t.deadline:
            out["deadline"].add((t.id, _deadline_key(t.deadline)))
        out["implements"].update((t.id, i) for i in t.implements)
    return out


def compare(extracted: PlanFile, truth: PlanFile, registry: Registry) -> dict[str, Score]:
    """Precision and recall of each field of `extracted` against `truth`."""
    got, want = facts(extracted, registry), facts(truth, registry)
    return {f: Score(len(got[f] & want[f]), len(got[f] - want[f]), len(want[f] - got[f])) for f in FIELDS}


def differences(extracted: PlanFile, truth: PlanFile, registry: Registry) -> dict[str, tuple[list[str], list[str]]]:
    """Per field, the facts only the extraction has and the facts it missed (for reading the bench's output)."""
    got, want = facts(extracted, registry), facts(truth, registry)
    return {f: (sorted(" ".join(x) for x in got[f] - want[f]), sorted(" ".join(x) for x in want[f] - got[f]))
            for f in FIELDS}  # fmt: skip
