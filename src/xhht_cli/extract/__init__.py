"""`xhht extract`: a plan file drafted from the text of a plan (copied from a portal, a PDF or a Word file).

    result = extract_plan(text, context=load_context(), source="sources/000.txt")
    yaml_text = render(result, "vi")

The modules: `text` (lines, paragraphs, unwrapping), `identity` (number, date, issuer, jurisdiction, template),
`structure` (numbering and task ids), `bodies` (lead and cooperating bodies), `dates` (deadlines), `match`
(counterparts in the template), `writer` (YAML, and reading it back). How well it reads the seed texts is measured by
`bench/extract_accuracy.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from xhht_cli.extract.bodies import Assignment, NameHit, Names, parse_assignment
from xhht_cli.extract.dates import find_deadline
from xhht_cli.extract.identity import Identity, identify, locate
from xhht_cli.extract.match import MIN_SCORE, Matcher
from xhht_cli.extract.model import ExtractedSection, ExtractedTask, ExtractResult, Review, Stats
from xhht_cli.extract.noise import as_written, clean, join_numbers, misprint
from xhht_cli.extract.partial import identify_reported, partial_reason
from xhht_cli.extract.structure import Node, TaskSpan, build_tree, section_title, split_sections, tasks_of
from xhht_cli.extract.tables import TaskTable, row_task, task_tables
from xhht_cli.extract.text import Line, fold, normalize, paragraphs, split_lines
from xhht_cli.extract.writer import render
from xhht_cli.models import PlanFile
from xhht_cli.namekeys import norm
from xhht_cli.registry import Registry

__all__ = [
    "Context",
    "ExtractError",
    "ExtractResult",
    "ExtractedSection",
    "ExtractedTask",
    "Review",
    "Stats",
    "extract_plan",
    "load_context",
    "render",
]

_REQUIRES_PLANS = re.compile(
    r"(?:xây dựng(?: và ban hành)?|ban hành)\s+(?:các\s+)?kế hoạch\s+(?:thực hiện|cụ thể|triển khai)", re.IGNORECASE
)
_CLOSE_CALL = 0.05


class ExtractError(Exception):
    """The text holds no plan structure; `key` names the message (see `messages`)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(slots=True)
class Context:
    """What extraction resolves against: the body registry and the known plans (templates), by id."""

    registry: Registry
    plans: dict[str, PlanFile] = field(default_factory=dict)

    def numbers(self) -> dict[str, str]:
        return {norm(p.plan.number): pid for pid, p in self.plans.items() if p.plan.number}


def load_context(registry: Path | None = None, plans: Iterable[Path] = ()) -> Context:
    """The shipped registry with `registry` (a registry file) added to it, and the shipped plans plus `plans`
    (files or folders)."""
    from xhht_cli.resources import shipped_plan_files
    from xhht_cli.workspace import LoadOptions, build

    ws = build([*shipped_plan_files(), *([registry] if registry else []), *plans], LoadOptions())
    return Context(ws.registry, {pid: p.model for pid, p in ws.plans.items()})


def extract_plan(
    text: str, context: Context, *, source: str = "", template: str | None = None, plan_id: str | None = None
) -> ExtractResult:
    """Extract the plan in `text`. `template` (a known plan id) overrides the template found in the preamble;
    `plan_id` the id made from jurisdiction, number and year. Raises ExtractError when there is no structure."""
    written = normalize(text)
    doc, lookalikes = clean(written)  # the analysis reads letters as they are meant; texts are taken as written
    lines = split_lines(doc)
    layout = locate(lines)
    registry = context.registry
    ident = identify(doc, layout, registry, context.numbers())
    if template is not None:
        ident.template = template
    if plan_id:
        ident.id = plan_id
    names = Names(registry, ident.jurisdiction)
    tables = task_tables(doc, layout.body)
    in_tables = {n for t in tables for n in t.lines}
    body = [Line(ln.number, ln.start, ln.start, "") if ln.number in in_tables else ln for ln in layout.body]
    root = build_tree(doc, paragraphs(doc, body, names.bodies_only, names.spans))
    reported = False
    if not tables and not any(c.kind in ("roman", "number") for c in root.children):  # a partial text
        reported = ident.number is None and identify_reported(doc, ident, registry, context.numbers())
        if template is not None:
            ident.template = template
        if plan_id:
            ident.id = plan_id
        if not reported and (ident.number is None and ident.template is None and not layout.title):
            raise ExtractError("error.no-structure")
        names = Names(registry, ident.jurisdiction)
        bullets = [c for c in root.children if c.kind == "bullet"] if reported else []
        intro = [p for p in root.paras if bullets and bullets[0].head and p.end <= bullets[0].head.start]
        head = intro[-1] if intro else None
        root.children = [Node("roman", "I", "I", 0, head, children=bullets)] if bullets else []
    result = ExtractResult(ident, [], source)
    _plan_reviews(result, ident)
    seen: set[str] = set()
    for top in root.children:
        # a plan without roman parts: each top-level item is a part of its own
        roman = top if top.kind == "roman" else Node("roman", top.label, top.id, 0, top.head, children=[top])
        spans = {s.id: s for s in tasks_of(doc, roman)}
        for sid, title, item in split_sections(doc, roman):
            section = ExtractedSection(sid, title)
            for span in spans.values():
                if item is None or span.node is item or item in span.node.ancestors():
                    task = _task(doc, span, names, result)
                    if task is not None:
                        _unique(task, seen, result)
                        section.tasks.append(task)
            result.sections.append(section)
    for table in tables:
        _table(doc, table, root, names, result, seen)
    for task in result.tasks:
        task.text = as_written(task.text, doc, written)
    if lookalikes:
        result.review.append(Review("", "lookalikes", {"n": lookalikes}))
    _misprinted_template(doc, ident, context, result)
    result.partial = partial_reason(ident, reported, len(result.tasks))
    if result.partial:
        result.review.insert(0, Review("", "partial-" + result.partial, {"number": ident.number or "?"}))
    tpl = context.plans.get(ident.template) if ident.template else None
    if tpl is not None:
        if tpl.plan.completeness == "partial":
            result.review.append(Review("", "template-partial", {"template": tpl.plan.id}))
        _suggest(result, tpl, registry, names)
    return result


