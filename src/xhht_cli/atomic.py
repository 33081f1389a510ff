"""Writing output: to standard output, or to files atomically (a temporary file in the same folder, then a rename),
never over an existing file unless asked. Text is UTF-8; a file name that is not UTF-8 (Python holds its bytes as
surrogates) is written as the bytes it has on disk, as `ls` would."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from xhht_cli.config import ConfigError


def write_atomic(path: Path, content: str, *, force: bool = False) -> None:
    """Write `content` to `path`, all or nothing."""
    with atomic_text(path, force=force) as fh:
        fh.write(content)


@contextmanager
def atomic_text(path: Path, *, force: bool = False) -> Iterator[TextIO]:
    """A text stream to `path` (UTF-8; a file name that is not UTF-8 written as its bytes) that becomes the file
    only when the block ends without an error; never over an existing file without `force`."""
    with (
        _replacing(path, force) as fd,
        os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as fh,
    ):
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextmanager
def atomic_bytes(path: Path, *, force: bool = False) -> Iterator[BinaryIO]:
    """`atomic_text` for bytes."""
    with _replacing(path, force) as fd, os.fdopen(fd, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextmanager
def _replacing(path: Path, force: bool) -> Iterator[int]:
    """A temporary file beside `path`, open for writing; renamed to `path` when the block ends well, else removed."""
    if path.exists() and not force:
        raise ConfigError("error.output-exists", path=path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        yield fd
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def stdout_text() -> Iterator[TextIO]:
    """Standard output as a text stream that writes UTF-8 (a file name that is not UTF-8 as the bytes it has on
    disk, as `ls` would) when the locale is UTF-8, and in the locale's encoding otherwise.

    A reader that stops early (`xhht check | head`) ends the output quietly: what is left goes nowhere."""
    out = sys.stdout
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None or (out.encoding or "").lower().replace("-", "") != "utf8":
        try:
            yield out
            out.flush()
        except BrokenPipeError:
            _drop_stdout()
        return
    stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="surrogateescape", newline="\n", write_through=True)
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
