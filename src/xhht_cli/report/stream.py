"""Formats whose output is one piece per finding (json, github), written as the pieces are made.

The parts of a parallel run write their findings themselves with the format's `encode` and `separator`
(`Report.encoded`); the reporter then writes those runs of bytes in the place of the findings.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterator
from typing import ClassVar, TextIO

from xhht_cli.atomic import Piece, write_pieces
from xhht_cli.findings import Finding, Report
from xhht_cli.report.base import TextFormat

BATCH = 4096
"""Encoded findings joined at a time (`batched_pieces`)."""


class FindingStream(TextFormat):
    separator: ClassVar[bytes]
    """What goes between the pieces of two findings."""

    @abstractmethod
    def encode(self, f: Finding) -> str:
        """The piece of one finding."""

    @abstractmethod
    def chunks(self, report: Report, view: str) -> Iterator[Piece]:
        """The output in pieces: text, or UTF-8 bytes (and file runs) that a parallel run's parts encoded."""

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        write_pieces(stream, self.chunks(report, view))


def batched_pieces(pieces: list[bytes], sep: bytes) -> Iterator[bytes]:
    """Encoded pieces joined by `sep`, a few thousand at a time: runs for `Report.encoded`, a handful of writes for
    a portfolio's 300,000 findings instead of one each, and never the whole output in memory twice."""
    size = BATCH
    for start in range(0, len(pieces), size):
        yield sep.join(pieces[start : start + size])
