"""`--format text`: findings grouped by file (`file:line:col  CODE  message`), then tables.

Tables and colour are drawn by rich (`richtext.py`). The pre-commit case, `xhht validate` writing to a pipe, has no
table and no colour, so it is written here directly and rich is not imported: that is a third of its start-up.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from xhht_cli.findings import Report, Severity
from xhht_cli.i18n import message, text
from xhht_cli.report.base import TextFormat


class TextReporter(TextFormat):
    def write(self, report: Report, view: str, stream: TextIO) -> None:
        if view == "validate" and not self.color:
            stream.write(self.plain(report))
            return
        from xhht_cli.report.richtext import RichTextReporter

        RichTextReporter(self.lang, color=self.color, width=self.width).write(report, view, stream)

    def plain(self, report: Report) -> str:
        """Findings and the summary, as rich would print them without colour."""
        lang = self.lang
        out: list[str] = []
        if not report.findings:
            out.append(text("ui.no-findings", lang))
        for file, group in groupby(report.findings, key=lambda f: f.file):
            out.append(file)
            for f in group:
                task = f"[{f.task}] " if f.task else ""
                out.append(f"{f.file}:{f.line}:{f.column}  {f.code}  {task}{message(f, lang)}")
            out.append("")
        counts = report.counts()
        parts = ", ".join(f"{counts[s.value]} {text('ui.severity.' + s.value, lang)}" for s in Severity)
        out.append(f"{text('ui.summary', lang)}: {parts}")
        tasks = sum(p.tasks for p in report.plans)
        out.append(
            text("ui.files", lang, files=report.files_read, plans=len(report.plans), tasks=tasks, as_of=report.as_of)
        )
        for p in report.plans:
            if p.status == "draft":
                out.append(text("ui.draft", lang, plan=p.id, as_of=report.as_of))
        if report.unchecked:
            out.append(text("ui.unchecked", lang, n=len(report.unchecked), files=", ".join(report.unchecked)))
        if report.skipped:
            out.append(text("ui.skipped", lang, n=len(report.skipped)))
        return "\n".join(out) + "\n"
