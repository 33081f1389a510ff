#!/usr/bin/env python3
"""Benchmark xhht against the libyaml floor, and optionally against check-jsonschema.

    python bench/run.py                      # national portfolio (34 + 3,321 plans) and the 1,000-file corpus
    python bench/run.py --small              # a ~40-file corpus: under a minute; what CI runs
    python bench/run.py --corpus DIR [...]   # existing folders (generated ones are checked against manifest.json)
    options: --json OUT.json  --repeat N (3)  --with-jsonschema  --as-of 2026-11-22  --xhht PATH

Run it with the Python that has xhht installed (the project's virtual environment). Every measurement is a fresh
process started by a small wrapper process: wall time (best of --repeat runs) is taken around the child and peak
RSS is the child's `resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`, read in the wrapper, which has no other child.

Measured per corpus:
  floor      python bench/floor.py DIR (read every file, yaml.load(text, Loader=yaml.CSafeLoader))
  validate   xhht validate DIR --format json --jobs 1          (one process)
  check      xhht check DIR --format json --as-of AS_OF --jobs 1
  validate-j2, check-j2   the same with --jobs 2; their output must be byte for byte the same as with --jobs 1
  jsonschema check-jsonschema --schemafile <xhht schema plan> on the plan files, plus the same with
             <xhht schema report> on the report files (times added, peak is the larger) — only when
             check-jsonschema is importable in bench/.venv (--with-jsonschema creates that venv)
and once:
  small-file xhht validate plans/haiphong.yaml   vs   import-floor: python -c "import typer, pydantic, yaml"
             and stack-floor: python bench/startup_bound.py validate plans/haiphong.yaml, the least a typer +
             pydantic command validating one file takes (best of max(--repeat, 10): these take well under a second
             and are noisier)

For a corpus made by bench/generate.py, the findings of `xhht validate` must be exactly the defects the generator
planted (manifest.json); run.py exits 1 when they are not, when --jobs 2 gives another output than --jobs 1, or
when a command fails (exit status other than 0/1).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPORA = BENCH / "corpora"
VENV = BENCH / ".venv"
SMALL_FILE = ROOT / "plans" / "haiphong.yaml"

NATIONAL = {"name": "national", "args": ["--provinces", "34", "--communes", "3321", "--tasks", "40-80"]}
FILES_1000 = {"name": "files-1000", "args": ["--files", "1000"]}
SMALL = {"name": "small", "args": ["--provinces", "4", "--communes", "34", "--tasks", "40-80"]}

TARGETS = {
    "validate/floor": 1.25,
    "check/floor": 1.6,
    "small-file/import-floor": 1.5,
    "check-jsonschema/validate": 4.0,  # at least
    "peak MB (national)": 1024.0,
    "--jobs 2 speed-up": 1.7,  # at least, for 200 files or more
}

_WRAPPER = r"""
import json, resource, subprocess, sys, time
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as fo, open(err, "wb") as fe:
    t0 = time.perf_counter()
    rc = subprocess.call(cmd, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "rc": rc, "maxrss_kb": ru.ru_maxrss, "user": ru.ru_utime, "sys": ru.ru_stime}))
