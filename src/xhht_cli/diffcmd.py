"""`xhht diff OLD NEW [LOCAL...]`: load the two versions (and any local plans), compare, write text, markdown or JSON.

Exit status as `diff` has it: 0 when the two plans are the same, 1 when they differ, 2 for a usage error (a file that
is missing, is not a plan, or cannot be read). The local plans are those among LOCAL (files or folders) that
implement either version; their tasks that implement a removed, renumbered or changed task are listed as suspect.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from xhht_cli import __version__
from xhht_cli.config import ConfigError
from xhht_cli.i18n import text
from xhht_cli.naming import plan_name
from xhht_cli.plandiff import Change, PlanDiff, Suspect, compare, find_suspects
from xhht_cli.wording import day
from xhht_cli.workspace import LoadOptions, PlanDoc, Workspace, build

DIFF_FORMATS = ("text", "markdown", "json")


def load_plan(path: Path, registry: Path | None) -> tuple[Workspace, PlanDoc]:
    if not path.is_file():
        raise ConfigError("error.diff.not-a-plan", path=path)
    ws = build([path], LoadOptions(registry=registry))
    for plan in ws.checked:
        if plan.file == str(path):
            return ws, plan
    if ws.unchecked:
        raise ConfigError("error.diff.invalid", path=path)
    raise ConfigError("error.diff.not-a-plan", path=path)


def run_diff(
    old_path: Path,
    new_path: Path,
    local: list[Path],
    *,
    fmt: str,
    lang: str,
    registry: Path | None,
    output: Path | None,
    force: bool,
) -> int:
    from xhht_cli.atomic import atomic_text, stdout_text

    if fmt not in DIFF_FORMATS:
        raise ConfigError("error.choice", option="--format", value=fmt, choices=", ".join(DIFF_FORMATS))
    old_ws, old = load_plan(old_path, registry)
    new_ws, new = load_plan(new_path, registry)
    diff = compare(old_ws, old, new_ws, new)
    if local:
        skip = {old_path.resolve(), new_path.resolve()}
        paths = [p for p in local if p.resolve() not in skip]
        local_ws = build(paths, LoadOptions(registry=registry))
        plans = [p for p in local_ws.checked if Path(p.file).resolve() not in skip]
        diff.suspects = find_suspects(diff, plans, lambda p: plan_name(p.model.plan, lang))
    body = "".join(render(diff, fmt, lang))
    if output is None:
        with stdout_text() as fh:
            fh.write(body)
    else:
        with atomic_text(output, force=force) as fh:
            fh.write(body)
    return 0 if diff.identical else 1


def render(diff: PlanDiff, fmt: str, lang: str) -> Iterator[str]:
    if fmt == "json":
        yield json.dumps(as_json(diff, lang), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "markdown":
        yield from _markdown(diff, lang)
    else:
        yield from _text(diff, lang)


def as_json(diff: PlanDiff, lang: str) -> dict[str, Any]:
    def side(plan: PlanDoc) -> dict[str, Any]:
        return {"id": plan.id, "file": plan.file, "document": plan_name(plan.model.plan, lang)}

    return {
        "tool": {"name": "xhht", "version": __version__},
        "old": side(diff.old),
        "new": side(diff.new),
        "identical": diff.identical,
        "changes": [c.as_json() for c in diff.changes],
        "suspects": [s.as_json() for s in diff.suspects],
        "summary": diff.counts(),
    }


def _show(value: Any, lang: str, field: str | None = None, width: int = 90) -> str:
    if value is None or value == [] or value == {}:
        return "—"
    if field == "issued":
        return f"«{day(value, lang)}»"
    if isinstance(value, list):
        return "; ".join(f"«{v}»" for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    s = " ".join(str(value).split())
    return f"«{s if len(s) <= width else s[: width - 1] + '…'}»"


def _field(name: str | None, lang: str) -> str:
    if name is None:
        return ""
    if name.startswith("targets."):
        return text("diff.field.target", lang, id=name.split(".", 1)[1])
    return text(f"diff.field.{name}", lang)


def describe(c: Change, lang: str) -> str:
    """One change in words (without its place)."""
    if c.kind == "added":
        return text("diff.added", lang, new=_show(c.new, lang))
    if c.kind == "removed":
        return text("diff.removed", lang, old=_show(c.old, lang))
    if c.kind == "renumbered":
        return text("diff.renumbered", lang, old=c.old, new=c.new)
    return f"{_field(c.field, lang)}: {_show(c.old, lang, c.field)} → {_show(c.new, lang, c.field)}"


def suspect_reason(s: Suspect, lang: str) -> str:
    detail = ", ".join(_field(d, lang) for d in s.detail) if s.reason == "changed" else ", ".join(s.detail)
    return text(f"diff.suspect.{s.reason}", lang, implements=s.implements, detail=detail)


def _heading(diff: PlanDiff, lang: str) -> tuple[str, str]:
    old = f"{plan_name(diff.old.model.plan, lang)} ({diff.old.file})"
    new = f"{plan_name(diff.new.model.plan, lang)} ({diff.new.file})"
    return old, new


def _summary(diff: PlanDiff, lang: str) -> str:
    if diff.identical:
        return text("diff.identical", lang)
    return text("diff.summary", lang, **diff.counts())


def _text(diff: PlanDiff, lang: str) -> Iterator[str]:
    old, new = _heading(diff, lang)
    yield text("diff.head", lang, old=old, new=new) + "\n"
    for c in diff.changes:
        where = f"{c.file}:{c.line}"
        task = f"[{c.task}] " if c.task else ""
        yield f"{where}  {task}{describe(c, lang)}\n"
    if diff.suspects:
        yield "\n" + text("diff.suspects", lang, n=len(diff.suspects)) + "\n"
        for s in diff.suspects:
            yield f"{s.file}:{s.line}  [{s.task}] {suspect_reason(s, lang)}  ({s.document})\n"
    yield "\n" + _summary(diff, lang) + "\n"


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _markdown(diff: PlanDiff, lang: str) -> Iterator[str]:
    old, new = _heading(diff, lang)
    yield f"## {_cell(text('diff.title', lang))}\n\n"
    yield f"- {_cell(text('diff.old', lang))}: {_cell(old)}\n- {_cell(text('diff.new', lang))}: {_cell(new)}\n\n"
    if diff.changes:
        cols = [text(f"diff.col.{c}", lang) for c in ("task", "change", "where")]
        yield "| " + " | ".join(cols) + " |\n|---|---|---|\n"
        for c in diff.changes:
            yield f"| {_cell(c.task or '')} | {_cell(describe(c, lang))} | {_cell(c.file)}:{c.line} |\n"
        yield "\n"
    if diff.suspects:
        yield f"### {_cell(text('diff.suspects', lang, n=len(diff.suspects)))}\n\n"
        cols = [text(f"diff.col.{c}", lang) for c in ("plan", "task", "reason", "where")]
        yield "| " + " | ".join(cols) + " |\n|---|---|---|---|\n"
        for s in diff.suspects:
            cells = (s.document, s.task, suspect_reason(s, lang), f"{s.file}:{s.line}")
            yield "| " + " | ".join(_cell(x) for x in cells) + " |\n"
        yield "\n"
    yield _cell(_summary(diff, lang)) + "\n"
