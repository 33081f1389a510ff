"""`--format markdown`: the text tables as GitHub-flavoured Markdown, for a pull-request comment or a report."""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from typing import TextIO

from xhht_cli.codes import RULES
from xhht_cli.findings import STATUS_ORDER, Report, Severity
from xhht_cli.i18n import message, text
from xhht_cli.report.base import TextFormat


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return [*out, ""]


class MarkdownReporter(TextFormat):
    def t(self, key: str, **args: object) -> str:
        return text(key, self.lang, **args)

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        stream.write(self.markdown(report, view))

    def markdown(self, report: Report, view: str) -> str:
        out: list[str] = []
        if view in ("check", "validate"):
            out += self.findings(report)
        if view in ("check", "coverage"):
            out += self.coverage(report)
        if view == "deadlines":
            out += self.deadlines(report)
        if view == "bodies":
            out += self.bodies(report)
        if view in ("check", "validate"):
            counts = report.counts()
            parts = ", ".join(f"{counts[s.value]} {self.t('ui.severity.' + s.value)}" for s in Severity)
            out += [
                f"**{self.t('ui.summary')}:** {parts}. "
                + self.t(
                    "ui.files",
                    files=report.files_read,
                    plans=len(report.plans),
                    tasks=sum(p.tasks for p in report.plans),
                    as_of=report.as_of,
                ),
                "",
            ]
            out += [
                f"> {self.t('ui.draft', plan=p.id, as_of=report.as_of)}\n" for p in report.plans if p.status == "draft"
            ]
        return "\n".join(out)

    def findings(self, report: Report) -> list[str]:
        if not report.findings:
            return [self.t("ui.no-findings"), ""]
        rows: list[list[object]] = [
            [
                f"`{f.file}:{f.line}:{f.column}`",
                f"{f.code} {RULES[f.code].name}",
                self.t("ui.severity." + f.severity.value),
                f.task or "",
                message(f, self.lang),
            ]
            for f in report.findings
        ]
        header = [self.t("ui.col.plan"), "Code", self.t("ui.col.status"), self.t("ui.col.task"), "Message"]
        return _table(header, rows)

    def coverage(self, report: Report) -> list[str]:
        out: list[str] = []
        for cov in report.coverage:
            out += [f"### {self.t('ui.coverage', template=cov.template, plan=cov.plan)}", ""]
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
                [
                    f"**{self.t('ui.total')}**",
                    "",
                    cov.template_tasks,
                    cov.covered,
                    cov.waived,
                    len(cov.missing),
                ]
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

    def deadlines(self, report: Report) -> list[str]:
        out = [f"### {self.t('ui.deadlines', as_of=report.as_of)}", ""]
        rows = sorted(report.statuses, key=lambda s: (s.leads[:1] or ("—",), s.due or "9999", s.task))
        for lead, group in groupby(rows, key=lambda s: s.leads[0] if s.leads else "—"):
            items = list(group)
            counts = Counter(s.status for s in items)
            summary = ", ".join(f"{self.t('ui.status.' + k)}: {counts[k]}" for k in STATUS_ORDER if counts[k])
            out += [f"#### {lead} — {summary}", ""]
            header = [
                self.t(k)
                for k in (
                    "ui.col.plan",
                    "ui.col.task",
                    "ui.col.due",
                    "ui.col.status",
                    "ui.col.days",
                    "ui.col.title",
                )
            ]
            out += _table(
                header,
                [
                    [
                        s.plan,
                        s.task + (f" ({s.period})" if s.period else ""),
                        s.due or "—",
                        self.t("ui.status." + s.status),
                        "" if s.days is None else s.days,
                        s.title,
                    ]
                    for s in items
                ],
            )
        return out

    def bodies(self, report: Report) -> list[str]:
        header = [
            "id",
            self.t("ui.col.body"),
            self.t("ui.col.exists"),
            self.t("ui.col.successors"),
            self.t("ui.col.open"),
            self.t("ui.status.overdue"),
        ]
        rows: list[list[object]] = []
        for b in report.bodies:
            c = dict(b.counts)
            rows.append(
                [
                    b.id,
                    b.name,
                    self.t("ui.yes") if b.exists else f"{self.t('ui.no')} (≤ {b.until})",
                    "; ".join(b.successors),
                    c.get("open", 0) + c.get("overdue", 0) + c.get("ongoing", 0),
                    c.get("overdue", 0),
                ]
            )
        return [f"### {self.t('ui.bodies', as_of=report.as_of)}", "", *_table(header, rows)]
