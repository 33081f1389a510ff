"""`--format docx`: "Báo cáo rà soát việc cụ thể hóa và thực hiện Kế hoạch …", a Word document an office can sign
and send (python-docx, from the `reports` extra; written only to a file, `-o`).

Laid out as Nghị định 30/2020/NĐ-CP sets out for administrative documents: A4, Times New Roman 13 (14 for the
title), margins 20 mm top and bottom, 30 mm left, 15 mm right, the national motto at the head, the page number
at the top centre from the second page, "Nơi nhận" and the signature block at the end. Sections are numbered
I, II, III…, tables "Bảng 1", "Bảng 2"…; dates are written 30/9/2020 (30 September 2020 in English).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from xhht_cli import __version__
from xhht_cli.findings import STATUS_ORDER, Finding, Report
from xhht_cli.report.base import VIEWS
from xhht_cli.report.labels import clean, label, long_date, number, percent, percent_text, require
from xhht_cli.report.tables import (
    MARK_SYMBOLS,
    PLAN_KEYS,
    Story,
    by_lead,
    matrix_rows,
    portfolio_name,
    portfolios,
    status_counts,
    successors_text,
)

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
FONT = "Times New Roman"


class _Doc:
    """The document being written, its counters (sections, tables) and the python-docx names it uses."""

    def __init__(self, lang: str) -> None:
        docx = require("docx", "docx")
        from docx.enum.section import WD_ORIENT
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        self.lang = lang
        self.doc = docx.Document()
        self.Pt, self.Mm, self.center = Pt, Mm, WD_ALIGN_PARAGRAPH.CENTER
        self.justify, self.right = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.RIGHT
        self.table_center = WD_TABLE_ALIGNMENT.CENTER
        self.OxmlElement, self.qn = OxmlElement, qn
        self.sections = 0
        self.tables = 0
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = FONT, Pt(13)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        self._page_numbers(sec)

    def _page_numbers(self, sec: Any) -> None:
        """The page number at the top centre, not on the first page (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
        sec.different_first_page_header_footer = True
        para = sec.header.paragraphs[0]
        para.alignment = self.center
        run = para.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                el = self.OxmlElement("w:fldChar")
                el.set(self.qn("w:fldCharType"), kind)
            else:
                el = self.OxmlElement("w:instrText")
                el.set(self.qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)

    def para(
        self,
        text: str = "",
        *,
        bold: bool = False,
        italic: bool = False,
        size: int = 13,
        align: Any = None,
        indent: bool = False,
    ) -> Any:
        p = self.doc.add_paragraph()
        if text:
            run = p.add_run(clean(text))
            run.bold, run.italic, run.font.size = bold, italic, self.Pt(size)
        p.alignment = align if align is not None else self.justify
        if indent:
            p.paragraph_format.first_line_indent = self.Mm(10)
        return p

    def heading(self, key: str) -> None:
        """A numbered section heading: I. TỔNG QUAN."""
        self.sections += 1
        self.para(f"{ROMAN[self.sections - 1]}. {label(key, self.lang).upper()}", bold=True, align=None)

    def table(self, caption: str, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[int]) -> None:
        """A numbered table with its caption above it, the header row repeated on every page."""
        self.tables += 1
        cap = self.para(f"{label('table', self.lang, n=self.tables)}. {caption}", bold=True, size=12, align=self.center)
        cap.paragraph_format.keep_with_next = True
        if not rows:
            self.para(label("none", self.lang), italic=True, indent=True)
            return
        t = self.doc.add_table(rows=3, cols=len(header))
        t.style = "Table Grid"
        t.alignment = self.table_center
        t.autofit = False
        for column, width in zip(t.columns, widths, strict=True):
            column.width = self.Mm(width)  # the grid, which LibreOffice lays out by; Word goes by the cells'
        head, plain, centred = t.rows
        grid = [head.cells, plain.cells, centred.cells]
        for i, (name, width) in enumerate(zip(header, widths, strict=True)):
            self._cell(grid[0][i], name, bold=True)
            self._cell(grid[1][i], "")
            self._cell(grid[2][i], 0)
            for row_cells in grid:
                row_cells[i].width = self.Mm(width)
        trpr = head._tr.get_or_add_trPr()
        repeat = self.OxmlElement("w:tblHeader")
        repeat.set(self.qn("w:val"), "true")
        trpr.append(repeat)
        # python-docx makes a cell in about a millisecond; a portfolio's tables have thousands. The rows are copies
        # of a styled row (plain or centred cell per column), with their text set: the same XML, 20 times faster.
        tbl, tc = t._tbl, self.qn("w:tc")
        cells = [list(plain._tr.iterchildren(tc)), list(centred._tr.iterchildren(tc))]
        empty_tr = copy.deepcopy(plain._tr)
        for cell in list(empty_tr.iterchildren(tc)):
            empty_tr.remove(cell)
        tbl.remove(plain._tr)
        tbl.remove(centred._tr)
        for values in rows:
            tr = copy.deepcopy(empty_tr)
            for i, value in enumerate(values):
                numeric = isinstance(value, int) and not isinstance(value, bool)
                cell = copy.deepcopy(cells[numeric][i])
                text = number(value, self.lang) if numeric else clean("" if value is None else str(value))
                run_text = cell.find(".//" + self.qn("w:t"))
                run_text.text = text
                run_text.set(self.qn("xml:space"), "preserve")
                tr.append(cell)
            tbl.append(tr)
        self.para("")

    def _cell(self, cell: Any, value: Any, *, bold: bool = False) -> None:
        para = cell.paragraphs[0]
        if isinstance(value, int) and not isinstance(value, bool):
            value, para.alignment = number(value, self.lang), self.center
        run = para.add_run(clean("" if value is None else str(value)) or " ")
        run.bold = bold
        run.font.size = self.Pt(11)
        if bold:
            para.alignment = self.center
        para.paragraph_format.space_after = self.Pt(0)
        para.paragraph_format.line_spacing = 1.0


def render_docx(report: Report, view: str, lang: str) -> bytes:
    from xhht_cli.report.office import stable_zip

    story = Story.of(report, lang)
    d = _Doc(lang)
    _head(d, story)
    _summary(d, story)
    if report.coverage:
        _coverage(d, story)
    if VIEWS[view].task_tables:
        _task_tables(d, story)
    if report.statuses:
        _deadlines(d, story)
    _signature(d)
    core = d.doc.core_properties
    core.author = f"xhht {__version__}"
    core.title = clean(story.title())
    core.created = core.modified = datetime.combine(story.as_of, datetime.min.time())
    core.last_modified_by = ""
    core.revision = 1
    buf = io.BytesIO()
    d.doc.save(buf)
    return stable_zip(buf.getvalue(), story.as_of)


def _head(d: _Doc, story: Story) -> None:
    """The national motto, the place and date line, and the title (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    lang = d.lang
    d.para(label("nation", lang), bold=True, size=13, align=d.center).paragraph_format.space_after = d.Pt(0)
    d.para(label("motto", lang), bold=True, size=14, align=d.center)
    day = story.as_of  # "ngày 05 tháng 01 năm 2026": a zero before days under 10 and months 1 and 2 (Phụ lục I)
    dated = (
        f"ngày {day.day:02d} tháng {day.month:0{2 if day.month < 3 else 1}d} năm {day.year}"
        if lang == "vi"
        else long_date(day, lang)
    )
    d.para(dated, italic=True, size=14, align=d.right)
    d.para(label("report", lang), bold=True, size=14, align=d.center).paragraph_format.space_after = d.Pt(0)
    d.para(label("subject", lang, plans=story.subject()), bold=True, size=14, align=d.center)
    d.para(label("as_of", lang, date=long_date(day, lang)), italic=True, align=d.center)


def _summary(d: _Doc, story: Story) -> None:
    lang = d.lang
    d.heading("sec.summary")
    rows = [[i, label(f.key, lang), f.value] for i, f in enumerate(story.facts(), 1)]
    d.table(
        label("sec.summary", lang),
        [label("col.no", lang), label("col.item", lang), label("col.value", lang)],
        rows,
        [12, 110, 40],
    )
    plans = [[i, *row] for i, row in enumerate(story.plan_rows(), 1)]
    for row in plans:
        row[3] = long_date(row[3], lang)
    header = [label("col." + k, lang) for k in ("no", *PLAN_KEYS)]
    d.table(label("sec.plans", lang), header, plans, [9, 24, 26, 17, 12, 24, 13, 13, 13, 14])
    for f in story.late_issuance:
        d.para(_msg(f, lang), indent=True)


def _msg(f: Finding, lang: str) -> str:
    from xhht_cli.i18n import message

    return message(f, lang)


def _coverage(d: _Doc, story: Story) -> None:
    lang = d.lang
    d.heading("sec.coverage")
    header = [label("col." + k, lang) for k in ("section", "title", "template_tasks", "covered", "waived", "missing")]
    for cov in story.report.coverage:
        rows: list[list[Any]] = [
            [s.section, s.title, s.template_tasks, s.covered, s.waived, ", ".join(s.missing) or 0] for s in cov.sections
        ]
        pct = percent_text(percent(cov.covered + cov.waived, cov.template_tasks), lang)
        rows.append([label("ui.total", lang), pct, cov.template_tasks, cov.covered, cov.waived, len(cov.missing)])
        d.table(story.coverage_caption(cov), header, rows, [16, 80, 20, 16, 14, 19])
        if cov.partial_template:
            d.para(label("partial", lang), italic=True, indent=True)
    for p in portfolios(story.report):
        marks = MARK_SYMBOLS[lang]
        rows = [[task, title, *(marks.get(m, m) for m in cells)] for task, title, cells in matrix_rows(p)]
        for key in ("covered", "waived", "missing"):
            rows.append(
                ["", f"{label('ui.total', lang)}: {label('cell.' + key, lang)}"]
                + [p.totals[plan].get(key, 0) for plan in p.plans]
            )
        width = max(8, (165 - 70) // max(1, len(p.plans)))
        d.table(
            f"{label('sec.matrix', lang)}: {portfolio_name(p, lang)}",
            [label("col.task", lang), label("col.title", lang), *p.names],
            rows,
            [18, 52, *(width,) * len(p.plans)],
        )
        legend = "; ".join(f"{v} {label('cell.' + ('na' if k == 'n/a' else k), lang)}" for k, v in marks.items())
        d.para(legend, italic=True, size=11)
        if p.obliged:
            names = ", ".join(p.without_plan) or label("none", lang)
            d.para(f"{label('without_plan', lang, n=len(p.without_plan), total=p.obliged)}: {names}", indent=True)


def _task_tables(d: _Doc, story: Story) -> None:
    lang = d.lang
    d.heading("sec.overdue")
    header = [label("col." + k, lang) for k in ("no", "plan", "task", "deadline", "days_overdue", "message")]
    rows = [
        [
            i,
            story.name_of(f.plan or ""),
            f.task,
            long_date(f.data.get("deadline"), lang),
            f.data.get("days_overdue"),
            _msg(f, lang),
        ]
        for i, f in enumerate(story.overdue, 1)
    ]
    d.table(label("sec.overdue", lang), header, rows, [10, 32, 16, 22, 18, 67])
    d.heading("sec.defunct")
    header = [label("col." + k, lang) for k in ("no", "plan", "task", "body", "until", "successors")]
    rows = [
        [
            i,
            story.name_of(f.plan or ""),
            f.task,
            str(f.data.get("name") or f.data.get("body") or ""),
            long_date(f.data.get("until"), lang),
            successors_text(f.data.get("successors")),
        ]
        for i, f in enumerate(story.defunct, 1)
    ]
    d.table(label("sec.defunct", lang), header, rows, [10, 30, 16, 45, 20, 44])
    d.heading("sec.unassigned")
    header = [label("col." + k, lang) for k in ("no", "plan", "task", "message")]
    rows = [[i, story.name_of(f.plan or ""), f.task, _msg(f, lang)] for i, f in enumerate(story.unassigned, 1)]
    d.table(label("sec.unassigned", lang), header, rows, [10, 40, 20, 95])


def _deadlines(d: _Doc, story: Story) -> None:
    lang = d.lang
    d.heading("sec.deadlines")
    groups = by_lead(story.report.statuses)
    header = [label("col.lead", lang), *(label("ui.status." + k, lang) for k in STATUS_ORDER)]
    rows = [[lead, *status_counts(items)] for lead, items in groups]
    d.table(label("sec.deadlines", lang), header, rows, [39, *(18,) * len(STATUS_ORDER)])


def _signature(d: _Doc) -> None:
    """ "Nơi nhận" on the left, the signer on the right, as the last block of the document."""
    t = d.doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width, right.width = d.Mm(80), d.Mm(85)
    p = left.paragraphs[0]
    run = p.add_run(label("recipients", d.lang) + ":")
    run.bold, run.italic, run.font.size = True, True, d.Pt(12)
    p = right.paragraphs[0]
    p.alignment = d.center
    run = p.add_run(label("signer", d.lang))
    run.bold, run.font.size = True, d.Pt(13)
