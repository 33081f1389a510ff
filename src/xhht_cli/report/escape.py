"""Escaping for the formats people read: what a plan file says must reach a terminal, a CI log or a Markdown page
as text, never as a command.

Every name, id, title and message in a plan repository is attacker input (xhht runs on pull requests). A newline in
a lead's name would start a line of its own in a CI log, where GitHub Actions runs `::error …::` lines as workflow
commands; an escape sequence would set a terminal's title or colours; HTML would render in a pull-request comment.
`escape_terminal` writes control characters (C0, DEL, C1, the Unicode line and paragraph separators and the
bidirectional overrides) as visible escapes (`\\n`, `\\x1b`, `\\u202e`); `escape_markdown` does that and
HTML-escapes `&`, `<`, `>` and the backtick. The machine formats (JSON, SARIF) keep the text as it is, escaped by
their own syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xhht_cli.findings import Report

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_MARKDOWN = re.compile("[&<>`]")
_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "`": "&#96;"}


def _visible(m: re.Match[str]) -> str:
    c = m.group()
    named = _NAMED.get(c)
    if named is not None:
        return named
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def escape_terminal(s: str) -> str:
    """`s` with every control character written as a visible escape (one line, no terminal sequences)."""
    return _CONTROL.sub(_visible, s) if _CONTROL.search(s) else s


def escape_markdown(s: str) -> str:
    """`s` as Markdown text: `escape_terminal`, then `&`, `<`, `>` and the backtick as HTML entities."""
    s = escape_terminal(s)
    return _MARKDOWN.sub(lambda m: _ENTITY[m.group()], s) if _MARKDOWN.search(s) else s


ESCAPES: dict[str, Callable[[str], str]] = {"text": escape_terminal, "markdown": escape_markdown}
"""The formats people read whose reporters take the report's text as it is: the report they get is `escaped` with
this. (`github` escapes each workflow command itself, JSON and SARIF are escaped by their syntax.)"""


def escaped(report: Report, fn: Callable[[str], str]) -> Report:
    """A copy of `report` with every text in it (findings with their arguments and data, plans, coverage, statuses,
    bodies) passed through `fn`: the reporters of the formats people read need no escaping of their own."""
    return replace(
        report,
        findings=_value(report.findings, fn),
        plans=_value(report.plans, fn),
        coverage=_value(report.coverage, fn),
        statuses=_value(report.statuses, fn),
        skipped=_value(report.skipped, fn),
        unchecked=_value(report.unchecked, fn),
        bodies=_value(report.bodies, fn),
        obliged=_value(report.obliged, fn),
    )


_PLAIN = frozenset({int, float, bool, type(None)})


def _value(v: Any, fn: Callable[[str], str]) -> Any:
    """`v` with `fn` applied to every text in it; `v` itself (not a copy) when no text changes, as in nearly every
    report: a portfolio's 300,000 findings are walked, not rebuilt."""
    t = type(v)
    if t is str:
        return fn(v)
    if t in _PLAIN:
        return v
    if t is list or isinstance(v, tuple):
        items = [fn(x) if type(x) is str else x if type(x) in _PLAIN else _value(x, fn) for x in v]
        if all(a is b for a, b in zip(items, v, strict=True)):
            return v
        if t is list:
            return items
        return t(*items) if hasattr(v, "_fields") else t(items)
    if isinstance(v, Mapping):
        out = {}
        changed = False
        for k, x in v.items():
            k2 = fn(k) if type(k) is str else _value(k, fn)
            x2 = fn(x) if type(x) is str else x if type(x) in _PLAIN else _value(x, fn)
            changed = changed or k2 is not k or x2 is not x
            out[k2] = x2
        return out if changed else v
    if is_dataclass(v) and not isinstance(v, type):
        changes = {}
        for f in fields(v):
            old = getattr(v, f.name)
            new = _value(old, fn)
            if new is not old:
                changes[f.name] = new
        return replace(v, **changes) if changes else v
    return v  # dates, enums (a severity is a str enum: kept)
