"""`xhht diff`: what changed between two versions of a plan, and which local tasks a template change makes suspect.

Tasks are matched in three passes, so that a renumbering is told apart from a task removed and another added:
1. the same text (after NFC and whitespace folding), when that text belongs to one task on each side: the same task,
   renumbered when its id moved;
2. the same id, when the texts are still alike (difflib ratio at least 0.5): the same task, its text changed;
3. the most alike texts of the tasks left (ratio at least 0.8): the same task, renumbered and reworded.
Whatever is left is removed (old side) or added (new side). Leads and cooperating bodies are compared as the bodies
they name (`Sở GD&ĐT` = `Sở Giáo dục và Đào tạo`), deadlines as written, `implements` as sets of ids.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace, fold_text

SAME_ID_RATIO = 0.5
MOVED_RATIO = 0.8
TASK_FIELDS = ("text", "lead", "cooperating", "deadline", "implements", "requires_plans")
PLAN_FIELDS = ("id", "number", "title", "issuer", "level", "jurisdiction", "issued", "status", "implements")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference. `kind`: added | removed | renumbered | changed (a task's `field`) | plan (a plan-level
    `field`: a key of `plan:`, `waived` or `targets`). `line` is on the new side, or the old one for a removal."""

    kind: str
    task: str | None
    field: str | None = None
    old: Any = None
    new: Any = None
    file: str = ""
    line: int = 1
    old_task: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "task": self.task,
            "old_task": self.old_task,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "file": self.file,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class Suspect:
    """A task of a local plan that implements a template task that changed or was removed."""

    plan: str
    document: str
    file: str
    line: int
    task: str
    implements: str
    reason: str
    """removed | renumbered | changed"""
    detail: tuple[str, ...] = ()
    """For `changed`: the fields that changed; for `renumbered`: the new id."""

    def as_json(self) -> dict[str, Any]:
        return {
            "plan": self.plan,
            "document": self.document,
            "file": self.file,
            "line": self.line,
            "task": self.task,
            "implements": self.implements,
            "reason": self.reason,
            "detail": list(self.detail),
        }


@dataclass(slots=True)
class PlanDiff:
    old: PlanDoc
    new: PlanDoc
    changes: list[Change] = field(default_factory=list)
    suspects: list[Suspect] = field(default_factory=list)
    matched: dict[str, str] = field(default_factory=dict)
    """Old task id -> new task id, for every task on both sides."""

    @property
    def identical(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, int]:
        c = Counter(ch.kind for ch in self.changes)
        return {k: c.get(k, 0) for k in ("added", "removed", "renumbered", "changed", "plan")} | {
            "suspects": len(self.suspects)
        }


def match_tasks(old: Sequence[TaskInfo], new: Sequence[TaskInfo]) -> list[tuple[TaskInfo, TaskInfo]]:
    """Pairs of the same task on both sides, in the new plan's order."""
    pairs: dict[int, int] = {}  # index in new -> index in old
    old_text = [fold_text(t.task.text) for t in old]
    new_text = [fold_text(t.task.text) for t in new]
    once_old = {t for t, n in Counter(old_text).items() if n == 1}
    once_new = {t for t, n in Counter(new_text).items() if n == 1}
    where_old = {t: i for i, t in enumerate(old_text) if t in once_old}
    for j, folded in enumerate(new_text):
        if folded in once_new and folded in where_old:
            pairs[j] = where_old[folded]
    used = set(pairs.values())
    old_by_id = {t.id: i for i, t in enumerate(old) if i not in used}
    for j, info in enumerate(new):
        i = old_by_id.get(info.id)
        if j in pairs or i is None or i in used:
            continue
        if _ratio(old_text[i], new_text[j]) >= SAME_ID_RATIO:
            pairs[j] = i
            used.add(i)
    scored = sorted(
        (-_ratio(old_text[i], new_text[j]), j, i)
        for j in range(len(new))
        if j not in pairs
        for i in range(len(old))
        if i not in used and _may_reach(old_text[i], new_text[j], MOVED_RATIO)
    )
    for score, j, i in scored:
        if -score < MOVED_RATIO:
            break
        if j in pairs or i in used:
            continue
        pairs[j] = i
        used.add(i)
    return [(old[pairs[j]], new[j]) for j in sorted(pairs)]


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _may_reach(a: str, b: str, bound: float) -> bool:
    """Whether the ratio of `a` and `b` can reach `bound` (the cheap upper bounds first)."""
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return m.real_quick_ratio() >= bound and m.quick_ratio() >= bound


def _bodies(ws: Workspace, plan: PlanDoc, names: Iterable[str]) -> list[str]:
    jur = plan.model.plan.jurisdiction
    return sorted(ws.registry.resolve(n, jur) or " ".join(n.casefold().split()) for n in names)


def _requires(info: TaskInfo) -> Any:
    rp = info.task.requires_plans
    return None if rp is None else {"from": list(rp.from_), "deadline": rp.deadline}


