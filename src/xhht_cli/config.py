"""Run configuration: command-line options over `[tool.xhht]` (pyproject.toml) or `xhht.toml` over defaults.

The nearest of `xhht.toml` and `pyproject.toml` (with a `[tool.xhht]` table), searching upward from the working
directory, supplies defaults for: as-of, select, ignore, fail-on, lang, due-soon-days, format, max-file-size,
max-depth, max-nodes, registry, jobs. An option given on the command line always wins.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ("text", "json", "github", "sarif", "markdown")
KEYS = {
    "as-of",
    "select",
    "ignore",
    "fail-on",
    "lang",
    "due-soon-days",
    "format",
    "max-file-size",
    "max-depth",
    "max-nodes",
    "registry",
    "jobs",
}


class ConfigError(Exception):
    """A usage or configuration error: reported in one line, exit status 2, in the user's language. `key` names the
    message in the catalogue (`error.*` in `xhht_cli.i18n`), formatted with `args`; a text that is no key is shown
    as it is (a message already in the user's language)."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = args

    def message(self, lang: str) -> str:
        from xhht_cli.i18n import EN, text

        return text(self.key, lang, **self.values) if self.key in EN else self.key

    def __str__(self) -> str:
        return self.message("en")


@dataclass(frozen=True, slots=True)
class Config:
    as_of: date
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    fail_on: str = "error"
    lang: str = "vi"
    due_soon_days: int = 30
    format: str = "text"
    max_file_size: int = 8 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 500_000
    registry: Path | None = None
    jobs: int | None = None
    """Processes to check with; None: one per core when there are 2 MiB of YAML or more (`xhht_cli.parallel`)."""
    verbose: bool = False
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def wanted(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore


def find_file_defaults(start: Path) -> tuple[dict[str, Any], Path | None]:
    """The `[tool.xhht]` table (or `xhht.toml`) nearest to `start`, and the file it came from."""
    for folder in (start, *start.parents):
        own = folder / "xhht.toml"
        if own.is_file():
            return _read(own, tool=False), own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read(pyproject, tool=True)
            if table:
                return table, pyproject
    return {}, None


def _read(path: Path, *, tool: bool) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported here: most runs find no configuration file
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("error.config-file", path=path, reason=exc) from None
    table = data.get("tool", {}).get("xhht", {}) if tool else data
    if not isinstance(table, dict):
        raise ConfigError("error.config-table", path=path)
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(
            "error.config-keys", path=path, unknown=", ".join(sorted(unknown)), known=", ".join(sorted(KEYS))
        )
    return table