def _table(doc: str, table: TaskTable, root: Node, names: Names, result: ExtractResult, seen: set[str]) -> None:
    """The rows of a task table as tasks of the roman part the table stands in."""
    romans = [c for c in root.children if c.kind == "roman"]
    part = next((r for r in reversed(romans) if r.head is not None and r.head.start < table.start), None)
    sid = part.id if part is not None else "I"
    section = next((s for s in result.sections if s.id == sid), None)
    if section is None:
        title = section_title(part.head_text(doc)) if part is not None else ""
        section = ExtractedSection(sid, title)
        order = [r.id for r in romans]
        later = [i for i, s in enumerate(result.sections) if s.id.split(".")[0] in order[order.index(sid) + 1 :]] \
            if sid in order else []  # fmt: skip
        result.sections.insert(later[0] if later else len(result.sections), section)
    for pos, row in enumerate(table.rows, 1):
        task, reviews = row_task(doc, row, f"{sid}.{row.number or pos}", names)
        _unique(task, seen, result)
        result.review += [Review(task.id, r.key, r.args) for r in reviews]
        section.tasks.append(task)


def _misprinted_template(doc: str, ident: Identity, context: Context, result: ExtractResult) -> None:
    """A cited number that no known plan has, but that misprints one (same date and title, a digit away): the
    template is taken to be that plan, flagged for a human to confirm."""
    if ident.template is not None or not ident.cited or ident.level == "national":
        return
    flat = join_numbers(fold(doc))
    templates = [(pid, p.plan.number or "", p.plan.issued, p.plan.title) for pid, p in context.plans.items()]
    for number in ident.cited:
        m = re.search(re.escape(number) + r"\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", flat)
        if m is None:
            continue
        try:
            cited_on = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
        tid = misprint(number, cited_on, flat[m.end() : m.end() + 400], templates)
        if tid is not None:
            ident.template = tid
            result.review = [r for r in result.review if r.key != "no-template"]
            args = {"cited": number, "number": context.plans[tid].plan.number, "template": tid}
            result.review.insert(0, Review("", "citation-misprint", args))
            return


def _plan_reviews(result: ExtractResult, ident: Identity) -> None:
    if "issuer-unresolved" in ident.notes:
        result.review.append(Review("", "issuer-unresolved", {"issuer": ident.issuer}))
    if ident.status == "draft":
        result.review.append(Review("", "draft"))
    if ident.template is None and ident.cited and ident.level != "national":
        result.review.append(Review("", "no-template", {"cited": ", ".join(ident.cited[:3])}))
    if ident.jurisdiction is None and ident.level != "national":
        result.review.append(Review("", "no-jurisdiction"))


def _unique(task: ExtractedTask, seen: set[str], result: ExtractResult) -> None:
    if task.id in seen:
        n = 2
        while f"{task.id}x{n}" in seen:
            n += 1
        task.id = f"{task.id}x{n}"
        result.review.append(Review(task.id, "duplicate-id", {"id": task.id}))
    seen.add(task.id)


def _merge(into: Assignment, other: Assignment) -> None:
    into.lead += other.lead
    into.cooperating += other.cooperating


