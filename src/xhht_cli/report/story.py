"""What the human formats (text, Markdown) say, before any layout: the summary that opens the output and the
findings grouped so that each fact is said once.

- `summary_lines`: the document (kind and số, ký hiệu, date, issuer), the template it implements (by its số, ký
  hiệu), the counts by severity (and how to list the info findings, when they are not), the headline facts (late
  issuance, overdue tasks and the oldest, missing counterparts, defunct bodies and the tasks they hold) and coverage,
  each in one sentence. Several plans: one line each.
- `entries`: errors and warnings (and info findings when asked for), one entry per fact: a defunct body once with
  every task it still holds, a message repeated on several tasks once with those tasks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from xhht_cli import wording
from xhht_cli.findings import BodyRow, Finding, Report, Severity
from xhht_cli.i18n import localized, message, text
from xhht_cli.report.base import VIEWS
from xhht_cli.summary import Defunct, Facts, facts


@dataclass(frozen=True, slots=True)
class Entry:
    """One fact among the findings: one finding, or several that say the same thing about different tasks."""

    severity: Severity
    code: str
    file: str
    line: int
    column: int
    tasks: tuple[str, ...]
    message: str
    count: int = 1
    """How many findings it stands for."""
    rows: tuple[tuple[int, str, str], ...] = ()
    """For a rule said once over several tasks whose details differ (D001, D003, C004): (line, task, detail) each;
    `message` is then what they have in common."""


ROWS = frozenset({"D001", "D003", "C001", "C004"})
"""Rules whose findings in one file are said once, with one short row per task."""


def shown(report: Report, show_info: bool) -> tuple[list[Finding], int]:
    """The findings to list, and how many info findings are left out (counted in the summary)."""
    if show_info:
        return list(report.findings), 0
    listed = [f for f in report.findings if f.severity is not Severity.INFO]
    return listed, len(report.findings) - len(listed)


def entries(found: Iterable[Finding], lang: str) -> list[Entry]:
    """The findings as entries, by file (in the order files first appear), then by severity (errors first), then
    by position; a group sits where its first finding is."""
    groups: dict[tuple[Any, ...], list[Finding]] = {}
    texts: dict[tuple[Any, ...], str] = {}
    findings = list(found)
    several = Counter((f.file, f.plan, f.code) for f in findings if f.code in ROWS and f.task)
    for f in findings:
        key: tuple[Any, ...]
        if f.code in ROWS and f.task and several[(f.file, f.plan, f.code)] > 1:
            key = (f.file, f.plan, f.code, "rows")
        elif f.code == "A003":
            key = (f.file, f.plan, "A003", f.data.get("body") or f.args.get("body"))
        else:
            msg = message(f, lang)
            key = (f.file, f.plan, f.code, f.key, msg if f.task else (msg, f.line, f.column))
            texts[key] = msg
        groups.setdefault(key, []).append(f)
    order: dict[str, int] = {}
    for f in findings:
        order.setdefault(f.file, len(order))
    out: list[Entry] = []
    for key, group in groups.items():
        first = group[0]
        tasks = tuple(dict.fromkeys(f.task for f in group if f.task))
        if key[-1] == "rows":
            head = text("ui.group." + first.code, lang, n=len(tasks), **localized(first.args, lang))
            rows = _merged([(f.line, f.task or "", f) for f in group], lang)
            out.append(
                Entry(first.severity, first.code, first.file, first.line, first.column, tasks, head, len(group), rows)
            )
            continue
        msg = _defunct(group, lang) if first.code == "A003" else texts[key]
        out.append(Entry(first.severity, first.code, first.file, first.line, first.column, tasks, msg, len(group)))
    out.sort(key=lambda e: (order[e.file], -e.severity.rank, e.line, e.column, e.code))
    return out


def _merged(items: list[tuple[int, str, Finding]], lang: str) -> tuple[tuple[int, str, str], ...]:
    """Rows of a rule said once: tasks with the same detail share a row; C004's bodies due on one task share one."""
    rows: dict[str, tuple[int, list[str]]] = {}
    bodies: dict[tuple[str, str], list[str]] = {}
    for line, task, f in items:
        if f.code == "C004":
            bodies.setdefault((task, f.key + str(f.args.get("deadline"))), []).append(f"«{f.args.get('body')}»")
            if len(bodies[(task, f.key + str(f.args.get("deadline")))]) > 1:
                continue
        detail = _row(f, lang)
        _line0, tasks = rows.setdefault(detail, (line, []))
        tasks.append(task)
    out = []
    for detail, (line, tasks) in rows.items():
        if detail.startswith("«") and len(tasks) == 1:  # C004: every body due on that task
            found = next((b for (t, _), b in bodies.items() if t == tasks[0] and detail.startswith(b[0])), None)
            if found and len(found) > 1:
                detail = wording.join(found, lang) + detail[len(found[0]) :]
        out.append((line, ", ".join(dict.fromkeys(tasks)), detail))
    return tuple(out)


