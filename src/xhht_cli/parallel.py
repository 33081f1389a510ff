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
   exactly as a single process would, runs the rules on its own plans only, and returns the findings about its
   own files, its plans' summaries, coverage and statuses.

For `json` and `github` output each part also writes its findings as the format does (most of what is left after
the rules). A worker writes them to an in-memory file this process made for it (Linux: `os.memfd_create`), which
the kernel later copies to the output (`os.sendfile`); through the pipe go only the findings themselves, as
columns, without their message arguments and data. Where there is no memfd, the encoded findings come through the
pipe instead.

The parts are merged in file order, a merge of sorted lists that is usually just one part after another, so the
report is identical whatever the number of workers (`tests/test_parallel.py` runs the same inputs with 1 to 8).
The files another part needs are read twice; in a portfolio they are the few provincial plans and progress
reports. Should a part fail, the run is done again in one process.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import heapq
import itertools
import multiprocessing
import os
import sys
import traceback
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from operator import attrgetter
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from xhht_cli.atomic import FileRun
from xhht_cli.config import Config
from xhht_cli.findings import NO_ARGS, Finding, Report
from xhht_cli.report.stream import batched_pieces
from xhht_cli.workspace import Loaded, PlanHead, Scope, assemble, head, read

AUTO_MIN_BYTES = 2 * 1024 * 1024
"""Below this much YAML, `--jobs` left to its default checks in one process: starting workers would cost more."""


class WorkerFailed(Exception):
    """A worker stopped or raised: the run is repeated in one process."""


@dataclass(frozen=True, slots=True)
class FileHead:
    """What round 1 tells about one file."""

    kind: str | None
    """`plan`, `report` or `registry` for a file that passed its schema, else None."""
    plan: PlanHead | None = None
    about: str | None = None
    """For a report: the id of the plan it reports on."""


def cores() -> int:
    """CPUs this process may use."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return int(count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def workers_for(requested: int | None, files: list[Path]) -> int:
    """How many workers to use: as asked (never more than files), or by default one per core for 2 MiB and up."""
    if requested is not None:
        return max(1, min(requested, len(files)))
    n = min(cores(), len(files))
    if n < 2 or _total_size(files) < AUTO_MIN_BYTES:
        return 1
    return n


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
    files: list[Path],
    config: Config,
    jobs: int,
    mode: str,
    with_statuses: bool,
    encode: bool = False,
) -> Report:
    """Check `files` with `jobs` processes, as `xhht_cli.pipeline.run` would in one. This process checks the first
    part itself (its findings need not be sent anywhere) and `jobs - 1` workers the others. With `encode`, every
    part also writes its findings as `config.format` does (`Report.encoded`), when the format writes findings one
    by one: a worker writes them to an in-memory file this process gave it (on Linux; elsewhere they come through
    the pipe) and sends the findings themselves without their `args` and `data`."""
    parts = split([_size(f) for f in files], jobs)
    fork = sys.platform.startswith("linux")
    context: Any = multiprocessing.get_context("fork" if fork else "spawn")
    conns: list[Connection] = []
    procs: list[Any] = []
    shared: list[BinaryIO | None] = []
    try:
        for part in parts[1:]:
            out = _shared_file() if encode and fork else None
            work = _Part(files, part, config, False, mode, with_statuses, encode, out.fileno() if out else None)
            mine, theirs = context.Pipe()
            proc = context.Process(target=_worker, args=(theirs, work), daemon=True)
            proc.start()
            theirs.close()
            conns.append(mine)
            procs.append(proc)
            shared.append(out)
        own = _Part(files, parts[0], config, True, mode, with_statuses, encode)
        heads = _in_this_process(own.heads)
        for conn in conns:
            heads.extend(_receive(conn))
        needs, scope = _plan_round_two(heads, parts)
        for conn, need in zip(conns, needs[1:], strict=True):
            conn.send((need, scope))
        done = [_in_this_process(functools.partial(own.report, needs[0], scope))]
        del own  # its workspace, before the others' findings arrive
        done.extend(map(_unpack, _receive_all(conns), shared))
    finally:
        for conn in conns:
            conn.close()
        for proc in procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
    reports = [r for r, _ in done]
    merged = Report(as_of=reports[0].as_of, files_read=len(files))
    merged.findings, merged.encoded = _merge_findings(done)
    for part_report in reports:
        merged.plans.extend(part_report.plans)
        merged.coverage.extend(part_report.coverage)
        merged.obliged.update(part_report.obliged)
        merged.statuses.extend(part_report.statuses)
        merged.skipped.extend(part_report.skipped)
        merged.unchecked.extend(part_report.unchecked)
    merged.sort_statuses()
    return merged


SHARED_FILES = hasattr(os, "memfd_create")
"""Whether workers write their encoded findings to in-memory files rather than send them through the pipe."""


def _shared_file() -> BinaryIO | None:
    if not SHARED_FILES:
        return None
    try:
        return os.fdopen(os.memfd_create("xhht-findings"), "w+b")
    except OSError:
        return None


T = TypeVar("T")


def _in_this_process(step: Callable[[], T]) -> T:
    """This process's own part, failing as a worker fails: the run is then done again in one process."""
    try:
        return step()
    except Exception as exc:
        raise WorkerFailed(traceback.format_exc()) from exc


