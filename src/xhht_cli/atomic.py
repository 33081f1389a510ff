"""Writing output files: atomically (a temporary file in the same folder, then a rename), never over an existing
file unless asked."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from xhht_cli.config import ConfigError


def write_atomic(path: Path, content: str | Iterable[str], *, force: bool = False) -> None:
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
                fh.writelines(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