def _pieces_assignment(texts: list[str], names: Names) -> Assignment:
    out = Assignment()
    for t in texts:
        if t:
            _merge(out, parse_assignment(t, names))
    return out


def _header(node: Node, doc: str, names: Names) -> Assignment:
    return _pieces_assignment([node.head_text(doc), *(p.text(doc) for p in node.paras)], names)


def _dedupe(hits: list[NameHit], exclude: set[str] | None = None) -> list[NameHit]:
    seen: set[str] = set(exclude or ())
    out: list[NameHit] = []
    for h in hits:
        k = h.entity or norm(h.written)
        if k not in seen:
            seen.add(k)
            out.append(h)
    return out


def _task(doc: str, span: TaskSpan, names: Names, result: ExtractResult) -> ExtractedTask | None:
    raw = doc[span.pieces[0].body_start : span.pieces[-1].end]
    text = "\n\n".join(fold(p) for p in re.split(r"\n[ \t]*\n", raw) if p.strip())
    flat = fold(raw)
    piece_texts = [p.text(doc) for p in span.pieces]
    own = _pieces_assignment(piece_texts, names)
    if span.intro:
        words = flat.split()
        if own.resolved_lead or (flat.endswith(":") and len(words) <= 8):
            return None  # the header its bullets take their lead from
    head = span.node.head_text(doc) if not span.head_in_text else ""
    if head:
        _merge(own, parse_assignment(head, names))
    lead = [h for h in own.lead if h.entity]
    coop = list(own.cooperating)
    unknown = [h for h in own.lead if h.entity is None]
    if not lead:
        for anc in span.node.ancestors():
            header = _header(anc, doc, names) if anc.kind != "roman" else Assignment()
            if header.resolved_lead:
                lead = header.resolved_lead
                coop = header.cooperating + coop
                break
            if not unknown and header.lead and (header.heading or anc.head_text(doc).endswith(":")):
                unknown = header.lead  # "2. Hội Khuyến học tỉnh có trách nhiệm:" over its bullets
        if not lead:
            scanned = parse_assignment(flat, names, scan=True)
            lead = scanned.resolved_lead
            coop = coop or scanned.cooperating
    if span.section_kind == "funding" and not lead:
        return None
    if not lead:  # a name the registry does not know is written as it stands (and flagged), never dropped
        lead = unknown
    lead = _dedupe(lead)
    coop = _dedupe(coop, {h.entity or norm(h.written) for h in lead})
    task = ExtractedTask(span.id, text)
    task.lead = [h.label for h in lead]
    task.cooperating = [h.label for h in coop]
    unresolved = _dedupe([h for h in [*own.lead, *coop] if h.entity is None])
    task.unresolved = [h.written for h in unresolved]
    task.names_found = len(lead) + len(coop) + len([h for h in own.lead if h.entity is None])
    found = find_deadline(flat)
    if found.text is None and head:
        found = find_deadline(head)
    task.deadline = found.text
    if _REQUIRES_PLANS.search(flat.split(";")[0]) and "chủ trì" not in flat.lower() and task.lead:
        task.requires_plans = list(task.lead)
        task.requires_deadline = task.deadline if found.parsed and found.parsed.kind == "date" else None
    if not task.lead and not any(h.entity is None for h in own.lead):
        result.review.append(Review(task.id, "no-lead"))
    if task.unresolved:
        result.review.append(Review(task.id, "unresolved", {"names": "; ".join(task.unresolved)}))
    for phrase in found.not_understood:
        result.review.append(Review(task.id, "deadline-not-understood", {"text": phrase}))
    return task


def _suggest(result: ExtractResult, template: PlanFile, registry: Registry, names: Names) -> None:
    # a template task's title (the encoder's words, in Vietnamese even where the text is a translation) helps
    ttasks = [(t.id, t.title or "", t.text) for s in template.sections for t in s.tasks]
    if not ttasks:
        return
    local = result.tasks
    matcher = Matcher(ttasks, [t.text for t in local], Names(registry, template.plan.jurisdiction), names)
    for task in local:
        task.suggestions = matcher.rank(task.text)
        if not task.suggestions:
            continue
        best = task.suggestions[0]
        if best.score < MIN_SCORE:
            result.review.append(Review(task.id, "low-score", {"id": best.id, "score": f"{best.score:.2f}"}))
        elif len(task.suggestions) > 1 and best.score - task.suggestions[1].score < _CLOSE_CALL:
            other = task.suggestions[1]
            args = {"a": best.id, "sa": f"{best.score:.2f}", "b": other.id, "sb": f"{other.score:.2f}"}
            result.review.append(Review(task.id, "close-call", args))
