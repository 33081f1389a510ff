"""Run configuration: command-line options over `[tool.xhht]` (pyproject.toml) or `xhht.toml` over defaults.

The nearest of `xhht.toml` and `pyproject.toml` (with a `[tool.xhht]` table), searching upward from the working
directory, supplies defaults for: as-of, select, ignore, fail-on, lang, due-soon-days, format, max-file-size,
max-depth, max-nodes, registry, jobs. An option given on the command line always wins (`resolve`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xhht_cli.codes import expand_selection
from xhht_cli.findings import Severity
from xhht_cli.i18n import EN, detect_lang, text

FAIL_ON = (*(s.value for s in Severity), "never")
"""`--fail-on`: a severity (a finding at it or above fails the run), or never."""
FORMATS = ("text", "json", "github", "sarif", "markdown", "ics", "csv", "html", "xlsx", "docx")
"""`--format`: the names of `xhht_cli.report.REPORTERS`."""
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
    """Processes to check with; None: one per core for 2 MiB of YAML in 16 files or more (`xhht_cli.parallel`)."""
    verbose: bool = False

    def wanted(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore

    def exit_status(self, worst: Severity | None) -> int:
        """1 when the worst finding is at or above `fail_on`, else 0."""
        if self.fail_on == "never" or worst is None:
            return 0
        return 1 if worst.rank >= Severity(self.fail_on).rank else 0


def resolve(
    *,
    as_of: str | None = None,
    fmt: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    fail_on: str | None = None,
    lang: str | None = None,
    due_soon_days: int | None = None,
    registry: Path | None = None,
    max_file_size: int | None = None,
    verbose: bool = False,
    jobs: int | None = None,
    cwd: Path | None = None,
) -> Config:
    """The configuration of a run: each option as given (None: not given), else the configuration file's value
    (found from `cwd`, by default the working directory), else the default. Raises ConfigError for a value that
    is not allowed."""
    defaults, _ = find_file_defaults(cwd or Path.cwd())

    def pick(value: Any, key: str, fallback: Any) -> Any:
        return value if value is not None else defaults.get(key, fallback)

    as_of_text = pick(as_of, "as-of", None)
    try:
        day = date.fromisoformat(str(as_of_text)) if as_of_text else date.today()
    except ValueError:
        raise ConfigError("error.as-of", value=as_of_text) from None
    if not 1945 <= day.year <= 2100:  # the years deadlines may name; yearly periods are enumerated up to it
        raise ConfigError("error.as-of-range", value=day.isoformat())
    fmt = pick(fmt, "format", "text")
    if fmt not in FORMATS:
        raise ConfigError("error.choice", option="--format", value=fmt, choices=", ".join(FORMATS))
    fail = pick(fail_on, "fail-on", "error")
    if fail not in FAIL_ON:
        raise ConfigError("error.choice", option="--fail-on", value=fail, choices=", ".join(FAIL_ON))
    language = pick(lang, "lang", None)
    if language is not None and language not in ("vi", "en"):
        raise ConfigError("error.choice", option="--lang", value=language, choices="vi, en")

    def codes(value: list[str] | None, key: str) -> frozenset[str] | None:
        items = value if value is not None else defaults.get(key)
        if items is None:
            return None
        if isinstance(items, str):
            items = [items]
        try:
            chosen = frozenset(expand_selection(items))
        except ValueError as exc:
            raise ConfigError("error.selection", option=f"--{key}", value=exc) from None
        if not chosen and key == "select":  # `--select ""` (an empty variable in CI) would hide every finding
            raise ConfigError("error.selection-empty", option=f"--{key}")
        return chosen

    reg = pick(registry, "registry", None)
    return Config(
        as_of=day,
        select=codes(select, "select"),
        ignore=codes(ignore, "ignore") or frozenset(),
        fail_on=fail,
        lang=detect_lang(language),
        due_soon_days=int(pick(due_soon_days, "due-soon-days", 30)),
        format=fmt,
        max_file_size=int(pick(max_file_size, "max-file-size", 8 * 1024 * 1024)),
        max_depth=_positive(defaults.get("max-depth", 64), "max-depth"),
        max_nodes=_positive(defaults.get("max-nodes", 500_000), "max-nodes"),
        registry=Path(reg) if reg else None,
        jobs=jobs if jobs is not None else _jobs(defaults.get("jobs")),
        verbose=verbose,
    )


def _jobs(value: Any) -> int | None:
    if value is None or value == "auto":
        return None
    return _positive(value, "jobs")


def _positive(value: Any, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError("error.positive", name=key, value=repr(value))
    return value


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


CONFIG_MAX_BYTES = 1024 * 1024
"""A configuration file larger than this is refused (it is read before anything else, from any repository)."""


def _read(path: Path, *, tool: bool) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported here: most runs find no configuration file
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
    from xhht_cli.files import ReadRefused, read_limited

    try:
        data = tomllib.loads(read_limited(path, CONFIG_MAX_BYTES).decode("utf-8"))
    except ReadRefused as exc:
        raise ConfigError("error.config-file", path=path, reason=_refusal(exc.reason)) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("error.config-file", path=path, reason=exc) from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise ConfigError("error.config-file", path=path, reason="nested too deeply") from None
    table: Any = data
    if tool:
        table = data.get("tool", {})
        table = table.get("xhht", {}) if isinstance(table, dict) else None
    if not isinstance(table, dict):
        raise ConfigError("error.config-table", path=path)
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(
            "error.config-keys", path=path, unknown=", ".join(sorted(unknown)), known=", ".join(sorted(KEYS))
        )
    return {key: check_value(key, value, path) for key, value in table.items()}


def _refusal(reason: str) -> str:
    return {"size": f"larger than {CONFIG_MAX_BYTES} bytes", "special": "not a regular file"}.get(reason, reason)


MAX_DUE_SOON_DAYS = 3660
"""The widest D002 window, ten years (on the command line too): a larger one is a typo, and dates overflow."""

_CHOICES = {"fail-on": FAIL_ON, "format": FORMATS, "lang": ("vi", "en")}
_COUNTS = {"due-soon-days": (0, MAX_DUE_SOON_DAYS), "max-file-size": (1, None), "max-depth": (1, None)}
_COUNTS |= {"max-nodes": (1, None), "jobs": (1, None)}


def check_value(key: str, value: Any, path: Path) -> Any:
    """A value of the configuration file, checked as the command line checks the option (`error.config-value`
    names the file, the key, the value and what is expected); `registry` becomes the path it names."""

    def bad(kind: str, **extra: Any) -> ConfigError:
        shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
        return ConfigError(f"error.config-{kind}", path=path, name=key, value=shown[:80], **extra)

    if key in _CHOICES:
        if value not in _CHOICES[key]:
            raise bad("choice", choices=", ".join(_CHOICES[key]))
        return value
    if key in _COUNTS:
        if key == "jobs" and value == "auto":
            return value
        low, high = _COUNTS[key]
        if not isinstance(value, int) or isinstance(value, bool) or value < low or (high and value > high):
            raise bad("range" if high else "at-least", low=low, high=high)
        return value
    if key in ("select", "ignore"):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items) or not "".join(items).strip():
            raise bad("codes")
        return items
    if key == "as-of":
        if isinstance(value, date) and not isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise bad("date")
    if key == "registry":
        if not isinstance(value, str) or not value or "\0" in value:
            raise bad("path")
        from xhht_cli.files import ReadRefused, confined, repository_root

        try:  # named by a file of the repository: it must stay inside the repository
            return str(confined(path.resolve().parent, value, repository_root(path)))
        except ReadRefused:
            raise bad("outside") from None
    return value  # pragma: no cover - every key of KEYS is handled above
