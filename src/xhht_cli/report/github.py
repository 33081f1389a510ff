"""`--format github`: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from itertools import islice
from typing import TextIO

from xhht_cli.findings import Finding, Report, Severity
from xhht_cli.i18n import message
from xhht_cli.report.base import TextFormat
from xhht_cli.report.escape import escape_terminal
from xhht_cli.rules.table import RULES

BATCH = 4096
"""Lines made and written at a time."""

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    """A workflow command's message: control characters made visible first (`escape_terminal`), so that nothing
    in it ends the line or reaches the log as a terminal sequence; then GitHub's own escapes."""
    return escape_terminal(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(TextFormat):
    def write(self, report: Report, view: str, stream: TextIO) -> None:
        """One workflow command per finding, one line each, made as they are written."""
        findings = iter(report.findings)
        while batch := list(islice(findings, BATCH)):
            stream.write("".join([self.line(f) for f in batch]))

    def line(self, f: Finding) -> str:
        """The line of one finding."""
        title = f"{f.code} {RULES[f.code].name}"
        where = f"{f.plan} {f.task}: " if f.plan and f.task else (f"{f.plan}: " if f.plan else "")
        return (
            f"::{_LEVEL[f.severity]} file={_escape_property(f.file)},line={f.line},col={f.column},"
            f"title={_escape_property(title)}::{_escape_data(where + message(f, self.lang))}\n"
        )
