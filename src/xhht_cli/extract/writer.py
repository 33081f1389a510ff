"""The plan file as YAML text, written by hand: block style, `>-` folded text, quotes only where YAML needs them,
the `implements` scores and the review notes as comments; and a plan file's text read back (`load_plan`)."""

from __future__ import annotations

import re
import textwrap

from xhht_cli.extract.match import MIN_SCORE
from xhht_cli.extract.messages import msg
from xhht_cli.extract.model import ExtractedTask, ExtractResult, Review
from xhht_cli.loading import parse_text
from xhht_cli.models import PlanFile
from xhht_cli.schema import validate

WIDTH = 116
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_RESERVED = {"true", "false", "null", "~", "yes", "no", "on", "off", "y", "n", ""}
_NUMBERLIKE = re.compile(r"[-+]?(?:\.?\d[\d_.eE+-]*|\.inf|\.nan)", re.IGNORECASE)


def scalar(value: str) -> str:
    """`value` as a plain scalar when YAML reads it back unchanged, otherwise double-quoted."""
    plain = (
        value == value.strip()
        and value[:1] not in _INDICATORS
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and not any(c in value for c in "\n\r\t\x85\u2028\u2029")
        and value.lower() not in _RESERVED
        and not _NUMBERLIKE.fullmatch(value)
    )
    if plain:
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f'"{escaped}"'


def folded(key: str, text: str, indent: int) -> list[str]:
    """`key: >-` and the text wrapped below it; paragraphs (separated by a blank line) stay apart."""
    pad = " " * (indent + 2)
    out = [f"{' ' * indent}{key}: >-"]
    width = max(40, WIDTH - indent - 2)
    for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        if i:
            out.append("")
        out += [pad + line for line in textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)]
    return out


def _field(key: str, value: str, indent: int) -> list[str]:
    if len(value) + indent + len(key) + 2 > WIDTH:
        return folded(key, " ".join(value.split()), indent)
    return [f"{' ' * indent}{key}: {scalar(value)}"]


def _names(key: str, names: list[str], indent: int) -> list[str]:
    if not names:
        return [f"{' ' * indent}{key}: []"]
    return [f"{' ' * indent}{key}:", *(f"{' ' * (indent + 2)}- {scalar(n)}" for n in names)]


def _comment(text: str, indent: int) -> list[str]:
    width = max(40, WIDTH - indent - 2)
    return [f"{' ' * indent}# {line}" for line in textwrap.wrap(text, width, break_long_words=False)]


def _task(task: ExtractedTask, reviews: list[Review], lang: str, has_template: bool) -> list[str]:
    i = 8
    out = [f"      - id: {scalar(task.id)}", *folded("text", task.text, i)]
    out += _names("lead", task.lead, i)
    if task.cooperating:
        out += _names("cooperating", task.cooperating, i)
    if task.deadline:
        out += _field("deadline", task.deadline, i)
    if task.requires_plans:
        out.append(f"{' ' * i}requires_plans:")
        out += _names("from", task.requires_plans, i + 2)
        if task.requires_deadline:
            out += _field("deadline", task.requires_deadline, i + 2)
    if has_template:
        score = msg("yaml.score", lang, score="{:.2f}")
        if task.implements:
            out.append(f"{' ' * i}implements:")
            first, *others = task.suggestions
            out.append(f"{' ' * (i + 2)}- {scalar(first.id)}  # {score.format(first.score)}")
            out += [f"{' ' * (i + 2)}# - {scalar(s.id)}  # {score.format(s.score)}" for s in others]
        elif task.suggestions:
            best = ", ".join(f"{s.id} ({s.score:.2f})" for s in task.suggestions)
            out += _comment(msg("yaml.maybe", lang, id=best) + f" < {MIN_SCORE:.2f}", i)
    for r in reviews:
        out += _comment("review: " + msg(r.key, lang, **r.args), i)
    return out


def render(result: ExtractResult, lang: str) -> str:
    """The plan file for `result`."""
    ident = result.identity
    out = _comment(msg("yaml.header", lang, source=result.source or result.document or "?"), 0)
    plan_reviews = [r for r in result.review if not r.where]
    out += [c for r in plan_reviews for c in _comment("review: " + msg(r.key, lang, **r.args), 0)]
    out += ["format: xhht/plan@1", "plan:", f"  id: {scalar(ident.id)}"]
    if ident.number:
        out.append(f"  number: {scalar(ident.number)}")
    out += _field("title", ident.title, 2)
    out.append(f"  issuer: {scalar(ident.issuer or '?')}")
    out.append(f"  level: {ident.level}")
    if ident.jurisdiction:
        out.append(f"  jurisdiction: {scalar(ident.jurisdiction)}")
    if ident.issued and ident.status != "draft":
        out.append(f"  issued: {ident.issued.isoformat()}")
    out.append(f"  status: {ident.status}")
    if result.partial:
        out.append("  completeness: partial")
    if ident.template:
        out.append(f"  implements: {scalar(ident.template)}")
    if result.source:
        out.append(f"  source: {scalar(result.source)}")
    if not result.sections:
        out.append("sections: []")
    else:
        out.append("sections:")
    by_task: dict[str, list[Review]] = {}
    for r in result.review:
        if r.where:
            by_task.setdefault(r.where, []).append(r)
    for section in result.sections:
        out += ["", f"  - id: {scalar(section.id)}", *_field("title", section.title, 4)]
        if not section.tasks:
            out.append("    tasks: []")
            continue
        out.append("    tasks:")
        for task in section.tasks:
            out += _task(task, by_task.get(task.id, []), lang, ident.template is not None)
    return "\n".join(out) + "\n"


def load_plan(text: str, display: str = "<extracted>") -> PlanFile:
    """A plan file's text as a validated model (ValueError when it is not a valid plan)."""
    data, findings, fatal = parse_text(text, display)
    if fatal:
        raise ValueError(", ".join(f"{f.code} {f.line}:{f.column}" for f in findings))
    # the errors are named by code and place only: the file may be any file on the machine (`--template`)
    fmt = data.get("format") if isinstance(data, dict) else None
    if fmt != "xhht/plan@1":
        raise ValueError("format: xhht/plan@1?")
    model, found = validate(data, "plan", display)
    if not isinstance(model, PlanFile):
        raise ValueError(", ".join(f"{f.code} {f.line}:{f.column}" for f in found))
    return model
