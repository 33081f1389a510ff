"""Loops of `succeeded_by` references in the registry (S006): A succeeded by B, B by A never reaches a body that
exists. Found once for the whole registry, by a depth-first walk without recursion: linear in the references."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from xhht_cli.registry import Entity


def succession_loops(entities: Mapping[str, Entity]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each loop of `succeeded_by` references (A succeeded by B, B by A) once: the entry where it is first met
    (registry order) and the ids around it. Such a chain never reaches a body that exists."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    reported: set[str] = set()
    for root in entities:
        if root in state:
            continue
        path: list[str] = [root]
        iters = [iter(entities[root].successors)]
        state[root] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            mark = state.get(nxt.id)
            if mark == 1 and nxt.id not in reported:
                reported.add(nxt.id)
                yield nxt.id, tuple(path[path.index(nxt.id) :])
            elif mark is None and nxt.id in entities:
                state[nxt.id] = 1
                path.append(nxt.id)
                iters.append(iter(entities[nxt.id].successors))
