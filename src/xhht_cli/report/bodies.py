"""Bodies as bodies in the human formats: tasks grouped by the body they resolve to, not by how a plan writes it
("Sở GDĐT" and "Sở Giáo dục và Đào tạo tỉnh Quảng Trị" are one body; the departments of three provinces are three)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from xhht_cli.findings import TaskStatus
from xhht_cli.namekeys import fold

OPEN = ("open", "overdue", "ongoing", "no_deadline")
"""The statuses of a task still to do: within its deadline, overdue, ongoing, or with no deadline."""


def open_tasks(counts: Mapping[str, int]) -> int:
    """Every task still to do, with or without a deadline."""
    return sum(counts.get(k, 0) for k in OPEN)


def by_body(statuses: Iterable[TaskStatus]) -> list[tuple[str, list[TaskStatus]]]:
    """(body name, its task statuses by due date) for each first lead body, in name order. A lead the registry
    does not know is grouped by its written name; a task with no lead under "—"."""
    groups: dict[str, tuple[str, list[TaskStatus]]] = {}
    for s in statuses:
        if s.lead_ids:
            key = s.lead_ids[0]
            name = s.lead_names[0] if s.lead_names else s.leads[0] if s.leads else key
        else:
            name = s.leads[0] if s.leads else "—"
            key = "?" + name
        groups.setdefault(key, (name, []))[1].append(s)
    out = [
        (name, sorted(items, key=lambda s: (s.due or "9999", s.plan, s.task, s.period or 0)))
        for name, items in groups.values()
    ]
    out.sort(key=lambda g: (g[0] == "—", fold(g[0])))
    return out
