#!/usr/bin/env python3
"""Wall time and peak memory of a command with all its processes, summed (Linux).

    python bench/treepeak.py [--out FILE] -- COMMAND [ARGS...]

Every 20 ms the resident set size (VmRSS) and the proportional set size (Pss: shared pages divided among the
processes sharing them) of the command's process and of all its descendants are read from /proc and added up; the
largest sums are printed with the wall time, the CPU time of all the processes and of each (last seen, so a little
short; on a busy machine the largest is a better guide to the wall time on an idle one than the wall time is), the
largest single process and the exit status. The RSS sum counts the
pages a forked worker still shares with its parent in both, so it is an upper bound; the Pss sum is what the
processes take together. `run.py`'s figures are the largest single process (`ru_maxrss`); this is for `--jobs N`,
where the processes run at once.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_s(pid: int) -> float:
    """User and system CPU seconds the process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


_TICKS = os.sysconf("SC_CLK_TCK")


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/dev/null"), help="where the command's stdout goes")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    peak_sum = peak_one = peak_pss = 0
    cpu: dict[int, float] = {}
    with args.out.open("wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stdin=subprocess.DEVNULL)
        while proc.poll() is None:
            tree = _children()
            pids, todo = [], [proc.pid]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo.extend(tree.get(pid, ()))
            sizes = [_rss_kb(p) for p in pids]
            peak_sum, peak_one = max(peak_sum, sum(sizes)), max(peak_one, max(sizes))
            peak_pss = max(peak_pss, sum(map(_pss_kb, pids)))
            for p in pids:
                cpu[p] = max(cpu.get(p, 0.0), _cpu_s(p))
            time.sleep(0.02)
        wall = time.perf_counter() - t0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and the workers it waited for
    result = {
        "wall_s": round(wall, 2),
        "cpu_s": round(used.ru_utime + used.ru_stime, 2),
        "cpu_by_process_s": sorted((round(c, 1) for c in cpu.values() if c >= 0.1), reverse=True),
        "peak_rss_sum_mb": round(peak_sum / 1024),
        "peak_pss_sum_mb": round(peak_pss / 1024),
        "peak_rss_one_mb": round(peak_one / 1024),
        "exit": proc.returncode,
    }
    print(json.dumps(result))
    return 0 if proc.returncode in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
