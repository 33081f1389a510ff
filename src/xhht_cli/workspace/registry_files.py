"""Loading the registry of bodies into a workspace: the shipped registry (or the one `--registry` names), then the
registry files among the checked files. Duplicate ids, names that point nowhere and succession loops are recorded
in `Workspace.unresolved`; a registry file that cannot be read is S001-S003/S008 like any file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from xhht_cli.codes import finding
from xhht_cli.loading import Document, Limits, Pos, YMap, YSeq, load_file
from xhht_cli.models import RegistryFile
from xhht_cli.resources import shipped_provinces, shipped_registry
from xhht_cli.schema import validate
from xhht_cli.succession import succession_loops
from xhht_cli.workspace.index import Workspace
from xhht_cli.workspace.reading import LoadOptions
from xhht_cli.workspace.unresolved import DuplicateId, RegistryName, SuccessionLoop


def load_registry(ws: Workspace, options: LoadOptions, user: list[tuple[RegistryFile, Document]]) -> None:
    reg = ws.registry
    base = options.registry or shipped_registry()
    kinds = shipped_provinces() if options.registry is None else None
    if kinds is not None:
        from xhht_cli.provinces import load as load_provinces

        reg.provinces = load_provinces(kinds)
    if base is not None:
        doc = load_file(base, str(base), Limits() if options.registry is None else options.limits)
        if not doc.fatal and doc.kind != "registry":
            # nothing of a file that is not a registry is quoted: it may be any file on the machine
            doc.findings = [finding("S002", doc.display, (1, 1), "S002.not-registry")]
            doc.fatal = True
        model = None if doc.fatal else validate(doc.data, "registry", doc.display)
        if model is None or model[0] is None:
            ws.findings.extend(doc.findings + (model[1] if model else []))
        else:
            assert isinstance(model[0], RegistryFile)
            user = [(model[0], doc), *user]
    nodes: dict[str, YMap] = {}
    for rmodel, rdoc in user:
        reg.add(_entries(ws, rmodel, rdoc, nodes))
    reg.build()
    unresolved = ws.unresolved
    for entry, ring in succession_loops(reg._entities):
        last = ring[-1]  # the entry whose `succeeded_by` closes the loop
        file, pos = reg.origin.get(last, ("registry", (1, 1)))
        pos = _field_pos(nodes.get(last), "succeeded_by", entry) or pos
        unresolved.succession_loops.append(SuccessionLoop(file, pos, tuple(ring), entry))
    for p in reg.problems:
        file, pos = p.source if p.source else ("registry", (1, 1))
        pos = _field_pos(nodes.get(p.entry_id), p.field, p.value) or pos
        unresolved.registry_names.append(RegistryName(file, pos, p.kind, p.entry_id, p.field, p.value))


def _entries(ws: Workspace, model: RegistryFile, doc: Document, nodes: dict[str, YMap]) -> Iterator[Any]:
    """The entries of one registry file with where each is written, once per id (a second is recorded)."""
    seen: dict[str, Pos] = {}
    for key, entries in (("bodies", model.bodies), ("groups", model.groups)):
        raw = doc.data.get(key)
        for i, entry in enumerate(entries):
            pos = raw.ipos[i] if isinstance(raw, YSeq) else (1, 1)
            if entry.id in seen:
                dup = DuplicateId(doc.display, pos, "registry", entry.id, first_line=seen[entry.id][0])
                ws.unresolved.duplicates.append(dup)
                continue
            seen[entry.id] = pos
            node = raw[i] if isinstance(raw, YSeq) else None
            if isinstance(node, YMap):
                nodes[entry.id] = node
            yield entry, (doc.display, pos)


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
