"""The `xhht` command line: the typer app and its commands (`xhht_cli.commands`), and the console-script entry point.

A command parses its options into a frozen Config (`config.resolve`), runs the pipeline, and writes the report in
the configured format with the exit status it gives (`commands.output.finish`). Exit status: 0 when nothing at or
above `--fail-on` was found, 1 when something was, 2 for a usage error or an internal failure (a one-line message;
the traceback only with `--debug`).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from xhht_cli import __version__
from xhht_cli.commands import checks, info, plans
from xhht_cli.commands.guard import WRITE_ERRORS, State, lang_of, quiet_stdout, utf8_streams
from xhht_cli.heap import no_cyclic_gc
from xhht_cli.i18n import text

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
    State.debug = debug


# -- the commands, in the order `xhht --help` lists them ----------------------------------------------------------

app.command()(checks.check)
app.command()(checks.validate)
app.command()(checks.coverage)
app.command()(checks.deadlines)
app.command()(checks.bodies)
app.command()(info.schema)
app.command()(info.explain)
app.command()(plans.extract)
app.command()(plans.diff)

report_app = typer.Typer(
    help="Progress reports (xhht/report@1). / Báo cáo tiến độ.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(report_app, name="report")
report_app.command("new")(plans.report_new)


def main() -> None:
    """Console-script entry point. The cyclic garbage collector is off for the whole command (`xhht_cli.heap`):
    writing a report of 100,000 findings allocates enough to make it walk the run's heap again and again.

    Standard output is UTF-8 whatever the locale; a closed or full standard output is a message and exit status
    2, and a reader that stops early ends the output quietly, also outside the commands (`--help`, `--version`)."""
    if not utf8_streams():
        sys.exit(2)
    code: int | str | None = 0
    with no_cyclic_gc():
        try:
            app()
        except SystemExit as exc:
            code = exc.code
        except BrokenPipeError:  # `xhht --help | head`
            quiet_stdout()
        except OSError as exc:  # `xhht --version > /dev/full`: written by typer itself, outside any command
            if exc.errno not in WRITE_ERRORS:
                raise
            sys.stderr.write("xhht: " + text("error.stdout", lang_of({}), reason=exc.strerror) + "\n")
            code = 2
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
    except OSError as exc:
        sys.stderr.write("xhht: " + text("error.stdout", lang_of({}), reason=exc.strerror) + "\n")
        code = 2
    sys.exit(code)
