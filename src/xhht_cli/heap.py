"""The one place where xhht turns the cyclic garbage collector off.

A run builds a large, long-lived heap (parsed YAML, models, findings) and almost no cyclic garbage. The collector's
full passes over that heap cost a third of a run on a national portfolio and free nothing, and PyYAML's loader
with the collector on is superlinear in the size of a document. Reference counting still frees everything.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The collector off for the block, and back as it was after (blocks nest)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
