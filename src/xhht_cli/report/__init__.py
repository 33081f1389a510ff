"""Output formats: one module per format, each a `Reporter` (`xhht_cli.report.base`), registered in `REPORTERS`.

A format module imports what only it needs (rich, a spreadsheet library) inside the functions that use it, so that
importing this table costs nothing a run would not pay anyway.
"""

from __future__ import annotations

from xhht_cli.report.base import BinaryFormat, Reporter, TextFormat
from xhht_cli.report.github import GithubReporter
from xhht_cli.report.ics import IcsReporter
from xhht_cli.report.jsonout import JsonReporter
from xhht_cli.report.markdown import MarkdownReporter
from xhht_cli.report.people import CsvReporter, DocxReporter, HtmlReporter, XlsxReporter
from xhht_cli.report.sarif import SarifReporter
from xhht_cli.report.text import TextReporter

__all__ = ["REPORTERS", "BinaryFormat", "Reporter", "TextFormat", "reporter"]

#: Every output format, by the name `--format` takes.
REPORTERS: dict[str, type[TextFormat] | type[BinaryFormat]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "github": GithubReporter,
    "sarif": SarifReporter,
    "markdown": MarkdownReporter,
    "ics": IcsReporter,
    # Reports for people (their libraries, from the `reports` extra, are imported only when one is written):
    "csv": CsvReporter,
    "html": HtmlReporter,
    "xlsx": XlsxReporter,
    "docx": DocxReporter,
}

PEOPLE_FORMATS = ("csv", "html", "xlsx", "docx")
"""Reports made to be sent on rather than read by tools: they also show every task's status, so `check` computes
the statuses for them."""


def reporter(
    name: str, lang: str, *, color: bool = False, width: int | None = None, show_info: bool = False
) -> TextFormat | BinaryFormat:
    """The format `name` in the language `lang`."""
    return REPORTERS[name](lang, color=color, width=width, show_info=show_info)
