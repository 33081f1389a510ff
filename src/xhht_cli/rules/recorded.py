"""The rules that report what the workspace recorded while it was built (`Workspace.unresolved`): S004, S005, S006,
S007, S009 and C002. `xhht validate` runs them with the file-level codes, and `check` with every other rule; their
findings are made before the other rules run, like the findings of reading the files, and are filtered with those
in a part of a parallel run (`xhht_cli.checking.summarize`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.findings import Finding
from xhht_cli.rules.base import RuleContext
from xhht_cli.rules.table import RULES

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace

RECORDED = ("S004", "S005", "S006", "S007", "S009", "C002")


def recorded(ws: Workspace, ctx: RuleContext, codes: frozenset[str] | None = None) -> Iterator[Finding]:
    """The findings of the rules in `RECORDED` (those in `codes` only, when given). With nothing recorded, their
    modules are not even imported (the common case of `xhht validate` on a correct file)."""
    if not ws.unresolved:
        return
    for code in RECORDED:
        if codes is None or code in codes:
            check = RULES[code].check
            assert check is not None
            yield from check(ws, ctx)
