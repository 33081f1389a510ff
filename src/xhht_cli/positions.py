"""Line and column of an offset in a text whose lines may end in CR LF, LF or CR alone (as YAML reads them).

A file written with CR-only line endings (old Mac editors, some exports) is one line to `str.count("\\n")`; its
findings must still point at the line and column an editor shows. `LineIndex` finds a line by bisection over the
line starts, so that a source with thousands of cited dates is not rescanned from the start for each.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_BREAK = re.compile(r"\r\n|\r|\n")
_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")


class LineIndex:
    """The starts of the lines of one text (str or bytes)."""

    __slots__ = ("starts",)

    def __init__(self, text: str | bytes) -> None:
        rx = _BREAK_BYTES if isinstance(text, bytes) else _BREAK
        self.starts = [0, *(m.end() for m in rx.finditer(text))]  # type: ignore[arg-type]

    @property
    def lines(self) -> int:
        return len(self.starts)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of `offset` (in the units of the text: characters or bytes)."""
        line = bisect_right(self.starts, offset)
        return (line, offset - self.starts[line - 1] + 1)


def line_col(text: str | bytes, offset: int) -> tuple[int, int]:
    """(line, column) of one offset of `text`, 1-based."""
    return LineIndex(text[:offset]).position(offset)


def line_count(text: str) -> int:
    """How many lines YAML sees in `text` (a final line break does not start another)."""
    n = LineIndex(text).lines
    return n - 1 if text.endswith(("\n", "\r")) else n
