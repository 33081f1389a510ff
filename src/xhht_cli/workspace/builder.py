"""Building a workspace from files already read (`xhht_cli.workspace.reading`): the registry first, then the plans
(indexed by id, with their tasks and targets), their templates (from the run, else from the shipped plans), each
checked plan's names, deadlines and source texts, and last the progress reports.

Nothing is reported here: what cannot be resolved is recorded in `Workspace.unresolved`, and the rules report it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from xhht_cli.deadlines import Deadline, DeadlineError
from xhht_cli.loading import Document, YMap, YSeq, load_file
from xhht_cli.models import PlanFile, RegistryFile, ReportFile, Target
from xhht_cli.registry import Registry
from xhht_cli.resources import shipped_plan_files
from xhht_cli.schema import validate
from xhht_cli.workspace.index import Child, PlanDoc, Progress, ReportDoc, Scope, TargetInfo, TaskInfo, Workspace
from xhht_cli.workspace.names import parse_deadlines, resolve_bodies
from xhht_cli.workspace.reading import Loaded, LoadOptions
from xhht_cli.workspace.registry_files import load_registry
from xhht_cli.workspace.source_texts import SourceTexts
from xhht_cli.workspace.unresolved import Dangling, DanglingEntry, DuplicateId, PlanLoop, UnknownPlan

_KNOWN = 8
"""How many plan ids a message about an unknown plan id names."""


class Builder:
    def __init__(self, options: LoadOptions, scope: Scope | None = None) -> None:
        self.options = options
        self.scope = scope
        self.ws = Workspace(registry=Registry())
        if scope is not None:
            self.ws.remote = list(scope.heads)
        self.sources = SourceTexts(self.ws, options.limits.max_bytes)
        self._shipped_read: set[Any] = set()
        self._parsed: dict[str, Deadline | DeadlineError] = {}
        self._known: tuple[tuple[int, int], tuple[str, ...]] | None = None

    def run(self, files: Iterable[Loaded]) -> Workspace:
        ws = self.ws
        plan_docs: list[tuple[PlanFile, Document]] = []
        report_docs: list[tuple[ReportFile, Document]] = []
        registry_docs: list[tuple[RegistryFile, Document]] = []
        for loaded in files:
            ws.files_read += 1
            doc, model = loaded.doc, loaded.model
            ws.findings.extend(loaded.findings)
            if loaded.outcome == "skipped":
                ws.skipped.append(doc.display)
            elif loaded.outcome == "unchecked":
                ws.unchecked.append(doc.display)
            if isinstance(model, PlanFile):
                plan_docs.append((model, doc))
            elif isinstance(model, ReportFile):
                report_docs.append((model, doc))
            elif isinstance(model, RegistryFile):
                registry_docs.append((model, doc))
        load_registry(ws, self.options, registry_docs)
        for model, doc in plan_docs:
            self._add_plan(model, doc, shipped=False)
        self._load_templates()
        for plan in ws.checked:
            resolve_bodies(ws, plan, record=True)
            parse_deadlines(ws, plan, self._parsed)
            self.sources.verify(plan)
            self._check_references(plan)
        for rmodel, rdoc in report_docs:
            self._add_report(rmodel, rdoc)
        self._index_children()
        return ws

    def known_plans(self) -> tuple[str, ...]:
        """The first plan ids of the run so far, for a message about an id that is not one of them (worked out again
        only when plans were added: 3,321 plans with an unknown template once sorted every id 3,321 times)."""
        ws = self.ws
        size = (len(ws.plans), len(ws.remote))
        if self._known is None or self._known[0] != size:
            ids = set(ws.plans)
            ids.update(h.id for h in ws.remote)
            self._known = (size, tuple(heapq.nsmallest(_KNOWN, ids)))
        return self._known[1]

    def _index_children(self) -> None:
        ws = self.ws
        for p in ws.plans.values():
            info = p.model.plan
            if info.implements and not p.shipped:  # shipped templates are not among the checked files
                ws.kids.setdefault(info.implements, []).append(Child(info.level, info.jurisdiction, p.issuer))
        for h in ws.remote:
            if h.implements and h.id not in ws.plans:
                kid = Child(h.level, h.jurisdiction, ws.registry.resolve(h.issuer, h.jurisdiction))
                ws.kids.setdefault(h.implements, []).append(kid)

    # -- plans ---------------------------------------------------------------------------------------------

    def _add_plan(self, model: PlanFile, doc: Document, *, shipped: bool) -> PlanDoc | None:
        ws = self.ws
        duplicates = ws.unresolved.duplicates
        plan = PlanDoc(model=model, doc=doc, shipped=shipped)
        if plan.id in ws.plans:
            if not shipped:
                first = ws.plans[plan.id]
                pos = plan.plan_pos("id")
                duplicates.append(DuplicateId(doc.display, pos, "plan", plan.id, first_file=first.file, plan=plan.id))
            return None
        ws.plans[plan.id] = plan
        if not shipped:
            ws.checked.append(plan)
        sections = doc.data.get("sections")
        seen_sections: dict[str, Any] = {}
        for si, section in enumerate(model.sections):
            snode = sections[si]
            spos = sections.ipos[si]
            if section.id in seen_sections and not shipped:
                pos, line = snode.vpos.get("id", spos), seen_sections[section.id][0]
                duplicates.append(DuplicateId(doc.display, pos, "section", section.id, first_line=line, plan=plan.id))
            seen_sections.setdefault(section.id, spos)
            tnodes = snode.get("tasks")
            for ti, task in enumerate(section.tasks):
                tnode = tnodes[model.raw_index(si, "tasks", ti)]
                info = TaskInfo(plan=plan, section=section, task=task, node=tnode)
                if task.id in plan.tasks:
                    if not shipped:
                        line = plan.tasks[task.id].pos("id")[0]
                        dup = DuplicateId(doc.display, info.pos("id"), "task", task.id, None, line, plan.id, task.id)
                        duplicates.append(dup)
                    continue
                plan.tasks[task.id] = info
            self._add_targets(plan, section.targets, snode.get("targets"), section.id, si)
        self._add_targets(plan, model.targets, doc.data.get("targets"), None, None)
        return plan

    def _add_targets(
        self, plan: PlanDoc, targets: list[Target], raw: Any, section: str | None, index: int | None
    ) -> None:
        for i, target in enumerate(targets):
            node = raw[plan.model.raw_index(index, "targets", i)]
            info = TargetInfo(plan=plan, target=target, node=node, section=section)
            if target.id in plan.targets:
                if not plan.shipped:
                    line = plan.targets[target.id].node.pos[0]
                    dup = DuplicateId(plan.file, raw.ipos[i], "target", target.id, first_line=line, plan=plan.id)
                    self.ws.unresolved.duplicates.append(dup)
                continue
            plan.targets[target.id] = info

    # -- templates -----------------------------------------------------------------------------------------

    def _load_templates(self) -> None:
        """Find every plan's template among the loaded plans, then among the shipped ones; record when none."""
        ws = self.ws
        if self.scope is None or self.scope.shipped:
            self._load_shipped(plan.model.plan.implements for plan in ws.checked)
        # resolve chains: templates of templates (for loops and for shipped templates' own templates)
        loops: dict[str, tuple[str, ...] | None] = {}
        for plan in ws.checked:
            ref = plan.model.plan.implements
            if ref is None:
                continue
            pos = plan.plan_pos("implements")
            if ref not in ws.plans:
                ws.unresolved.unknown_plans.append(UnknownPlan(plan.file, pos, ref, self.known_plans(), plan.id))
                continue
            loop = self._loop_from(ref, loops)
            if loop is not None:
                ws.unresolved.plan_loops.append(PlanLoop(plan.file, pos, plan.id, ref, loop))

    def _loop_from(self, start: str, loops: dict[str, tuple[str, ...] | None]) -> tuple[str, ...] | None:
        """The loop that the `implements` chain from `start` runs into (its ids from where the chain enters it), or
        None. Each plan is walked once for the whole run (`loops` keeps what is known), so that 2,000 plans in one
        ring take 2,000 steps, not 2,000 each."""
        plans = self.ws.plans
        path: list[str] = []
        at: dict[str, int] = {}
        cur: str | None = start
        found: tuple[str, ...] | None = None
        while cur is not None and cur in plans:
            if cur in loops:
                found = loops[cur]
                break
            if cur in at:
                found = tuple(path[at[cur] :])
                break
            at[cur] = len(path)
            path.append(cur)
            cur = plans[cur].model.plan.implements
        for pid in path:
            loops[pid] = found
        return found

    def _load_shipped(self, wanted: Iterable[str | None]) -> None:
        """Add the shipped plans with the ids `wanted` that the run lacks, and their own templates. The shipped files
        are read in order (national templates first) only until all of them are found: checking a provincial plan
        reads its template, not every shipped plan, and an id that no shipped file has means reading them all."""
        ws = self.ws
        elsewhere = self.scope.plan_ids if self.scope is not None else frozenset()
        missing = {w for w in wanted if w is not None and w not in ws.plans and w not in elsewhere}
        for path in shipped_plan_files():
            if not missing:
                return
            if path in self._shipped_read:
                continue
            self._shipped_read.add(path)
            doc = load_file(path, str(path))  # the size limit is for the user's files
            if doc.fatal or doc.kind != "plan":
                continue
            model, _ = validate(doc.data, "plan", doc.display)
            if isinstance(model, PlanFile) and model.plan.id not in ws.plans and model.plan.id not in elsewhere:
                plan = self._add_plan(model, doc, shipped=True)
                if plan is not None:
                    resolve_bodies(ws, plan, record=False)
                    missing.discard(plan.id)
                    ref = model.plan.implements
                    if ref is not None and ref not in ws.plans and ref not in elsewhere:
                        missing.add(ref)

    def _check_references(self, plan: PlanDoc) -> None:
        """`implements` ids that the template does not have."""
        template = self.ws.template(plan)
        if template is None:
            return
        out = self.ws.unresolved.dangling
        for info in plan.tasks.values():
            raw = info.node.get("implements")
            for i, ref in enumerate(info.task.implements):
                if ref not in template.tasks:
                    pos = raw.ipos[i] if isinstance(raw, YSeq) else info.pos("implements")
                    out.append(Dangling(plan.file, pos, ref, template.id, "task", plan.id, info.id))
        for tinfo in plan.targets.values():
            tref = tinfo.target.implements
            if tref is not None and tref not in template.targets:
                pos = tinfo.node.vpos.get("implements", tinfo.node.pos)
                out.append(Dangling(plan.file, pos, tref, template.id, "target", plan.id, tinfo.id))
        block = plan.raw.get("plan")
        waived = block.get("waived") if isinstance(block, YMap) else None
        for i, w in enumerate(plan.model.plan.waived):
            if w.implements not in template.tasks and w.implements not in template.targets:
                pos = waived.ipos[i] if isinstance(waived, YSeq) else plan.plan_pos("waived")
                wnode = waived[i] if isinstance(waived, YSeq) else None
                if isinstance(wnode, YMap) and "implements" in wnode.vpos:
                    pos = wnode.vpos["implements"]
                out.append(Dangling(plan.file, pos, w.implements, template.id, "waiver", plan.id, None))

    # -- reports ---------------------------------------------------------------------------------------------

    def _add_report(self, model: ReportFile, doc: Document) -> None:
        ws = self.ws
        report = ReportDoc(model=model, doc=doc)
        ws.reports.append(report)
        if self.scope is None or self.scope.shipped:
            self._load_shipped([model.report.plan])  # a report may be about a shipped plan
        plan = ws.plans.get(model.report.plan)
        rblock = doc.data.get("report")
        if plan is None:
            pos = rblock.vpos.get("plan", rblock.pos) if isinstance(rblock, YMap) else (1, 1)
            ws.unresolved.unknown_plans.append(UnknownPlan(doc.display, pos, model.report.plan, self.known_plans()))
            return
        for i, entry in model.indexed():
            if entry.task not in plan.tasks:
                pos = report.entry_pos(i, "task")
                ws.unresolved.dangling_entries.append(DanglingEntry(doc.display, pos, entry.task, plan.id))
                continue
            ws.progress.setdefault((plan.id, entry.task), []).append(Progress(entry, report, i))
