"""`--format text`: the summary first, then the errors and warnings grouped by file (one fact said once), then the
tables.

Every line fits the width (the terminal's, or `COLUMNS`): a long line wraps at a space, with a hanging indent under
its message. The summary and findings are laid out as lines of styled pieces (`layout.py`); rich draws the tables and
the colour (`richtext.py`). The pre-commit case, `xhht validate` writing to a pipe, has no table and no colour, so it is
written from these lines directly and rich is not imported: that is a third of its start-up.
"""

from __future__ import annotations

from typing import TextIO

from xhht_cli.findings import Report
from xhht_cli.report.base import VIEWS
from xhht_cli.report.layout import TextLayout


class TextReporter(TextLayout):
    def write(self, report: Report, view: str, stream: TextIO) -> None:
        if VIEWS[view].plain and not self.color:
            stream.write(self.plain(report, view))
            return
        from xhht_cli.report.richtext import RichTextReporter

        RichTextReporter(self.lang, color=self.color, width=self.columns, show_info=self.show_info).write(
            report, view, stream
        )
