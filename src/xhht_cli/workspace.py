"""Everything loaded for one run, validated and indexed: plans by id, templates, registry, progress reports.

Building the workspace produces the file-level findings (S001-S009) and dangling references (C002): this is all
`xhht validate` runs. The workspace is read-only afterwards; the rules in `xhht_cli.rules` only look at it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from xhht_cli.codes import finding
from xhht_cli.deadlines import Deadline, DeadlineError, parse_deadline
from xhht_cli.entries import conflicts, misfits
from xhht_cli.findings import Finding
from xhht_cli.loading import Document, Limits, Pos, YMap, YSeq, discover, load_file
from xhht_cli.models import Entry, PlanFile, RegistryFile, ReportFile, Section, Target, Task
from xhht_cli.registry import Registry
from xhht_cli.resources import shipped_dir, shipped_plan_files, shipped_provinces, shipped_registry
from xhht_cli.schema import validate
from xhht_cli.sources import Source, fold_text, locate, matched, read_source
from xhht_cli.succession import succession_loops

__all__ = ["fold_text"]  # where the rules have always found it

_FORMATS = "xhht/plan@1 | xhht/report@1 | xhht/registry@1"


_NONE: list[Any] = []  # what `progress_of` returns for a task no report mentions (never modified)


@dataclass(slots=True)
class TaskInfo:
    plan: PlanDoc
    section: Section
    task: Task
    node: YMap
    deadline: Deadline | None = None
    leads: tuple[str, ...] = ()
    """Registry ids of the lead bodies that resolved, once each, in the order written (likewise below)."""
    cooperating: tuple[str, ...] = ()
    plans_from: tuple[str, ...] = ()
    plans_deadline: Deadline | None = None

    @property
    def id(self) -> str:
        return self.task.id

    def pos(self, key: str | None = None) -> Pos:
        """Where the task's `key` value is written; else where its `id` key is; else where the task starts."""
        node = self.node
        return (key is not None and node.at(key)) or node.at("id", value=False) or node.pos

    def written(self, key: str, entity_id: str, registry: Registry) -> tuple[str | None, Pos]:
        """How the task writes the body `entity_id` under `key` (`lead`, `cooperating`, `from`), and where."""
        node: Any = self.node
        if key == "from":
            node = node.get("requires_plans")
            names = self.task.requires_plans.from_ if self.task.requires_plans else []
        else:
            names = getattr(self.task, key)
        raw = node.get(key) if isinstance(node, YMap) else None
        jur = self.plan.model.plan.jurisdiction
        for i, name in enumerate(names):
            if registry.resolve(name, jur) == entity_id:
                return name, raw.ipos[i] if isinstance(raw, YSeq) and i < len(raw.ipos) else self.pos(key)
        return None, self.pos("requires_plans" if key == "from" else key)

    def label(self) -> str:
        if self.task.title:
            return self.task.title
        words = self.task.text.split()
        return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


@dataclass(slots=True)
class TargetInfo:
    plan: PlanDoc
    target: Target
    node: YMap
    section: str | None

    @property
    def id(self) -> str:
        return self.target.id


@dataclass(slots=True)
class PlanDoc:
    model: PlanFile
    doc: Document
    shipped: bool = False
    tasks: dict[str, TaskInfo] = field(default_factory=dict)
    targets: dict[str, TargetInfo] = field(default_factory=dict)
    issuer: str | None = None
    source_paths: list[Path | None] = field(default_factory=list)
    """Where each `plan.source` was read from (its key in `Workspace.sources`), None for one refused or unread."""

    @property
    def id(self) -> str:
        return self.model.plan.id

    @property
    def file(self) -> str:
        return self.doc.display

    @property
    def label(self) -> str:
        """How messages name the plan: by its số, ký hiệu (`xhht_cli.wording.document` adds its kind), or by its
        id when it has none."""
        return self.model.plan.number or self.id

    @property
    def raw(self) -> YMap:
        data = self.doc.data
        assert isinstance(data, YMap)
        return data

    def plan_pos(self, key: str | None = None) -> Pos:
        block = self.raw.get("plan")
        if isinstance(block, YMap):
            return (key is not None and block.at(key)) or self.raw.at("plan", value=False) or (1, 1)
        return (1, 1)


