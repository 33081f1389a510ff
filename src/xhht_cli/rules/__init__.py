"""The rules: pure functions of the workspace and the as-of date, registered here by hand, one module per family.

Each family module has a `check(ws, ctx)` generator of findings. File-level codes (S001-S009) and dangling
references (C002) are found while the workspace is built (`xhht_cli.workspace`); the table of every code, with its
name and default severity, is `xhht_cli.codes.RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from xhht_cli.codes import RULES
from xhht_cli.findings import Finding
from xhht_cli.rules import assignment, coverage, deadlines, identity, targets
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import Workspace

__all__ = ["FAMILIES", "RuleContext", "run"]

Check = Callable[[Workspace, RuleContext], Iterable[Finding]]

FAMILIES: dict[str, Check] = {
    "deadlines": deadlines.check,
    "assignment": assignment.check,
    "coverage": coverage.check,
    "targets": targets.check,
    "identity": identity.check,
}


def run(ws: Workspace, ctx: RuleContext, codes: frozenset[str] | None = None) -> Iterator[Finding]:
    """Every finding whose code is in `codes` (all when None). A family none of whose codes is wanted is not run
    (`--select D001` runs the deadline rules only)."""
    for family, check in FAMILIES.items():
        if codes is not None and not any(RULES[c].family == family for c in codes):
            continue
        for f in check(ws, ctx):
            if codes is None or f.code in codes:
                yield f
