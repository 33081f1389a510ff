"""Validation of parsed documents against the models, with each error mapped back to its YAML position (S002, S007).

pydantic reports every error of a document at once, each with a `loc` path (`sections.0.tasks.2.lead.1`); the
loader's `YMap`/`YSeq` containers know where each key and item starts, so the path is walked back to a line and
column. An unknown key is reported at the key itself, with the closest allowed key as a suggestion.
"""

from __future__ import annotations

import difflib
import functools
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.hints import key_for, value_for
from xhht_cli.loading import Pos, YMap, YSeq
from xhht_cli.models import (
    FORMAT_BY_KIND,
    MODEL_BY_KIND,
    BodyEntry,
    Entry,
    GroupEntry,
    PlanFile,
    PlanInfo,
    RegistryFile,
    ReportFile,
    ReportInfo,
    RequiresPlans,
    Section,
    Target,
    Task,
    Waiver,
    compact,
)

_KNOWN_KEYS = sorted(
    {
        (f.alias or name)
        for model in (
            PlanFile,
            PlanInfo,
            Section,
            Task,
            Target,
            Waiver,
            RequiresPlans,
            ReportFile,
            ReportInfo,
            Entry,
            RegistryFile,
            BodyEntry,
            GroupEntry,
        )
        for name, f in model.model_fields.items()
    }
    | {"body", "functions"}
)


def locate(root: Any, loc: tuple[int | str, ...], *, at_key: bool = False) -> Pos:
    """The position of the node at `loc` (or of its key when `at_key`), or of the deepest ancestor that exists."""
    node = root
    pos: Pos = root.pos if isinstance(root, (YMap, YSeq)) else (1, 1)
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, YMap) and isinstance(part, str):
            if part not in node:
                break
            pos = node.kpos[part] if (last and at_key) else node.vpos[part]
            node = node[part]
        elif isinstance(node, YSeq) and isinstance(part, int):
            if part >= len(node):
                break
            pos = node.ipos[part]
            node = node[part]
        # other parts (union or validator tags) name no node: skip them
    return pos


def dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif "[" in part or part in ("str", "int", "float"):
            continue
        else:
            out += ("." if out else "") + part
    return out or "(gốc)"


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, (YMap, YSeq)) else ("mapping" if isinstance(value, YMap) else "list")
    return text if len(text) <= 60 else text[:57] + "..."


def validate(data: Any, kind: str, display: str) -> tuple[BaseModel | None, list[Finding]]:
    """Validate a document of `kind`; returns (model or None, findings)."""
    model_type = MODEL_BY_KIND[kind]
    try:
        model = model_type.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        found = [_finding(err, data, display, kind, i < _SUGGESTED) for i, err in enumerate(errors[:LISTED])]
        if len(errors) > LISTED:
            first = _finding(errors[LISTED], data, display, kind, suggest=False)  # the count stands where it is
            more = {"count": len(errors) - LISTED, "limit": LISTED}
            found.append(finding("S002", display, (first.line, first.column), "S002.more", more))
        if kind == "report":
            return _lenient_report(data, errors), found
        return (_lenient_plan(data, errors) if kind == "plan" else None), found
    if kind == "plan":  # (a registry's entries are indexed and let go: sharing their sets would cost, not save)
        compact(model)
    return model, []


def _lenient_report(data: Any, errors: list[Any]) -> ReportFile | None:
    """A report whose faults all lie inside some of its entries, without those entries: one bad `status` must not
    take the report's other entries out of the checks (the bad ones are S002/S007 findings already)."""
    bad: set[int] = set()
    for err in errors:
        loc = tuple(err["loc"])
        if len(loc) < 2 or loc[0] != "entries" or not isinstance(loc[1], int):
            return None  # the header or the list itself is wrong: nothing can be trusted
        bad.add(loc[1])
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return None
    kept = [i for i in range(len(entries)) if i not in bad]
    try:
        model = ReportFile.model_validate({**data, "entries": [entries[i] for i in kept]})
    except ValidationError:
        return None
    model._kept = tuple(kept)
    return model


def _lenient_plan(data: Any, errors: list[Any]) -> PlanFile | None:
    """A plan whose faults all lie inside some of its tasks or targets, without those: one wrong key in one task
    must not hide the file's other problems (unknown bodies, deadlines, sources), which only a checked plan shows.
    What the dropped items implement still counts as implemented, so that no C001 or T002 blames the plan for a
    counterpart it wrote with a fault (the fault is already S002/S007)."""
    bad: dict[tuple[Any, ...], None] = {}
    for err in errors:
        loc = tuple(err["loc"])
        if len(loc) >= 4 and loc[0] == "sections" and isinstance(loc[1], int) and loc[2] in ("tasks", "targets"):
            if isinstance(loc[3], int):
                bad[loc[:4]] = None
                continue
        elif len(loc) >= 2 and loc[0] == "targets" and isinstance(loc[1], int):
            bad[loc[:2]] = None
            continue
        return None  # the plan block or a section itself is wrong: nothing can be trusted
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        return None
    sections = [dict(s) if isinstance(s, dict) else s for s in data["sections"]]
    dropped: list[Any] = []
    kept: dict[tuple[int | None, str], tuple[int, ...]] = {}
    for si, section in enumerate(sections):
        if not isinstance(section, dict):
            continue
        for kind in ("tasks", "targets"):
            items = section.get(kind)
            if isinstance(items, list):
                kept[(si, kind)] = tuple(i for i in range(len(items)) if ("sections", si, kind, i) not in bad)
                dropped += [x for i, x in enumerate(items) if ("sections", si, kind, i) in bad]
                section[kind] = [items[i] for i in kept[(si, kind)]]
    body = {**data, "sections": sections}
    if isinstance(data.get("targets"), list):
        kept[(None, "targets")] = tuple(i for i in range(len(data["targets"])) if ("targets", i) not in bad)
        body["targets"] = [data["targets"][i] for i in kept[(None, "targets")]]
        dropped += [x for i, x in enumerate(data["targets"]) if ("targets", i) in bad]
    try:
        model = PlanFile.model_validate(body)
    except ValidationError:
        return None
    refs: set[str] = set()
    for item in dropped:
        value = item.get("implements") if isinstance(item, dict) else None
        for ref in value if isinstance(value, list) else [value]:
            if isinstance(ref, str):
                refs.add(ref)
    model._dropped_implements = frozenset(refs)
    model._kept_items = kept
    return model