@dataclass(slots=True)
class ReportDoc:
    model: ReportFile
    doc: Document

    def entry_pos(self, index: int, key: str | None = None) -> Pos:
        entries = self.doc.data.get("entries")
        if isinstance(entries, YSeq) and index < len(entries):
            node = entries[index]
            if isinstance(node, YMap) and key is not None and key in node.vpos:
                return node.vpos[key]
            return entries.ipos[index]
        return (1, 1)


@dataclass(slots=True)
class Progress:
    entry: Entry
    report: ReportDoc
    index: int


@dataclass(slots=True)
class Workspace:
    registry: Registry
    plans: dict[str, PlanDoc] = field(default_factory=dict)
    checked: list[PlanDoc] = field(default_factory=list)
    """Plans from the files the user named (shipped templates loaded for reference are not checked)."""
    reports: list[ReportDoc] = field(default_factory=list)
    progress: dict[tuple[str, str], list[Progress]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)
    files_read: int = 0
    sources: dict[Path, str] = field(default_factory=dict)
    """Source texts of the checked plans, as read (decoded, not folded), by resolved path."""
    memo: dict[Any, Any] = field(default_factory=dict)
    """Values the rules derive from the read-only workspace and share (e.g. which template tasks apply where)."""
    remote: list[PlanHead] = field(default_factory=list)
    """Plans of the run that were not built here (a part of a parallel run): they count as children."""
    _children: dict[str, list[Child]] | None = None

    def template(self, plan: PlanDoc) -> PlanDoc | None:
        ref = plan.model.plan.implements
        return self.plans.get(ref) if ref else None

    def children(self, plan_id: str) -> list[Child]:
        """Plans that implement `plan_id`, loaded here or elsewhere in the run (indexed once, on first use)."""
        if self._children is None:
            self._children = {}
            for p in self.plans.values():
                info = p.model.plan
                if info.implements and not p.shipped:  # shipped templates are not among the checked files
                    kid = Child(info.level, info.jurisdiction, p.issuer)
                    self._children.setdefault(info.implements, []).append(kid)
            for h in self.remote:
                if h.implements and h.id not in self.plans:
                    kid = Child(h.level, h.jurisdiction, self.registry.resolve(h.issuer, h.jurisdiction))
                    self._children.setdefault(h.implements, []).append(kid)
        return self._children.get(plan_id, [])

    def known_plans(self) -> str:
        """The first plan ids of the run, for messages about an id that is not one of them (worked out once for as
        many plans as there are: 3,321 plans with an unknown template sorted every id 3,321 times)."""
        size = (len(self.plans), len(self.remote))
        cached = self.memo.get("known_plans")
        if cached is None or cached[0] != size:
            ids = set(self.plans)
            ids.update(h.id for h in self.remote)
            cached = self.memo["known_plans"] = (size, ", ".join(heapq.nsmallest(8, ids)))
        return str(cached[1])

    def progress_of(self, plan: PlanDoc, task_id: str, as_of: date | None = None) -> list[Progress]:
        """Report entries about a task; with `as_of`, only those of reports that existed on that day."""
        entries = self.progress.get((plan.id, task_id), _NONE)
        if as_of is None or not entries:
            return entries
        return [p for p in entries if p.report.model.report.date <= as_of]


@dataclass(frozen=True, slots=True)
class LoadOptions:
    limits: Limits = field(default_factory=Limits)
    registry: Path | None = None
    """A registry file used instead of the shipped one."""


def build(paths: Iterable[Path], options: LoadOptions = LoadOptions()) -> Workspace:
    """Load, validate and index the files under `paths` (plus shipped templates as needed)."""
    return assemble((read(path, options.limits) for path in discover(list(paths))), options)


