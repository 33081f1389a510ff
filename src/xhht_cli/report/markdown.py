"""`--format markdown`: what `text` says, as GitHub-flavoured Markdown, for a pull-request comment or a report.

The summary first (the document, the counts, the headline facts), then the errors and warnings grouped as in text
(info findings are counted, and listed with `--show-info`), then the tables: coverage per section, or the portfolio
matrix of several plans with every province as a column (a document has no width to fit).
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from xhht_cli import wording
from xhht_cli.findings import STATUS_ORDER, Report
from xhht_cli.i18n import text
from xhht_cli.report.base import VIEWS, TextFormat
from xhht_cli.report.story import body_rows, closing_lines, doc_name, entries, shown, summary_lines
from xhht_cli.rules.table import RULES
from xhht_cli.summary import Portfolio, portfolios

MARK = {"covered": "✓", "missing": "✗", "waived": "○", "n/a": "·"}
"""The marks of the portfolio matrix, as in text (`xhht_cli.report.portfolio`, which needs rich)."""


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    out = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return [*out, ""]


class MarkdownReporter(TextFormat):
    def t(self, key: str, **args: object) -> str:
        return text(key, self.lang, **args)

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        stream.write(self.markdown(report, view))

    def markdown(self, report: Report, view: str) -> str:
        out: list[str] = []
        shows = VIEWS[view]
        if shows.findings:
            out += self.summary(report, view)
            out += self.findings(report)
        if shows.coverage:
            out += self.coverage(report)
        if shows.statuses:
            out += self.deadlines(report)
        if shows.bodies:
            out += self.bodies(report)
        out += [f"> {line}\n" for line in closing_lines(report, self.lang)]
        return "\n".join(out)

    def doc_name(self, report: Report, plan_id: str, template: bool = False) -> str:
        return doc_name(report, plan_id, self.lang, template)

    def summary(self, report: Report, view: str) -> list[str]:
        _, hidden = shown(report, self.show_info)
        head, per_plan = summary_lines(report, self.lang, hidden, view)
        out = [f"**{head[0]}**", "", *head[1:], ""]
        out += [f"- {fact}" for facts in per_plan for fact in facts]
        return [*out, ""]

    def findings(self, report: Report) -> list[str]:
        listed, _ = shown(report, self.show_info)
        if not report.findings:
            return [self.t("ui.no-findings"), ""]
        if not listed:
            return []
        rows: list[list[object]] = []
        for e in entries(listed, self.lang):
            msg = e.message
            if e.rows:
                msg += "<br>" + "<br>".join(f"**{task}** {detail}" for _, task, detail in e.rows)
            rows.append(
                [
                    f"`{e.file}:{e.line}:{e.column}`",
                    self.t("ui.severity." + e.severity.value),
                    e.code if self.lang == "vi" else f"{e.code} {RULES[e.code].name}",
                    ", ".join(e.tasks) if not e.rows and (e.code != "A003" or e.count == 1) else "",
                    msg,
                ]
            )
        header = [self.t(k) for k in ("ui.col.where", "ui.col.severity", "ui.col.code", "ui.col.task")]
        header.append(self.t("ui.col.message"))
        return _table(header, rows)

    def coverage(self, report: Report) -> list[str]:
        out: list[str] = []
        together: set[str] = set()
        for p in portfolios(report):
            if len(p.plans) < 2:
                continue
            together.update(p.plans)
            out += self.portfolio(p)
        for cov in report.coverage:
            if cov.plan in together:
                continue
            template = self.doc_name(report, cov.template, template=True)
            out += [f"### {self.t('ui.coverage', template=template, plan=self.doc_name(report, cov.plan))}", ""]
            if cov.partial_template:
                out += [f"> {self.t('ui.coverage.partial')}", ""]
            header = [
                self.t(k)
                for k in (
                    "ui.col.section",
                    "ui.col.title",
                    "ui.col.template",
                    "ui.col.covered",
                    "ui.col.waived",
                    "ui.col.missing",
                )
            ]
            rows: list[list[object]] = [
                [s.section, s.title, s.template_tasks, s.covered, s.waived, ", ".join(s.missing) or "0"]
                for s in cov.sections
            ]
            rows.append(
                [f"**{self.t('ui.total')}**", "", cov.template_tasks, cov.covered, cov.waived, len(cov.missing)]
            )
            out += _table(header, rows)
            if cov.template_targets:
                out += [
                    f"{self.t('ui.col.targets')}: {cov.covered_targets}/{cov.template_targets}"
                    + (
                        f" — {self.t('ui.col.missing')}: {', '.join(cov.missing_targets)}"
                        if cov.missing_targets
                        else ""
                    ),
                    "",
                ]
        return out

    def portfolio(self, p: Portfolio) -> list[str]:
        template = wording.document(p.template_document.number if p.template_document else None, self.lang, p.template)
        out = [f"### {self.t('ui.portfolio', template=template, n=len(p.plans))}", ""]
        header = [self.t("ui.col.task"), self.t("ui.col.title"), *p.names]
        rows: list[list[object]] = [
            [task, label, *(MARK[p.matrix[task][plan]] for plan in p.plans)] for task, label in p.rows
        ]
        rows.append([f"**{self.t('ui.total')}**", "", *(p.totals[plan]["covered"] for plan in p.plans)])
        out += _table(header, rows)
        legend = self.t(
            "ui.portfolio.legend",
            covered=MARK["covered"],
            missing=MARK["missing"],
            waived=MARK["waived"],
            na=MARK["n/a"],
        )
        out += [legend, ""]
        if p.without_plan:
            names = ", ".join(p.without_plan)
            out += [self.t("ui.portfolio.without", n=len(p.without_plan), total=p.obliged, names=names), ""]
        return out

    def deadlines(self, report: Report) -> list[str]:
        from xhht_cli.report.bodies import by_body

        out = [f"### {self.t('ui.deadlines', as_of=wording.day(report.as_of, self.lang))}", ""]
        for lead, items in by_body(report.statuses):
            counts = Counter(s.status for s in items)
            summary = ", ".join(f"{self.t('ui.status.' + k)}: {counts[k]}" for k in STATUS_ORDER if counts[k])
            out += [f"#### {lead} — {summary}", ""]
            keys = ("ui.col.plan", "ui.col.task", "ui.col.due", "ui.col.status", "ui.col.days", "ui.col.title")
            rows: list[list[object]] = []
            for s in items:
                late = s.status in ("overdue", "done_late") and s.days is not None
                status = s.deadline.strip() if s.status == "ongoing" and s.deadline and self.lang == "vi" else None
                rows.append(
                    [
                        self.doc_name(report, s.plan),
                        s.task + (f" ({s.period})" if s.period else ""),
                        wording.day(s.due, self.lang) if s.due else "—",
                        status or self.t("ui.status." + s.status),
                        wording.number(s.days, self.lang) if late else "",
                        s.title,
                    ]
                )
            out += _table([self.t(k) for k in keys], rows)
        return out

    def bodies(self, report: Report) -> list[str]:
        from xhht_cli.report.bodies import open_tasks

        with_tasks = bool(report.plans)
        header = [self.t("ui.col.body"), self.t("ui.col.exists"), self.t("ui.col.successors")]
        if with_tasks:
            header += [self.t("ui.col.open"), self.t("ui.col.overdue")]
        rows: list[list[object]] = []
        for b in body_rows(report):
            ended = f" ({self.t('ui.ended', date=wording.day(b.until, self.lang))})" if b.until else ""
            row: list[object] = [
                b.name,
                self.t("ui.yes") if b.exists else self.t("ui.no") + ended,
                "; ".join(b.successors),
            ]
            if with_tasks:
                c = dict(b.counts)
                row += [open_tasks(c), c.get("overdue", 0)]
            rows.append(row)
        out = [f"### {self.t('ui.bodies', as_of=wording.day(report.as_of, self.lang))}", "", *_table(header, rows)]
        if not with_tasks:
            out += [self.t("ui.bodies.no-plans"), ""]
        return out
