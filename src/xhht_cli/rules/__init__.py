"""The rules: one module per finding code, found on disk (`xhht_cli.rules.table`), each ending in `RULE = Rule(...)`
with its name, default severity, messages, documentation and check (`xhht_cli.rules.base`).

`ALL` is every rule by code, in the order codes are listed; `BY_NAME` by rule name; `run` calls the checks of the
codes asked for and no other. Codes found while files are loaded (S001-S003, S008) have a module without a check;
the checks of what the workspace records while it is built (S004-S007, S009, C002) and of progress report entries
(S010, C005, C006) run with the findings of loading (`xhht_cli.rules.recorded`), not here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.findings import Finding
from xhht_cli.rules.base import Check, Rule, RuleContext
from xhht_cli.rules.table import BY_NAME, RULES

if TYPE_CHECKING:
    from xhht_cli.workspace import Workspace

__all__ = ["ALL", "BY_NAME", "Check", "Rule", "RuleContext", "run"]

ALL = RULES


def run(ws: Workspace, ctx: RuleContext, codes: frozenset[str] | None = None) -> Iterator[Finding]:
    """Every finding of the checks of `codes` (all when None), code by code in listing order; the checks of other
    codes do not run (`--select D001` runs D001's check only). What the checks of a family share is computed once in
    `ctx`."""
    from xhht_cli.rules.recorded import RECORDED  # here: a message of one code imports that code's rule alone

    for code in ALL:
        if (codes is not None and code not in codes) or code in RECORDED:
            continue
        check = ALL[code].check
        if check is not None:
            yield from check(ws, ctx)