def assemble(files: Iterable[Loaded], options: LoadOptions = LoadOptions(), scope: Scope | None = None) -> Workspace:
    """Index files already read (in the order given), load the registry and templates, and check references.

    With a `scope`, `files` are part of a larger run (see `xhht_cli.parallel`): what the scope says about the other
    files is used where the result would otherwise depend on them.
    """
    return _Builder(options, scope).run(files)


@dataclass(slots=True)
class Loaded:
    """One file read and validated against its schema: the first, per-file half of building a workspace."""

    doc: Document
    model: PlanFile | ReportFile | RegistryFile | None
    findings: list[Finding]
    outcome: str
    """`ok`; `skipped` (not an xhht file); `unchecked` (an xhht file that cannot be parsed or fails its schema)."""


def read(path: Path, limits: Limits | None = None) -> Loaded:
    """Read, parse and validate one file (S001-S003, S008 and the S002 of a missing or unknown `format`)."""
    doc = load_file(path, str(path), limits or Limits())
    found = list(doc.findings)
    if doc.fatal:
        return Loaded(doc, None, found, "unchecked")
    kind = doc.kind
    if kind is None and not doc.looks_like_ours:
        return Loaded(doc, None, found, "skipped")
    if kind not in ("plan", "report", "registry"):  # meant for xhht, but `format` is missing or not ours
        data = doc.data
        if isinstance(data, YMap) and "format" in data:
            f = finding(
                "S002", doc.display, data.vpos["format"], "S002.format", {"got": data["format"], "expected": _FORMATS}
            )
        else:
            f = finding("S002", doc.display, data.pos if isinstance(data, YMap) else (1, 1), "S002.no-format")
        found.append(f)
        return Loaded(doc, None, found, "unchecked")
    model, errors = validate(doc.data, kind, doc.display)
    found.extend(errors)
    if model is None:
        return Loaded(doc, None, found, "unchecked")
    assert isinstance(model, (PlanFile, ReportFile, RegistryFile))
    return Loaded(doc, model, found, "ok")


@dataclass(frozen=True, slots=True)
class PlanHead:
    """What other plans need to know about a plan that implements theirs (C004): its level, place and issuer."""

    id: str
    implements: str | None
    level: str
    jurisdiction: str | None
    issuer: str
    """The issuer as written; `Child.issuer` is its registry id."""


@dataclass(frozen=True, slots=True)
class Child:
    """A plan that implements another: its level, jurisdiction and issuer (a registry id, None when unknown)."""

    level: str
    jurisdiction: str | None
    issuer: str | None


@dataclass(frozen=True, slots=True)
class Scope:
    """What a build of part of the files knows about the whole run: which plan ids exist, whether the shipped
    templates are loaded, and the heads of every plan (so that children in other parts count for C004)."""

    plan_ids: frozenset[str]
    shipped: bool
    heads: tuple[PlanHead, ...]


def head(model: PlanFile) -> PlanHead:
    info = model.plan
    return PlanHead(info.id, info.implements, info.level, info.jurisdiction, info.issuer)


