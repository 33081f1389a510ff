#!/usr/bin/env python3
"""Bounded work: inputs well inside the loading limits (8 MiB, 500,000 nodes) that once took quadratic time.

    python bench/bounded.py                 # every row; prints time and peak memory, exits 1 over the bounds
    python bench/bounded.py --only merge    # rows whose name contains "merge"
    options: --seconds 2 --megabytes 200 --json OUT.json --xhht PATH

Each row builds its input in a temporary folder (a repository: it has `.git`), then runs the command once in a fresh
process: wall time around the child, peak RSS from `os.wait4` (that child alone). A row passes when it ends with
exit status 0 or 1 (findings), within --seconds and --megabytes.

Beside each row, the libyaml floor of the same YAML files (`bench/floor.py --gc-off`: start Python, parse every file
with PyYAML's C loader, nothing else) in CPU seconds and peak MB, and xhht's CPU time as a multiple of it. A row
whose floor alone is over the bounds cannot be within them for any tool that parses its YAML; such a row passes when
xhht's CPU time is at most --floor-ratio times the floor's (linear work, a constant factor over parsing), and is
marked "floor".
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEAD = "Sở Giáo dục và Đào tạo"


def plan_head(pid: str, *, implements: str | None = None, issued: str | None = None, level: str = "province") -> str:
    lines = [
        "format: xhht/plan@1",
        "plan:",
        f"  id: {pid}",
        "  title: Kế hoạch",
        "  issuer: Ủy ban nhân dân thành phố Hải Phòng",
        f"  level: {level}",
        "  jurisdiction: Hải Phòng",
    ]
    if implements:
        lines.append(f"  implements: {implements}")
    if issued:
        lines.append(f"  issued: {issued}")
    return "\n".join(lines) + "\n"


def tasks(n: int, *, deadline: str | None = None, lead: Callable[[int], str] = lambda i: LEAD) -> str:
    out = ["sections:", "  - id: I", "    title: Nhiệm vụ", "    tasks:"]
    for i in range(n):
        out += [f"      - id: I.{i}", f"        text: Nhiệm vụ số {i}", f"        lead: [{json.dumps(lead(i))}]"]
        if deadline:
            out.append(f"        deadline: {deadline}")
    return "\n".join(out) + "\n"


def repeated_keys(d: Path) -> list[str]:
    body = "".join(f"k{i}: v\n" for i in range(20_000)) + "k19999: v\n" * 20_000
    (d / "p.yaml").write_text("format: xhht/plan@1\nextra:\n" + body.replace("k", "  k"), encoding="utf-8")
    return ["validate", "p.yaml"]


def merge_anchor(d: Path) -> list[str]:
    keys = "".join(f"  k{i}: v\n" for i in range(50_000))
    (d / "p.yaml").write_text(f"format: xhht/plan@1\nb: &b\n{keys}c:\n  <<: *b\n", encoding="utf-8")
    return ["validate", "p.yaml"]


def unknown_keys(d: Path) -> list[str]:
    keys = "".join(f"key{i}: v\n" for i in range(50_000))
    (d / "p.yaml").write_text(plan_head("p") + tasks(1) + keys, encoding="utf-8")
    return ["validate", "p.yaml"]


def registries(d: Path) -> list[str]:
    for r in range(3):
        lines = ["format: xhht/registry@1", "bodies:"]
        for i in range(35_000):
            lines += [f"  - id: r{r}/b{i}", f"    name: Cơ quan thử nghiệm số {r}-{i}", "    level: province"]
            lines.append("    jurisdiction: Hải Phòng")
        (d / f"r{r}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = [f"Cơ quan thử nghiệm số lạ {i}" for i in range(100)]
    (d / "p.yaml").write_text(plan_head("p") + tasks(100, lead=lambda i: names[i]), encoding="utf-8")
    return ["validate", "."]


def implements_ring(d: Path) -> list[str]:
    for i in range(2_000):
        (d / f"p{i}.yaml").write_text(plan_head(f"p{i}", implements=f"p{(i + 1) % 2000}") + tasks(1), encoding="utf-8")
    return ["check", ".", "--format", "json", "--as-of", "2026-11-22"]


def implements_chain(d: Path) -> list[str]:
    for i in range(2_000):
        ref = f"p{i + 1}" if i < 1999 else None
        (d / f"p{i}.yaml").write_text(plan_head(f"p{i}", implements=ref) + tasks(1), encoding="utf-8")
    return ["check", ".", "--format", "json", "--as-of", "2026-11-22"]


def successors(d: Path) -> list[str]:
    lines = ["format: xhht/registry@1", "bodies:"]
    everyone = ", ".join(f"x/b{j}" for j in range(300))
    for i in range(300):
        lines += [f"  - id: x/b{i}", f"    name: Cơ quan cũ số {i}", "    level: province", "    until: 2020-01-01"]
        lines.append(f"    succeeded_by: [{everyone}]")
    (d / "r.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["bodies", "--registry", "r.yaml", "--as-of", "2026-11-22", "--format", "json"]


def ancient_yearly(d: Path) -> list[str]:
    (d / "p.yaml").write_text(plan_head("p", issued="0001-01-01") + tasks(5_000, deadline="hằng năm"), encoding="utf-8")
    return ["deadlines", "p.yaml", "-f", "json", "--as-of", "2026-11-22"]


def extract_dates(d: Path) -> list[str]:
    para = "ngày 12 tháng 3 năm 2021 và ngày 30/2/2021, " * 40
    text = "KẾ HOẠCH\nI. MỤC ĐÍCH\n" + "".join(f"{i}. {para}\n" for i in range(1, 1_000))
    (d / "doc.txt").write_text(text, encoding="utf-8")
    return ["extract", "doc.txt"]


def absent_parents(d: Path) -> list[str]:
    for i in range(3_321):
        head = plan_head(f"c{i}", implements=f"missing-{i % 34}", level="commune")
        (d / f"c{i}.yaml").write_text(
            head.replace("Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân cấp xã") + tasks(1), encoding="utf-8"
        )
    return ["check", ".", "--format", "json", "--as-of", "2026-11-22", "--jobs", "1"]


def suggestions(d: Path) -> list[str]:
    lines = ["format: xhht/registry@1", "bodies:"]
    for i in range(16_000):
        lines += [f"  - id: s/b{i}", f"    name: Phòng ban số {i} của tỉnh", "    level: province"]
    (d / "r.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for f in range(1_000):
        names = lambda i, f=f: f"Phòng ban lạ {f}-{i}"  # noqa: E731
        (d / f"p{f}.yaml").write_text(plan_head(f"p{f}") + tasks(3, lead=names), encoding="utf-8")
    return ["validate", ".", "--jobs", "1"]


def source_near_misses(d: Path) -> list[str]:
    words = ["khuyến", "học", "khuyến", "tài", "xây", "dựng", "xã", "hội", "học", "tập", "cơ", "quan", "đơn", "vị"]
    words += ["tổ", "chức", "kế", "hoạch", "năm"]
    seq, x = [], 1
    for _ in range(1_000_000):  # a linear congruential sequence: no window of the source repeats
        x = (x * 1_103_515_245 + 12_345) % 2**31
        seq.append(words[(x >> 16) % len(words)])
    text = " ".join(seq)
    out = []
    for i in range(200):  # every word is in the source, the whole is not: two words swapped near the start
        seg = text[i * 997 : i * 997 + 2_000].split(" ")[1:-1]
        seg[3], seg[4] = seg[4], seg[3]
        out += [f"      - id: I.{i}", f"        text: {json.dumps(' '.join(seg), ensure_ascii=False)}"]
        out.append(f"        lead: [{json.dumps(LEAD)}]")
    (d / "s.txt").write_text(text, encoding="utf-8")
    head = plan_head("p") + "  source: s.txt\nsections:\n  - id: I\n    title: Nhiệm vụ\n    tasks:\n"
    (d / "p.yaml").write_text(head + "\n".join(out) + "\n", encoding="utf-8")
    return ["validate", "p.yaml"]


ROWS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("repeated-keys", "20,000 keys, then 20,000 repeats of the last key", repeated_keys),
    ("merge", "`<<: *b` of a 50,000-key anchor", merge_anchor),
    ("unknown-keys", "50,000 unknown top-level keys", unknown_keys),
    ("registries", "3 registries × 35,000 bodies + 100 unknown lead names, validate", registries),
    ("implements-ring", "`implements` ring of 2,000 plans, check", implements_ring),
    ("implements-chain", "`implements` chain of 2,000 plans, check", implements_chain),
    ("successors", "`bodies` with 300 bodies each succeeded by all 300", successors),
    ("ancient-yearly", "`issued: 0001-01-01` + 5,000 `hằng năm` tasks, `deadlines -f json`", ancient_yearly),
    ("extract-dates", "`extract` of a document full of «ngày … tháng … năm»", extract_dates),
    ("absent-parents", "3,321 commune plans whose province plan is absent (every one S005), check", absent_parents),
    ("suggestions", "16,000 extra registry bodies + 1,000 plans × 3 unknown names, validate", suggestions),
    ("source-near-miss", "4 MB source, 200 texts of 2,000 chars whose words it all has (S009)", source_near_misses),
]


def measure(cmd: list[str], cwd: Path, timeout: float) -> tuple[float, float, float, int, int]:
    """(seconds, CPU seconds, peak MB, exit status, bytes of output) of one run; exit status -9 when killed at
    `timeout`. CPU time is given beside wall time: on a loaded machine the wall time also counts waiting."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, cpu, usage.ru_maxrss / 1024, proc.returncode, out.seek(0, 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--megabytes", type=float, default=200.0)
    ap.add_argument("--timeout", type=float, default=60.0, help="kill a row after this long")
    ap.add_argument("--floor-ratio", type=float, default=1.6, help="for rows whose floor is over the bounds")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--xhht", default=None, help="the xhht command [default: this Python's -m xhht_cli]")
    args = ap.parse_args()
    xhht = [args.xhht] if args.xhht else [sys.executable, "-m", "xhht_cli"]
    results, failed = [], 0
    floor = [sys.executable, str(ROOT / "bench" / "floor.py"), "--gc-off", "."]
    print(
        f"{'row':<18} {'input':>9} {'time':>8} {'cpu':>8} {'peak':>9} {'exit':>5} {'output':>10}"
        f" {'floor cpu':>10} {'floor peak':>10} {'cpu/floor':>9}"
    )
    for name, what, make in ROWS:
        if args.only not in name:
            continue
        d = Path(tempfile.mkdtemp(prefix=f"xhht-bounded-{name}-"))
        try:
            (d / ".git").mkdir()
            cmd = make(d)
            size = sum(f.stat().st_size for f in d.iterdir() if f.is_file())
            seconds, cpu, mb, code, output = measure([*xhht, *cmd, "--lang", "en"], d, args.timeout)
            _, floor_cpu, floor_mb, _, _ = measure(floor, d, args.timeout)
        finally:
            shutil.rmtree(d, ignore_errors=True)
        within = seconds < args.seconds and mb < args.megabytes
        floor_over = floor_cpu >= args.seconds or floor_mb >= args.megabytes
        by_floor = floor_over and cpu <= args.floor_ratio * floor_cpu
        ok = code in (0, 1) and (within or by_floor)
        failed += not ok
        print(
            f"{name:<18} {size / 1e3:>7.0f}KB {seconds:>7.2f}s {cpu:>7.2f}s {mb:>7.0f}MB {code:>5}"
            f" {output / 1e3:>8.0f}KB {floor_cpu:>9.2f}s {floor_mb:>8.0f}MB {cpu / max(floor_cpu, 1e-3):>8.2f}x"
            + ("" if within and ok else "  floor" if ok else "  OVER")
        )
        results.append({"row": name, "input": what, "bytes": size, "seconds": round(seconds, 3), "cpu": round(cpu, 3),
                        "peak_mb": round(mb, 1), "floor_cpu": round(floor_cpu, 3), "floor_peak_mb": round(floor_mb, 1),
                        "exit": code, "output_bytes": output, "ok": ok})  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        f"{len(results) - failed} of {len(results)} rows within {args.seconds:g} s and {args.megabytes:g} MB, or (their"
        f" floor being over that) within {args.floor_ratio:g}x the floor's CPU time"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
