"""Writing output: to files atomically (a temporary file in the same folder, then a rename), never over an existing
file unless asked; text, UTF-8 bytes, and runs of bytes another process wrote to a file (`FileRun`) alike."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from xhht_cli.config import ConfigError


class FileRun:
    """UTF-8 output that a worker process wrote to a file (an in-memory one: `os.memfd_create`), the first `size`
    bytes of it. It is copied to the output by the kernel (`os.sendfile`), without passing through this process."""

    __slots__ = ("file", "size")

    def __init__(self, file: BinaryIO, size: int) -> None:
        self.file = file
        self.size = size

    def read(self) -> bytes:
        chunks = []
        at = 0
        while at < self.size:
            chunk = os.pread(self.file.fileno(), self.size - at, at)
            if not chunk:
                raise OSError(f"a worker's output ended after {at} of {self.size} bytes")
            chunks.append(chunk)
            at += len(chunk)
        return b"".join(chunks)

    def copy_to(self, fd: int) -> bool:
        """Copy the bytes to the file descriptor `fd`; False (nothing written) where the kernel cannot."""
        at = 0
        try:
            while at < self.size:
                sent = os.sendfile(fd, self.file.fileno(), at, self.size - at)
                if sent == 0:
                    raise OSError(f"a worker's output ended after {at} of {self.size} bytes")
                at += sent
        except OSError:
            if at == 0:  # e.g. an output the kernel cannot send to: written the ordinary way instead
                return False
            raise
        return True


Piece = str | bytes | FileRun


def write_pieces(stream: TextIO, pieces: Iterable[Piece]) -> None:
    """Write text, UTF-8 bytes and file runs to a text stream in order. Bytes go to the stream's binary buffer as
    they are (they are most of a parallel run's output and need no decoding), file runs straight to its file
    descriptor; a stream without a buffer (or not in UTF-8) gets them decoded.

    A file name that is not valid UTF-8 (Python holds its bytes as surrogates) is written as the bytes it has on
    disk, as `ls` would, in every format and whatever the locale; the workers of a parallel run encode it so too."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None or (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.writelines(text_of(p) for p in pieces)
        return
    stream.flush()
    write = buffer.write
    for p in pieces:
        if isinstance(p, bytes):
            write(p)
        elif isinstance(p, str):
            write(p.encode("utf-8", "surrogateescape"))
        else:
            buffer.flush()
            if not _copy(p, buffer):
                write(p.read())
    buffer.flush()


def _copy(run: FileRun, buffer: BinaryIO) -> bool:
    try:
        fd = buffer.fileno()
    except (OSError, ValueError):  # not a real file (a test's in-memory stream)
        return False
    return run.copy_to(fd)


def text_of(p: Piece) -> str:
    """A piece of output as text."""
    if isinstance(p, str):
        return p
    return (p if isinstance(p, bytes) else p.read()).decode("utf-8", "surrogateescape")


def write_atomic(path: Path, content: str | Iterable[Piece], *, force: bool = False) -> None:
    """Write `content` (a string, or pieces of one written as they come) to `path`, all or nothing."""
    with atomic_text(path, force=force) as fh:
        write_pieces(fh, [content] if isinstance(content, str) else content)


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
