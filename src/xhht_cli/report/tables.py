"""The rows that the documents for people (xlsx, docx, html, csv) are made of, built once from a `Report`.

Values stay typed (int, `date`, str) so that each format writes them its own way: a spreadsheet as numbers and real
dates, a Word table and a web page as 30/9/2020, a CSV file as 2020-09-30.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from xhht_cli.findings import STATUS_ORDER, Coverage, Finding, PlanSummary, Report, TaskStatus
from xhht_cli.i18n import message
from xhht_cli.report.labels import doc_name, iso_date, label, percent, percent_text
from xhht_cli.rules.table import RULES

if TYPE_CHECKING:
    from xhht_cli.summary import Portfolio

FINDING_COLUMNS: tuple[tuple[str, str, int], ...] = (
    # (key, kind, width in characters): kind is text, int, date or long (wrapped)
    ("code", "text", 7),
    ("rule", "text", 22),
    ("severity", "text", 10),
    ("plan", "text", 22),
    ("task", "text", 10),
    ("file", "text", 28),
    ("line", "int", 6),
    ("column", "int", 6),
    ("message", "long", 70),
    ("deadline", "date", 12),
    ("days_overdue", "int", 10),
    ("days_late", "int", 10),
    ("days_left", "int", 10),
    ("body", "long", 32),
    ("successors", "long", 40),
    ("template_task", "text", 12),
    ("data", "long", 40),
)
"""The findings table of the spreadsheet and the CSV file: every field of a JSON finding, then the figures of its
`data` that an analyst sorts and filters on, then `data` itself as JSON (nothing is left out)."""


PLAN_KEYS = ("plan", "issuer", "issued", "tasks", "template", "days_late", "overdue", "missing", "defunct")
"""The columns of `Story.plan_rows`."""


def finding_header(lang: str) -> list[str]:
    return [label("col." + key, lang) for key, _, _ in FINDING_COLUMNS]


def successors_text(successors: object) -> str:
    """A003's successors (`[{"id", "name", "functions"}]`) as one line: name (functions); name."""
    if not isinstance(successors, list):
        return ""
    parts = []
    for s in successors:
        if isinstance(s, Mapping):
            name = str(s.get("name") or s.get("id") or "")
            functions = s.get("functions")
            parts.append(f"{name} ({functions})" if functions else name)
        else:
            parts.append(str(s))
    return "; ".join(parts)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def finding_values(f: Finding, lang: str) -> list[Any]:
    """One finding as the values of `FINDING_COLUMNS`: ints and dates typed, missing values as None."""
    data: Mapping[str, Any] = f.data
    body = data.get("name") or data.get("body")
    return [
        f.code,
        RULES[f.code].name,
        label("ui.severity." + f.severity.value, lang),
        f.plan,
        f.task,
        f.file,
        f.line,
        f.column,
        message(f, lang),
        iso_date(data.get("deadline")),
        _int(data.get("days_overdue")),
        _int(data.get("days_late")),
        _int(data.get("days_left")),
        str(body) if body else None,
        successors_text(data.get("successors")) or None,
        str(data["template_task"]) if data.get("template_task") else None,
        json.dumps(dict(data), ensure_ascii=False, sort_keys=True, default=str) if data else None,
    ]


@dataclass(frozen=True)
class Fact:
    """One line of the summary: what, and how many (or which)."""

    key: str
    value: int | str


