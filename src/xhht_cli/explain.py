"""What each rule checks, why it matters and how to fix it, in one language: the text `xhht explain CODE` prints,
read from the `doc` of the rule's module (`xhht_cli.rules`)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from xhht_cli.rules.table import BY_NAME, RULES


class Explanation(NamedTuple):
    summary: str
    """One line: what fires it."""
    why: str
    """Why it matters to an analyst."""
    fix: str
    """How to fix it."""
    example: str
    """A tiny YAML (or source-text) example that fires it."""


@cache
def doc(code: str, lang: str) -> Explanation:
    """The documentation of `code` (or of a rule name) in `lang` ("vi"; any other language gets English).

    Raises KeyError for an unknown code."""
    if lang != "vi" and lang != "en":
        return doc(code, "en")
    rule = RULES[code.upper()] if code.upper() in RULES else BY_NAME[code]
    if rule.code != code:
        return doc(rule.code, lang)
    d = rule.doc
    return Explanation(d.summary.in_(lang), d.why.in_(lang), d.fix.in_(lang), d.example.in_(lang))
