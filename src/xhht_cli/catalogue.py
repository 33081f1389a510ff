"""The shape of every text xhht prints: a Vietnamese and an English string side by side.

Each part of the catalogue is a `dict[str, T]` (key -> both languages); a rule's messages and documentation live in
its module under `xhht_cli.rules`, the other texts in `xhht_cli.ui_text`, `xhht_cli.commands_text`,
`xhht_cli.errors_text`, `xhht_cli.deadline_messages` and `xhht_cli.extract.messages`. `xhht_cli.i18n` looks texts up
and formats them. This module imports nothing from the package, so any module may use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple


class T(NamedTuple):
    """One text in both languages (format strings with the same `{placeholders}`)."""

    vi: str
    en: str

    @classmethod
    def both(cls, text: str) -> T:
        """A text that reads the same in both languages (an example in YAML, a number)."""
        return cls(text, text)

    def in_(self, lang: str) -> str:
        """The Vietnamese text for "vi", the English one for any other language."""
        return self.vi if lang == "vi" else self.en

    def render(self, lang: str, args: Mapping[str, Any]) -> str:
        """The text in `lang` formatted with `args`; a missing argument shows as "?", never raises."""
        return render(self.vi if lang == "vi" else self.en, args)


class Lenient(dict[str, Any]):
    """Format arguments where a missing one shows as "?" instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


def render(template: str, args: Mapping[str, Any]) -> str:
    """`template` formatted with `args`, a missing argument shown as "?"."""
    try:
        return template.format_map(args)
    except (KeyError, IndexError):
        return template.format_map(Lenient(args))


@dataclass(frozen=True, slots=True)
class Doc:
    """What `xhht explain CODE` prints about a rule."""

    summary: T
    """One line: what fires it."""
    why: T
    """Why it matters to an analyst."""
    fix: T
    """How to fix it."""
    example: T
    """A tiny YAML (or source-text) example that fires it, 1-6 lines."""