def _row(f: Finding, lang: str) -> str:
    args = localized(f.args, lang)
    if isinstance(f.data.get("periods"), list):
        args["periods"] = wording.years(f.data["periods"])
    return text("ui.row." + f.key, lang, **args)


def _defunct(group: list[Finding], lang: str) -> str:
    """One defunct body (A003) with every task it still holds, by role."""
    first = group[0]
    if len(group) == 1:
        return message(first, lang)
    args = localized(first.args, lang)
    key = "ui.defunct" if first.key == "A003" else "ui.defunct.none"
    head = text(key, lang, body=args.get("body", "?"), ended=args.get("ended", "?"), successors=args.get("successors"))
    roles: dict[str, list[str]] = {}
    for f in group:
        roles.setdefault(str(f.args.get("role") or f.data.get("role") or "lead"), []).append(f.task or "")
    parts = []
    for role in ("issuer", "lead", "cooperating"):
        tasks = [t for t in dict.fromkeys(roles.get(role, [])) if t]
        if role == "issuer" and role in roles:
            parts.append(text("ui.defunct.issuer", lang))
        elif tasks:
            parts.append(
                text(
                    "ui.defunct.role", lang, role=text("ui.defunct." + role, lang), n=len(tasks), tasks=", ".join(tasks)
                )
            )
    return head + "; " + "; ".join(parts)


# -- the summary ------------------------------------------------------------------------------------------------


def document_line(f: Facts, lang: str) -> str:
    """ "Kế hoạch 211/KH-UBND ngày 20/8/2020 của Ủy ban nhân dân thành phố Hải Phòng, thực hiện Quyết định
    489/QĐ-TTg" — or the file and id of a plan without a number."""
    doc = f.document
    if doc is None or not doc.number:
        name = text("ui.doc.draft" if f.plan.status == "draft" else "ui.doc.unnumbered", lang)
    else:
        name = wording.document(doc.number, lang, doc.id)
        if doc.issued:
            name += " " + text("ui.doc.dated", lang, date=wording.day(doc.issued, lang))
    if doc is not None and doc.issuer:
        name += " " + text("ui.doc.by", lang, issuer=doc.issuer)
    if f.template is not None and f.coverage is None:  # (else the coverage fact names the template)
        name += ", " + text("ui.doc.implements", lang, template=template_name(f, lang))
    return name


def template_name(f: Facts, lang: str) -> str:
    t = f.template
    if t is None:
        return f.plan.template or ""
    return wording.document(t.number, lang, t.id)


def severities(counts: Mapping[str, int], lang: str, which: Iterable[Severity] = tuple(Severity)) -> list[str]:
    """ "6 lỗi", "29 cảnh báo" / "6 errors", "1 warning": the counts by severity in words."""
    out = []
    for s in which:
        n = counts[s.value]
        word = text("ui.severity." + s.value, lang)
        if lang == "en" and n != 1 and s is not Severity.INFO:
            word += "s"
        out.append(f"{wording.number(n, lang)} {word}")
    return out


def counts_line(counts: Mapping[str, int], hidden: int, as_of: str | None, lang: str) -> str:
    """The counts by severity, on the as-of date (None: `validate`, whose checks do not depend on it)."""
    parts = ", ".join(severities(counts, lang))
    if as_of is None:
        line = text("ui.counts.files", lang, counts=parts)
    else:
        line = text("ui.counts", lang, as_of=wording.day(as_of, lang), counts=parts)
    if hidden:
        line += " " + text("ui.info-hidden", lang, n=wording.number(hidden, lang))
    return line


