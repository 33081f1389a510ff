"""Resolving what a plan's tasks write as text into what the rules compare: body names into registry ids (issuer,
lead, cooperating bodies, `requires_plans.from`) and deadlines into `Deadline` values. For a checked plan, a name
the registry does not know and a deadline not understood are recorded in `Workspace.unresolved` (S006, S007);
for a shipped template only what resolves is kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xhht_cli.deadlines import Deadline, DeadlineError, parse_deadline
from xhht_cli.loading import Pos, YMap, YSeq
from xhht_cli.registry import Registry
from xhht_cli.workspace.index import PlanDoc, TaskInfo, Workspace
from xhht_cli.workspace.unresolved import BadDeadline, SplitName, UnknownName


def resolve_bodies(ws: Workspace, plan: PlanDoc, *, record: bool) -> None:
    """Set the plan's issuer and its tasks' leads, cooperating bodies and `from` bodies to registry ids; with
    `record`, note every name that does not resolve. Without it (shipped templates), also parse the deadlines."""
    reg = ws.registry
    jur = plan.model.plan.jurisdiction
    level = plan.model.plan.level
    names_out = ws.unresolved.unknown_names

    def resolve(name: str, where: Callable[[], Pos], task: str | None) -> str | None:
        found = reg.resolve(name, jur)
        if found is None and record:
            suggestions = tuple(reg.suggest(name, jur, level=level))
            names_out.append(UnknownName(plan.file, where(), name, suggestions, jur, plan.id, task))
        return found

    plan.issuer = resolve(plan.model.plan.issuer, lambda: plan.plan_pos("issuer"), None)

    def resolve_all(names: Sequence[str], node: YMap, key: str, info: TaskInfo) -> tuple[str, ...]:
        out: list[str] = []
        joined = _split_names(names, reg, jur) if record else {}
        i = 0
        while i < len(names):
            if i in joined:  # a name cut at its commas: one record with the fix, and the body it names
                end, rid = joined[i]
                pos = _item_pos(node, key, i, info)
                names_out.append(SplitName(plan.file, pos, tuple(names[i:end]), rid, plan.id, info.id))
                found: str | None = rid
                i = end
            else:
                found = resolve(names[i], lambda i=i: _item_pos(node, key, i, info), info.id)  # type: ignore[misc]
                i += 1
            if found is not None and found not in out:
                out.append(found)
        return tuple(out)

    for info in plan.tasks.values():
        node = info.node
        info.leads = resolve_all(info.task.lead, node, "lead", info)
        info.cooperating = resolve_all(info.task.cooperating, node, "cooperating", info)
        rp = info.task.requires_plans
        if rp is not None:
            info.plans_from = resolve_all(rp.from_, node, "from", info)
        if not record:  # shipped templates: deadlines are needed for D003/D006, findings are not
            info.deadline = _ok(parse_deadline(info.task.deadline)) if info.task.deadline else None
            if rp is not None and rp.deadline:
                info.plans_deadline = _ok(parse_deadline(rp.deadline))


def parse_deadlines(ws: Workspace, plan: PlanDoc, parsed: dict[str, Deadline | DeadlineError]) -> None:
    """Parse the deadlines of a checked plan's tasks (`parsed` keeps each text's result for the run)."""

    def deadline(info: TaskInfo, text: str, pos: Pos) -> Deadline | None:
        result = parsed.get(text)
        if result is None:
            result = parsed[text] = parse_deadline(text)
        if isinstance(result, DeadlineError):
            ws.unresolved.bad_deadlines.append(BadDeadline(plan.file, pos, result, plan.id, info.id))
            return None
        return result

    for info in plan.tasks.values():
        if info.task.deadline is not None:
            info.deadline = deadline(info, info.task.deadline, info.pos("deadline"))
        rp = info.task.requires_plans
        if rp is not None and rp.deadline is not None:
            rnode = info.node.get("requires_plans")
            pos = rnode.vpos.get("deadline", rnode.pos) if isinstance(rnode, YMap) else info.pos()
            info.plans_deadline = deadline(info, rp.deadline, pos)


def _item_pos(node: YMap, key: str, i: int, info: TaskInfo) -> Pos:
    """Where item `i` of the task's `key` list is written (`from`: of `requires_plans`)."""
    if key == "from":
        parent = node.get("requires_plans")
        raw = parent.get("from") if isinstance(parent, YMap) else None
        fallback = "requires_plans"
    else:
        raw, fallback = node.get(key), key
    return raw.ipos[i] if isinstance(raw, YSeq) and i < len(raw) else info.pos(fallback)


def _split_names(names: Sequence[str], registry: Registry, jurisdiction: str | None) -> dict[int, tuple[int, str]]:
    """Runs of consecutive items that are one registered name cut at its commas, as a YAML flow list does with
    `[Sở Nội vụ, Ủy ban nhân dân các huyện, thị xã, thành phố]`: start -> (end, id), longest run first, only where
    some item of the run is not a name by itself."""
    known = [registry.resolve(n, jurisdiction) is not None for n in names]
    if all(known):
        return {}
    out: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(names) - 1:
        for end in range(len(names), i + 1, -1):
            if all(known[i:end]):
                continue
            rid = registry.resolve(", ".join(names[i:end]), jurisdiction)
            if rid is not None:
                out[i] = (end, rid)
                i = end
                break
        else:
            i += 1
    return out


def _ok(parsed: Deadline | DeadlineError) -> Deadline | None:
    return parsed if isinstance(parsed, Deadline) else None
