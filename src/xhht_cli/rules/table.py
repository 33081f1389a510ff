"""The rules found on disk: every module `xhht_cli.rules.<code>_<name>` (e.g. `d001_overdue`), by code and name.

Adding a code is adding one such module (and its cases under `tests/cases/<CODE>/`); nothing lists the rules by hand.
Modules are imported when first asked for: `RULES["S006"]` and a message of S006 import `s006_unknown_body` only, so
that the loader and the workspace (which make S-code findings) never import the rules that read the workspace.
Iterating over `RULES` imports them all, in the order codes are listed: by family (`FAMILIES`), then by code.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

from xhht_cli.rules.base import FAMILIES, Rule

_MODULE = re.compile(r"([a-z][0-9]{3})_\w+\.py")
_ORDER = list(FAMILIES)


@cache
def modules() -> dict[str, str]:
    """Code -> module name of every rule module, in listing order, read from the folder (nothing imported)."""
    found: dict[str, str] = {}
    for entry in os.scandir(Path(__file__).parent):
        m = _MODULE.fullmatch(entry.name)
        if m is not None:
            found[m.group(1).upper()] = entry.name[:-3]
    return {c: found[c] for c in sorted(found, key=lambda c: (_ORDER.index(c[0]) if c[0] in FAMILIES else 99, c))}


_loaded: dict[str, Rule] = {}


def rule(code: str) -> Rule:
    """The rule of `code` (upper case), importing its module only. Raises KeyError for an unknown code."""
    try:
        return _loaded[code]
    except KeyError:
        pass
    name = modules()[code]
    found = importlib.import_module(f"xhht_cli.rules.{name}").RULE
    if not isinstance(found, Rule) or found.code != code or name != f"{code.lower()}_{found.name.replace('-', '_')}":
        raise TypeError(f"xhht_cli.rules.{name}: RULE must be the Rule of {code}, named as the module is")
    _loaded[code] = found
    return found


class _Rules(Mapping[str, Rule]):
    """Code -> rule, every rule module (imported on first use)."""

    def __getitem__(self, code: str) -> Rule:
        return rule(code)

    def __contains__(self, code: object) -> bool:
        return code in modules()

    def __iter__(self) -> Iterator[str]:
        return iter(modules())

    def __len__(self) -> int:
        return len(modules())


class _ByName(Mapping[str, Rule]):
    """Rule name (`overdue`) -> rule. A module is named after its code and rule name (`d001_overdue`), so a name is
    found without importing every rule."""

    def __getitem__(self, name: str) -> Rule:
        return rule(_codes_by_name()[name])

    def __contains__(self, name: object) -> bool:
        return name in _codes_by_name()

    def __iter__(self) -> Iterator[str]:
        return iter(_codes_by_name())

    def __len__(self) -> int:
        return len(_codes_by_name())


@cache
def _codes_by_name() -> dict[str, str]:
    return {module.split("_", 1)[1].replace("_", "-"): code for code, module in modules().items()}


RULES: Mapping[str, Rule] = _Rules()
BY_NAME: Mapping[str, Rule] = _ByName()
