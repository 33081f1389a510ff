"""`--format xlsx`: an Excel workbook (openpyxl, from the `reports` extra), written only to a file (`-o`).

Sheets: the summary (what was reviewed, the as-of date, counts by severity, coverage), the findings (one row per
finding, every JSON field a column, as in the CSV output), coverage (per plan and section), for a portfolio the
matrix of template tasks by plan with coloured cells, and, where task statuses were computed, the deadlines (per
lead body, each task's status) with their counts per body. Dates are Excel dates, header rows are frozen and
filtered, columns sized and long text wrapped. openpyxl is imported only when this format is asked for.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from xhht_cli import __version__
from xhht_cli.findings import STATUS_ORDER, Report
from xhht_cli.report.labels import clean, label, require
from xhht_cli.report.tables import (
    FINDING_COLUMNS,
    PLAN_KEYS,
    Story,
    by_lead,
    coverage_header,
    coverage_rows,
    deadline_header,
    deadline_values,
    finding_header,
    finding_values,
    matrix_rows,
    portfolio_name,
    portfolios,
    status_counts,
)

if TYPE_CHECKING:
    from xhht_cli.summary import Portfolio

MARK_FILL = {"covered": "C6EFCE", "waived": "DDEBF7", "missing": "FFC7CE", "n/a": "EDEDED"}
"""Cell colours of the matrix: Excel's own "good", "neutral" and "bad" fills, grey where a task does not apply."""
MARK_FONT = {"covered": "006100", "waived": "1F4E78", "missing": "9C0006", "n/a": "595959"}
STATUS_FILL = {"overdue": "FFC7CE", "open": "FFEB9C", "done_late": "FCE4D6", "done_on_time": "C6EFCE"}
HEADER_FILL = "1F4E78"


class _Book:
    """One workbook being written: the openpyxl names it needs, and the styles it reuses."""

    def __init__(self, lang: str) -> None:
        self.px = require("openpyxl", "xlsx")
        from openpyxl.styles import Alignment, Font, PatternFill

        self.lang = lang
        self.wb = self.px.Workbook()
        self.date_format = "dd/mm/yyyy" if lang == "vi" else "yyyy-mm-dd"
        self.bold = Font(bold=True)
        self.head_font = Font(bold=True, color="FFFFFF")
        self.head_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.top = Alignment(vertical="top")
        self.fill = PatternFill
        self._styles: dict[tuple[bool, bool], Any] = {}
        self.font = Font

    def sheet(self, key: str) -> Any:
        """A new sheet, printed on A4 landscape pages as wide as the sheet (as many pages down as it takes)."""
        title = label("sheet." + key, self.lang)
        if self.wb.worksheets and self.wb.active.title == "Sheet":
            ws = self.wb.active
            ws.title = title
        else:
            ws = self.wb.create_sheet(title)
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        return ws

    def put(self, ws: Any, row: int, col: int, value: Any, *, wrap: bool = False) -> Any:
        """Write one cell: text always as text (a value starting with '=' is never a formula), dates as dates."""
        cell = ws.cell(row=row, column=col)
        is_date = isinstance(value, date) and not isinstance(value, datetime)
        if isinstance(value, str):
            cell.value = clean(value)
            cell.data_type = "s"
        else:
            cell.value = value
        # Setting a style looks it up in the workbook's tables (a hash of the style each time): a portfolio's
        # 100,000 cells take seconds that way. Cells of one kind share the style array of the first one.
        style = self._styles.get((wrap, is_date))
        if style is None:
            if is_date:
                cell.number_format = self.date_format
            cell.alignment = self.wrap if wrap else self.top
            self._styles[(wrap, is_date)] = copy.copy(cell._style)
        else:
            cell._style = copy.copy(style)
        return cell

    def table(
        self, ws: Any, header: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[int], *, start: int = 1
    ) -> int:
        """A header row (frozen, filtered) and `rows` under it from row `start`; returns the last row written."""
        from openpyxl.utils import get_column_letter

        for col, name in enumerate(header, 1):
            cell = self.put(ws, start, col, name, wrap=True)
            cell.font, cell.fill = self.head_font, self.head_fill
        last = start
        for last, values in enumerate(rows, start + 1):
            for col, value in enumerate(values, 1):
                self.put(ws, last, col, value, wrap=widths[col - 1] >= 30)
        for col, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = ws.cell(row=start + 1, column=1)
        ws.auto_filter.ref = f"A{start}:{get_column_letter(len(header))}{max(last, start + 1)}"
        return last


def render_xlsx(report: Report, view: str, lang: str) -> bytes:
    from xhht_cli.report.office import stable_zip

    story = Story.of(report, lang)
    book = _Book(lang)
    _summary(book, story)
    _findings(book, story)
    if report.coverage:
        _coverage(book, story)
    for portfolio in portfolios(report):
        _matrix(book, portfolio)
    if report.statuses:
        _deadlines(book, story)
    props = book.wb.properties
    props.creator = f"xhht {__version__}"
    props.title = clean(story.title())
    props.created = props.modified = datetime.combine(story.as_of, datetime.min.time())
    buf = io.BytesIO()
    book.wb.save(buf)
    return stable_zip(buf.getvalue(), story.as_of)


