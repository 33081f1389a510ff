"""Output formats: one module per format behind one name -> class table.

A reporter turns a finished `Report` into text; it never decides what was found. `view` says which command asked:
`check` and `validate` show findings (check adds coverage), `coverage`, `deadlines` and `bodies` show their tables.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from xhht_cli.findings import Finding, Report

VIEWS = ("check", "validate", "coverage", "deadlines", "bodies")


class Reporter(Protocol):
    def __init__(self, lang: str, *, color: bool = False, width: int | None = None) -> None: ...

    def render(self, report: Report, view: str) -> str: ...


# A reporter may also have `chunks(report, view) -> Iterator[str | bytes]`: the same text in pieces, written as
# they are made (json and github, whose output grows with the number of findings; a piece the workers of a parallel
# run encoded is UTF-8 bytes); and `encode(finding) -> str`, the piece of one finding, which those workers make for
# it (`Report.encoded`).


BATCH = 4096
"""Encoded findings written at a time (`batched_pieces`)."""


def batched_pieces(pieces: list[bytes], sep: bytes) -> Iterator[bytes]:
    """Encoded pieces joined by `sep`, a few thousand at a time: a handful of writes for a portfolio's 300,000
    findings instead of one each, and never the whole output in memory twice. The batches themselves are to be
    written with `sep` between them."""
    size = BATCH
    for start in range(0, len(pieces), size):
        yield sep.join(pieces[start : start + size])


def joined(chunks: Iterable[str | bytes]) -> str:
    """The whole text of a reporter's chunks."""
    return "".join(c if isinstance(c, str) else c.decode("utf-8") for c in chunks)


#: format name -> "module:Class", imported only when used (rich is not imported for json or github output).
REPORTER_BY_NAME: dict[str, str] = {
    "text": "xhht_cli.report.text:TextReporter",
    "json": "xhht_cli.report.jsonout:JsonReporter",
    "github": "xhht_cli.report.github:GithubReporter",
    "sarif": "xhht_cli.report.sarif:SarifReporter",
    "markdown": "xhht_cli.report.markdown:MarkdownReporter",
}


def finding_encoder(name: str, lang: str) -> Callable[[Finding], str] | None:
    """How the format `name` writes one finding, when it writes each finding as a piece of its own."""
    encode = getattr(reporter(name, lang), "encode", None)
    return encode if callable(encode) else None


def reporter(name: str, lang: str, *, color: bool = False, width: int | None = None) -> Reporter:
    module, cls = REPORTER_BY_NAME[name].split(":")
    factory: type[Reporter] = getattr(importlib.import_module(module), cls)
    return factory(lang, color=color, width=width)
