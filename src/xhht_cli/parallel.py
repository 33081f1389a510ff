"""Checking many files on several cores, with the same report as one process.

The files are cut into contiguous parts of about equal size. This process checks the first part itself and starts
one worker process for each of the others. A run has two rounds:

1. Each part is read and validated (parsing is most of the work) and what was built is kept. A worker sends back
   only a head per file: its kind, and for a plan its id, template, level, jurisdiction and issuer; for a report,
   the plan it is about.
2. From the heads, this process works out what each part needs from the others: the registry files, the template
   chain of each of its plans, the first file of a plan id it repeats (S004), the reports about its plans and the
   plans of its reports. It tells each worker that list and a `Scope` (every plan id of the run, whether the shipped
   templates are loaded, every plan's head for C004). Each part reads the files it lacks, builds its workspace
   exactly as a single process would, runs the rules on its own plans only, and returns its result: a `Report` of
   the findings about its own files, its plans' summaries, coverage and statuses.

This process merges the parts' reports in file order (a merge of sorted lists, `heapq.merge`, that is usually just
one part after another), so the report is identical whatever the number of workers (`tests/test_parallel.py` runs
the same inputs with 1 to 8). The files another part needs are read twice; in a portfolio they are the few
provincial plans and progress reports. Should a worker fail, this process does that worker's part itself (the
other parts' work is kept) and says so once.
"""

from __future__ import annotations

import heapq
import itertools
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xhht_cli.config import Config
from xhht_cli.findings import Finding, Report, status_key
from xhht_cli.models import PlanFile
from xhht_cli.part import FileHead, Part, worker
from xhht_cli.resources import shipped_plan_files
from xhht_cli.workspace import Scope, read

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

AUTO_MIN_BYTES = 2 * 1024 * 1024
"""Below this much YAML, `--jobs` left to its default checks in one process: starting workers would cost more."""

AUTO_MIN_FILES = 16
"""Below this many files, `--jobs` left to its default checks in one process: every part reads the registries and
the templates its plans need, so a few large files (three 4 MB registries and a plan) would be parsed twice for
no gain."""


class WorkerFailed(Exception):
    """A worker stopped or raised: this process does its part."""


