"""The rules that report what the workspace recorded while it was built (`Workspace.unresolved`: S004, S005, S006,
S007, S009 and C002) and what the entries of its progress reports say (S010, C005, C006). `xhht validate` runs
those of them that it reports with the file-level codes, and `check` all of them with every other rule; their
findings are made before the other rules run, like the findings of reading the files, and are filtered with those
in a part of a parallel run (`xhht_cli.checking.summarize`): a report read by two parts is reported by the part
that owns its file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.findings import Finding
from xhht_cli.rules.base import RuleContext
from xhht_cli.rules.table import RULES

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace

RECORDED = ("S004", "S005", "S006", "S007", "S009", "S010", "C002", "C005", "C006")
_OF_REPORTS = frozenset({"S010", "C005", "C006"})
"""Codes about the entries of progress reports: they have something to say only when the run has reports."""


def recorded(ws: Workspace, ctx: RuleContext, codes: frozenset[str] | None = None) -> Iterator[Finding]:
    """The findings of the rules in `RECORDED` (those in `codes` only, when given). With nothing recorded and no
    progress report, their modules are not even imported (the common case of `xhht validate` on a correct plan)."""
    for code in RECORDED:
        if codes is not None and code not in codes:
            continue
        if not (ws.reports if code in _OF_REPORTS else ws.unresolved):
            continue
        check = RULES[code].check
        assert check is not None
        yield from check(ws, ctx)
