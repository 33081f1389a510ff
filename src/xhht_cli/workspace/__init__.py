"""Everything loaded for one run, validated and indexed: plans by id, templates, registry, progress reports, and what
could not be resolved. Read this package in the order a run goes through it:

- `reading`: one file read, parsed and validated against its schema (S001-S003, S008) — per file, in any order;
- `builder`: the files read made into one `Workspace`: `registry_files` loads the registry, the builder indexes the
  plans and finds their templates, `names` resolves body names and deadlines, `source_texts` compares the texts
  with their sources, and the progress reports come last;
- `index`: the `Workspace` and what it holds, read-only once built; `unresolved`: the records of what could not be
  resolved (unknown names and plans, bad deadlines, texts not in their source, duplicate and dangling ids).

The rules (`xhht_cli.rules`) look at a built workspace; `xhht_cli.rules.recorded` reports its `unresolved` records.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from xhht_cli.loading import discover
from xhht_cli.sources import fold_text
from xhht_cli.workspace.builder import Builder
from xhht_cli.workspace.index import (
    Child,
    PlanDoc,
    PlanHead,
    Progress,
    ReportDoc,
    Scope,
    TargetInfo,
    TaskInfo,
    Workspace,
)
from xhht_cli.workspace.reading import Loaded, LoadOptions, head, read

__all__ = [
    "Child",
    "LoadOptions",
    "Loaded",
    "PlanDoc",
    "PlanHead",
    "Progress",
    "ReportDoc",
    "Scope",
    "TargetInfo",
    "TaskInfo",
    "Workspace",
    "assemble",
    "build",
    "fold_text",
    "head",
    "read",
]

_DEFAULTS = LoadOptions()


def build(paths: Iterable[Path], options: LoadOptions = _DEFAULTS) -> Workspace:
    """Load, validate and index the files under `paths` (plus shipped templates as needed)."""
    return assemble((read(path, options.limits) for path in discover(list(paths))), options)


def assemble(files: Iterable[Loaded], options: LoadOptions = _DEFAULTS, scope: Scope | None = None) -> Workspace:
    """Index files already read (in the order given), load the registry and templates, and record what does not
    resolve.

    With a `scope`, `files` are part of a larger run (see `xhht_cli.parallel`): what the scope says about the other
    files is used where the result would otherwise depend on them.
    """
    return Builder(options, scope).run(files)