def _summary(book: _Book, story: Story) -> None:
    ws = book.sheet("summary")
    lang = book.lang
    book.put(ws, 1, 1, story.title()).font = book.font(bold=True, size=14)
    book.put(ws, 2, 1, label("as_of.label", lang))
    book.put(ws, 2, 2, story.as_of)
    row = 4
    for col, name in enumerate((label("col.item", lang), label("col.value", lang)), 1):
        cell = book.put(ws, row, col, name)
        cell.font, cell.fill = book.head_font, book.head_fill
    for fact in story.facts():
        row += 1
        book.put(ws, row, 1, label(fact.key, lang))
        book.put(ws, row, 2, fact.value)
    row += 2
    header = [label("col." + k, lang) for k in PLAN_KEYS] + ["id", label("col.file_plan", lang)]
    for col, name in enumerate(header, 1):
        cell = book.put(ws, row, col, name, wrap=True)
        cell.font, cell.fill = book.head_font, book.head_fill
    for p, values in zip(story.report.plans, story.plan_rows(), strict=True):
        row = row + 1
        for col, value in enumerate([*values, p.id, p.file], 1):
            book.put(ws, row, col, value, wrap=col == 2)
    for letter, width in zip("ABCDEFGHIJK", (48, 30, 14, 10, 24, 12, 12, 12, 14, 22, 32), strict=True):
        ws.column_dimensions[letter].width = width
    book.put(ws, row + 2, 1, label("generated", lang, version=__version__)).font = book.font(italic=True)


def _findings(book: _Book, story: Story) -> None:
    ws = book.sheet("findings")
    rows = (finding_values(f, book.lang) for f in story.findings)
    book.table(ws, finding_header(book.lang), rows, [w for _, _, w in FINDING_COLUMNS])


def _coverage(book: _Book, story: Story) -> None:
    ws = book.sheet("coverage")
    lang = book.lang
    header = [label("col.plan", lang), label("col.template", lang), *coverage_header(lang)]
    rows: list[list[Any]] = []
    for cov in story.report.coverage:
        rows += [[cov.plan, cov.template, *values] for values in coverage_rows(cov)]
        done = cov.covered + cov.waived
        pct = round(100.0 * done / cov.template_tasks, 1) if cov.template_tasks else 100.0
        total = [label("ui.total", lang), "", cov.template_tasks, cov.covered, cov.waived, len(cov.missing), pct]
        rows.append([cov.plan, cov.template, *total, ", ".join(cov.missing)])
    end = book.table(ws, header, rows, [22, 16, 9, 48, 12, 10, 10, 10, 10, 30])
    for r in range(2, end + 1):
        if ws.cell(row=r, column=3).value == label("ui.total", lang):
            for c in range(1, len(header) + 1):
                ws.cell(row=r, column=c).font = book.bold


def _matrix(book: _Book, p: Portfolio) -> None:
    """Template tasks by plan, one coloured cell each; totals per plan under it, and the provinces without a plan."""
    ws = book.sheet("matrix")
    lang = book.lang
    header = [label("col.task", lang), label("col.title", lang), *p.names]
    rows = matrix_rows(p)
    shown = [[task, title, *(label("cell." + _mark_key(m), lang) for m in marks)] for task, title, marks in rows]
    last = book.table(ws, header, shown, [10, 50, *(16 for _ in p.plans)])
    for r, (_, _, marks) in enumerate(rows, 2):
        for c, mark in enumerate(marks, 3):
            cell = ws.cell(row=r, column=c)
            cell.fill = book.fill("solid", fgColor=MARK_FILL.get(mark, "FFFFFF"))
            cell.font = book.font(color=MARK_FONT.get(mark, "000000"))
    for key in ("covered", "waived", "missing", "n/a"):
        last += 1
        book.put(ws, last, 2, label("ui.total", lang) + ": " + label("cell." + _mark_key(key), lang)).font = book.bold
        for c, plan in enumerate(p.plans, 3):
            book.put(ws, last, c, p.totals[plan].get(key, 0)).font = book.bold
    book.put(ws, last + 2, 1, portfolio_name(p, lang)).font = book.bold
    if p.obliged:
        names = ", ".join(p.without_plan) or label("none", lang)
        book.put(ws, last + 3, 1, label("without_plan", lang, n=len(p.without_plan), total=p.obliged))
        book.put(ws, last + 3, 2, names, wrap=True)
    ws.freeze_panes = "C2"


def _mark_key(mark: str) -> str:
    return "na" if mark == "n/a" else mark


def _deadlines(book: _Book, story: Story) -> None:
    ws = book.sheet("deadlines")
    lang = book.lang
    groups = by_lead(story.report.statuses)
    rows = [deadline_values(lead, s, lang) for lead, items in groups for s in items]
    book.table(ws, deadline_header(lang), rows, [36, 20, 10, 50, 12, 8, 18, 8])
    fills = {label("ui.status." + k, lang): v for k, v in STATUS_FILL.items()}
    for r in range(2, len(rows) + 2):
        cell = ws.cell(row=r, column=7)
        if cell.value in fills:
            cell.fill = book.fill("solid", fgColor=fills[cell.value])
    counts = book.sheet("by_body")
    header = [label("col.lead", lang), *(label("ui.status." + k, lang) for k in STATUS_ORDER)]
    book.table(counts, header, ([lead, *status_counts(items)] for lead, items in groups), [44, *(14,) * 7])
