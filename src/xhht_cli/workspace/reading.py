"""Reading one file: parse it, find what it is (a plan, a progress report, a registry) and validate it against its
schema. This is the per-file half of building a workspace, done in any order (or in another process)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.loading import Document, Limits, YMap, load_file
from xhht_cli.models import PlanFile, RegistryFile, ReportFile
from xhht_cli.schema import validate
from xhht_cli.workspace.index import PlanHead

_FORMATS = "xhht/plan@1 | xhht/report@1 | xhht/registry@1"


@dataclass(frozen=True, slots=True)
class LoadOptions:
    limits: Limits = field(default_factory=Limits)
    registry: Path | None = None
    """A registry file used instead of the shipped one."""


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


def head(model: PlanFile) -> PlanHead:
    info = model.plan
    return PlanHead(info.id, info.implements, info.level, info.jurisdiction, info.issuer)