def cores() -> int:
    """CPUs this process may use."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def workers_for(requested: int | None, files: list[Path]) -> int:
    """How many processes to use: as asked, but never more than files nor than the CPUs this process may use
    (`capped` says when that lowers what was asked), or by default one per core for 2 MiB and 16 files and up."""
    if requested is not None:
        return max(1, min(requested, len(files), cores()))
    n = min(cores(), len(files))
    if n < 2 or len(files) < AUTO_MIN_FILES or _total_size(files) < AUTO_MIN_BYTES:
        return 1
    return n


def capped(requested: int | None) -> int | None:
    """The CPU count when `--jobs` (or `jobs` in xhht.toml) asked for more processes than that, else None: each
    process holds its part's workspace (~180 MB on a portfolio), and `jobs = 100000` in a repository's
    configuration must not start 100,000 of them."""
    n = cores()
    return n if requested is not None and requested > n else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _total_size(files: list[Path]) -> int:
    total = 0
    for f in files:
        total += _size(f)
        if total >= AUTO_MIN_BYTES:
            break
    return total


def split(sizes: list[int], n: int) -> list[range]:
    """Cut file indices into `n` contiguous, non-empty parts of about equal total size."""
    n = max(1, min(n, len(sizes)))
    total = sum(sizes) or 1
    parts: list[range] = []
    start = 0
    acc = 0
    for i, size in enumerate(sizes):
        acc += size
        left_files = len(sizes) - (i + 1)
        left_parts = n - len(parts) - 1
        if left_parts == 0:
            break
        if acc * n >= total * (len(parts) + 1) or left_files == left_parts:
            parts.append(range(start, i + 1))
            start = i + 1
    parts.append(range(start, len(sizes)))
    return parts


def run(
    files: list[Path], config: Config, jobs: int, mode: str, with_statuses: bool, warn: Callable[[str], None]
) -> Report:
    """Check `files` with `jobs` processes, as `xhht_cli.pipeline.run` would in one. This process checks the first
    part itself and `jobs - 1` workers the others.

    A worker that fails (raises, or stops: killed, out of memory) costs only its own part: this process does that
    part itself, and `warn` is called with the reason, once per run whatever the number of failures. An error in
    this process's own work is not a worker's failure: it is raised as in a run on one process."""
    import multiprocessing  # (only a run on several processes needs it)
    from multiprocessing.connection import wait

    parts = split([_size(f) for f in files], jobs)
    context: Any = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    conns: list[Connection | None] = []
    procs: list[Any] = []
    redo: dict[int, Part] = {}  # parts (by index) this process does instead of a failed worker

    def failed(k: int, exc: WorkerFailed) -> None:
        conn = conns[k - 1]
        if conn is not None:
            conn.close()
            conns[k - 1] = None
        if not redo:  # the first failure of the run is the one said
            text = str(exc).strip()
            warn(text.splitlines()[-1] if text else "?")
        redo[k] = Part(files, parts[k], config, False, mode, with_statuses)

    try:
        for part in parts[1:]:
            mine, theirs = context.Pipe()
            work = Part(files, part, config, False, mode, with_statuses)
            fork = context.get_start_method() == "fork"
            inherited = [c for c in [*conns, mine] if c is not None] if fork else []  # not to be held by a fork
            proc = context.Process(target=worker, args=(theirs, work, os.getpid(), inherited))
            proc.daemon = True
            proc.start()
            theirs.close()
            conns.append(mine)
            procs.append(proc)
        own = Part(files, parts[0], config, True, mode, with_statuses)
        heads = own.heads()
        for k in range(1, len(parts)):
            conn = conns[k - 1]
            assert conn is not None  # (none has failed before the first round's answers)
            try:
                heads.extend(_receive(conn))
            except WorkerFailed as exc:
                failed(k, exc)
                heads.extend(redo[k].heads())
        needs, scope = _plan_round_two(heads, parts)
        for k in range(1, len(parts)):
            conn = conns[k - 1]
            if conn is not None:
                try:
                    conn.send((needs[k], scope))
                except OSError as exc:
                    failed(k, WorkerFailed(f"a worker process stopped ({exc})"))
        done: dict[int, Report] = {0: own.report(needs[0], scope)}
        del own  # its workspace, before the others' results arrive
        for k, result in _receive_all(conns, wait).items():
            if isinstance(result, WorkerFailed):
                failed(k, result)
            else:
                done[k] = result
        for k, lost in sorted(redo.items()):
            if not lost.own:  # it failed in the second round: read its files here first
                lost.heads()
            done[k] = lost.report(needs[k], scope)
    finally:
        for c in conns:
            if c is not None:
                c.close()
        for proc in procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
    return merge([done[k] for k in range(len(parts))], files_read=len(files))


def merge(parts: list[Report], files_read: int) -> Report:
    """The reports of contiguous parts of the files, in order, as one. Each part's findings are sorted already, so
    they are merged, which is usually just one part after another: contiguous parts of files in order hold findings
    in order, save for files outside the run (source texts, the shipped registry)."""
    runs = [p.findings for p in parts if p.findings]
    if all(a[-1].sort_key() <= b[0].sort_key() for a, b in itertools.pairwise(runs)):
        findings = tuple(itertools.chain.from_iterable(runs))
    else:
        findings = tuple(heapq.merge(*runs, key=Finding.sort_key))
    obliged: dict[str, tuple[str, ...]] = {}
    for p in parts:
        obliged.update(p.obliged)

    def joined(field: Callable[[Report], Iterable[Any]]) -> tuple[Any, ...]:
        return tuple(itertools.chain.from_iterable(map(field, parts)))

    return Report(
        as_of=parts[0].as_of,
        findings=findings,
        plans=joined(lambda p: p.plans),
        coverage=joined(lambda p: p.coverage),
        statuses=tuple(sorted(joined(lambda p: p.statuses), key=status_key)),
        skipped=joined(lambda p: p.skipped),
        unchecked=joined(lambda p: p.unchecked),
        files_read=files_read,
        obliged=obliged,
        inputs=frozenset().union(*(p.inputs for p in parts)),
    )


def _receive_all(conns: list[Connection | None], wait: Callable[[list[Connection]], list[Any]]) -> dict[int, Any]:
    """The result of each live worker by its part's index (1 for the first worker), taken as they come: a worker
    that finishes first is not kept waiting (its send blocks until this process reads it) while another is still
    working. A worker that failed gives its `WorkerFailed`."""
    out: dict[int, Any] = {}
    index = {id(c): k for k, c in enumerate(conns, start=1) if c is not None}
    live = [c for c in conns if c is not None]
    while live:
        for conn in wait(live):
            try:
                out[index[id(conn)]] = _receive(conn)
            except WorkerFailed as exc:
                out[index[id(conn)]] = exc
            live.remove(conn)
    return out


def _receive(conn: Connection) -> Any:
    try:
        status, payload = conn.recv()
    except (EOFError, OSError) as exc:
        raise WorkerFailed("a worker process stopped") from exc
    if status != "ok":
        raise WorkerFailed(payload)
    return payload


def _plan_round_two(heads: list[FileHead], parts: list[range]) -> tuple[list[list[int]], Scope]:
    """Which files each part must read besides its own, and what every part is told about the whole run."""
    first: dict[str, int] = {}
    registries: list[int] = []
    reports_on: dict[str, list[int]] = {}
    for i, h in enumerate(heads):
        if h.plan is not None:
            first.setdefault(h.plan.id, i)
        elif h.kind == "registry":
            registries.append(i)
        elif h.about is not None:
            reports_on.setdefault(h.about, []).append(i)
    ids = frozenset(first)
    plan_heads = [heads[i].plan for i in first.values()]
    shipped = any(p is not None and p.implements is not None and p.implements not in ids for p in plan_heads) or any(
        plan not in ids for plan in reports_on
    )
    shipped_implements = _shipped_implements() if shipped else {}

    def chain(ref: str | None, need: set[int]) -> None:
        seen: set[str] = set()
        while ref is not None and ref not in seen:
            seen.add(ref)
            if ref in first:
                need.add(first[ref])
                plan = heads[first[ref]].plan
                ref = plan.implements if plan is not None else None
            else:
                ref = shipped_implements.get(ref)

    needs: list[list[int]] = []
    for part in parts:
        need: set[int] = set(registries)
        for i in part:
            h = heads[i]
            if h.plan is not None:
                canonical = first[h.plan.id]
                if canonical != i:  # a repeated id: the first file decides (S004)
                    need.add(canonical)
                    continue
                need.update(reports_on.get(h.plan.id, ()))
                chain(h.plan.implements, need)
            elif h.about is not None and h.about in first:
                need.add(first[h.about])
        needs.append(sorted(need.difference(part)))
    scope = Scope(plan_ids=ids, shipped=shipped, heads=tuple(p for p in plan_heads if p is not None))
    return needs, scope


def _shipped_implements() -> dict[str, str | None]:
    """The template of each shipped plan, for template chains that pass through one."""
    out: dict[str, str | None] = {}
    for path in shipped_plan_files():
        model = read(path).model
        if isinstance(model, PlanFile):
            out.setdefault(model.plan.id, model.plan.implements)
    return out