@dataclass
class Story:
    """What a report for people says, in the order it says it."""

    report: Report
    lang: str
    findings: list[Finding] = field(default_factory=list)
    overdue: list[Finding] = field(default_factory=list)
    defunct: list[Finding] = field(default_factory=list)
    unassigned: list[Finding] = field(default_factory=list)
    late_issuance: list[Finding] = field(default_factory=list)

    @classmethod
    def of(cls, report: Report, lang: str) -> Story:
        s = cls(report, lang, findings=list(report.findings))
        by_code: dict[str, list[Finding]] = defaultdict(list)
        for f in s.findings:
            by_code[f.code].append(f)
        s.overdue = by_code["D001"]
        s.defunct = [f for f in by_code["A003"] if f.task]
        s.unassigned = by_code["A001"]
        s.late_issuance = by_code["D006"]
        return s

    @property
    def as_of(self) -> date:
        return date.fromisoformat(self.report.as_of)

    def title(self) -> str:
        """ "Báo cáo rà soát việc cụ thể hóa và thực hiện …": the plan by its số hiệu when there is one, else the
        plans implementing its template."""
        return label("title", self.lang, plans=self.subject())

    def subject(self) -> str:
        """What the review is about: "Kế hoạch 211/KH-UBND", or "các kế hoạch thực hiện Quyết định 489/QĐ-TTg"."""
        plans = self.local_plans()
        if len(plans) == 1:
            return doc_name(plans[0].document, self.lang) or plans[0].id
        templates: dict[str, str] = {}
        for p in plans:
            if p.template:
                templates.setdefault(p.template, doc_name(p.template_document, self.lang) or p.template)
        if templates:
            names = ", ".join(templates[t] for t in sorted(templates))
            return label("title.portfolio", self.lang, template=names)
        return ", ".join(p.id for p in self.report.plans) or "—"

    def name_of(self, plan: str) -> str:
        """A checked plan or template as people name it (Kế hoạch 211/KH-UBND), else its id."""
        for p in self.report.plans:
            if p.id == plan:
                return doc_name(p.document, self.lang) or plan
            if p.template == plan and p.template_document is not None:
                return doc_name(p.template_document, self.lang) or plan
        return plan

    def coverage_caption(self, cov: Coverage) -> str:
        return label("coverage.caption", self.lang, template=self.name_of(cov.template), plan=self.name_of(cov.plan))

    def plan_rows(self) -> list[list[Any]]:
        """Per checked plan, from its headline facts (`xhht_cli.summary`): the document, issuer, date of issue,
        tasks, template, days issued late, overdue tasks, template tasks missing, assignments to defunct bodies."""
        from xhht_cli.summary import facts

        rows = []
        for f in facts(self.report):
            doc = f.document
            rows.append(
                [
                    doc_name(doc, self.lang) or f.plan.id,
                    doc.issuer if doc else None,
                    iso_date(doc.issued if doc else None),
                    f.plan.tasks,
                    (doc_name(f.template, self.lang) or f.plan.template) if f.plan.template else None,
                    f.late_days,
                    len(f.overdue),
                    len(f.missing),
                    f.defunct_assignments,
                ]
            )
        return rows

    def local_plans(self) -> list[PlanSummary]:
        """The checked plans that implement a template (the ones a review is about), else every checked plan."""
        local = [p for p in self.report.plans if p.template]
        return local or list(self.report.plans)

    def facts(self) -> list[Fact]:
        counts = self.report.counts()
        covered = sum(c.covered for c in self.report.coverage)
        applicable = sum(c.template_tasks for c in self.report.coverage)
        facts = [
            Fact("summary.files", self.report.files_read),
            Fact("summary.plans", len(self.report.plans)),
            Fact("summary.tasks", sum(p.tasks for p in self.report.plans)),
            Fact("summary.findings", len(self.findings)),
            *(Fact("ui.severity." + k, v) for k, v in counts.items()),
        ]
        if self.report.coverage:
            facts.append(
                Fact(
                    "summary.coverage",
                    f"{covered}/{applicable} ({percent_text(percent(covered, applicable), self.lang)})",
                )
            )
        facts += [
            Fact("summary.overdue", len(self.overdue)),
            Fact("summary.defunct", len(self.defunct)),
            Fact("summary.unassigned", len(self.unassigned)),
        ]
        return facts


def coverage_rows(cov: Coverage) -> list[list[Any]]:
    """Per section: section, title, applicable template tasks, covered, waived, missing, % covered, missing ids."""
    rows: list[list[Any]] = [
        [
            s.section,
            s.title,
            s.template_tasks,
            s.covered,
            s.waived,
            len(s.missing),
            percent(s.covered + s.waived, s.template_tasks),
            ", ".join(s.missing),
        ]
        for s in cov.sections
    ]
    return rows


def coverage_header(lang: str) -> list[str]:
    keys = ("section", "title", "template_tasks", "covered", "waived", "missing", "percent", "missing_ids")
    return [label("col." + k, lang) for k in keys]


def portfolios(report: Report) -> list[Portfolio]:
    """The portfolio matrices worth a table of their own: templates that two checked plans or more implement (a
    single plan has its coverage table), in template order."""
    from xhht_cli.summary import portfolios as all_portfolios

    return sorted((p for p in all_portfolios(report) if len(p.plans) >= 2), key=lambda p: p.template)


MARK_SYMBOLS = {
    "vi": {"covered": "✓", "waived": "M", "missing": "✗", "n/a": "–"},
    "en": {"covered": "✓", "waived": "W", "missing": "✗", "n/a": "–"},
}
"""How a cell of the matrix is marked where it is printed as a symbol (Word, web page): M for miễn, W for waived."""


def matrix_rows(p: Portfolio) -> list[tuple[str, str, list[str]]]:
    """(template task, short title, the mark of each plan in column order) for every row of the matrix."""
    return [(task, title, [p.matrix[task].get(plan, "n/a") for plan in p.plans]) for task, title in p.rows]


def portfolio_name(p: Portfolio, lang: str) -> str:
    return doc_name(p.template_document, lang) or p.template


def by_lead(statuses: Sequence[TaskStatus]) -> list[tuple[str, list[TaskStatus]]]:
    """Task statuses grouped by the body their first lead resolves to (`xhht_cli.report.bodies`: "Sở GDĐT" and
    "Sở Giáo dục và Đào tạo" are one body), each group in date order."""
    from xhht_cli.report.bodies import by_body

    return by_body(list(statuses))


def status_counts(items: Sequence[TaskStatus]) -> list[int]:
    """Counts of `items` by status, in `STATUS_ORDER`."""
    found = Counter(s.status for s in items)
    return [found[k] for k in STATUS_ORDER]


def deadline_header(lang: str) -> list[str]:
    keys = ("lead", "plan", "task", "title", "due", "period", "status", "days")
    return [label("col." + k, lang) for k in keys]


def deadline_values(lead: str, s: TaskStatus, lang: str) -> list[Any]:
    return [lead, s.plan, s.task, s.title, iso_date(s.due), s.period, label("ui.status." + s.status, lang), s.days]
