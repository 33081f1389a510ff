"""Writing output: to standard output, or to files atomically (a temporary file in the same folder, then a rename),
never over an existing file unless asked. Text is UTF-8; a file name that is not UTF-8 (Python holds its bytes as
surrogates) is written as the bytes it has on disk, as `ls` would."""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from xhht_cli.config import ConfigError

Protected = Collection[tuple[int, int]]
"""(device, inode) of files an output must never replace: the files the run read (`files.read_identities`)."""


def write_atomic(path: Path, content: str, *, force: bool = False, protect: Protected = frozenset()) -> None:
    """Write `content` to `path`, all or nothing."""
    with atomic_text(path, force=force, protect=protect) as fh:
        fh.write(content)


@contextmanager
def atomic_text(
    path: Path, *, force: bool = False, protect: Protected = frozenset(), errors: str = "surrogateescape"
) -> Iterator[TextIO]:
    """A text stream to `path` (UTF-8; a file name that is not UTF-8 written as its bytes) that becomes the file
    only when the block ends without an error; never over an existing file without `force`."""
    with (
        _replacing(path, force, protect) as fd,
        os.fdopen(fd, "w", encoding="utf-8", errors=errors, newline="\n", closefd=False) as fh,
    ):
        yield fh
        fh.flush()


@contextmanager
def atomic_bytes(path: Path, *, force: bool = False, protect: Protected = frozenset()) -> Iterator[BinaryIO]:
    """`atomic_text` for bytes."""
    with _replacing(path, force, protect) as fd, os.fdopen(fd, "wb", closefd=False) as fh:
        yield fh
        fh.flush()


def check_target(path: Path, *, force: bool, protect: Protected = frozenset()) -> os.stat_result | None:
    """Refuse an output target before anything is written: an existing file without `force`; with it, a folder,
    a block device or socket, and a file the run read (`protect`); a target whose folder does not exist. A
    character device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written in place and needs no `force`.
    Returns the target's status (after links), None when it does not exist yet."""
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ConfigError("error.output-write", path=path, reason=exc.strerror or exc) from None
    if st is None:
        folder = path.resolve().parent  # (a link to a file yet to be written: the folder it points into)
        if not folder.is_dir():
            raise ConfigError("error.output-no-folder", path=path, folder=folder)
        return None
    if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        return st
    if stat.S_ISDIR(st.st_mode):
        raise ConfigError("error.output-folder", path=path)
    if not stat.S_ISREG(st.st_mode):
        raise ConfigError("error.output-special", path=path)
    if not force:
        raise ConfigError("error.output-exists", path=path)
    if (st.st_dev, st.st_ino) in protect:
        raise ConfigError("error.output-was-read", path=path)
    return st


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def _replacing(path: Path, force: bool, protect: Protected = frozenset()) -> Iterator[int]:
    """A file descriptor to write the output to. For a regular file, a temporary file beside it, renamed over it
    when the block ends well (else removed): a new file gets the permissions the umask allows (as `>` in a shell
    would), a replaced one keeps its own, and a symbolic link stays a link (the file it points to is replaced). A
    character device or FIFO is written in place. What is refused is said by `check_target`; an error writing is
    a usage error naming the file (`-o /dev/full`), not an internal one."""
    st = check_target(path, force=force, protect=protect)
    tmp: str | None = None
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        else:
            real = path.resolve()  # a link stays a link: the file it points to is written
            mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
            folder = real.parent if str(real.parent) else Path(".")
            fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=folder)
            os.fchmod(fd, mode)
    except OSError as exc:
        raise ConfigError("error.output-write", path=path, reason=exc.strerror or exc) from None
    try:
        yield fd
        if tmp is not None:
            os.fsync(fd)
            os.replace(tmp, real)
    except BaseException as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ConfigError("error.output-write", path=path, reason=exc.strerror or exc) from None
        raise
    finally:
        os.close(fd)


@contextmanager
def stdout_text(errors: str = "surrogateescape") -> Iterator[TextIO]:
    """Standard output as a text stream that writes UTF-8 whatever the locale (a file name that is not UTF-8 as the
    bytes it has on disk, as `ls` would, or with `errors="backslashreplace"` as `\\udcXX` escapes, for JSON).

    A reader that stops early (`xhht check | head`) ends the output quietly: what is left goes nowhere."""
    out = sys.stdout
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # not a real stream (a test's): written as text
        try:
            yield out
            out.flush()
        except BrokenPipeError:
            _drop_stdout()
        return
    stream = io.TextIOWrapper(buffer, encoding="utf-8", errors=errors, newline="\n", write_through=True)
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        _drop_stdout()
    finally:
        try:
            stream.detach()
        except BrokenPipeError:
            _drop_stdout()
            stream.detach()


def _drop_stdout() -> None:
    """Send what is left of standard output to the null device (the reader has gone), so that the final flush
    does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