class _Builder:
    def __init__(self, options: LoadOptions, scope: Scope | None = None) -> None:
        self.options = options
        self.scope = scope
        self.ws = Workspace(registry=Registry())
        if scope is not None:
            self.ws.remote = list(scope.heads)
        self._sources: dict[Path, Source] = {}
        self._registry_nodes: dict[str, YMap] = {}
        self._shipped_read: set[Path] = set()
        self._parsed: dict[str, Deadline | DeadlineError] = {}

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
        self._load_registry(registry_docs)
        for model, doc in plan_docs:
            self._add_plan(model, doc, shipped=False)
        self._load_templates()
        for plan in ws.checked:
            self._check_plan(plan)
        for rmodel, rdoc in report_docs:
            self._add_report(rmodel, rdoc)
        return ws

    # -- registry ---------------------------------------------------------------------------------------------

    def _load_registry(self, user: list[tuple[RegistryFile, Document]]) -> None:
        reg = self.ws.registry
        base = self.options.registry or shipped_registry()
        kinds = shipped_provinces() if self.options.registry is None else None
        if kinds is not None:
            from xhht_cli.provinces import load as load_provinces

            reg.provinces = load_provinces(kinds)
        if base is not None:
            doc = load_file(base, str(base), Limits() if self.options.registry is None else self.options.limits)
            if not doc.fatal and doc.kind != "registry":
                # nothing of a file that is not a registry is quoted: it may be any file on the machine
                doc.findings = [finding("S002", doc.display, (1, 1), "S002.not-registry")]
                doc.fatal = True
            model = None if doc.fatal else validate(doc.data, "registry", doc.display)
            if model is None or model[0] is None:
                found = doc.findings + (model[1] if model else [])
                self.ws.findings.extend(found)
            else:
                assert isinstance(model[0], RegistryFile)
                user = [(model[0], doc), *user]
        for rmodel, rdoc in user:
            reg.add(self._registry_entries(rmodel, rdoc))
        reg.build()
        for entry, ring in succession_loops(reg._entities):
            last = ring[-1]  # the entry whose `succeeded_by` closes the loop
            file, pos = reg.origin.get(last, ("registry", (1, 1)))
            pos = _field_pos(self._registry_nodes.get(last), "succeeded_by", entry) or pos
            chain = " → ".join([*ring[:_SHOWN], *(["…"] if len(ring) > _SHOWN else []), entry])
            self.ws.findings.append(finding("S006", file, pos, "S006.succession-loop", {"entry": last, "chain": chain}))
        for p in reg.problems:
            file, pos = p.source if p.source else ("registry", (1, 1))
            pos = _field_pos(self._registry_nodes.get(p.entry_id), p.field, p.value) or pos
            if p.kind == "unknown-reference":
                self.ws.findings.append(
                    finding(
                        "S006",
                        file,
                        pos,
                        "S006.registry",
                        {"entry": p.entry_id, "field": p.field, "name": p.value},
                    )
                )
            else:
                self.ws.findings.append(
                    finding("S004", file, pos, "S004.registry-name", {"entry": p.entry_id, "name": p.value})
                )

    def _registry_entries(self, model: RegistryFile, doc: Document) -> Iterator[Any]:
        seen: dict[str, Pos] = {}
        for key, entries in (("bodies", model.bodies), ("groups", model.groups)):
            raw = doc.data.get(key)
            for i, entry in enumerate(entries):
                pos = raw.ipos[i] if isinstance(raw, YSeq) else (1, 1)
                if entry.id in seen:
                    self.ws.findings.append(
                        finding(
                            "S004",
                            doc.display,
                            pos,
                            "S004.id",
                            {"kind": "registry", "id": entry.id, "first_line": seen[entry.id][0]},
                        )
                    )
                    continue
                seen[entry.id] = pos
                node = raw[i] if isinstance(raw, YSeq) else None
                if isinstance(node, YMap):
                    self._registry_nodes[entry.id] = node
                yield entry, (doc.display, pos)

    # -- plans ---------------------------------------------------------------------------------------------

    def _add_plan(self, model: PlanFile, doc: Document, *, shipped: bool) -> PlanDoc | None:
        ws = self.ws
        plan = PlanDoc(model=model, doc=doc, shipped=shipped)
        if plan.id in ws.plans:
            if not shipped:
                first = ws.plans[plan.id]
                ws.findings.append(
                    finding(
                        "S004",
                        doc.display,
                        plan.plan_pos("id"),
                        "S004.plan",
                        {"id": plan.id, "first": first.file},
                        plan=plan.id,
                    )
                )
            return None
        ws.plans[plan.id] = plan
        if not shipped:
            ws.checked.append(plan)
        sections = doc.data.get("sections")
        seen_sections: dict[str, Pos] = {}
        for si, section in enumerate(model.sections):
            snode = sections[si]
            spos = sections.ipos[si]
            if section.id in seen_sections and not shipped:
                ws.findings.append(
                    finding(
                        "S004",
                        doc.display,
                        snode.vpos.get("id", spos),
                        "S004.id",
                        {"kind": "section", "id": section.id, "first_line": seen_sections[section.id][0]},
                        plan=plan.id,
                    )
                )
            seen_sections.setdefault(section.id, spos)
            tnodes = snode.get("tasks")
            for ti, task in enumerate(section.tasks):
                tnode = tnodes[model.raw_index(si, "tasks", ti)]
                info = TaskInfo(plan=plan, section=section, task=task, node=tnode)
                if task.id in plan.tasks:
                    if not shipped:
                        ws.findings.append(
                            finding(
                                "S004",
                                doc.display,
                                info.pos("id"),
                                "S004.id",
                                {
                                    "kind": "task",
                                    "id": task.id,
                                    "first_line": plan.tasks[task.id].pos("id")[0],
                                },
                                plan=plan.id,
                                task=task.id,
                            )
                        )
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
                    self.ws.findings.append(
                        finding(
                            "S004",
                            plan.file,
                            raw.ipos[i],
                            "S004.id",
                            {
                                "kind": "target",
                                "id": target.id,
                                "first_line": plan.targets[target.id].node.pos[0],
                            },
                            plan=plan.id,
                        )
                    )
                continue
            plan.targets[target.id] = info

    def _load_templates(self) -> None:
        """Find every plan's template among the loaded plans, then among the shipped ones; S005 when none."""
        ws = self.ws
        if self.scope is None or self.scope.shipped:
            self._load_shipped(plan.model.plan.implements for plan in ws.checked)
        # resolve chains: templates of templates (for loops and for shipped templates' own templates)
        loops: dict[str, tuple[str, ...] | None] = {}
        for plan in ws.checked:
            ref = plan.model.plan.implements
            if ref is None:
                continue
            if ref not in ws.plans:
                ws.findings.append(
                    finding(
                        "S005",
                        plan.file,
                        plan.plan_pos("implements"),
                        "S005.implements",
                        {"id": ref, "known": ws.known_plans()},
                        plan=plan.id,
                    )
                )
                continue
            loop = self._loop_from(ref, loops)
            if loop is not None:
                ws.findings.append(
                    finding(
                        "S005",
                        plan.file,
                        plan.plan_pos("implements"),
                        "S005.loop",
                        {"chain": " → ".join(_loop_chain(plan.id, ref, loop))},
                        plan=plan.id,
                    )
                )

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
                    self._resolve_bodies(plan, report=False)
                    missing.discard(plan.id)
                    ref = model.plan.implements
                    if ref is not None and ref not in ws.plans and ref not in elsewhere:
                        missing.add(ref)

    def _check_plan(self, plan: PlanDoc) -> None:
        self._resolve_bodies(plan, report=True)
        self._parse_deadlines(plan)
        self._verify_sources(plan)
        self._check_references(plan)

    def _resolve_bodies(self, plan: PlanDoc, *, report: bool) -> None:
        reg = self.ws.registry
        jur = plan.model.plan.jurisdiction
        level = plan.model.plan.level

        def resolve(name: str, where: Callable[[], Pos], task: str | None) -> str | None:
            found = reg.resolve(name, jur)
            if found is None and report:
                suggestions = reg.suggest(name, jur, level=level)
                self.ws.findings.append(
                    finding(
                        "S006",
                        plan.file,
                        where(),
                        "S006",
                        {"name": name, "suggestions": "; ".join(suggestions)},
                        data={"name": name, "suggestions": suggestions, "jurisdiction": jur},
                        plan=plan.id,
                        task=task,
                    )
                )
            return found

        plan.issuer = resolve(plan.model.plan.issuer, lambda: plan.plan_pos("issuer"), None)

        def resolve_all(names: Sequence[str], node: YMap, key: str, info: TaskInfo) -> tuple[str, ...]:
            out: list[str] = []
            joined = _split_names(names, reg, jur) if report else {}
            i = 0
            while i < len(names):
                if i in joined:  # a name cut at its commas: one finding with the fix, and the body it names
                    end, rid = joined[i]
                    self.ws.findings.append(
                        finding(
                            "S006",
                            plan.file,
                            _item_pos(node, key, i, info),
                            "S006.split",
                            {"joined": ", ".join(names[i:end]), "pieces": " | ".join(names[i:end])},
                            data={"name": ", ".join(names[i:end]), "pieces": list(names[i:end]), "resolved": rid},
                            plan=plan.id,
                            task=info.id,
                        )
                    )
                    found: str | None = rid
                    i = end
                else:
                    found = resolve(names[i], lambda i=i: _item_pos(node, key, i, info), info.id)  # type: ignore[misc]
                    i += 1
                if found is not None and found not in out:
                    out.append(found)
            return tuple(out)

        for info in plan.tasks.values():
            node = info.node
            info.leads = resolve_all(info.task.lead, node, "lead", info)
            info.cooperating = resolve_all(info.task.cooperating, node, "cooperating", info)
            rp = info.task.requires_plans
            if rp is not None:
                info.plans_from = resolve_all(rp.from_, node, "from", info)
            if not report:  # shipped templates: deadlines are needed for D003/D006, findings are not
                info.deadline = _ok(parse_deadline(info.task.deadline)) if info.task.deadline else None
                if rp is not None and rp.deadline:
                    info.plans_deadline = _ok(parse_deadline(rp.deadline))

    def _parse_deadlines(self, plan: PlanDoc) -> None:
        for info in plan.tasks.values():
            if info.task.deadline is not None:
                info.deadline = self._deadline(plan, info, info.task.deadline, info.pos("deadline"))
            rp = info.task.requires_plans
            if rp is not None and rp.deadline is not None:
                rnode = info.node.get("requires_plans")
                pos = rnode.vpos.get("deadline", rnode.pos) if isinstance(rnode, YMap) else info.pos()
                info.plans_deadline = self._deadline(plan, info, rp.deadline, pos)

    def _deadline(self, plan: PlanDoc, info: TaskInfo, text: str, pos: Pos) -> Deadline | None:
        parsed = self._parsed.get(text)
        if parsed is None:
            parsed = self._parsed[text] = parse_deadline(text)
        if isinstance(parsed, DeadlineError):
            self.ws.findings.append(
                finding(
                    "S007",
                    plan.file,
                    pos,
                    "S007.deadline",
                    {"text": text, "vi": parsed.message("vi"), "en": parsed.message("en")},
                    data={"text": text, "reason": parsed.reason, **parsed.params},
                    plan=plan.id,
                    task=info.id,
                )
            )
            return None
        return parsed

    def _source(self, plan: PlanDoc, name: str) -> Source:
        """A source document named in `plan`, read once per run (confined to the plan's repository)."""
        path, problem = locate(plan.doc.path, name, shipped_dir())
        if path is None:
            return Source(None, problem=problem)
        if path not in self._sources:
            src = self._sources[path] = read_source(path, self.options.limits.max_bytes)
            if src.text is not None:
                self.ws.sources[path] = src.text
        return self._sources[path]

    def _missing_source(self, plan: PlanDoc, name: str, src: Source, pos: Pos, task: str | None) -> None:
        key = "S009.missing-source" if src.problem == "missing" else f"S009.source-{src.problem}"
        args = {"source": name, "limit": self.options.limits.max_bytes}
        self.ws.findings.append(finding("S009", plan.file, pos, key, args, plan=plan.id, task=task))

    def _verify_sources(self, plan: PlanDoc) -> None:
        """S009: every task and target text occurs in the plan's source (or its own `source`)."""
        info = plan.model.plan
        if not info.source:
            return
        texts: dict[str, Source] = {}
        for i, rel in enumerate(info.source):
            texts[rel] = self._source(plan, rel)
            plan.source_paths.append(texts[rel].path if texts[rel].text is not None else None)
            if texts[rel].folded is None:
                block = plan.raw.get("plan")
                src = block.get("source") if isinstance(block, YMap) else None
                pos = src.ipos[i] if isinstance(src, YSeq) else plan.plan_pos("source")
                self._missing_source(plan, rel, texts[rel], pos, None)
        items: list[tuple[str, str | None, YMap, str]] = [
            (t.task.text, t.task.source, t.node, t.id) for t in plan.tasks.values()
        ]
        items += [(t.target.text, t.target.source, t.node, t.id) for t in plan.targets.values()]
        for text, own, node, item in items:
            pos = node.vpos.get("text", node.pos)
            if own is not None and own not in texts:
                texts[own] = self._source(plan, own)
                if texts[own].folded is None:
                    self._missing_source(plan, own, texts[own], node.vpos.get("source", pos), item)
                    continue
            candidates = [texts[own]] if own is not None else list(texts.values())
            available = [c for c in candidates if c.folded is not None]
            if not available:
                continue
            needle = fold_text(text)
            found = matched(needle, available)
            if found < 0:
                continue
            self.ws.findings.append(
                finding(
                    "S009",
                    plan.file,
                    pos,
                    "S009",
                    {"matched": _tail(needle[:found]), "rest": _head(needle[found:])},
                    data={"matched_chars": found, "length": len(needle), "source": own or info.source},
                    plan=plan.id,
                    task=item,
                )
            )

    def _check_references(self, plan: PlanDoc) -> None:
        """C002: `implements` ids that the template does not have."""
        template = self.ws.template(plan)
        if template is None:
            return
        for info in plan.tasks.values():
            raw = info.node.get("implements")
            for i, ref in enumerate(info.task.implements):
                if ref not in template.tasks:
                    pos = raw.ipos[i] if isinstance(raw, YSeq) else info.pos("implements")
                    self._dangling(plan, template, ref, pos, info.id, "task")
        for tinfo in plan.targets.values():
            tref = tinfo.target.implements
            if tref is not None and tref not in template.targets:
                self._dangling(
                    plan,
                    template,
                    tref,
                    tinfo.node.vpos.get("implements", tinfo.node.pos),
                    tinfo.id,
                    "target",
                )
        block = plan.raw.get("plan")
        waived = block.get("waived") if isinstance(block, YMap) else None
        for i, w in enumerate(plan.model.plan.waived):
            if w.implements not in template.tasks and w.implements not in template.targets:
                pos = waived.ipos[i] if isinstance(waived, YSeq) else plan.plan_pos("waived")
                wnode = waived[i] if isinstance(waived, YSeq) else None
                if isinstance(wnode, YMap) and "implements" in wnode.vpos:
                    pos = wnode.vpos["implements"]
                self._dangling(plan, template, w.implements, pos, None, "waiver")

    def _dangling(self, plan: PlanDoc, template: PlanDoc, ref: str, pos: Pos, task: str | None, kind: str) -> None:
        self.ws.findings.append(
            finding(
                "C002",
                plan.file,
                pos,
                "C002.implements",
                {"id": ref, "template_doc": template.label, "kind": kind, "suggestion": _nearest(ref, template, kind)},
                data={"id": ref, "template": template.id, "kind": kind},
                plan=plan.id,
                task=task,
            )
        )

    # -- reports ---------------------------------------------------------------------------------------------

    def _add_report(self, model: ReportFile, doc: Document) -> None:
        ws = self.ws
        report = ReportDoc(model=model, doc=doc)
        ws.reports.append(report)
        if self.scope is None or self.scope.shipped:
            self._load_shipped([model.report.plan])  # a report may be about a shipped plan
        ws.findings.extend(conflicts(report))
        plan = ws.plans.get(model.report.plan)
        rblock = doc.data.get("report")
        if plan is None:
            pos = rblock.vpos.get("plan", rblock.pos) if isinstance(rblock, YMap) else (1, 1)
            ws.findings.append(
                finding(
                    "S005",
                    doc.display,
                    pos,
                    "S005.report",
                    {"id": model.report.plan, "known": ws.known_plans()},
                )
            )
            return
        for i, entry in model.indexed():
            if entry.task not in plan.tasks:
                ws.findings.append(
                    finding(
                        "C002",
                        doc.display,
                        report.entry_pos(i, "task"),
                        "C002.report",
                        {"id": entry.task, "plan": plan.id},
                        plan=plan.id,
                        task=entry.task,
                    )
                )
                continue
            ws.progress.setdefault((plan.id, entry.task), []).append(Progress(entry, report, i))
        ws.findings.extend(misfits(plan, report))


