"""The end of a run: the checks made before it (paths, the output target, a format's library), and the report
written in the configured format (to stdout, or atomically to a file) with the exit status it gives."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from xhht_cli.config import Config, ConfigError
from xhht_cli.i18n import text

if TYPE_CHECKING:
    from xhht_cli.findings import Report


def check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise ConfigError("error.no-such-path", paths=", ".join(missing))


def check_output(out: Path | None, force: bool, inputs: list[Path]) -> None:
    """Refuse an output target before the run rather than after it (`atomic.check_target`): one that exists
    (without --force), a folder, a missing folder, and, even with --force, one of the files being read."""
    if out is None:
        return
    import stat

    from xhht_cli.atomic import check_target
    from xhht_cli.discovery import discover

    st = check_target(out, force=force)
    if st is not None and stat.S_ISREG(st.st_mode) and any(out.samefile(f) for f in discover(inputs)):
        raise ConfigError("error.output-is-input", path=out)


def file_format_needs_output(config: Config, out: Path | None) -> None:
    """Refused before the run, not after it: a spreadsheet or a Word document without a file to write it to (they
    are written only to a file), and a report whose library (the `reports` extra) is not installed."""
    from xhht_cli.report import REPORTERS
    from xhht_cli.report.people import require_library

    if out is None and REPORTERS[config.format].binary:
        raise ConfigError("error.binary-output", format=config.format)
    require_library(config.format)


def for_people(config: Config) -> bool:
    """Whether the output is a report for people (csv, html, xlsx, docx), which also shows every task's status."""
    from xhht_cli.report import PEOPLE_FORMATS

    return config.format in PEOPLE_FORMATS


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _width() -> int | None:
    """The width to lay text out in: `COLUMNS`, else the terminal's (of stdout, else of stderr when the output goes
    to a pipe or a file but a person is watching), else None (the format's default)."""
    value = os.environ.get("COLUMNS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    for stream in (sys.stdout, sys.stderr):
        try:
            return os.get_terminal_size(stream.fileno()).columns or None
        except (OSError, ValueError, AttributeError):
            continue
    return None


def _errors(fmt: str) -> str:
    """How a file name that is not UTF-8 is written: as its bytes, as `ls` would, except in JSON and SARIF, which
    must stay valid UTF-8: there as `\\udcXX` escapes, which a JSON reader turns back into the same name."""
    return "backslashreplace" if fmt in ("json", "sarif") else "surrogateescape"


def _read_by(report: Report) -> frozenset[tuple[int, int]]:
    """The files the run read, in this process or in its workers: an output never replaces one."""
    from xhht_cli.files import read_identities

    return report.inputs | read_identities()


def finish(
    report: Report,
    config: Config,
    view: str,
    out: Path | None = None,
    force: bool = False,
    show_info: bool = False,
) -> None:
    """Write the report in the configured format (to stdout, or atomically to `out`) and exit with its status."""
    from xhht_cli.atomic import atomic_bytes, atomic_text, stdout_text
    from xhht_cli.loading import LIBYAML
    from xhht_cli.report import BinaryFormat, reporter
    from xhht_cli.report.escape import ESCAPES, escape_terminal, escaped

    if not LIBYAML:
        typer.echo(text("ui.no-libyaml", config.lang), err=True)
    if config.verbose and report.skipped:
        for name in report.skipped:
            typer.echo(text("ui.verbose.skipped", config.lang, name=escape_terminal(name)), err=True)
    rep = reporter(
        config.format,
        config.lang,
        color=_color() and out is None and config.format == "text",
        width=_width() if out is None else None,
        show_info=show_info,
    )
    escape = ESCAPES.get(config.format)
    if escape is not None:  # nothing a plan file says reaches a terminal, a CI log or a page as a command
        report = escaped(report, escape)
    if isinstance(rep, BinaryFormat):
        if out is None:
            raise ConfigError("error.binary-output", format=config.format)
        with atomic_bytes(out, force=force, protect=_read_by(report)) as raw:
            rep.write(report, view, raw)
    elif out is not None:
        with atomic_text(out, force=force, protect=_read_by(report), errors=_errors(config.format)) as fh:
            rep.write(report, view, fh)
    else:
        with stdout_text(_errors(config.format)) as fh:
            rep.write(report, view, fh)
    raise typer.Exit(config.exit_status(report.worst()))
