"""The `xhht` command line: parses options into a frozen Config, runs the pipeline, maps the report to an exit code.

Exit status: 0 when nothing at or above `--fail-on` was found, 1 when something was, 2 for a usage error or an
internal failure (a one-line message; the traceback only with `--debug`).
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from xhht_cli import __version__
from xhht_cli.config import FAIL_ON, FORMATS, MAX_DUE_SOON_DAYS, Config, ConfigError, resolve
from xhht_cli.heap import no_cyclic_gc

if TYPE_CHECKING:
    from xhht_cli.findings import Report
    from xhht_cli.registry import Registry as Registry_

app = typer.Typer(
    name="xhht",
    help="Kiểm tra kế hoạch khuyến học, khuyến tài, xây dựng xã hội học tập so với kế hoạch cấp trên.\n\n"
    "Checks plans on promoting learning and talent against their national templates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    debug = False


def _guard(fn: F) -> F:
    """Turn every exception into a one-line message and exit status 2 (traceback only with --debug), in the
    language of `--lang` when the command has it and it is vi or en, else of XHHT_LANG or LANG."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except ConfigError as exc:
            typer.echo(f"xhht: {exc.message(_lang_of(kwargs))}", err=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            typer.echo("xhht: " + _text("error.interrupted", _lang_of(kwargs)), err=True)
            raise typer.Exit(2) from None
        except BrokenPipeError:  # the reader stopped (`xhht explain | head`): not an error of the command
            _quiet_stdout()
            raise typer.Exit(0) from None
        except OSError as exc:
            if exc.errno not in _WRITE_ERRORS or _State.debug:
                raise
            typer.echo("xhht: " + _text("error.stdout", _lang_of(kwargs), reason=exc.strerror), err=True)
            raise typer.Exit(2) from None
        except Exception as exc:
            if _State.debug:
                raise
            reason = f"{type(exc).__name__}: {exc}"
            typer.echo("xhht: " + _text("error.internal", _lang_of(kwargs), reason=reason), err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


_WRITE_ERRORS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT, errno.EBADF}
"""Errors writing the output (`> /dev/full`, a full disk, a closed descriptor): a message, not an internal error."""


def _quiet_stdout() -> None:
    """Send what is left of standard output to the null device (its reader has gone), so that the final flush does
    not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _utf8_streams() -> bool:
    """Standard output and error in UTF-8 whatever the locale says (`LC_ALL=C`, `PYTHONIOENCODING=ascii` once failed
    half way through a JSON document); a file name that is not UTF-8 is written as its bytes. False when standard
    output is closed (`xhht … >&-`), said on standard error."""
    if sys.stdout is None:
        if any(a in ("-o", "--output") or a.startswith("--output=") for a in sys.argv[1:]):
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the output goes to a file
            return True
        if sys.stderr is not None:
            sys.stderr.write("xhht: " + _text("error.stdout-closed", _lang_of({})) + "\n")
        return False
    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)
    return True


def _lang_of(kwargs: dict[str, Any]) -> str:
    from xhht_cli.i18n import detect_lang

    lang = kwargs.get("lang")
    return detect_lang(lang if lang in ("vi", "en") else None)


def _text(key: str, lang: str, **args: Any) -> str:
    from xhht_cli.i18n import text

    return text(key, lang, **args)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"xhht {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")] = False,
) -> None:
    _State.debug = debug


# -- shared options -------------------------------------------------------------------------------------------------

Paths = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH", help="Plan, report or registry files, or folders (read recursively).", show_default=False
    ),
]
AsOf = Annotated[
    str | None,
    typer.Option("--as-of", metavar="YYYY-MM-DD", help="The day to judge deadlines and bodies on [default: today]."),
]
Format = Annotated[
    str | None,
    typer.Option("--format", "-f", metavar="|".join(FORMATS), help="Output format [default: text]."),
]
Select = Annotated[
    list[str] | None,
    typer.Option("--select", metavar="CODES", help="Only these codes, rule names or prefixes (D, C00)."),
]
Ignore = Annotated[
    list[str] | None,
    typer.Option("--ignore", metavar="CODES", help="Leave out these codes, rule names or prefixes."),
]
FailOn = Annotated[
    str | None,
    typer.Option(
        "--fail-on",
        metavar="|".join(FAIL_ON),
        help="Exit 1 when a finding at or above this severity [default: error].",
    ),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="vi|en",
        help="Message language [default: XHHT_LANG, then LANG; vi if it starts with 'vi'].",
    ),
]
DueSoon = Annotated[
    int | None,
    typer.Option(
        "--due-soon-days", metavar="N", min=0, max=MAX_DUE_SOON_DAYS, help="D002 window in days [default: 30]."
    ),
]
Registry = Annotated[
    Path | None,
    typer.Option("--registry", metavar="FILE", help="Body registry to use instead of the shipped one."),
]
MaxSize = Annotated[
    int | None,
    typer.Option("--max-file-size", metavar="BYTES", min=1, help="Largest file read [default: 8 MiB]."),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the output to FILE (atomically) instead of stdout."),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Processes to check with; the same output for any N [default: one per core for 2 MiB of YAML or more].",
    ),
]
Force = Annotated[bool, typer.Option("--force", help="Overwrite --output if it exists.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Name the YAML files skipped as not xhht files.")]


def _check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise ConfigError("error.no-such-path", paths=", ".join(missing))


def _check_output(out: Path | None, force: bool, inputs: list[Path]) -> None:
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


def _file_format_needs_output(config: Config, out: Path | None) -> None:
    """Refused before the run, not after it: a spreadsheet or a Word document without a file to write it to (they
    are written only to a file), and a report whose library (the `reports` extra) is not installed."""
    from xhht_cli.report import REPORTERS
    from xhht_cli.report.people import require_library

    if out is None and REPORTERS[config.format].binary:
        raise ConfigError("error.binary-output", format=config.format)
    require_library(config.format)


def _for_people(config: Config) -> bool:
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


def _finish(
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
    from xhht_cli.report.escape import ESCAPES, escaped

    if not LIBYAML:
        typer.echo(_text("ui.no-libyaml", config.lang), err=True)
    if config.verbose and report.skipped:
        for name in report.skipped:
            typer.echo(f"xhht: skipped (no `format: xhht/…` key): {name}", err=True)
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


# -- commands -------------------------------------------------------------------------------------------------


@app.command()
@_guard
def check(
    paths: Paths,
    as_of: AsOf = None,
    fmt: Format = None,
    select: Select = None,
    ignore: Ignore = None,
    fail_on: FailOn = None,
    lang: Lang = None,
    due_soon_days: DueSoon = None,
    registry: Registry = None,
    max_file_size: MaxSize = None,
    output: Output = None,
    force: Force = False,
    verbose: Verbose = False,
    jobs: Jobs = None,
    show_info: Annotated[
        bool,
        typer.Option(
            "--show-info",
            help="List info findings too in text and Markdown (they are counted in the summary otherwise).",
        ),
    ] = False,
) -> None:
    """Run every check: the summary, errors and warnings, coverage of the template. / Chạy mọi kiểm tra."""
    from xhht_cli.pipeline import report as run

    _check_paths(paths)
    _check_output(output, force, paths)
    config = resolve(
        as_of=as_of,
        fmt=fmt,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        lang=lang,
        due_soon_days=due_soon_days,
        registry=registry,
        max_file_size=max_file_size,
        verbose=verbose,
        jobs=jobs,
    )
    _file_format_needs_output(config, output)
    report = run(paths, config, mode="check", with_statuses=_for_people(config))
    _finish(report, config, "check", output, force, show_info=show_info)


@app.command()
@_guard
def validate(
    paths: Paths,
    fmt: Format = None,
    select: Select = None,
    ignore: Ignore = None,
    fail_on: FailOn = None,
    lang: Lang = None,
    registry: Registry = None,
    max_file_size: MaxSize = None,
    verbose: Verbose = False,
    jobs: Jobs = None,
) -> None:
    """Only the file checks (S codes) and dangling ids (C002): fast, for pre-commit hooks. / Chỉ kiểm tra tệp."""
    from xhht_cli.pipeline import report as run

    _check_paths(paths)
    config = resolve(
        fmt=fmt,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        lang=lang,
        registry=registry,
        max_file_size=max_file_size,
        verbose=verbose,
        jobs=jobs,
    )
    report = run(paths, config, mode="validate")
    _finish(report, config, "validate")


@app.command()
@_guard
def coverage(
    plan: Annotated[
        list[Path],
        typer.Argument(metavar="PLAN", help="The plan file(s), with any other files needed.", show_default=False),
    ],
    fmt: Format = None,
    lang: Lang = None,
    registry: Registry = None,
    fail_on: FailOn = None,
    jobs: Jobs = None,
    output: Output = None,
    force: Force = False,
) -> None:
    """Coverage of the template by the plan: per section, with what is missing. / Mức độ thực hiện."""
    from xhht_cli.pipeline import report as run

    _check_paths(plan)
    _check_output(output, force, plan)
    config = resolve(
        fmt=fmt, select=["C001", "C002", "T002", "S"], fail_on=fail_on, lang=lang, registry=registry, jobs=jobs
    )
    _file_format_needs_output(config, output)
    report = run(plan, config, mode="check")
    _finish(report, config, "coverage", output, force)


@app.command()
@_guard
def deadlines(
    paths: Paths,
    as_of: AsOf = None,
    fmt: Format = None,
    lang: Lang = None,
    due_soon_days: DueSoon = None,
    registry: Registry = None,
    fail_on: FailOn = None,
    jobs: Jobs = None,
    output: Output = None,
    force: Force = False,
) -> None:
    """Tasks by lead body in date order, with their status on --as-of. / Thời hạn theo cơ quan chủ trì."""
    from xhht_cli.pipeline import report as run

    _check_paths(paths)
    _check_output(output, force, paths)
    config = resolve(
        as_of=as_of,
        fmt=fmt,
        select=["D001", "D002", "D007", "S"],
        fail_on=fail_on,
        lang=lang,
        due_soon_days=due_soon_days,
        registry=registry,
        jobs=jobs,
    )
    _file_format_needs_output(config, output)
    if config.format == "ics":  # before the run: a missing library is said at once
        from xhht_cli.report.ics import require_icalendar

        require_icalendar()
    report = run(paths, config, mode="check", with_statuses=True)
    _finish(report, config, "deadlines", output, force)


@app.command()
@_guard
def bodies(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH", help="Plans whose tasks are counted per lead body [default: none].", show_default=False
        ),
    ] = None,
    as_of: AsOf = None,
    fmt: Format = None,
    lang: Lang = None,
    registry: Registry = None,
    jurisdiction: Annotated[
        str | None,
        typer.Option("--jurisdiction", help="Only bodies of this province or city (and national ones)."),
    ] = None,
    changed: Annotated[
        bool, typer.Option("--changed", help="Only bodies that ended or began (the 2025 reorganisation).")
    ] = False,
) -> None:
    """The body registry on --as-of: who exists, who replaced whom, open tasks. / Danh mục cơ quan."""
    from xhht_cli.bodies import body_rows
    from xhht_cli.pipeline import run

    config = resolve(as_of=as_of, fmt=fmt, select=["S"], fail_on="never", lang=lang, registry=registry)
    if paths:
        _check_paths(paths)
    report, ws = run(paths or [], config, mode="check", with_statuses=True)
    if jurisdiction is not None:
        jurisdiction = _jurisdiction(ws.registry, jurisdiction)
    report = replace(
        report,
        findings=tuple(f for f in report.findings if f.code.startswith("S")),
        bodies=tuple(body_rows(ws, report.statuses, config.as_of, jurisdiction, changed)),
    )
    _finish(report, config, "bodies")


def _jurisdiction(registry: Registry_, value: str) -> str:
    """The registry's name of a province or city as the user wrote it (accents and case aside: "hai phong" is
    Hải Phòng); an unknown one is a usage error naming the closest."""
    import difflib

    from xhht_cli.registry import fold

    known: dict[str, str] = {fold(e.jurisdiction): e.jurisdiction for e in registry.entities.values() if e.jurisdiction}
    squeezed = {k.replace(" ", ""): v for k, v in known.items()}
    if fold(value).replace(" ", "") in squeezed:  # "Hai Phong", "haiphong": Hải Phòng
        return squeezed[fold(value).replace(" ", "")]
    close = difflib.get_close_matches(fold(value), list(known), n=3, cutoff=0.6)
    raise ConfigError(
        "error.jurisdiction",
        value=value,
        suggestions=", ".join(known[c] for c in close) or ", ".join(sorted(known.values())[:5]) + ", …",
    )


@app.command()
@_guard
def schema(kind: Annotated[str, typer.Argument(metavar="KIND", help="plan, report or registry.")] = "plan") -> None:
    """Print the JSON Schema of plan, report or registry files (for editors). / Lược đồ JSON của tệp."""
    import json

    from xhht_cli.models import MODEL_BY_KIND
    from xhht_cli.schema_docs import json_schema

    if kind not in MODEL_BY_KIND:
        raise ConfigError("error.choice", option="schema", value=kind, choices=", ".join(MODEL_BY_KIND))
    doc = json_schema(kind)
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


@app.command()
@_guard
def explain(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE", help="A code (D001) or rule name (overdue); none lists them all.", show_default=False
        ),
    ] = None,
    lang: Lang = None,
) -> None:
    """What a rule checks, why it matters and how to fix it. / Giải thích một mã."""
    from xhht_cli.explain import doc
    from xhht_cli.i18n import detect_lang, text
    from xhht_cli.rules.table import BY_NAME as RULES_BY_NAME
    from xhht_cli.rules.table import RULES

    language = detect_lang(lang)
    if code is None:
        for r in RULES.values():
            typer.echo(f"{r.code}  {r.name:<28} {r.severity.value:<8} {doc(r.code, language).summary}")
        return
    rule = RULES.get(code.upper()) or RULES_BY_NAME.get(code)
    if rule is None:
        typer.echo("xhht: " + text("ui.explain.unknown", language, code=code, codes=", ".join(RULES)), err=True)
        raise typer.Exit(2)
    d = doc(rule.code, language)
    labels = {
        "vi": ("Mức mặc định", "Kiểm tra", "Vì sao", "Cách sửa", "Ví dụ"),
        "en": ("Default severity", "Checks", "Why", "How to fix", "Example"),
    }[language]
    typer.echo(f"{rule.code} {rule.name}\n{labels[0]}: {text('ui.severity.' + rule.severity.value, language)}\n")
    typer.echo(f"{labels[1]}: {d.summary}\n\n{labels[2]}: {d.why}\n\n{labels[3]}: {d.fix}\n\n{labels[4]}:")
    typer.echo("\n".join("    " + line for line in d.example.splitlines()))


@app.command()
@_guard
def extract(
    document: Annotated[
        Path,
        typer.Argument(
            metavar="DOCUMENT",
            help="The plan: a text file (UTF-8, UTF-16, Windows-1258), a Word .docx, a PDF with text, or a web page"
            " saved from a portal; or a folder of them (then -o names the folder to write to).",
        ),
    ],
    template: Annotated[
        str | None,
        typer.Option("--template", metavar="ID|FILE", help="The template plan [default: the one the preamble cites]."),
    ] = None,
    output: Output = None,
    force: Force = False,
    plan_id: Annotated[
        str | None, typer.Option("--id", metavar="ID", help="The plan's id [default: jurisdiction-number-year].")
    ] = None,
    lang: Lang = None,
    registry: Annotated[
        Path | None,
        typer.Option("--registry", metavar="FILE", help="A body registry to add to the shipped one."),
    ] = None,
    text_out: Annotated[
        Path | None,
        typer.Option(
            "--text",
            metavar="FILE",
            help="Save the text read from a Word, PDF or HTML document to FILE and name it as the plan's source"
            " [default: beside -o, x.yaml -> x.txt].",
        ),
    ] = None,
) -> None:
    """Draft a plan file from a document's text, with a summary of what to check. / Trích xuất kế hoạch từ văn bản."""
    from xhht_cli.extract.command import run_extract

    _check_paths([document])
    code = run_extract(
        document,
        output=output,
        force=force,
        template=template,
        plan_id=plan_id,
        lang=lang,
        registry=registry,
        text_out=text_out,
    )
    raise typer.Exit(code)


