"""What `--format text` draws with rich, below the reporter that draws it (`richtext.py`) and the portfolio matrix
(`portfolio.py`): the console, styled lines, titles wrapped to the width, and tables of one style."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from xhht_cli.findings import Report
from xhht_cli.report.layout import Line, TextLayout, wrap
from xhht_cli.report.story import doc_name


class RichLayout(TextLayout):
    """The text layout with rich's means of drawing it."""

    def _console(self, buf: io.StringIO) -> Console:
        return Console(
            file=buf,
            width=self.columns,
            no_color=not self.color,
            color_system="standard" if self.color else None,
            highlight=False,
            emoji=False,
            force_terminal=self.color,
            soft_wrap=False,
        )

    def _lines(self, c: Console, lines: list[Line]) -> None:
        for line in lines:
            row = Text()
            for piece, style in line:
                row.append(piece, style=style or None)
            c.print(row, no_wrap=True, overflow="ignore")

    def _title(self, c: Console, title: str) -> None:
        """A table's title, wrapped to the width rather than to the table's."""
        self._lines(c, [[(t, "bold") for t, _ in line] for line in wrap([], title, self.columns, indent=2)])

    def doc_name(self, report: Report, plan_id: str, template: bool = False) -> str:
        return doc_name(report, plan_id, self.lang, template)

    def table(self, title: str | None = None, caption: str | None = None) -> Table:
        return Table(
            title=title,
            caption=caption,
            title_justify="left",
            caption_justify="left",
            box=None,
            header_style="bold underline",
            pad_edge=False,
            collapse_padding=True,
            show_edge=False,
        )
