"""Writing output: to files atomically (a temporary file in the same folder, then a rename), never over an existing
file unless asked; text and UTF-8 bytes alike."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from xhht_cli.config import ConfigError


def write_pieces(stream: TextIO, pieces: Iterable[str | bytes]) -> None:
    """Write text and UTF-8 bytes to a text stream in order. Bytes go to the stream's binary buffer as they are
    (they are most of a parallel run's output and need no decoding); a stream without one gets them decoded."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None or (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.writelines(p if isinstance(p, str) else p.decode("utf-8") for p in pieces)
        return
    stream.flush()
    write = buffer.write
    for p in pieces:
        write(p if isinstance(p, bytes) else p.encode("utf-8"))
    buffer.flush()


def write_atomic(path: Path, content: str | Iterable[str | bytes], *, force: bool = False) -> None:
    """Write `content` (a string, or pieces of one written as they come) to `path`, all or nothing."""
    if path.exists() and not force:
        raise ConfigError(f"{path} exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(content, str):
                fh.write(content)
            else:
                write_pieces(fh, content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
