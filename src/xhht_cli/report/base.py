"""What an output format is: a `Reporter` turns a finished `Report` into text or bytes; it never decides what was
found.

Every format subclasses `TextFormat` (written to a terminal, a pipe or a file) or `BinaryFormat` (a spreadsheet, a
document: bytes, written only to a file given with `-o`), and is registered by name in `xhht_cli.report.REPORTERS`.
`view` names the command that asked; what each command shows is the one table `VIEWS` (a reporter asks the
`View`, never compares command names).
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import BinaryIO, ClassVar, TextIO

from xhht_cli.findings import Report


@dataclass(frozen=True, slots=True)
class View:
    """What one command shows, in every format that shows it."""

    findings: bool = False
    """The summary of the run and the findings."""
    coverage: bool = False
    """The coverage of each plan (and of a portfolio)."""
    coverage_in_full: bool = False
    """Every section of each coverage table, and the missing tasks and targets listed under it (else only the
    sections with something to say)."""
    task_tables: bool = False
    """The tables of tasks (Word)."""
    statuses: bool = False
    """The status of every task (the deadlines table, calendar events)."""
    bodies: bool = False
    """The tasks of each body."""
    dated: bool = True
    """The counts name the as-of date (the deadline rules ran)."""
    plain: bool = False
    """Without colour, the text format's plain layout (what a pre-commit hook prints)."""


VIEWS: dict[str, View] = {
    "check": View(findings=True, coverage=True, task_tables=True),
    "validate": View(findings=True, dated=False, plain=True),
    "coverage": View(coverage=True, coverage_in_full=True),
    "deadlines": View(task_tables=True, statuses=True),
    "bodies": View(bodies=True),
}


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