def _merge_findings(done: list[tuple[Report, _Encoded | None]]) -> tuple[list[Finding], list[bytes | FileRun] | None]:
    """The parts' findings (and their encoded runs) in the order one process sorts them in. Each part's are sorted
    already, so this is a merge, and usually just the parts one after another: contiguous parts of files in order
    hold findings in order, save for files outside the run (source texts, the shipped registry). Only then are the
    encoded findings read back and taken apart."""
    encoded = all(enc is not None for _, enc in done)
    parts = [r.findings for r, _ in done if r.findings]
    if all(a[-1].sort_key() <= b[0].sort_key() for a, b in itertools.pairwise(parts)):
        findings = [f for r, _ in done for f in r.findings]
        return findings, [run for _, enc in done for run in enc.runs] if encoded else None  # type: ignore[union-attr]
    if not encoded:
        return list(heapq.merge(*parts, key=Finding.sort_key)), None
    sep = next(enc.sep for _, enc in done if enc is not None)
    pairs = heapq.merge(*(zip(r.findings, enc.pieces(), strict=True) for r, enc in done if enc), key=_pair_key)
    findings, pieces = [], []
    for f, piece in pairs:
        findings.append(f)
        pieces.append(piece)
    return findings, list(batched_pieces(pieces, sep))


def _pair_key(pair: tuple[Finding, bytes]) -> tuple[str, int, int, str, str]:
    return pair[0].sort_key()


@dataclass(slots=True)
class _Encoded:
    """One part's findings as the output format writes them: `runs` hold them in order, joined by `sep`, in memory
    or in a file a worker wrote, and `lengths` is the length of each, for taking them apart again."""

    runs: list[bytes | FileRun]
    lengths: array[int]
    sep: bytes

    @classmethod
    def of(cls, pieces: list[bytes], sep: bytes) -> _Encoded:
        return cls(list(batched_pieces(pieces, sep)), array("Q", map(len, pieces)), sep)

    def pieces(self) -> list[bytes]:
        data = self.sep.join(run if isinstance(run, bytes) else run.read() for run in self.runs)
        out = []
        at, gap = 0, len(self.sep)
        for n in self.lengths:
            out.append(data[at : at + n])
            at += n + gap
        return out

    def write(self, fd: int) -> int:
        """Write the runs, `sep` between them, to the file `fd`; their size in bytes."""
        size = 0
        with os.fdopen(os.dup(fd), "wb") as out:
            for i, run in enumerate(self.runs):
                assert isinstance(run, bytes)
                if i:
                    size += out.write(self.sep)
                size += out.write(run)
        return size


def _receive_all(conns: list[Connection]) -> list[Any]:
    """One message from each connection, taken as they come: a worker that finishes first is not kept waiting
    (its send blocks until this process reads it) while another is still working."""
    out: dict[int, Any] = {}
    index = {id(c): i for i, c in enumerate(conns)}
    while len(out) < len(conns):
        for conn in wait([c for c in conns if index[id(c)] not in out]):
            assert isinstance(conn, Connection)
            out[index[id(conn)]] = _receive(conn)
    return [out[i] for i in range(len(conns))]


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
    from xhht_cli.models import PlanFile
    from xhht_cli.resources import shipped_plan_files

    out: dict[str, str | None] = {}
    for path in shipped_plan_files():
        model = read(path).model
        if isinstance(model, PlanFile):
            out.setdefault(model.plan.id, model.plan.implements)
    return out