def fact_lines(f: Facts, lang: str) -> list[str]:
    """The headline facts of one plan, one sentence each; none when there is nothing to say."""
    out: list[str] = []
    template = template_name(f, lang)
    if f.late_days is not None:
        key = "ui.fact.unissued" if f.unissued else "ui.fact.late"
        out.append(
            text(
                key,
                lang,
                days=wording.days(f.late_days, lang),
                deadline=wording.day(f.late_deadline, lang),
                task=f.late_task,
                template=template,
            )
        )
    if f.overdue:
        out.append(
            text(
                "ui.fact.overdue",
                lang,
                n=wording.number(len(f.overdue), lang),
                task=f.oldest_task,
                days=wording.days(f.oldest_days, lang),
                deadline=wording.day(f.oldest_deadline, lang),
            )
        )
    if f.missing or f.missing_targets:
        items = [*f.missing, *f.missing_targets]
        shown_items = ", ".join(items[:8])
        if len(items) > 8:
            shown_items += " " + text("ui.more", lang, n=len(items) - 8)
        out.append(text("ui.fact.missing", lang, n=len(items), template=template, items=shown_items))
    if f.defunct:
        out.append(_defunct_fact(f.defunct, lang))
    if f.coverage is not None:
        c = f.coverage
        out.append(
            text(
                "ui.fact.coverage",
                lang,
                covered=c.covered,
                total=c.template_tasks,
                template=template,
                waived=c.waived,
                missing=len(c.missing),
            )
            + (
                " " + text("ui.fact.targets", lang, covered=c.covered_targets, total=c.template_targets)
                if c.template_targets
                else ""
            )
        )
    return out


def _defunct_fact(defunct: tuple[Defunct, ...], lang: str) -> str:
    held = sum(len(d.task_ids) for d in defunct)
    issuer = any(r == "issuer" for d in defunct for _, r in d.tasks)
    line = text("ui.fact.defunct", lang, n=len(defunct), tasks=wording.number(held, lang))
    if issuer:
        line += " " + text("ui.fact.defunct-issuer", lang)
    return line


def summary_lines(report: Report, lang: str, hidden: int, view: str = "check") -> tuple[list[str], list[list[str]]]:
    """The opening of the output: (lines of the run, [facts] per plan). One plan: its document line, the counts and
    its facts. Several: the counts of the run, then one line per plan (its document and counts)."""
    all_facts = facts(report)
    counts = counts_line(report.counts(), hidden, report.as_of if VIEWS[view].dated else None, lang)
    if len(all_facts) == 1:
        f = all_facts[0]
        return [document_line(f, lang) + " (" + f.plan.file + ")", counts], [fact_lines(f, lang)]
    head = [counts, _files_line(report, lang)]
    return head, [[_plan_line(f, lang)] for f in all_facts]


def _plan_line(f: Facts, lang: str) -> str:
    doc = f.document
    name = wording.document(doc.number, lang) if doc and doc.number else f.plan.file
    if doc and doc.jurisdiction:
        name += f" ({doc.jurisdiction})"
    parts = severities(f.counts, lang, (Severity.ERROR, Severity.WARNING))
    if f.late_days is not None:
        parts.append(text("ui.short.late", lang, days=wording.days(f.late_days, lang)))
    if f.overdue:
        parts.append(text("ui.short.overdue", lang, n=len(f.overdue)))
    if f.coverage is not None:
        parts.append(text("ui.short.coverage", lang, covered=f.coverage.covered, total=f.coverage.template_tasks))
    return f"{name}: " + ", ".join(parts)


def _files_line(report: Report, lang: str) -> str:
    return text(
        "ui.files.count",
        lang,
        files=wording.number(report.files_read, lang),
        plans=wording.number(len(report.plans), lang),
        tasks=wording.number(sum(p.tasks for p in report.plans), lang),
    )


def closing_lines(report: Report, lang: str) -> list[str]:
    """What follows the tables: drafts, files left out, files skipped."""
    out: list[str] = []
    for p in report.plans:
        if p.status == "draft":
            out.append(text("ui.draft", lang, plan=p.file, as_of=wording.day(report.as_of, lang)))
    if report.unchecked:
        out.append(text("ui.unchecked", lang, n=len(report.unchecked), files=", ".join(report.unchecked)))
    if report.skipped:
        out.append(text("ui.skipped", lang, n=len(report.skipped)))
    return out


def body_rows(report: Report) -> list[BodyRow]:
    """The registry's rows; with plans, those that lead a task of them (the others would all say 0)."""
    if not report.plans:
        return list(report.bodies)
    return [b for b in report.bodies if any(n for _, n in b.counts)]


def doc_name(report: Report, plan_id: str, lang: str, template: bool = False) -> str:
    """A plan (or its template) by its kind and số, ký hiệu, when the report knows it; else its id."""
    for p in report.plans:
        doc = p.template_document if template else p.document
        if (p.template if template else p.id) == plan_id and doc is not None:
            fallback = plan_id if template else text("ui.doc.file", lang, file=p.file)
            return wording.document(doc.number, lang, fallback)
    return plan_id
