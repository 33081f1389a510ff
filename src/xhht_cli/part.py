"""One part of a parallel run (`xhht_cli.parallel`): what a worker process, or the main process for the first
part, does with its contiguous share of the files, and how a worker lives and ends.

Round 1 reads and validates the part's files and tells a head per file; round 2, told what else to read and about
the whole run, builds the workspace and checks the part's own plans, returning a `Report` of them.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xhht_cli.checking import load_options, summarize
from xhht_cli.config import Config
from xhht_cli.findings import Finding, Report
from xhht_cli.heap import no_cyclic_gc
from xhht_cli.models import PlanFile, RegistryFile, ReportFile
from xhht_cli.workspace import Loaded, PlanHead, Scope, Workspace, assemble, head, read

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


@dataclass(frozen=True, slots=True)
class FileHead:
    """What round 1 tells about one file."""

    kind: str | None
    """`plan`, `report` or `registry` for a file that passed its schema, else None."""
    plan: PlanHead | None = None
    about: str | None = None
    """For a report: the id of the plan it reports on."""


def file_head(loaded: Loaded) -> FileHead:
    model = loaded.model
    if isinstance(model, PlanFile):
        return FileHead("plan", plan=head(model))
    if isinstance(model, ReportFile):
        return FileHead("report", about=model.report.plan)
    if isinstance(model, RegistryFile):
        return FileHead("registry")
    return FileHead(None)


class Part:
    """The work on one contiguous part of the files: read and validate them (round 1), then, told what else to
    read and about the whole run, build the workspace and check this part's plans (round 2). Done in a worker
    process, or for the first part in the parent."""

    def __init__(
        self, files: list[Path], part: range, config: Config, keeps_global: bool, mode: str, with_statuses: bool
    ) -> None:
        self.files = files
        self.part = part
        self.config = config
        self.keeps_global = keeps_global
        self.mode = mode
        self.with_statuses = with_statuses
        self.own: dict[int, Loaded] = {}

    def heads(self) -> list[FileHead]:
        limits = load_options(self.config).limits
        self.own = {i: read(self.files[i], limits) for i in self.part}
        return [file_head(self.own[i]) for i in self.part]

    def report(self, need: list[int], scope: Scope) -> Report:
        files, own, config = self.files, self.own, self.config
        options = load_options(config)
        order = sorted([*own, *need])
        ws = assemble((own.pop(i) if i in own else read(files[i], options.limits) for i in order), options, scope)
        mine = {str(files[i]) for i in self.part}
        everyone = {str(f) for f in files}
        ws.checked = [p for p in ws.checked if p.file in mine]
        ws.skipped = [f for f in ws.skipped if f in mine]
        ws.unchecked = [f for f in ws.unchecked if f in mine]
        my_plans = {p.id for p in ws.checked}
        keeps_global = self.keeps_global

        def keep(f: Finding) -> bool:
            """Of the findings made while building: those in this part's files; in files outside the run (a source
            text, the shipped registry), those about this part's plans, and the rest in the first part only. The
            rules run on this part's plans only, so all their findings are kept."""
            if f.file in mine:
                return True
            if f.file in everyone:
                return False
            return f.plan in my_plans if f.plan is not None else keeps_global

        result = summarize(ws, config, self.mode, self.with_statuses, keep)
        release(ws)
        return result


def release(ws: Workspace) -> None:
    """Let reference counting free a workspace that is done with: its plans and their tasks refer to each other,
    and the cyclic collector is off during a run, so without this a part's workspace (about 300 MB of a national
    portfolio) would stay until the process ends, beside the results still to come."""
    for plan in ws.plans.values():
        plan.tasks.clear()
        plan.targets.clear()


def die_with_parent(parent: int, inherited: list[Connection]) -> None:
    """Make this worker end when the process that started it does, however it ends (SIGKILL, the OOM killer):
    the kernel sends SIGKILL on the parent's death (Linux `prctl(PR_SET_PDEATHSIG)`), and the parent's ends of the
    pipes that a fork copied are closed, so that a worker waiting for its next message reads the end of the pipe
    instead of waiting forever. A parent already gone before the signal was set is noticed by the parent id."""
    for c in inherited:
        with contextlib.suppress(OSError):
            c.close()
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def worker(conn: Connection, part: Part, parent: int = 0, inherited: list[Connection] | None = None) -> None:
    """A worker's two rounds. A failure is reported to the parent, which then does this part itself; a parent that
    has stopped listening (or has ended) ends the worker."""
    if parent:
        die_with_parent(parent, inherited or [])
    with no_cyclic_gc(), contextlib.suppress(OSError, EOFError):  # (inherited from the parent when forked)
        try:
            try:
                heads = part.heads()
            except BaseException:
                conn.send(("error", traceback.format_exc()))
                return
            conn.send(("ok", heads))
            need, scope = conn.recv()
            try:
                result: tuple[str, Any] = ("ok", part.report(need, scope))
            except BaseException:
                result = ("error", traceback.format_exc())
            conn.send(result)  # (pickled whole, then sent: a worker's result pickles to about 20 MB)
        finally:
            conn.close()
