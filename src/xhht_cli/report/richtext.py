"""`--format text` drawn with rich: the summary and grouped findings (laid out in `layout.py`), then the tables.

Tables fit the width: cells wrap inside their column at spaces, never cut a word short. Several plans of one
template are shown side by side (`portfolio.py`). Colour only on a terminal and never with `NO_COLOR`; the CLI
decides and passes `color`.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from xhht_cli import wording
from xhht_cli.findings import STATUS_ORDER, Coverage, Report, TaskStatus
from xhht_cli.report.base import VIEWS
from xhht_cli.report.canvas import RichLayout
from xhht_cli.report.portfolio import draw_portfolios
from xhht_cli.report.story import body_rows

_STATUS_STYLE = {"overdue": "red", "done_late": "yellow", "open": "cyan", "done_on_time": "green"}


class RichTextReporter(RichLayout):
    def write(self, report: Report, view: str, stream: TextIO) -> None:
        stream.write(self.drawn(report, view))

    def drawn(self, report: Report, view: str) -> str:
        buf = io.StringIO()
        c = self._console(buf)
        shows = VIEWS[view]
        if shows.findings:
            self._lines(c, self.opening(report, view))
        if shows.coverage:
            self.coverage(c, report, view)
        if shows.statuses:
            self.deadlines(c, report)
        if shows.bodies:
            self.bodies(c, report)
        closing = self.closing(report)
        if closing:
            c.print()
            self._lines(c, closing)
        if self.color:
            return buf.getvalue()
        return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())

    # -- coverage ---------------------------------------------------------------------------------------------

    def coverage(self, c: Console, report: Report, view: str) -> None:
        in_full = VIEWS[view].coverage_in_full
        shown_together = draw_portfolios(self, c, report)
        for cov in report.coverage:
            if cov.plan in shown_together:
                continue
            c.print()
            table = self.coverage_table(cov, report, compact=not in_full)
            self._title(c, str(table.title))
            table.title = None
            c.print(table)
            if in_full and cov.missing:
                c.print(Text(f"{self.t('ui.col.missing')}: " + ", ".join(cov.missing)))
            if in_full and cov.missing_targets:
                c.print(
                    Text(f"{self.t('ui.col.targets')} – {self.t('ui.col.missing')}: " + ", ".join(cov.missing_targets))
                )

    def coverage_table(self, cov: Coverage, report: Report | None = None, compact: bool = False) -> Table:
        """The coverage of one plan per template section. `compact` (in `check`): the sections with something
        missing or waived, one row for the others together, and the total."""
        template = self.doc_name(report, cov.template, template=True) if report else cov.template
        plan = self.doc_name(report, cov.plan) if report else cov.plan
        title = self.t("ui.coverage", template=template, plan=plan)
        caption = self.t("ui.coverage.partial") if cov.partial_template else None
        table = self.table(title, caption)
        table.add_column(self.t("ui.col.section"), no_wrap=True)
        table.add_column(self.t("ui.col.title"), overflow="fold", ratio=1)
        for key in ("ui.col.template", "ui.col.covered", "ui.col.waived", "ui.col.missing"):
            table.add_column(self.t(key), justify="right", overflow="fold")
        with_targets = cov.template_targets > 0
        if with_targets:
            table.add_column(self.t("ui.col.targets"), justify="right")
        sections = [s for s in cov.sections if s.missing or s.waived or s.missing_targets] if compact else cov.sections
        for s in sections:
            row: list[str | Text] = [
                s.section,
                s.title,
                str(s.template_tasks),
                str(s.covered),
                str(s.waived),
                Text(", ".join(s.missing) or "0", style="red" if s.missing else "green"),
            ]
            if with_targets:
                row.append(f"{s.covered_targets}/{s.template_targets}" if s.template_targets else "")
            table.add_row(*row)
        rest = [s for s in cov.sections if s not in sections]
        # when every section is complete the total says so itself: a row of "the other sections" would repeat it
        if rest and sections:
            row = [
                "",
                Text(self.t("ui.coverage.rest", n=len(rest)), style="dim"),
                str(sum(s.template_tasks for s in rest)),
                str(sum(s.covered for s in rest)),
                str(sum(s.waived for s in rest)),
                "0",
            ]
            if with_targets:
                targets = sum(s.template_targets for s in rest)
                row.append(f"{sum(s.covered_targets for s in rest)}/{targets}" if targets else "")
            table.add_row(*row)
        total: list[str | Text] = [
            self.t("ui.total"),
            Text(self.t("ui.coverage.all", n=len(rest)), style="dim") if rest and not sections else "",
            str(cov.template_tasks),
            str(cov.covered),
            str(cov.waived),
            str(len(cov.missing)),
        ]
        if with_targets:
            total.append(f"{cov.covered_targets}/{cov.template_targets}")
        table.add_row(*total, style="bold")
        return table

    # -- deadlines --------------------------------------------------------------------------------------------

    def status_label(self, s: TaskStatus) -> str:
        """The status in words; an ongoing task by the word its deadline uses ("định kỳ", "thường xuyên")."""
        if s.status == "ongoing" and s.deadline and self.lang == "vi":
            return s.deadline.strip()
        return self.t("ui.status." + s.status)

    def deadlines(self, c: Console, report: Report) -> None:
        from xhht_cli.report.bodies import by_body

        c.print(Text(self.t("ui.deadlines", as_of=wording.day(report.as_of, self.lang)), style="bold"))
        several = len({s.plan for s in report.statuses}) > 1
        for name, items in by_body(report.statuses):
            table = self.table(self._lead_title(name, items))
            if several:
                table.add_column(self.t("ui.col.plan"), overflow="fold")
            table.add_column(self.t("ui.col.task"), no_wrap=True)
            table.add_column(self.t("ui.col.due"), no_wrap=True)
            table.add_column(self.t("ui.col.status"), overflow="fold")
            table.add_column(self.t("ui.col.days"), justify="right", overflow="fold", max_width=9)
            table.add_column(self.t("ui.col.title"), overflow="fold", ratio=1)
            for s in items:
                row: list[str | Text] = [self.doc_name(report, s.plan)] if several else []
                late = s.status in ("overdue", "done_late") and s.days is not None
                row += [
                    s.task + (f" ({s.period})" if s.period else ""),
                    wording.day(s.due, self.lang) if s.due else "—",
                    Text(self.status_label(s), style=_STATUS_STYLE.get(s.status, "")),
                    wording.number(s.days, self.lang) if late else "",
                    s.title,
                ]
                table.add_row(*row)
            c.print()
            c.print(table)

    def _lead_title(self, lead: str, items: list[TaskStatus]) -> str:
        counts = Counter(s.status for s in items)
        parts = [f"{self.t('ui.status.' + k)}: {counts[k]}" for k in STATUS_ORDER if counts[k]]
        return f"{lead} — " + ", ".join(parts)

    # -- bodies -----------------------------------------------------------------------------------------------

    def bodies(self, c: Console, report: Report) -> None:
        from xhht_cli.report.bodies import open_tasks

        table = self.table(self.t("ui.bodies", as_of=wording.day(report.as_of, self.lang)))
        with_tasks = bool(report.plans)
        table.add_column(self.t("ui.col.body"), overflow="fold", ratio=2)
        table.add_column(self.t("ui.col.exists"), overflow="fold")
        table.add_column(self.t("ui.col.successors"), overflow="fold", ratio=2)
        if with_tasks:
            table.add_column(self.t("ui.col.open"), justify="right", overflow="fold")
            table.add_column(self.t("ui.col.overdue"), justify="right", overflow="fold")
        for b in body_rows(report):
            exists = (
                Text(self.t("ui.yes"), style="green")
                if b.exists
                else Text(
                    self.t("ui.no")
                    + (f" ({self.t('ui.ended', date=wording.day(b.until, self.lang))})" if b.until else ""),
                    style="red",
                )
            )
            row: list[str | Text] = [b.name, exists, "; ".join(b.successors)]
            if with_tasks:
                counts = dict(b.counts)
                row += [str(open_tasks(counts)), str(counts.get("overdue", 0))]
            table.add_row(*row)
        c.print(table)
        if not with_tasks:
            c.print(Text(self.t("ui.bodies.no-plans"), style="dim"))
