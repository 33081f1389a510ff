"""What every command runs inside: an exception becomes a one-line message and exit status 2 (the traceback only
with `--debug`), in the user's language; standard output and error are UTF-8 whatever the locale; a reader that
stops early (`xhht explain | head`) ends the output quietly."""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from xhht_cli.config import ConfigError
from xhht_cli.i18n import detect_lang, text

F = TypeVar("F", bound=Callable[..., Any])


class State:
    debug = False
    """`xhht --debug`: show the traceback of an internal error."""


def guard(fn: F) -> F:
    """Turn every exception into a one-line message and exit status 2 (traceback only with --debug), in the
    language of `--lang` when the command has it and it is vi or en, else of XHHT_LANG or LANG."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except ConfigError as exc:
            typer.echo(f"xhht: {exc.message(lang_of(kwargs))}", err=True)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            typer.echo("xhht: " + text("error.interrupted", lang_of(kwargs)), err=True)
            raise typer.Exit(2) from None
        except BrokenPipeError:  # the reader stopped (`xhht explain | head`): not an error of the command
            quiet_stdout()
            raise typer.Exit(0) from None
        except OSError as exc:
            if exc.errno not in WRITE_ERRORS or State.debug:
                raise
            typer.echo("xhht: " + text("error.stdout", lang_of(kwargs), reason=exc.strerror), err=True)
            raise typer.Exit(2) from None
        except Exception as exc:
            if State.debug:
                raise
            reason = f"{type(exc).__name__}: {exc}"
            typer.echo("xhht: " + text("error.internal", lang_of(kwargs), reason=reason), err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


WRITE_ERRORS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT, errno.EBADF}
"""Errors writing the output (`> /dev/full`, a full disk, a closed descriptor): a message, not an internal error."""


def quiet_stdout() -> None:
    """Send what is left of standard output to the null device (its reader has gone), so that the final flush does
    not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def utf8_streams() -> bool:
    """Standard output and error in UTF-8 whatever the locale says (`LC_ALL=C`, `PYTHONIOENCODING=ascii` once failed
    half way through a JSON document); a file name that is not UTF-8 is written as its bytes. False when standard
    output is closed (`xhht … >&-`), said on standard error."""
    if sys.stdout is None:
        if any(a in ("-o", "--output") or a.startswith("--output=") for a in sys.argv[1:]):
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - the output goes to a file
            return True
        if sys.stderr is not None:
            sys.stderr.write("xhht: " + text("error.stdout-closed", lang_of({})) + "\n")
        return False
    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)
    return True


def lang_of(kwargs: dict[str, Any]) -> str:
    """The language of a command's messages: its `--lang` when that is vi or en, else XHHT_LANG or LANG."""
    lang = kwargs.get("lang")
    return detect_lang(lang if lang in ("vi", "en") else None)
