"""The keys names are compared by: `norm` resolves a name (the registry, the provinces' kinds), `fold` suggests one.

Below both the registry and the provinces' kinds, which resolve names the same way.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from xhht_cli.suggest import fold_key


@lru_cache(maxsize=16384)
def norm(name: str) -> str:
    """The key a name is resolved by: NFC, whitespace folded, case folded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


@lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """The key a name is *suggested* by: like `norm`, with accents and đ removed."""
    return fold_key(norm(name))