@functools.lru_cache(maxsize=1024)
def _close_key(key: str) -> list[str]:
    """The known key an unknown one is probably a typo of. Only a key of a plausible length is compared: a known
    key has at most 20 characters, and difflib's cheap upper bounds already rule out any much longer or shorter."""
    if not 2 <= len(key) <= 32:
        return []
    return difflib.get_close_matches(key, _KNOWN_KEYS, n=1, cutoff=0.7)


LISTED = 1000
"""Schema errors of one file listed one by one; the rest are counted in one more finding. Nobody reads 50,000
"unknown key" lines, and a file is allowed 500,000 nodes: the listing is bounded, the count is not lost."""

_SUGGESTED = 100
"""Unknown keys of one file that get a suggestion: a file with more is not a typo, and each costs a comparison with
every known key (50,000 unknown keys took 37 s)."""


def _finding(err: Any, root: Any, display: str, kind: str, suggest: bool = True) -> Finding:
    loc: tuple[int | str, ...] = tuple(err["loc"])
    etype: str = err["type"]
    where = dotted(loc)
    ctx = err.get("ctx") or {}
    if etype == "impossible_date":
        pos = locate(root, loc)
        args = {
            "field": where,
            "value": ctx.get("value"),
            "day": ctx.get("day"),
            "month": ctx.get("month"),
            "year": ctx.get("year"),
        }
        return finding("S007", display, pos, "S007.date", args)
    if etype == "extra_forbidden":
        key = str(loc[-1]) if loc else ""
        meant = key_for(key)  # a Vietnamese key name: chu_tri -> lead
        close = [meant] if meant else (_close_key(key) if suggest else [])
        return finding(
            "S002",
            display,
            locate(root, loc, at_key=True),
            "S002.extra.vi" if meant else "S002.extra",
            {"field": where, "key": key, "suggestion": close[0] if close else "", "meant": meant},
            data={"field": where, "key": key, "suggestion": close[0] if close else ""},
        )
    pos = locate(root, loc)
    if etype == "missing":
        return finding("S002", display, pos, "S002.missing", {"field": where})
    if etype == "literal_error" and where == "format":
        return finding(
            "S002",
            display,
            pos,
            "S002.format",
            {"got": _show(err.get("input")), "expected": FORMAT_BY_KIND[kind]},
        )
    if etype == "literal_error":
        expected = str(ctx.get("expected", ""))
        allowed = re.findall(r"'([^']*)'", expected)
        key = next((str(x) for x in reversed(loc) if isinstance(x, str)), "")
        meant = value_for(key, err.get("input"), allowed)
        return finding(
            "S002",
            display,
            pos,
            "S002.literal.meant" if meant else "S002.literal",
            {"field": where, "got": _show(err.get("input")), "allowed": allowed, "meant": f"'{meant}'"},
            data={"field": where, "got": _show(err.get("input")), "expected": expected, "meant": meant},
        )
    if etype == "string_pattern_mismatch":
        return finding(
            "S002",
            display,
            pos,
            "S002.pattern",
            {"field": where, "got": _show(err.get("input")), "pattern": str(ctx.get("pattern", ""))},
        )
    if etype == "date_format":
        return finding("S002", display, pos, "S002.date", {"field": where, "got": _show(err.get("input"))})
    if etype in _TYPE_NAMES:
        return finding(
            "S002",
            display,
            pos,
            "S002.type",
            {"field": where, "expected": _TYPE_NAMES[etype], "got": _show(err.get("input"))},
        )
    if etype == "completed_required":
        return finding("S002", display, pos, "S002.completed", {"field": where})
    return finding("S002", display, pos, "S002.other", {"field": where, "detail": err.get("msg", etype)})


_TYPE_NAMES = {
    "string_type": "text",
    "list_type": "list",
    "tuple_type": "list",  # a list in YAML; some fields are kept as tuples
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "int_parsing": "whole number",
    "int_type": "whole number",
    "int_from_float": "whole number",
    "float_parsing": "number",
    "float_type": "number",
    "bool_type": "true/false",
    "bool_parsing": "true/false",
    "date_type": "date (YYYY-MM-DD)",
    "too_short": "non-empty value",
    "string_too_short": "non-empty text",
    "string_too_long": "shorter text",
    "greater_than_equal": "a year from 1945",
    "less_than_equal": "a year up to 2100",
}
