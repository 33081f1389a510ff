"""Rows of `xhht bodies`: every registry entry on the as-of date, with the four-way status of the tasks it leads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from xhht_cli.findings import BodyRow, TaskStatus
from xhht_cli.workspace import Workspace


def body_rows(
    ws: Workspace,
    statuses: Iterable[TaskStatus],
    as_of: date,
    jurisdiction: str | None = None,
    changed: bool = False,
) -> list[BodyRow]:
    reg = ws.registry
    counts: dict[str, Counter[str]] = {}
    for s in statuses:
        for lead in s.lead_ids:
            counts.setdefault(lead, Counter())[s.status] += 1
    rows: list[BodyRow] = []
    for e in reg.entities.values():
        if jurisdiction and e.jurisdiction and reg.scope(e.jurisdiction) != reg.scope(jurisdiction):
            continue
        if changed and e.until is None and e.since is None:
            continue
        exists = e.exists_on(as_of)
        successors = (
            ()
            if exists
            else tuple(
                reg.display(s.id) + (f" ({s.functions})" if s.functions else "")
                for s in reg.current_successors(e.id, as_of, jurisdiction)
            )
        )
        c = counts.get(e.id, Counter())
        rows.append(
            BodyRow(
                id=e.id,
                name=e.name,
                level="/".join(sorted(e.levels)),
                jurisdiction=e.jurisdiction,
                exists=exists,
                until=e.until.isoformat() if e.until else None,
                successors=successors,
                group=e.is_group,
                counts=tuple(sorted(c.items())),
            )
        )
    rows.sort(key=lambda r: (r.jurisdiction or "", r.group, r.id))
    return rows
