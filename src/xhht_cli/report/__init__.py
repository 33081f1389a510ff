"""Output formats: one module per format behind one name -> class table.

A reporter turns a finished `Report` into text; it never decides what was found. `view` says which command asked:
`check` and `validate` show findings (check adds coverage), `coverage`, `deadlines` and `bodies` show their tables.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from xhht_cli.atomic import Piece, text_of
from xhht_cli.findings import Finding, Report

VIEWS = ("check", "validate", "coverage", "deadlines", "bodies")


class Reporter(Protocol):
    def __init__(self, lang: str, *, color: bool = False, width: int | None = None) -> None: ...

    def render(self, report: Report, view: str) -> str: ...


# A reporter may also have `chunks(report, view) -> Iterator[Piece]`: the same text in pieces, written as they are
# made (json and github, whose output grows with the number of findings); and `encode(finding) -> str` with
# `separator: bytes`, the piece of one finding and what goes between two, which the parts of a parallel run use to
# write their findings themselves (`Report.encoded`). Pieces are text, or UTF-8 bytes (`FileRun`s among them) that
# a parallel run made.

BATCH = 4096
"""Encoded findings joined at a time (`batched_pieces`)."""


def batched_pieces(pieces: list[bytes], sep: bytes) -> Iterator[bytes]:
    """Encoded pieces joined by `sep`, a few thousand at a time: runs for `Report.encoded`, a handful of writes for
    a portfolio's 300,000 findings instead of one each, and never the whole output in memory twice."""
    size = BATCH
    for start in range(0, len(pieces), size):
        yield sep.join(pieces[start : start + size])


def joined(chunks: Iterable[Piece]) -> str:
    """The whole text of a reporter's chunks."""
    return "".join(map(text_of, chunks))


#: format name -> "module:Class", imported only when used (rich is not imported for json or github output).
REPORTER_BY_NAME: dict[str, str] = {
    "text": "xhht_cli.report.text:TextReporter",
    "json": "xhht_cli.report.jsonout:JsonReporter",
    "github": "xhht_cli.report.github:GithubReporter",
    "sarif": "xhht_cli.report.sarif:SarifReporter",
    "markdown": "xhht_cli.report.markdown:MarkdownReporter",
}


def finding_encoder(name: str, lang: str) -> tuple[Callable[[Finding], str], bytes] | None:
    """How the format `name` writes one finding and what it writes between two, when it writes each finding as a
    piece of its own."""
    rep = reporter(name, lang)
    encode = getattr(rep, "encode", None)
    return (encode, rep.separator) if callable(encode) else None  # type: ignore[attr-defined]


def reporter(name: str, lang: str, *, color: bool = False, width: int | None = None) -> Reporter:
    module, cls = REPORTER_BY_NAME[name].split(":")
    factory: type[Reporter] = getattr(importlib.import_module(module), cls)
    return factory(lang, color=color, width=width)
