"""Which files a run reads: the files named, and the YAML files below the folders named."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def discover(paths: list[Path]) -> Iterator[Path]:
    """The files named, and every `*.yaml`/`*.yml` below the folders named, in a stable order, once each.

    Hidden files and folders are skipped, and links to folders are not followed (a link in a repository must not
    lead the walk out of it). A folder that cannot be listed, and a file whose status cannot be read (a name
    longer than the system allows, a folder without permission), are yielded as they are: reading them then gives
    an S008 that names them, rather than stopping the run or passing them over in silence."""
    seen: set[Path] = set()
    for p in paths:
        found = sorted(_walk(p)) if _is_dir(p) else [p]
        for f in found:
            try:
                key = f.resolve()
            except (OSError, RuntimeError):
                key = f.absolute()
            if key not in seen:
                seen.add(key)
                yield f


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:
        return False


def _walk(root: Path) -> Iterator[Path]:
    problems: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=problems.append):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or not name.endswith((".yaml", ".yml")):
                continue
            f = Path(folder, name)
            try:
                if not f.is_file():  # a link to nothing, a FIFO or a device found in a folder: not ours to read
                    continue
            except OSError:
                pass  # read, and reported, by the loader
            yield f
    for exc in problems:
        if exc.filename is not None:
            yield Path(os.fsdecode(exc.filename))