_SENT = ("code", "severity", "file", "line", "column", "key")
_SENT_AFTER = ("plan", "task")

_Payload = tuple[Report, list[tuple[Any, ...]] | None, _Encoded | None, int | None]


def _pack(report: Report, enc: _Encoded | None, fd: int | None) -> _Payload:
    """A worker's report as it is sent. Once its findings are encoded, their message arguments and data are in the
    encoded pieces: the findings go without them, as columns (a tenth of the cost to pickle of as many tuples),
    and the pieces themselves go to the file `fd` when there is one, else through the pipe."""
    if enc is None:
        return report, None, None, None
    columns = [tuple(map(attrgetter(name), report.findings)) for name in (*_SENT, *_SENT_AFTER)]
    report.findings = []
    if fd is None:
        return report, columns, enc, None
    size = enc.write(fd)
    enc.runs = []
    return report, columns, enc, size


def _unpack(payload: _Payload, file: BinaryIO | None) -> tuple[Report, _Encoded | None]:
    report, columns, enc, size = payload
    if columns is not None:
        head, tail = columns[: len(_SENT)], columns[len(_SENT) :]
        report.findings = list(map(Finding, *head, itertools.repeat(NO_ARGS), itertools.repeat(NO_ARGS), *tail))
    if enc is not None and size:
        assert file is not None
        enc.runs = [FileRun(file, size)]
    return report, enc


def _file_head(loaded: Loaded) -> FileHead:
    from xhht_cli.models import PlanFile, RegistryFile, ReportFile

    model = loaded.model
    if isinstance(model, PlanFile):
        return FileHead("plan", plan=head(model))
    if isinstance(model, ReportFile):
        return FileHead("report", about=model.report.plan)
    if isinstance(model, RegistryFile):
        return FileHead("registry")
    return FileHead(None)


class _Part:
    """The work on one contiguous part of the files: read and validate them (round 1), then, told what else to
    read and about the whole run, build the workspace and check this part's plans (round 2). Done in a worker
    process, or for the first part in the parent."""

    def __init__(
        self,
        files: list[Path],
        part: range,
        config: Config,
        keeps_global: bool,
        mode: str,
        with_statuses: bool,
        encode: bool,
        shared_fd: int | None = None,
    ) -> None:
        self.files = files
        self.part = part
        self.config = config
        self.keeps_global = keeps_global
        self.mode = mode
        self.with_statuses = with_statuses
        self.encode = encode
        self.shared_fd = shared_fd
        """Where a worker writes its encoded findings (an in-memory file of the parent's), if anywhere."""
        self.own: dict[int, Loaded] = {}

    def heads(self) -> list[FileHead]:
        from xhht_cli.pipeline import load_options

        limits = load_options(self.config).limits
        self.own = {i: read(self.files[i], limits) for i in self.part}
        return [_file_head(self.own[i]) for i in self.part]

    def report(self, need: list[int], scope: Scope) -> tuple[Report, _Encoded | None]:
        from xhht_cli.pipeline import load_options, summarize
        from xhht_cli.report import finding_encoder

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

        part = summarize(ws, config, self.mode, self.with_statuses, keep)
        encoder = finding_encoder(config.format, config.lang) if self.encode else None
        if encoder is None:
            return part, None
        encode, sep = encoder  # the encoding is most of the work left after the rules: done here, in parallel
        return part, _Encoded.of([encode(f).encode("utf-8", "surrogateescape") for f in part.findings], sep)


def _worker(conn: Connection, part: _Part) -> None:
    gc.disable()  # as in the single-process run: a large heap and no cyclic garbage
    try:
        conn.send(("ok", part.heads()))
        need, scope = conn.recv()
        conn.send(("ok", _pack(*part.report(need, scope), part.shared_fd)))
    except BaseException:  # reported to the parent, which runs again in one process
        with contextlib.suppress(OSError):
            conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()
