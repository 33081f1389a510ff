"""Comparing a checked plan's task and target texts with its source documents (`xhht_cli.sources` reads and
matches them). A source that cannot be read and a text that does not occur in its source are recorded in
`Workspace.unresolved.source_texts` (S009)."""

from __future__ import annotations

from pathlib import Path

from xhht_cli.loading import YMap, YSeq
from xhht_cli.resources import shipped_dir
from xhht_cli.sources import Source, fold_text, locate, matched, read_source
from xhht_cli.workspace.index import PlanDoc, Workspace
from xhht_cli.workspace.unresolved import UnmatchedText, UnreadSource


class SourceTexts:
    """The source documents of one build, each read once however many plans name it."""

    def __init__(self, ws: Workspace, limit: int) -> None:
        self.ws = ws
        self.limit = limit
        self._read: dict[Path, Source] = {}

    def source(self, plan: PlanDoc, name: str) -> Source:
        """A source document named in `plan`, read once per run (confined to the plan's repository)."""
        path, problem = locate(plan.doc.path, name, shipped_dir())
        if path is None:
            return Source(None, problem=problem)
        if path not in self._read:
            src = self._read[path] = read_source(path, self.limit)
            if src.text is not None:
                self.ws.sources[path] = src.text
        return self._read[path]

    def verify(self, plan: PlanDoc) -> None:
        """Every task and target text occurs in the plan's source (or its own `source`)."""
        info = plan.model.plan
        if not info.source:
            return
        out = self.ws.unresolved.source_texts
        texts: dict[str, Source] = {}
        for i, rel in enumerate(info.source):
            texts[rel] = self.source(plan, rel)
            plan.source_paths.append(texts[rel].path if texts[rel].text is not None else None)
            if texts[rel].folded is None:
                block = plan.raw.get("plan")
                src = block.get("source") if isinstance(block, YMap) else None
                pos = src.ipos[i] if isinstance(src, YSeq) else plan.plan_pos("source")
                out.append(UnreadSource(plan.file, pos, rel, _problem(texts[rel]), self.limit, plan.id, None))
        items: list[tuple[str, str | None, YMap, str]] = [
            (t.task.text, t.task.source, t.node, t.id) for t in plan.tasks.values()
        ]
        items += [(t.target.text, t.target.source, t.node, t.id) for t in plan.targets.values()]
        for text, own, node, item in items:
            pos = node.vpos.get("text", node.pos)
            if own is not None and own not in texts:
                texts[own] = self.source(plan, own)
                if texts[own].folded is None:
                    where = node.vpos.get("source", pos)
                    out.append(UnreadSource(plan.file, where, own, _problem(texts[own]), self.limit, plan.id, item))
                    continue
            candidates = [texts[own]] if own is not None else list(texts.values())
            available = [c for c in candidates if c.folded is not None]
            if not available:
                continue
            needle = fold_text(text)
            found = matched(needle, available)
            if found >= 0:
                source = own or tuple(info.source)
                out.append(UnmatchedText(plan.file, pos, needle, found, source, plan.id, item))


def _problem(src: Source) -> str:
    return src.problem or "missing"
