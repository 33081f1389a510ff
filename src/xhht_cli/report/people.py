"""The reports for people (`csv`, `html`, `xlsx`, `docx`) as registered formats.

Each class only hands the report to its module (`csvout`, `htmlout`, `xlsxout`, `docxout`), imported when the
format is written: registering them costs `xhht validate` nothing, and their libraries (from the `reports` extra)
are imported only then too.
"""

from __future__ import annotations

from typing import BinaryIO, TextIO

from xhht_cli.findings import Report
from xhht_cli.report.base import BinaryFormat, TextFormat

LIBRARIES = {"html": "jinja2", "xlsx": "openpyxl", "docx": "docx"}
"""The library of the `reports` extra that each format needs (csv needs none)."""


def require_library(fmt: str) -> None:
    """Stop before the run, with the command that installs it, when the library `fmt` needs is missing."""
    if fmt in LIBRARIES:
        from xhht_cli.report.labels import require

        require(LIBRARIES[fmt], fmt)


class CsvReporter(TextFormat):
    """The findings as CSV (UTF-8 with BOM, RFC 4180), in any view."""

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        from xhht_cli.report.csvout import render_csv

        stream.write(render_csv(report, self.lang))


class HtmlReporter(TextFormat):
    """One self-contained web page."""

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        from xhht_cli.report.htmlout import render_html

        stream.write(render_html(report, view, self.lang))


class XlsxReporter(BinaryFormat):
    """An Excel workbook; binary, so only with `-o`."""

    def write(self, report: Report, view: str, stream: BinaryIO) -> None:
        from xhht_cli.report.xlsxout import render_xlsx

        stream.write(render_xlsx(report, view, self.lang))


class DocxReporter(BinaryFormat):
    """A Word document; binary, so only with `-o`."""

    def write(self, report: Report, view: str, stream: BinaryIO) -> None:
        from xhht_cli.report.docxout import render_docx

        stream.write(render_docx(report, view, self.lang))
