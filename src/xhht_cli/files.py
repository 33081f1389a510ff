"""Reading files that an attacker may have written, and the folder they may name files in.

Every file xhht reads (plans, reports, registries, source documents, `xhht.toml`) is read through `read_limited`:
at most the limit plus one byte, whatever `st_size` says (it is 0 for devices, FIFOs and `/proc` files), and only
from a regular file: a FIFO is opened without blocking and refused, a device is refused before a byte is read.

A path that one file names (a plan's `source`, a configuration file's `registry`) must stay inside the
*repository* of the file that names it (`repository_root`): the nearest folder above it holding `.git`, else the
nearest holding `xhht.toml`, else the file's own folder. The path is resolved first, so `../` and symbolic links
that lead outside are refused as well. Paths given on the command line are the user's own choice and are not
confined.
"""

from __future__ import annotations

import errno
import os
import stat
from functools import lru_cache
from pathlib import Path


class ReadRefused(OSError):
    """A file that is not read: `reason` is `size` (over the limit), `special` (not a regular file) or `outside`
    (outside the repository); `size` is the bytes seen when over the limit."""

    def __init__(self, reason: str, path: Path, size: int = 0) -> None:
        super().__init__(errno.EPERM, reason, str(path))
        self.reason = reason
        self.size = size


_READ: set[tuple[int, int]] = set()


def read_identities() -> frozenset[tuple[int, int]]:
    """(device, inode) of every file this process has read through `read_limited`: the files `-o` must never
    replace, whichever part of the run read them (a plan, its source, the registry, a template)."""
    return frozenset(_READ)


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; `ReadRefused` when it is not a regular file
    or holds more (its `size` is then the file's size, or `limit + 1` when the file does not say), OSError when it
    cannot be opened."""
    fd = os.open(path, _FLAGS)  # non-blocking: opening a FIFO for reading does not wait for a writer
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadRefused("special", path)
        _READ.add((st.st_dev, st.st_ino))
        if st.st_size > limit:
            raise ReadRefused("size", path, st.st_size)
        chunks: list[bytes] = []
        left = limit + 1  # one byte more than allowed tells a file that grew, or lied about its size
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise ReadRefused("size", path, max(st.st_size, len(data)))
        return data
    finally:
        os.close(fd)


@lru_cache(maxsize=256)
def _root_of_folder(folder: Path) -> Path:
    config = None
    for d in (folder, *folder.parents):
        if (d / ".git").exists():
            return d
        if config is None and (d / "xhht.toml").is_file():
            config = d
    return config if config is not None else folder


def repository_root(path: Path) -> Path:
    """The folder that paths named inside `path` must stay in: the nearest above it holding `.git`, else the
    nearest holding `xhht.toml`, else its own folder (all after resolving links)."""
    return _root_of_folder(path.resolve().parent)


def confined(base: Path, name: str, root: Path) -> Path:
    """`name` (as written in a file in `base`) resolved, when it lies inside `root`; `ReadRefused("outside")` when
    it does not: an absolute path, `../` or a link leading out of the repository."""
    target = (base / name).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ReadRefused("outside", target)
    return target