@app.command()
@_guard
def diff(
    old: Annotated[Path, typer.Argument(metavar="OLD", help="The earlier version of the plan.", show_default=False)],
    new: Annotated[Path, typer.Argument(metavar="NEW", help="The later version of the plan.", show_default=False)],
    local: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="LOCAL",
            help="Local plans (files or folders): their tasks that implement a changed or removed task are listed.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", metavar="text|markdown|json", help="Output format [default: text].")
    ] = None,
    lang: Lang = None,
    registry: Registry = None,
    output: Output = None,
    force: Force = False,
) -> None:
    """What changed between two versions of a plan; exit 1 when they differ. / So sánh hai phiên bản kế hoạch."""
    from xhht_cli.diffcmd import run_diff

    _check_paths([old, new, *(local or [])])
    _check_output(output, force, [old, new, *(local or [])])
    config = resolve(lang=lang, registry=registry)
    code = run_diff(
        old,
        new,
        local or [],
        fmt=fmt or "text",
        lang=config.lang,
        registry=config.registry,
        output=output,
        force=force,
    )
    raise typer.Exit(code)


report_app = typer.Typer(
    help="Progress reports (xhht/report@1). / Báo cáo tiến độ.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(report_app, name="report")


@report_app.command("new")
@_guard
def report_new(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help="The plan file to report on.", show_default=False)],
    reports: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="REPORT",
            help="Reports already made about the plan: what they record done or cancelled is left out.",
            show_default=False,
        ),
    ] = None,
    period: Annotated[
        int | None,
        typer.Option(
            "--period",
            metavar="YEAR",
            min=1945,
            max=2100,
            help="The year reported on, for yearly tasks [default: the as-of year].",
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="BODY",
            help="The reporting body; only the tasks it leads, unless it is the plan's issuer [default: the issuer].",
        ),
    ] = None,
    as_of: AsOf = None,
    output: Output = None,
    force: Force = False,
    lang: Lang = None,
    registry: Registry = None,
) -> None:
    """Write a progress report skeleton for a plan, to fill in. / Tạo khung báo cáo tiến độ của một kế hoạch."""
    from xhht_cli.skeleton import run_new

    _check_paths([plan, *(reports or [])])
    _check_output(output, force, [plan, *(reports or [])])
    config = resolve(as_of=as_of, lang=lang, registry=registry)
    code = run_new(
        plan,
        reports or [],
        period=period,
        by=by,
        as_of=config.as_of,
        lang=config.lang,
        registry=config.registry,
        output=output,
        force=force,
    )
    raise typer.Exit(code)


def main() -> None:
    """Console-script entry point. The cyclic garbage collector is off for the whole command (`xhht_cli.heap`):
    writing a report of 100,000 findings allocates enough to make it walk the run's heap again and again.

    Standard output is UTF-8 whatever the locale; a closed or full standard output is a message and exit status
    2, and a reader that stops early ends the output quietly, also outside the commands (`--help`, `--version`)."""
    if not _utf8_streams():
        sys.exit(2)
    code: int | str | None = 0
    with no_cyclic_gc():
        try:
            app()
        except SystemExit as exc:
            code = exc.code
        except BrokenPipeError:  # `xhht --help | head`
            _quiet_stdout()
        except OSError as exc:  # `xhht --version > /dev/full`: written by typer itself, outside any command
            if exc.errno not in _WRITE_ERRORS:
                raise
            sys.stderr.write("xhht: " + _text("error.stdout", _lang_of({}), reason=exc.strerror) + "\n")
            code = 2
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except OSError as exc:
        sys.stderr.write("xhht: " + _text("error.stdout", _lang_of({}), reason=exc.strerror) + "\n")
        code = 2
    sys.exit(code)
