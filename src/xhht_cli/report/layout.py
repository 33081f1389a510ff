"""`--format text` laid out: the summary and the findings grouped by file (one fact said once), as lines of styled
pieces that fit the width (the terminal's, or `COLUMNS`): a long line wraps at a space, with a hanging indent under
its message. No rich here: `text.py` writes these lines plainly, `richtext.py` draws them with the tables and colour.
"""

from __future__ import annotations

import textwrap

from xhht_cli.findings import Report, Severity
from xhht_cli.i18n import text
from xhht_cli.report.base import TextFormat
from xhht_cli.report.story import Entry, closing_lines, entries, shown, summary_lines

DEFAULT_WIDTH = 100
"""When neither the terminal nor `COLUMNS` says (output to a file or a pipe)."""

Piece = tuple[str, str]
"""A piece of a line and its rich style ("" for none)."""
Line = list[Piece]

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def wrap(first: Line, body: str, width: int, indent: int | None = None) -> list[Line]:
    """`first` (a head of styled pieces) followed by `body`, wrapped at spaces to `width`; the lines after the
    first start under the body (or `indent` columns in). A word longer than a whole line is the only thing ever
    split."""
    head = sum(len(t) for t, _ in first)
    hang = head if indent is None else indent
    hang = hang if width - hang >= 20 else min(4, hang)  # a narrow terminal: a short indent rather than a column
    rows = textwrap.wrap(
        body,
        width=width,
        initial_indent=" " * head,
        subsequent_indent=" " * hang,
        break_long_words=True,
        break_on_hyphens=False,
    )
    if not rows:
        return [first]
    lines: list[Line] = [[*first, (rows[0][head:], "")]]
    lines += [[(row, "")] for row in rows[1:]]
    return lines


class TextLayout(TextFormat):
    """The summary and the findings of `--format text` as lines of styled pieces, wrapped to the width; the
    reporters (`text`, and `richtext` for the tables and colour) write them."""

    @property
    def columns(self) -> int:
        return self.width or DEFAULT_WIDTH

    def t(self, key: str, **args: object) -> str:
        return text(key, self.lang, **args)

    def plain(self, report: Report, view: str = "validate") -> str:
        """The summary and the findings, as the coloured output prints them without colour."""
        closing = self.closing(report)
        lines = [*self.opening(report, view), *([[("", "")], *closing] if closing else [])]
        return "".join("".join(t for t, _ in line).rstrip() + "\n" for line in lines)

    # -- the parts -----------------------------------------------------------------------------------------------

    def opening(self, report: Report, view: str) -> list[Line]:
        """The summary, then the findings it lists."""
        listed, hidden = shown(report, self.show_info)
        out: list[Line] = []
        head, per_plan = summary_lines(report, self.lang, hidden, view)
        for i, line in enumerate(head):
            out += wrap([], line, self.columns, indent=2) if i else self._bold(line)
        for facts in per_plan:
            for fact in facts:
                out += wrap([("- ", "")], fact, self.columns)
        out.append([("", "")])
        out += self.findings(entries(listed, self.lang), report)
        return out

    def _bold(self, line: str) -> list[Line]:
        return [[(t, "bold") for t, _ in row] for row in wrap([], line, self.columns, indent=2)]

    def findings(self, found: list[Entry], report: Report) -> list[Line]:
        if not report.findings:
            return [[(self.t("ui.no-findings"), "green")]]
        if not found:
            return []
        files = list(dict.fromkeys(e.file for e in found))
        out: list[Line] = []
        if len(files) > 1 or len(report.plans) != 1:  # (one plan: the summary has named its file)
            title = self.t("ui.findings.all" if self.show_info else "ui.findings")
            out += [[(row, "bold") for row, _ in line] for line in wrap([], title, self.columns, 2)]
        sev_width = max(len(self.t("ui.severity." + e.severity.value)) for e in found)
        by_file: dict[str, list[Entry]] = {}
        for e in found:
            by_file.setdefault(e.file, []).append(e)
        for file, group in by_file.items():
            if len(files) > 1:
                out += [[(row, "bold underline") for row, _ in line] for line in wrap([], file, self.columns, 2)]
            loc_width = max(len(f"{e.line}:{e.column}") for e in group)
            for e in group:
                out += self.entry(e, loc_width, sev_width)
        return out

    def entry(self, e: Entry, loc_width: int, sev_width: int) -> list[Line]:
        sev = self.t("ui.severity." + e.severity.value)
        head: Line = [
            ("  " + f"{e.line}:{e.column}".ljust(loc_width) + "  ", ""),
            (sev.ljust(sev_width), STYLE[e.severity]),
            ("  ", ""),
            (e.code, STYLE[e.severity]),
            ("  ", ""),
        ]
        body = e.message
        if e.rows:
            out = wrap(head, body, self.columns, indent=self.hang(loc_width))
            task_width = min(max(len(t) for _, t, _ in e.rows), 9)
            for _, task, detail in e.rows:
                row: Line = [(" " * self.hang(loc_width), ""), (task.ljust(task_width) + "  ", "bold")]
                out += wrap(row, detail, self.columns, indent=self.hang(loc_width) + task_width + 2)
            return out
        if e.tasks and (e.code != "A003" or e.count == 1):
            body = f"[{', '.join(e.tasks)}] {body}"
        return wrap(head, body, self.columns, indent=self.hang(loc_width))

    def hang(self, loc_width: int) -> int:
        """Where the lines after a finding's first start: under its location's end, so that the message keeps most
        of the width (a column of messages 26 columns in would double the lines at 80 columns)."""
        return 4

    def closing(self, report: Report) -> list[Line]:
        return [line for row in closing_lines(report, self.lang) for line in wrap([], row, self.columns, 2)]
