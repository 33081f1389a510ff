"""What is not one rule's own: the codes `xhht validate` reports, `--select`/`--ignore` items turned into codes, and
`finding(code, ...)` for the producers that make findings of several codes.

Each code's name, severity, messages and documentation live in its module under `xhht_cli.rules`; `RULES` (from
`xhht_cli.rules.table`) is every one of them, found on disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from xhht_cli.findings import Finding
from xhht_cli.rules.table import BY_NAME, RULES, rule

#: What `xhht validate` runs: the file-level codes and dangling ids.
VALIDATE_CODES = frozenset({c for c in RULES if c.startswith("S")} | {"C002"})


def finding(
    code: str,
    file: str,
    pos: tuple[int, int],
    key: str,
    args: Mapping[str, Any] | None = None,
    *,
    data: Mapping[str, Any] | None = None,
    plan: str | None = None,
    task: str | None = None,
) -> Finding:
    """A finding of `code` with the code's default severity (`Rule.finding`); imports that code's module only."""
    return rule(code).finding(file, pos, key, args, data=data, plan=plan, task=task)


def expand_selection(items: Iterable[str]) -> set[str]:
    """Turn `--select`/`--ignore` items (codes, rule names or code prefixes such as `D`, `C00`) into codes.

    Raises ValueError naming the first item that matches nothing.
    """
    out: set[str] = set()
    for raw in items:
        for item in (p.strip() for p in raw.split(",")):
            if not item:
                continue
            if item in BY_NAME:
                out.add(BY_NAME[item].code)
                continue
            matched = {c for c in RULES if c.startswith(item.upper())}
            if not matched:
                raise ValueError(item)
            out |= matched
    return out
