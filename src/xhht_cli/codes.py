"""The rule table: every finding code xhht can report, with its rule name, default severity and family.

Codes never change meaning once released. The table is written out by hand, in one place, so that `xhht explain`,
the README's table of codes, the SARIF rule list and `--select`/`--ignore` all read the same facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from xhht_cli.findings import Finding, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    family: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        Rule("S001", "yaml-syntax", _E, "schema"),
        Rule("S002", "schema", _E, "schema"),
        Rule("S003", "duplicate-key", _E, "schema"),
        Rule("S004", "duplicate-id", _E, "schema"),
        Rule("S005", "unknown-plan", _E, "schema"),
        Rule("S006", "unknown-body", _E, "schema"),
        Rule("S007", "bad-deadline", _E, "schema"),
        Rule("S008", "unsafe-input", _E, "schema"),
        Rule("S009", "text-not-in-source", _E, "schema"),
        Rule("S010", "conflicting-entries", _E, "schema"),
        Rule("D001", "overdue", _E, "deadlines"),
        Rule("D002", "due-soon", _W, "deadlines"),
        Rule("D003", "later-than-template", _W, "deadlines"),
        Rule("D004", "before-issue", _E, "deadlines"),
        Rule("D005", "no-deadline", _I, "deadlines"),
        Rule("D006", "late-issuance", _W, "deadlines"),
        Rule("D007", "completed-late", _I, "deadlines"),
        Rule("A001", "unassigned", _E, "assignment"),
        Rule("A002", "lead-mismatch", _I, "assignment"),
        Rule("A003", "defunct-body", _W, "assignment"),
        Rule("A004", "lead-also-cooperating", _W, "assignment"),
        Rule("C001", "missing-counterpart", _E, "coverage"),
        Rule("C002", "dangling-counterpart", _E, "coverage"),
        Rule("C003", "local-initiative", _I, "coverage"),
        Rule("C004", "missing-subplan", _W, "coverage"),
        Rule("C005", "entry-period", _E, "coverage"),
        Rule("C006", "completed-out-of-range", _E, "coverage"),
        Rule("T001", "target-below-template", _W, "targets"),
        Rule("T002", "missing-target", _E, "targets"),
        Rule("P001", "bad-document-number", _W, "identity"),
        Rule("P002", "template-citation-mismatch", _W, "identity"),
        Rule("P003", "impossible-cited-date", _W, "identity"),
    )
}

RULES_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES.values()}

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
    """Build a finding of `code` with the code's default severity. `data` defaults to `args`.

    The dicts given are kept, not copied (a portfolio makes hundreds of thousands of findings): pass fresh ones."""
    args = {} if args is None else args if type(args) is dict else dict(args)
    return Finding(
        code=code,
        severity=RULES[code].severity,
        file=file,
        line=pos[0],
        column=pos[1],
        key=key,
        args=args,
        data=args if data is None else data if type(data) is dict else dict(data),
        plan=plan,
        task=task,
    )


def expand_selection(items: Iterable[str]) -> set[str]:
    """Turn `--select`/`--ignore` items (codes, rule names or code prefixes such as `D`, `C00`) into codes.

    Raises ValueError naming the first item that matches nothing.
    """
    out: set[str] = set()
    for raw in items:
        for item in (p.strip() for p in raw.split(",")):
            if not item:
                continue
            if item in RULES_BY_NAME:
                out.add(RULES_BY_NAME[item].code)
                continue
            matched = {c for c in RULES if c.startswith(item.upper())}
            if not matched:
                raise ValueError(item)
            out |= matched
    return out