def _item_pos(node: YMap, key: str, i: int, info: TaskInfo) -> Pos:
    """Where item `i` of the task's `key` list is written (`from`: of `requires_plans`)."""
    if key == "from":
        parent = node.get("requires_plans")
        raw = parent.get("from") if isinstance(parent, YMap) else None
        fallback = "requires_plans"
    else:
        raw, fallback = node.get(key), key
    return raw.ipos[i] if isinstance(raw, YSeq) and i < len(raw) else info.pos(fallback)


def _split_names(names: Sequence[str], registry: Registry, jurisdiction: str | None) -> dict[int, tuple[int, str]]:
    """Runs of consecutive items that are one registered name cut at its commas, as a YAML flow list does with
    `[Sở Nội vụ, Ủy ban nhân dân các huyện, thị xã, thành phố]`: start -> (end, id), longest run first, only where
    some item of the run is not a name by itself."""
    known = [registry.resolve(n, jurisdiction) is not None for n in names]
    if all(known):
        return {}
    out: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(names) - 1:
        for end in range(len(names), i + 1, -1):
            if all(known[i:end]):
                continue
            rid = registry.resolve(", ".join(names[i:end]), jurisdiction)
            if rid is not None:
                out[i] = (end, rid)
                i = end
                break
        else:
            i += 1
    return out


