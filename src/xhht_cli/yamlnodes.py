"""YAML mappings and sequences that remember where they, their keys and their items start (`composer` builds them).

The positions are packed into one array of unsigned ints per container: a national portfolio has millions of keys,
and dicts of (line, column) tuples took five times the memory.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

Pos = tuple[int, int]
"""(line, column), both 1-based."""


class YMap(dict[str, Any]):
    """A mapping that remembers where it, its keys and its values start.

    The positions are packed four numbers a key (key line, key column, value line, value column), in key order, in
    one array: a national portfolio has millions of keys, and two dicts of (line, column) tuples per mapping took
    five times the memory. `kpos` and `vpos` read them as mappings of key -> (line, column).
    """

    __slots__ = ("_at", "_index", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self._at = array("I")
        self._index: dict[str, int] | None = None

    @property
    def kpos(self) -> Mapping[str, Pos]:
        return _Positions(self, 0)

    @property
    def vpos(self) -> Mapping[str, Pos]:
        return _Positions(self, 2)

    def at(self, key: str, *, value: bool = True) -> Pos | None:
        """Where the value (or with `value=False`, the key) `key` starts; None when there is no such key."""
        if key not in self:
            return None
        i = self._slot(key) + (2 if value else 0)
        return (self._at[i], self._at[i + 1])

    _SCAN = 16
    """Up to this many keys a key's place is found by scanning; a larger mapping builds an index of key -> place
    on first use (a mapping of 20,000 keys asked 20,000 times would otherwise take minutes)."""

    def _slot(self, key: str) -> int:
        if key not in self:
            raise KeyError(key)
        if len(self) <= self._SCAN:
            for i, k in enumerate(self):
                if k == key:
                    return 4 * i
        index = self._index
        if index is None:
            index = self._index = {k: 4 * i for i, k in enumerate(self)}
        elif len(index) != len(self):  # keys added since: they are the last ones (keys are never removed)
            n = len(self)
            for k in reversed(self):
                if k in index:
                    break
                n -= 1
                index[k] = 4 * n
        return index[key]

    def put(self, key: str, value: Any, kpos: Pos, vpos: Pos) -> None:
        """Set `key` (a repeated key keeps its place in the key order and takes the new positions)."""
        if key in self:
            i = self._slot(key)
            self._at[i : i + 4] = array("I", (*kpos, *vpos))
        else:
            self._at.extend((*kpos, *vpos))
        self[key] = value

    def positions(self) -> Iterator[tuple[str, Any, Pos, Pos]]:
        """Every key, its value, and where each starts, in key order (one pass, no look-ups)."""
        at = self._at
        for i, (k, v) in enumerate(self.items()):
            j = 4 * i
            yield k, v, (at[j], at[j + 1]), (at[j + 2], at[j + 3])


class _Positions(Mapping[str, Pos]):
    __slots__ = ("_map", "_off")

    def __init__(self, ymap: YMap, offset: int) -> None:
        self._map = ymap
        self._off = offset

    def __getitem__(self, key: str) -> Pos:
        i = self._map._slot(key) + self._off
        at = self._map._at
        return (at[i], at[i + 1])

    def __contains__(self, key: object) -> bool:
        return key in self._map

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)


class YSeq(list[Any]):
    """A sequence that remembers where it and each item start (packed: line, column per item)."""

    __slots__ = ("_at", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self._at = array("I")

    @property
    def ipos(self) -> _ItemPositions:
        return _ItemPositions(self._at)

    def add(self, value: Any, pos: Pos) -> None:
        self.append(value)
        self._at.extend(pos)


class _ItemPositions(Sequence[Pos]):
    __slots__ = ("_at",)

    def __init__(self, at: array[int]) -> None:
        self._at = at

    @overload
    def __getitem__(self, i: int) -> Pos: ...
    @overload
    def __getitem__(self, i: slice) -> list[Pos]: ...
    def __getitem__(self, i: int | slice) -> Pos | list[Pos]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return (self._at[2 * i], self._at[2 * i + 1])

    def __len__(self) -> int:
        return len(self._at) // 2

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
