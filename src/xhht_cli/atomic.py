"""Writing output files: atomically (a temporary file in the same folder, then a rename), never over an existing
file unless asked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from xhht_cli.config import ConfigError


def write_atomic(path: Path, content: str, *, force: bool = False) -> None:
    if path.exists() and not force:
        raise ConfigError(f"{path} exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