def _field_pos(node: YMap | None, key: str, value: str) -> Pos | None:
    """Where `value` is written under `key` of a registry entry (a scalar, a list item or a `body:` mapping)."""
    if node is None or key not in node:
        return None
    item = node[key]
    if isinstance(item, YSeq):
        for i, v in enumerate(item):
            if v == value or (isinstance(v, YMap) and v.get("body") == value):
                return item.ipos[i]
    return node.vpos[key]


def _nearest(ref: str, template: PlanDoc, kind: str) -> str:
    """The template ids closest to a wrong one (II.1.e -> II.1.a, II.1.b, …), for the message's suggestion."""
    import difflib

    ids = list(template.targets) if kind == "target" else list(template.tasks)
    if kind == "waiver":
        ids += list(template.targets)
    close = difflib.get_close_matches(ref, ids, n=3, cutoff=0.6)
    if not close:  # the same section, when the ids differ only in their last part
        head = ref.rsplit(".", 1)[0] + "."
        close = [i for i in ids if i.startswith(head)][:3]
    return ", ".join(close)


def _ok(parsed: Deadline | DeadlineError) -> Deadline | None:
    return parsed if isinstance(parsed, Deadline) else None


_SHOWN = 8
"""Ids of an `implements` loop named in its message; a longer loop is cut in the middle."""


def _loop_chain(plan_id: str, ref: str, loop: tuple[str, ...]) -> list[str]:
    """How an S005 loop message shows the chain: the plan, its template, then the loop back to where it entered it
    (`a → b → a`), with at most `_SHOWN` ids of the loop."""
    start = loop.index(plan_id) if plan_id in loop else 0
    n = len(loop)
    if n <= _SHOWN:
        ring = [loop[(start + k) % n] for k in range(n)]
    else:
        half = _SHOWN // 2
        ring = [
            *(loop[(start + k) % n] for k in range(half)),
            "…",
            *(loop[(start + k) % n] for k in range(n - half, n)),
        ]
    if plan_id in loop:
        head: list[str] = []
    else:
        head = [plan_id] if ref == loop[0] else [plan_id, ref, "…"]
    return [*head, *ring, ring[0]]


def _tail(s: str, n: int = 40) -> str:
    return s if len(s) <= n else "…" + s[-n:]


def _head(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[:n] + "…"
