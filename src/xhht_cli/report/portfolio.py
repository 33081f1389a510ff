"""The portfolio matrix in text: plans implementing one template side by side.

Template tasks are rows (id and short title), plans are columns headed by an abbreviation of their province with a
legend below, and a mark per cell. A portfolio wider than the terminal is cut into pages of as many provinces as fit
(34 provinces: 4 pages at 80 columns, 3 at 100). Template tasks that every plan covers, or that concern none of
them, are named in one line each rather than drawn as rows of identical marks; the full matrix in one piece is in
Markdown and in JSON.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from xhht_cli import wording
from xhht_cli.findings import Report
from xhht_cli.report.layout import wrap
from xhht_cli.summary import Portfolio, portfolios

if TYPE_CHECKING:
    from xhht_cli.report.canvas import RichLayout

MARK = {"covered": ("✓", "green"), "missing": ("✗", "bold red"), "waived": ("○", "yellow"), "n/a": ("·", "dim")}
TITLE_MIN = 22
"""The least width left for the titles of template tasks."""


def abbreviations(names: tuple[str, ...]) -> tuple[str, ...]:
    """Short, distinct column heads: the initials of each name ("Hải Phòng" -> "HP", "Thành phố Hồ Chí Minh" ->
    "HCM"), lengthened from the last word where two would be the same ("Hà Nam" -> "HNa", "Hà Nội" -> "HNo")."""

    def words(name: str) -> list[str]:
        ws = name.replace("(", " ").replace(")", " ").replace("-", " ").split()
        if len(ws) > 2 and ws[0].lower() == "thành" and ws[1].lower() == "phố":
            ws = ws[2:]
        return ws or [name]

    def initials(ws: list[str], extra: int) -> str:
        head = "".join(unicodedata.normalize("NFC", w)[0].upper() for w in ws)
        return head + ws[-1][1 : 1 + extra]

    out = [initials(words(n), 0) for n in names]
    for extra in range(1, 6):
        dup = {a for a in out if out.count(a) > 1}
        if not dup:
            break
        out = [initials(words(n), extra) if a in dup else a for n, a in zip(names, out, strict=True)]
    seen: dict[str, int] = {}
    final = []
    for a in out:  # still the same (two plans of one province): number them
        seen[a] = seen.get(a, 0) + 1
        final.append(a if out.count(a) == 1 else f"{a}{seen[a]}")
    return tuple(final)


def draw_portfolios(rep: RichLayout, c: Console, report: Report) -> set[str]:
    """Draw the matrix of every template with two plans or more; the ids of the plans drawn."""
    drawn: set[str] = set()
    for p in portfolios(report):
        if len(p.plans) < 2:
            continue
        _draw(rep, c, p)
        drawn.update(p.plans)
    return drawn


def _draw(rep: RichLayout, c: Console, p: Portfolio) -> None:
    lang = rep.lang
    heads = abbreviations(p.names)
    cell = max(len(h) for h in heads)
    id_width = max(len(t) for t, _ in p.rows) if p.rows else 4
    per_page = max(1, (rep.columns - id_width - TITLE_MIN - 3) // (cell + 1))
    count = -(-len(p.plans) // per_page)
    size = -(-len(p.plans) // count)  # pages of even size: 34 provinces at 11 a page are 9, 9, 8 and 8
    pages = [range(i, min(i + size, len(p.plans))) for i in range(0, len(p.plans), size)]
    # rows where every plan has the same mark (all covered, or none concerned) are said in one line each
    same = {m: [t for t, _ in p.rows if all(p.matrix[t][plan] == m for plan in p.plans)] for m in ("covered", "n/a")}
    rows = [(t, label) for t, label in p.rows if t not in same["covered"] and t not in same["n/a"]]
    template = wording.document(p.template_document.number if p.template_document else None, lang, p.template)
    c.print()
    c.print(Text(rep.t("ui.portfolio", template=template, n=len(p.plans)), style="bold"))
    for number, page in enumerate(pages, 1):
        title = rep.t("ui.portfolio.page", page=number, pages=len(pages)) if len(pages) > 1 else None
        table = rep.table(title)
        table.add_column(rep.t("ui.col.task"), no_wrap=True)
        table.add_column(rep.t("ui.col.title"), overflow="fold", ratio=1)
        for i in page:
            table.add_column(heads[i], justify="center", no_wrap=True, min_width=cell)
        for task, label in rows:
            marks = [Text(*MARK[p.matrix[task][p.plans[i]]]) for i in page]
            table.add_row(task, label, *marks)
        table.add_section()
        table.add_row(rep.t("ui.total"), "", *[Text(str(p.totals[p.plans[i]]["covered"]), style="bold") for i in page])
        c.print(table)
    legend = rep.t(
        "ui.portfolio.legend",
        covered=MARK["covered"][0],
        missing=MARK["missing"][0],
        waived=MARK["waived"][0],
        na=MARK["n/a"][0],
    )
    for mark, key in (("covered", "ui.portfolio.all-covered"), ("n/a", "ui.portfolio.none-concerned")):
        if same[mark]:
            rep_lines(rep, c, rep.t(key, n=len(same[mark]), tasks=", ".join(same[mark])))
    names = "; ".join(f"{h} {n}" for h, n in zip(heads, p.names, strict=True))
    for row in (legend, names + "."):
        rep_lines(rep, c, row)
    if len(pages) > 1 or len(rows) < len(p.rows):
        rep_lines(rep, c, rep.t("ui.portfolio.full"))
    if p.without_plan:
        rep_lines(
            rep,
            c,
            rep.t("ui.portfolio.without", n=len(p.without_plan), total=p.obliged, names=", ".join(p.without_plan)),
        )


def rep_lines(rep: RichLayout, c: Console, row: str) -> None:
    rep._lines(c, wrap([], row, rep.columns, indent=2))