"""


# -- helpers -----------------------------------------------------------------------------------------------------


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def measure(cmd: list[str], repeat: int, tmp: Path, label: str, keep: Path | None = None) -> dict[str, Any]:
    """Best wall time of `repeat` fresh runs of `cmd`, with the peak RSS of the runs (MB) and the exit status."""
    runs = []
    for i in range(repeat):
        out = keep if (keep is not None and i == 0) else tmp / "stdout"
        err = tmp / "stderr"
        res = subprocess.run([sys.executable, "-c", _WRAPPER, str(out), str(err), *cmd],
                             capture_output=True, text=True, cwd=ROOT, check=True)
        r = json.loads(res.stdout)
        if r["rc"] not in (0, 1):
            tail = err.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"{label}: exit status {r['rc']}: {' '.join(cmd[:4])} …\n{tail}")
        runs.append(r)
        log(f"  {label:<11} run {i + 1}/{repeat}: {r['wall']:.3f} s, {r['maxrss_kb'] / 1024:.0f} MB")
    best = min(runs, key=lambda r: r["wall"])
    return {
        "seconds": round(best["wall"], 4),
        "all_seconds": [round(r["wall"], 4) for r in runs],
        "peak_mb": round(max(r["maxrss_kb"] for r in runs) / 1024, 1),
        "user_s": round(best["user"], 3),
        "sys_s": round(best["sys"], 3),
        "exit": best["rc"],
    }


def find_xhht(explicit: str | None) -> list[str]:
    if explicit:
        return [explicit]
    beside = Path(sys.executable).parent / "xhht"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("xhht")
    return [found] if found else [sys.executable, "-m", "xhht_cli"]


def yaml_files(root: Path) -> list[Path]:
    return sorted(
        f for f in root.rglob("*")
        if f.suffix in (".yaml", ".yml") and f.is_file()
        and not any(part.startswith(".") for part in f.relative_to(root).parts)
    )


def generate(spec: dict[str, Any], seed: int) -> Path:
    """The corpus `spec` in bench/corpora/, generated unless a matching one is there."""
    out: Path = CORPORA / str(spec["name"])
    manifest = out / "manifest.json"
    cmd = [sys.executable, str(BENCH / "generate.py"), str(out), *spec["args"], "--seed", str(seed)]
    if manifest.is_file():
        m = json.loads(manifest.read_text(encoding="utf-8"))
        # the generator is deterministic: the same arguments (recorded in the manifest) give the same corpus
        if m.get("args") == _manifest_args(spec["args"], seed):
            log(f"reusing {out} ({m['files']} files)")
            return out
        log(f"{out}: generated with other arguments; regenerating")
        shutil.rmtree(out)
    elif out.exists():
        shutil.rmtree(out)
    log("generating: " + " ".join(cmd[1:]))
    subprocess.run(cmd, check=True, cwd=ROOT)
    return out


def _manifest_args(args: list[str], seed: int) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH))
    try:
        import generate as gen
    finally:
        sys.path.pop(0)
    ap = argparse.ArgumentParser()
    ap.add_argument("--provinces", type=int, default=34)
    ap.add_argument("--communes", type=int, default=3321)
    ap.add_argument("--files", type=int, default=None)
    ap.add_argument("--tasks", type=gen.parse_range, default=None)
    ap.add_argument("--defect-rate", type=float, default=0.01)
    a = ap.parse_args(args)
    tasks = a.tasks or ((55, 65) if a.files else (40, 80))
    return {"provinces": a.provinces, "communes": a.communes, "files": a.files, "tasks": list(tasks),
            "seed": seed, "defect_rate": a.defect_rate}


def machine(xhht: list[str]) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "python_impl": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "executable": sys.executable,
        "xhht": " ".join(xhht),
    }
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    facts["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    facts["mem_total_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                    break
    except OSError:
        pass
    git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if git.returncode == 0:
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True).stdout.strip()
        facts["commit"] = git.stdout.strip() + (" (src/ has uncommitted changes)" if dirty else "")
    probe = ("import json, yaml, pydantic, typer, xhht_cli; "
             "print(json.dumps({'xhht_version': xhht_cli.__version__, 'pyyaml': yaml.__version__, "
             "'libyaml': yaml._yaml.get_version_string() if yaml.__with_libyaml__ else None, "
             "'pydantic': pydantic.VERSION, 'typer': getattr(typer, '__version__', '?')}))")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    if res.returncode == 0:
        facts.update(json.loads(res.stdout))
    return facts


# -- check-jsonschema --------------------------------------------------------------------------------------------


def jsonschema_bin(create: bool) -> tuple[Path | None, str]:
    exe = VENV / "bin" / "check-jsonschema"
    py = VENV / "bin" / "python"

    def importable() -> bool:
        return py.is_file() and subprocess.run([str(py), "-c", "import check_jsonschema"],
                                               capture_output=True).returncode == 0

    if not importable():
        if not create:
            return None, "skipped: check-jsonschema is not installed in bench/.venv (run with --with-jsonschema)"
        log("creating bench/.venv with check-jsonschema …")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--quiet", "check-jsonschema", "ruamel.yaml.clib"],
                       check=True)
        if not importable():
            return None, "skipped: could not install check-jsonschema into bench/.venv"
    ver = subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.strip()
    return exe, ver


def write_schemas(xhht: list[str], tmp: Path) -> dict[str, Path]:
    out = {}
    for kind in ("plan", "report"):
        path = tmp / f"{kind}.schema.json"
        path.write_text(subprocess.run([*xhht, "schema", kind], check=True, capture_output=True,
                                       text=True).stdout, encoding="utf-8")
        out[kind] = path
    return out


def kind_of(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as f:
        head = f.read(4096)
    if "format: xhht/report@" in head:
        return "report"
    if "format: xhht/registry@" in head:
        return "registry"
    return "plan"


# -- the run -----------------------------------------------------------------------------------------------------


def bench_corpus(root: Path, xhht: list[str], args: argparse.Namespace, tmp: Path,
                 cjs: Path | None, schemas: dict[str, Path] | None) -> dict[str, Any]:
    files = yaml_files(root)
    size = sum(f.stat().st_size for f in files)
    log(f"\n{root}: {len(files)} files, {size / 1e6:.1f} MB")
    rec: dict[str, Any] = {"corpus": root.name, "path": str(root), "files": len(files),
                           "mb": round(size / 1e6, 2)}
    rec["floor"] = measure([sys.executable, str(BENCH / "floor.py"), str(root)], args.repeat, tmp, "floor")
    outputs: dict[str, Path] = {}
    for command in ("validate", "check"):
        cmd = [*xhht, command, str(root), "--format", "json"] + (["--as-of", args.as_of] if command == "check" else [])
        for jobs in (1, 2):
            label = command if jobs == 1 else f"{command}-j{jobs}"
            outputs[label] = tmp / f"{label}-{root.name}.json"
            rec[label] = measure([*cmd, "--jobs", str(jobs)], args.repeat, tmp, label, keep=outputs[label])
    rec["jobs_identical"] = all(
        outputs[c].read_bytes() == outputs[f"{c}-j2"].read_bytes() for c in ("validate", "check")
    )
    vout = outputs["validate"]
    report = json.loads(vout.read_text(encoding="utf-8"))
    rec["tasks"] = sum(p["tasks"] for p in report["plans"])
    rec["plans"] = len(report["plans"])
    found = Counter(f["code"] for f in report["findings"])
    rec["findings"] = dict(sorted(found.items()))
    manifest = root / "manifest.json"
    if manifest.is_file():
        planted = {k: v for k, v in json.loads(manifest.read_text(encoding="utf-8"))["planted"].items() if v}
        rec["planted"] = planted
        rec["planted_match"] = planted == dict(found)
    if cjs is not None and schemas is not None:
        by_kind: dict[str, list[str]] = {}
        for f in files:
            by_kind.setdefault(kind_of(f), []).append(str(f))
        parts = []
        for kind, names in sorted(by_kind.items()):
            if kind not in schemas:
                continue
            parts.append(measure([str(cjs), "--schemafile", str(schemas[kind]), *names], args.repeat, tmp,
                                 f"cjs-{kind}"))
        rec["jsonschema"] = {
            "seconds": round(sum(p["seconds"] for p in parts), 4),
            "peak_mb": max(p["peak_mb"] for p in parts),
            "parts": parts,
        }
    v, c, fl = rec["validate"]["seconds"], rec["check"]["seconds"], rec["floor"]["seconds"]
    ratios = {"validate/floor": round(v / fl, 2), "check/floor": round(c / fl, 2),
              "validate peak MB per 1,000 tasks": round(rec["validate"]["peak_mb"] / rec["tasks"] * 1000, 1),
              "check peak MB per 1,000 tasks": round(rec["check"]["peak_mb"] / rec["tasks"] * 1000, 1)}
    ratios["validate --jobs 2 speed-up"] = round(v / rec["validate-j2"]["seconds"], 2)
    ratios["check --jobs 2 speed-up"] = round(c / rec["check-j2"]["seconds"], 2)
    if "jsonschema" in rec:
        ratios["check-jsonschema/validate"] = round(rec["jsonschema"]["seconds"] / v, 2)
    rec["ratios"] = ratios
    return rec


def bench_small_file(xhht: list[str], args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    n = max(args.repeat, 10)
    log(f"\nsingle small file: {SMALL_FILE.relative_to(ROOT)} ({SMALL_FILE.stat().st_size / 1000:.1f} KB)")
    rec: dict[str, Any] = {
        "file": str(SMALL_FILE.relative_to(ROOT)),
        "validate": measure([*xhht, "validate", str(SMALL_FILE.relative_to(ROOT))], n, tmp, "validate"),
        "import_floor": measure([sys.executable, "-c", "import typer, pydantic, yaml"], n, tmp, "imports"),
        "stack_floor": measure([sys.executable, str(BENCH / "startup_bound.py"), "validate",
                                str(SMALL_FILE.relative_to(ROOT))], n, tmp, "stack"),
    }
    floor = rec["import_floor"]["seconds"]
    rec["ratio"] = round(rec["validate"]["seconds"] / floor, 2)
    rec["stack_ratio"] = round(rec["stack_floor"]["seconds"] / floor, 2)
    rec["over_stack"] = round(rec["validate"]["seconds"] / rec["stack_floor"]["seconds"], 2)
    return rec


def verdicts(corpora: list[dict[str, Any]], small: dict[str, Any]) -> list[dict[str, Any]]:
    out = []

    def add(name: str, corpus: str, value: float, target: float, at_least: bool = False) -> None:
        ok = value >= target if at_least else value <= target
        out.append({"target": name, "corpus": corpus, "value": value,
                    "limit": ("≥ " if at_least else "≤ ") + str(target), "met": ok})

    for rec in corpora:
        r = rec["ratios"]
        if rec["files"] < 200:  # start-up (~0.2 s) is most of a run this small: the targets are for portfolios
            continue
        add("validate/floor", rec["corpus"], r["validate/floor"], TARGETS["validate/floor"])
        add("check/floor", rec["corpus"], r["check/floor"], TARGETS["check/floor"])
        if "check-jsonschema/validate" in r:
            add("check-jsonschema/validate", rec["corpus"], r["check-jsonschema/validate"],
                TARGETS["check-jsonschema/validate"], at_least=True)
        for command in ("validate", "check"):
            name = f"{command} --jobs 2 speed-up"
            add(name, rec["corpus"], r[name], TARGETS["--jobs 2 speed-up"], at_least=True)
        if rec["corpus"].startswith("national"):
            peak = max(rec["validate"]["peak_mb"], rec["check"]["peak_mb"])
            add("peak MB (national)", rec["corpus"], peak, TARGETS["peak MB (national)"])
    add("small-file/import-floor", small["file"], small["ratio"], TARGETS["small-file/import-floor"])
    return out


def table(corpora: list[dict[str, Any]], small: dict[str, Any], checks: list[dict[str, Any]]) -> str:
    has_cjs = any("jsonschema" in r for r in corpora)
    head = ["corpus", "files", "MB", "tasks", "floor s", "MB", "validate s", "MB", "check s", "MB", "validate -j2 s",
            "check -j2 s"]
    if has_cjs:
        head += ["check-jsonschema s", "MB"]
    rows = [head]
    for r in corpora:
        row = [r["corpus"], f"{r['files']:,}", f"{r['mb']:.1f}", f"{r['tasks']:,}"]
        for k in ("floor", "validate", "check"):
            row += [f"{r[k]['seconds']:.2f}", f"{r[k]['peak_mb']:.0f}"]
        row += [f"{r['validate-j2']['seconds']:.2f}", f"{r['check-j2']['seconds']:.2f}"]
        if has_cjs:
            j = r.get("jsonschema")
            row += [f"{j['seconds']:.2f}", f"{j['peak_mb']:.0f}"] if j else ["—", "—"]
        rows.append(row)
    widths = [max(len(x[i]) for x in rows) for i in range(len(head))]
    lines = []
    for x in rows:
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(x, widths, strict=True))]
        lines.append("| " + " | ".join(cells) + " |")
    rule = ["-" * (w + 2) if i == 0 else "-" * (w + 1) + ":" for i, w in enumerate(widths)]
    lines.insert(1, "|" + "|".join(rule) + "|")
    out = ["\n".join(lines), ""]
    sv, si, ss = small["validate"], small["import_floor"], small["stack_floor"]
    out.append(f"single small file ({small['file']}): xhht validate {sv['seconds']:.3f} s / {sv['peak_mb']:.0f} MB;"
               f" import floor (typer, pydantic, yaml) {si['seconds']:.3f} s / {si['peak_mb']:.0f} MB;"
               f" stack floor (bench/startup_bound.py) {ss['seconds']:.3f} s = {small['stack_ratio']}x the import"
               f" floor, so xhht is {small['over_stack']}x the least a typer + pydantic command takes")
    out.append("")
    out.append("| ratio | corpus | value | target | met |")
    out.append("|---|---|---:|---|---|")
    for c in checks:
        out.append(f"| {c['target']} | {c['corpus']} | {c['value']} | {c['limit']} | {'yes' if c['met'] else 'NO'} |")
    for r in corpora:
        rr = r["ratios"]
        if r["files"] < 200:
            out.append(f"| validate/floor, check/floor (not judged below 200 files) | {r['corpus']} | "
                       f"{rr['validate/floor']}, {rr['check/floor']} | — | — |")
        out.append(f"| peak MB per 1,000 tasks (validate / check) | {r['corpus']} | "
                   f"{rr['validate peak MB per 1,000 tasks']} / {rr['check peak MB per 1,000 tasks']} | — | — |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--corpus", type=Path, action="append", help="an existing corpus folder (repeatable)")
    g.add_argument("--small", action="store_true", help="a ~40-file corpus only (under a minute; for CI)")
    ap.add_argument("--json", type=Path, help="write the full record here")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept [3]")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--as-of", default="2026-11-22")
    ap.add_argument("--xhht", help="the xhht executable [the one beside this Python]")
    ap.add_argument("--with-jsonschema", action="store_true",
                    help="create bench/.venv with check-jsonschema if needed, and measure it")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    try:
        import yaml

        import xhht_cli  # noqa: F401
    except ImportError:
        ap.error("run this with the Python that has xhht installed (e.g. .venv/bin/python bench/run.py)")
    if not yaml.__with_libyaml__:
        ap.error("PyYAML here has no libyaml: the floor (and xhht) need yaml.CSafeLoader")
    started = time.perf_counter()
    xhht = find_xhht(args.xhht)
    if args.corpus:
        roots = [c.resolve() for c in args.corpus]
        for r in roots:
            if not r.is_dir():
                ap.error(f"--corpus {r}: not a folder")
    elif args.small:
        roots = [generate(SMALL, args.seed)]
    else:
        roots = [generate(NATIONAL, args.seed), generate(FILES_1000, args.seed)]
    cjs, cjs_note = jsonschema_bin(args.with_jsonschema)
    log(f"check-jsonschema: {cjs_note}")
    with tempfile.TemporaryDirectory(prefix="xhht-bench-") as t:
        tmp = Path(t)
        schemas = write_schemas(xhht, tmp) if cjs is not None else None
        corpora = [bench_corpus(r, xhht, args, tmp, cjs, schemas) for r in roots]
        small = bench_small_file(xhht, args, tmp)
    checks = verdicts(corpora, small)
    elapsed = time.perf_counter() - started
    facts = machine(xhht)
    print()
    print(table(corpora, small, checks))
    print()
    print(f"machine: {facts.get('cpu', '?')}; nproc {facts['nproc']}; {facts.get('mem_total_gb', '?')} GB; "
          f"Python {facts['python']}; {facts['platform']}; xhht {facts.get('xhht_version', '?')}, "
          f"PyYAML {facts.get('pyyaml')} (libyaml {facts.get('libyaml')}), pydantic {facts.get('pydantic')}")
    print(f"check-jsonschema: {cjs_note}")
    print(f"best of {args.repeat} runs (small-file: best of {max(args.repeat, 10)}); total {elapsed:.1f} s")
    bad = [r for r in corpora if r.get("planted_match") is False]
    for r in bad:
        print(f"MISMATCH in {r['corpus']}: planted {r['planted']} but validate found {r['findings']}")
    differ = [r for r in corpora if not r["jobs_identical"]]
    for r in differ:
        print(f"MISMATCH in {r['corpus']}: the output of --jobs 2 differs from --jobs 1")
    if args.json:
        record = {
            "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "machine": facts,
            "settings": {"repeat": args.repeat, "small_file_repeat": max(args.repeat, 10), "as_of": args.as_of,
                         "seed": args.seed, "check_jsonschema": cjs_note, "elapsed_s": round(elapsed, 1)},
            "corpora": corpora,
            "small_file": small,
            "targets": checks,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    if args.small and elapsed > 60:
        print(f"warning: --small took {elapsed:.0f} s (meant to stay under 60 s)", file=sys.stderr)
    return 1 if bad or differ else 0


if __name__ == "__main__":
    sys.exit(main())
