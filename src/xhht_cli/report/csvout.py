"""`--format csv`: the findings, one row per finding, with the columns of the spreadsheet's findings sheet.

UTF-8 with a byte order mark (so that Excel shows Vietnamese as it is written), CRLF line ends and quoting as
RFC 4180 says (a field with a comma, a quote or a line break is quoted, quotes doubled). Dates are written
YYYY-MM-DD, which spreadsheets read as dates in any locale. The standard library's `csv` module does the quoting.

Every text comes from the files under review: a field that a spreadsheet would take for a formula (one starting
with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so that opening the file never
runs anything.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from xhht_cli.findings import Report
from xhht_cli.report.tables import finding_header, finding_values

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(report: Report, lang: str) -> str:
    """The whole CSV text, byte order mark first."""
    buf = io.StringIO()
    buf.write(BOM)
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(finding_header(lang))
    for f in report.findings:
        writer.writerow(_cell(v) for v in finding_values(f, lang))
    return buf.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_START) else value
    return str(value)