def task_changes(old_ws: Workspace, new_ws: Workspace, a: TaskInfo, b: TaskInfo) -> list[Change]:
    """The fields of one task that differ between its two versions."""
    out: list[Change] = []
    file = b.plan.file
    if a.id != b.id:
        out.append(Change("renumbered", b.id, None, a.id, b.id, file, b.pos("id")[0], a.id))
    for name in TASK_FIELDS:
        old: Any
        new: Any
        if name == "text":
            same = fold_text(a.task.text) == fold_text(b.task.text)
            old, new = a.task.text, b.task.text
        elif name in ("lead", "cooperating"):
            old, new = list(getattr(a.task, name)), list(getattr(b.task, name))
            same = _bodies(old_ws, a.plan, old) == _bodies(new_ws, b.plan, new)
        elif name == "deadline":
            old, new = a.task.deadline, b.task.deadline
            same = (" ".join(old.split()) if old else None) == (" ".join(new.split()) if new else None)
        elif name == "implements":
            old, new = sorted(a.task.implements), sorted(b.task.implements)
            same = old == new
        else:
            old, new = _requires(a), _requires(b)
            same = old == new
        if not same:
            line = b.pos(name)[0]
            out.append(Change("changed", b.id, name, old, new, file, line, a.id))
    return out


def plan_changes(old: PlanDoc, new: PlanDoc) -> list[Change]:
    """Changes of the `plan:` block, the waivers and the targets."""
    out: list[Change] = []
    a, b = old.model.plan, new.model.plan
    for name in PLAN_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va != vb:
            out.append(_plan_change(new, name, _plain(va), _plain(vb)))
    wa = {w.implements: w.reason for w in a.waived}
    wb = {w.implements: w.reason for w in b.waived}
    if wa != wb:
        out.append(_plan_change(new, "waived", wa, wb))
    ta = {t.id: _target(t.target) for t in old.targets.values()}
    tb = {t.id: _target(t.target) for t in new.targets.values()}
    for tid in sorted(ta.keys() | tb.keys()):
        if ta.get(tid) != tb.get(tid):
            info = new.targets.get(tid)
            line = info.node.pos[0] if info is not None else new.plan_pos()[0]
            out.append(Change("plan", None, f"targets.{tid}", ta.get(tid), tb.get(tid), new.file, line))
    return out


def _plan_change(plan: PlanDoc, name: str, old: Any, new: Any) -> Change:
    return Change("plan", None, name, old, new, plan.file, plan.plan_pos(name)[0])


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _target(t: Any) -> dict[str, Any]:
    return {
        "indicator": t.indicator,
        "text": fold_text(t.text),
        "unit": t.unit,
        "value": t.value,
        "by": t.by,
        "implements": t.implements,
    }


def compare(old_ws: Workspace, old: PlanDoc, new_ws: Workspace, new: PlanDoc) -> PlanDiff:
    """Every change from `old` to `new`, in the new plan's order (removals after, in the old plan's order)."""
    diff = PlanDiff(old, new)
    diff.changes.extend(plan_changes(old, new))
    pairs = match_tasks(list(old.tasks.values()), list(new.tasks.values()))
    diff.matched = {a.id: b.id for a, b in pairs}
    by_new = {b.id: a for a, b in pairs}
    for b in new.tasks.values():
        a = by_new.get(b.id)
        if a is None:
            diff.changes.append(Change("added", b.id, None, None, b.task.text, new.file, b.pos("id")[0]))
        else:
            diff.changes.extend(task_changes(old_ws, new_ws, a, b))
    for a in old.tasks.values():
        if a.id not in diff.matched:
            diff.changes.append(Change("removed", a.id, None, a.task.text, None, old.file, a.pos("id")[0], a.id))
    return diff


def find_suspects(diff: PlanDiff, local: Iterable[PlanDoc], name: Any) -> list[Suspect]:
    """Tasks of the `local` plans (those implementing either version) that implement a template task that was
    removed, renumbered or changed. `name(plan)` gives a plan's human name."""
    ids = {diff.old.id, diff.new.id}
    changed: dict[str, list[str]] = {}
    for ch in diff.changes:
        if ch.kind == "changed" and ch.old_task is not None and ch.field is not None:
            changed.setdefault(ch.old_task, []).append(ch.field)
    out: list[Suspect] = []
    for plan in local:
        if plan.model.plan.implements not in ids:
            continue
        for info in plan.tasks.values():
            for ref in info.task.implements:
                if ref not in diff.old.tasks:
                    continue  # not a task of the old template (C002 tells about it)
                moved = diff.matched.get(ref)
                detail: tuple[str, ...]
                if moved is None:
                    reason, detail = "removed", ()
                elif moved != ref:
                    reason, detail = "renumbered", (moved,)
                elif ref in changed:
                    reason, detail = "changed", tuple(changed[ref])
                else:
                    continue
                out.append(
                    Suspect(plan.id, name(plan), plan.file, info.pos("implements")[0], info.id, ref, reason, detail)
                )
    return out
