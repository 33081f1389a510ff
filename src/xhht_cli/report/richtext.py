"""`--format text` drawn with rich: findings grouped by file (`file:line:col  CODE  message`), then tables.

Colour only on a terminal and never with `NO_COLOR`; the CLI decides and passes `color`.
"""

from __future__ import annotations

import io
from collections import Counter
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from xhht_cli.findings import STATUS_ORDER, Coverage, Report, Severity, TaskStatus
from xhht_cli.i18n import message, text
from xhht_cli.report.base import TextFormat

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_STATUS_STYLE = {"overdue": "red", "done_late": "yellow", "open": "cyan", "done_on_time": "green"}


class RichTextReporter(TextFormat):
    def _console(self, buf: io.StringIO) -> Console:
        return Console(
            file=buf,
            width=self.width or 120,
            no_color=not self.color,
            color_system="standard" if self.color else None,
            highlight=False,
            emoji=False,
            force_terminal=self.color,
            soft_wrap=False,
        )

    def t(self, key: str, **args: object) -> str:
        return text(key, self.lang, **args)

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        stream.write(self.drawn(report, view))

    def drawn(self, report: Report, view: str) -> str:
        buf = io.StringIO()
        c = self._console(buf)
        if view in ("check", "validate"):
            self.findings(c, report)
        if view in ("check", "coverage"):
            for cov in report.coverage:
                c.print(self.coverage_table(cov))
                if view == "coverage" and cov.missing:
                    c.print(Text(f"{self.t('ui.col.missing')}: " + ", ".join(cov.missing)))
                if view == "coverage" and cov.missing_targets:
                    c.print(
                        Text(
                            f"{self.t('ui.col.targets')} {self.t('ui.col.missing').lower()}: "
                            + ", ".join(cov.missing_targets)
                        )
                    )
        if view == "deadlines":
            self.deadlines(c, report)
        if view == "bodies":
            self.bodies(c, report)
        if view in ("check", "validate"):
            self.summary(c, report)
        return buf.getvalue()

    def findings(self, c: Console, report: Report) -> None:
        if not report.findings:
            c.print(Text(self.t("ui.no-findings"), style="green"))
            return
        for file, group in groupby(report.findings, key=lambda f: f.file):
            c.print(Text(file, style="bold underline"))
            for f in group:
                line = Text(f"{f.file}:{f.line}:{f.column}  ")
                line.append(f.code, style=_STYLE[f.severity])
                line.append("  ")
                if f.task:
                    line.append(f"[{f.task}] ", style="bold")
                line.append(message(f, self.lang))
                c.print(line, soft_wrap=True)
            c.print()

    def coverage_table(self, cov: Coverage) -> Table:
        title = self.t("ui.coverage", template=cov.template, plan=cov.plan)
        caption = self.t("ui.coverage.partial") if cov.partial_template else None
        table = Table(title=title, caption=caption, title_justify="left", caption_justify="left")
        table.add_column(self.t("ui.col.section"))
        table.add_column(self.t("ui.col.title"), overflow="ellipsis", max_width=48, no_wrap=True)
        table.add_column(self.t("ui.col.template"), justify="right")
        table.add_column(self.t("ui.col.covered"), justify="right")
        table.add_column(self.t("ui.col.waived"), justify="right")
        table.add_column(self.t("ui.col.missing"), justify="right")
        with_targets = cov.template_targets > 0
        if with_targets:
            table.add_column(self.t("ui.col.targets"), justify="right")
        for s in cov.sections:
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
        total: list[str | Text] = [
            self.t("ui.total"),
            "",
            str(cov.template_tasks),
            str(cov.covered),
            str(cov.waived),
            str(len(cov.missing)),
        ]
        if with_targets:
            total.append(f"{cov.covered_targets}/{cov.template_targets}")
        table.add_row(*total, style="bold", end_section=True)
        return table

    def deadlines(self, c: Console, report: Report) -> None:
        c.print(Text(self.t("ui.deadlines", as_of=report.as_of), style="bold"))
        rows = sorted(report.statuses, key=lambda s: (s.leads[:1] or ("—",), s.due or "9999", s.task))
        for lead, group in groupby(rows, key=lambda s: s.leads[0] if s.leads else "—"):
            items = list(group)
            table = Table(title=self._lead_title(lead, items), title_justify="left")
            for col in ("ui.col.plan", "ui.col.task", "ui.col.due", "ui.col.status", "ui.col.days"):
                table.add_column(self.t(col), justify="right" if col == "ui.col.days" else "left")
            table.add_column(self.t("ui.col.title"), overflow="ellipsis", max_width=50, no_wrap=True)
            for s in items:
                status = self.t("ui.status." + s.status)
                label = s.task + (f" ({s.period})" if s.period else "")
                table.add_row(
                    s.plan,
                    label,
                    s.due or "—",
                    Text(status, style=_STATUS_STYLE.get(s.status, "")),
                    "" if s.days is None else str(s.days),
                    s.title,
                )
            c.print(table)

    def _lead_title(self, lead: str, items: list[TaskStatus]) -> str:
        counts = Counter(s.status for s in items)
        parts = [f"{self.t('ui.status.' + k)}: {counts[k]}" for k in STATUS_ORDER if counts[k]]
        return f"{lead} — " + ", ".join(parts)

    def bodies(self, c: Console, report: Report) -> None:
        table = Table(title=self.t("ui.bodies", as_of=report.as_of), title_justify="left")
        table.add_column("id")
        table.add_column(self.t("ui.col.body"), overflow="fold", max_width=44)
        table.add_column(self.t("ui.col.exists"))
        table.add_column(self.t("ui.col.successors"), overflow="fold", max_width=44)
        table.add_column(self.t("ui.col.open"), justify="right")
        table.add_column(self.t("ui.status.overdue"), justify="right")
        for b in report.bodies:
            counts = dict(b.counts)
            exists = (
                Text(self.t("ui.yes"), style="green")
                if b.exists
                else Text(self.t("ui.no") + (f" (≤ {b.until})" if b.until else ""), style="red")
            )
            table.add_row(
                b.id,
                b.name,
                exists,
                "; ".join(b.successors),
                str(counts.get("open", 0) + counts.get("overdue", 0) + counts.get("ongoing", 0)),
                str(counts.get("overdue", 0)),
            )
        c.print(table)

    def summary(self, c: Console, report: Report) -> None:
        counts = report.counts()
        tasks = sum(p.tasks for p in report.plans)
        line = Text(f"{self.t('ui.summary')}: ", style="bold")
        for i, sev in enumerate(Severity):
            if i:
                line.append(", ")
            line.append(f"{counts[sev.value]} {self.t('ui.severity.' + sev.value)}", style=_STYLE[sev])
        c.print(line)
        c.print(
            Text(
                self.t(
                    "ui.files",
                    files=report.files_read,
                    plans=len(report.plans),
                    tasks=tasks,
                    as_of=report.as_of,
                )
            )
        )
        for p in report.plans:
            if p.status == "draft":
                c.print(Text(self.t("ui.draft", plan=p.id, as_of=report.as_of), style="yellow"))
        if report.unchecked:
            c.print(
                Text(
                    self.t("ui.unchecked", n=len(report.unchecked), files=", ".join(report.unchecked)),
                    style="red",
                )
            )
        if report.skipped:
            c.print(Text(self.t("ui.skipped", n=len(report.skipped)), style="dim"))
