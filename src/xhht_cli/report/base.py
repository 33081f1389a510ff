"""What an output format is: a `Reporter` turns a finished `Report` into text or bytes; it never decides what was
found.

Every format subclasses `TextFormat` (written to a terminal, a pipe or a file) or `BinaryFormat` (a spreadsheet, a
document: bytes, written only to a file given with `-o`), and is registered by name in `xhht_cli.report.REPORTERS`.
`view` says which command asked: `check` and `validate` show findings (check adds coverage), `coverage`,
`deadlines` and `bodies` show their tables.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from typing import BinaryIO, ClassVar, TextIO

from xhht_cli.findings import Report

VIEWS = ("check", "validate", "coverage", "deadlines", "bodies")


class Reporter(ABC):
    """An output format in one language. `color`, `width` and `show_info` matter only to formats made for people."""

    binary: ClassVar[bool]
    """True when the format is bytes (it needs `-o FILE`, and `write` is given a binary stream)."""

    def __init__(self, lang: str, *, color: bool = False, width: int | None = None, show_info: bool = False) -> None:
        self.lang = lang
        self.color = color
        self.width = width
        self.show_info = show_info
        """Whether human formats list info findings too (they count them otherwise); machine formats list all."""


class TextFormat(Reporter):
    """A format written as text (UTF-8 on output; a file name that is not UTF-8 keeps its bytes)."""

    binary: ClassVar[bool] = False

    @abstractmethod
    def write(self, report: Report, view: str, stream: TextIO) -> None:
        """Write the output of `view` to `stream`, as it is made."""

    def render(self, report: Report, view: str) -> str:
        """The whole output as one string."""
        buf = io.StringIO()
        self.write(report, view, buf)
        return buf.getvalue()


class BinaryFormat(Reporter):
    """A format written as bytes, to a file only."""

    binary: ClassVar[bool] = True

    @abstractmethod
    def write(self, report: Report, view: str, stream: BinaryIO) -> None:
        """Write the output of `view` to `stream`."""
