"""What a rule is, and what every check is given besides the workspace.

A rule is one module `xhht_cli.rules.<code>_<name>` ending in `RULE = Rule(...)`: its code, name, default severity,
family, messages (every message key starting with its code), documentation and check. The check is None for the
codes found while files are loaded or the workspace is built; those producers make their findings with
`RULE.finding` too. This module imports no workspace: the producers below the rules import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar, cast

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity

W = TypeVar("W")
R = TypeVar("R")

#: Where the codes of a family start, in the order codes are listed (`xhht explain`, the README table).
FAMILIES = {"S": "schema", "D": "deadlines", "A": "assignment", "C": "coverage", "T": "targets", "P": "identity"}


@dataclass(frozen=True, slots=True)
class RuleContext:
    """The as-of date and thresholds of a run, and what the rules of a family share in it (`once`)."""

    as_of: date
    due_soon_days: int = 30
    shared: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)

    def once(self, build: Callable[[W, RuleContext], R], ws: W) -> R:
        """`build(ws, self)`, computed on the first call for this workspace and kept while the context lives (a
        family's shared computation: `--select D001` computes only what D001 needs, D001 and D002 together compute
        it once). Nothing is kept in the workspace, which stays as it was built."""
        kept = self.shared.get(build)
        if kept is not None and kept[0] is ws:
            return cast(R, kept[1])
        value = build(ws, self)
        self.shared[build] = (ws, value)
        return value


#: A rule's check: findings of its code from a built workspace (`xhht_cli.workspace.Workspace`, not imported here:
#: the workspace is below the rules).
Check = Callable[[Any, RuleContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    code: str
    """Never changes meaning once released."""
    name: str
    """Kebab-case; `--select`, `--ignore` and `xhht explain` accept it for the code."""
    severity: Severity
    """The default severity of its findings."""
    family: str
    messages: Mapping[str, T]
    """Every message key starting with the code, in both languages."""
    doc: Doc
    check: Check | None = None
    """None when the code is found while loading or building the workspace (the module names where)."""

    def finding(
        self,
        file: str,
        pos: tuple[int, int],
        key: str,
        args: Mapping[str, Any] | None = None,
        *,
        data: Mapping[str, Any] | None = None,
        plan: str | None = None,
        task: str | None = None,
    ) -> Finding:
        """A finding of this rule with its default severity. `data` defaults to `args`.

        The dicts given are kept, not copied (a portfolio makes hundreds of thousands of findings): pass fresh
        ones."""
        args = {} if args is None else args if type(args) is dict else dict(args)
        return Finding(
            code=self.code,
            severity=self.severity,
            file=file,
            line=pos[0],
            column=pos[1],
            key=key,
            args=args,
            data=args if data is None else data if type(data) is dict else dict(data),
            plan=plan,
            task=task,
        )
