"""The text catalogue, Vietnamese and English: every key has both (a test asserts it, and the same placeholders).

Texts are `xhht_cli.catalogue.T` pairs kept where they belong: a finding's messages in its rule's module
(`xhht_cli.rules`, imported only when one of its messages is asked for), the rest in `xhht_cli.ui_text`,
`xhht_cli.errors_text` and `xhht_cli.commands_text`. Findings keep a message key and arguments; `message()` renders
them in the language asked for. The language comes from `--lang`, then `XHHT_LANG`, then `LANG` (Vietnamese when it
starts with `vi`, English otherwise).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from typing import Any

from xhht_cli.catalogue import T, render
from xhht_cli.commands_text import COMMANDS
from xhht_cli.errors_text import ERRORS
from xhht_cli.findings import Finding
from xhht_cli.rules.table import RULES, modules, rule
from xhht_cli.ui_text import UI

#: The texts of the interface; the finding messages of a code join them when first used.
TEXTS: dict[str, T] = {**UI, **ERRORS, **COMMANDS}
_CODE = re.compile(r"[A-Z][0-9]{3}")


def detect_lang(explicit: str | None = None, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    value = explicit or env.get("XHHT_LANG") or env.get("LANG") or ""
    return "vi" if value.lower().startswith("vi") else "en"


def text(key: str, lang: str, /, **args: Any) -> str:
    """A catalogue string in `lang`, formatted; a missing argument shows as '?', never raises."""
    return _format(key, lang, args)


def _format(key: str, lang: str, args: dict[str, Any]) -> str:
    found = TEXTS.get(key) or _rule_text(key)
    return render(key if found is None else found.vi if lang == "vi" else found.en, args)


def _rule_text(key: str) -> T | None:
    """A finding message (`D001.yearly`), from the module of its code; its messages are then kept in `TEXTS`."""
    code = key.split(".", 1)[0]
    if not _CODE.fullmatch(code) or code not in modules():
        return None
    TEXTS.update(rule(code).messages)
    return TEXTS.get(key)


class _Language(Mapping[str, str]):
    """Every text of the catalogue in one language (finding messages included: iterating imports every rule)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        found = TEXTS.get(key) or _rule_text(key)
        if found is None:
            raise KeyError(key)
        return found.in_(self.lang)

    def __iter__(self) -> Iterator[str]:
        return iter(catalogue())

    def __len__(self) -> int:
        return len(catalogue())


def catalogue() -> dict[str, T]:
    """Every key of the catalogue with its two texts: the texts of the interface and every rule's messages."""
    for r in RULES.values():
        TEXTS.update(r.messages)
    return dict(TEXTS)


VI: Mapping[str, str] = _Language("vi")
EN: Mapping[str, str] = _Language("en")
CATALOGUES = {"vi": VI, "en": EN}


_DATES = frozenset({"deadline", "issued", "completed", "template_deadline", "report_date", "other_completed"})
_DAYS = frozenset({"days_overdue", "days_late", "days_later", "days_left"})
_NUMBERS = frozenset({"size", "limit", "count"})
_LOCAL = (
    _DATES
    | _DAYS
    | _NUMBERS
    | {
        "suggestion",
        "suggestions",
        "role",
        "until",
        "template_doc",
        "choices",
        "value",
        "template_value",
        "kind",
        "allowed",
    }
)


def message(f: Finding, lang: str) -> str:
    """The message of a finding in `lang`, with its dates, numbers, durations and documents as people write them
    in that language (`xhht_cli.wording`)."""
    args = f.args
    if args and not _LOCAL.isdisjoint(args):
        args = localized(args, lang)
    return _format(f.key, lang, args if type(args) is dict else dict(args))


def localized(args: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """Message arguments made ready for `lang`."""
    from xhht_cli import wording

    out = dict(args)
    for k, v in args.items():
        if k in _DATES:
            out[k] = wording.day(v, lang)
        elif k in _DAYS:
            out[k] = wording.days(v, lang)
        elif k in _NUMBERS:
            out[k] = wording.number(v, lang)
        elif k in ("suggestion", "suggestions"):
            out[k] = text("hint.did-you-mean", lang, x=v) if v else ""
        elif k == "role":
            out[k] = text("role." + str(v), lang)
        elif k == "until":
            out[k] = wording.day(v, lang)
            out["ended"] = wording.day_after(v, lang)
        elif k == "template_doc":
            out[k] = wording.document(str(v), lang, str(v))
        elif k in ("value", "template_value"):
            out[k] = wording.figure(v, args.get("unit"), lang)
        elif k == "kind" and isinstance(v, str) and "kind." + v in TEXTS:
            out[k] = text("kind." + v, lang)
        elif k == "allowed" and isinstance(v, (list, tuple)):
            from xhht_cli.hints import allowed_values

            out[k] = allowed_values([str(x) for x in v], lang)
        elif k == "choices" and isinstance(v, (list, tuple)):
            out[k] = wording.either([str(x) for x in v], lang)
    return out
