#!/usr/bin/env python3
"""Fuzz the loader, the deadline parser and the whole check pipeline for a set time.

    python fuzz/run.py --seconds 60 [--seed N] [--out fuzz/crashes]

Mutates the project's own YAML files (the shipped plans and every test case) and Vietnamese deadline phrases:
byte flips, deletions, duplicated and swapped lines, spliced fragments from other files, YAML syntax tokens,
truncation, odd encodings. Each mutant goes through `parse_text` (one in four also with PyYAML's pure-Python
parser, the fallback without libyaml), then one in four through `xhht check` in-process on a temporary folder (so
cross-file rules run too) and every output format; one in eight also builds a hostile repository
(`fuzz/hostile.py`): a `source:` path that leads out of it or to a device or FIFO, random `xhht.toml` values, and
`-o` targets that are folders, devices, links or files the run read. Anything that raises is a crash: the input
is saved under --out and the run exits 1. Every crash ever found becomes a case in tests/cases/. Deterministic for
a seed, bounded in time.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

from xhht_cli.config import Config
from xhht_cli.deadlines import parse_deadline
from xhht_cli.loading import PurePythonLoader, parse_text
from xhht_cli.pipeline import run
from xhht_cli.report import reporter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))
from hostile import CASES  # noqa: E402  (fuzz/hostile.py, beside this file)

TOKENS = [b"- ", b": ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"<<: *a\n", b"!!python/object ", b"!tag ", b"\t",
          b"'", b'"', b"\n  ", b"---\n", b"...\n", b"? ", b"|\n", b">-\n", b"~", b"no", b"2021-02-30", b"\x00",
          b"\xff", b"\xc3", "Sở Giáo dục và Đào tạo".encode(), "quý V năm 2020".encode(), b"#", b"%YAML 1.1\n"]
PHRASES = ["trong quý II năm 2020", "trước ngày 10/9/2020", "hằng năm", "Trước ngày 05 tháng 12 hàng năm",
           "giai đoạn 2021 – 2030", "6 tháng đầu năm 2021", "tháng 9/2020", "22/22/2033", "đầu tháng 10 hàng năm",
           "thường xuyên", "2020-09-10", "cuối năm 2030", "quý 2/2020"]


def corpus() -> list[bytes]:
    files = sorted(ROOT.glob("plans/**/*.yaml")) + sorted(ROOT.glob("tests/cases/**/*.yaml"))
    return [f.read_bytes() for f in files if f.stat().st_size < 200_000]


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(8)
        pos = rng.randrange(len(out) + 1)
        if op == 0 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        elif op == 1:
            del out[pos : pos + rng.randint(1, 40)]
        elif op == 2:
            out[pos:pos] = rng.choice(TOKENS)
        elif op == 3:
            other = rng.choice(pool)
            a = rng.randrange(len(other) + 1)
            out[pos:pos] = other[a : a + rng.randint(1, 400)]
        elif op == 4:
            lines = bytes(out).split(b"\n")
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                if rng.random() < 0.5:
                    lines.insert(i, lines[j])
            out = bytearray(b"\n".join(lines))
        elif op == 5:
            out = out[: rng.randrange(len(out) + 1)]
        elif op == 6:
            out[pos:pos] = rng.choice(PHRASES).encode()
        else:
            out[pos:pos] = b"[" * rng.randint(1, 200)
    if rng.random() < 0.05:
        return b"\xff\xfe" + bytes(out).decode("utf-8", "replace").encode("utf-16-le")
    return bytes(out)


def mutate_phrase(rng: random.Random) -> str:
    words = " ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 3))).split()
    for _ in range(rng.randint(0, 4)):
        i = rng.randrange(len(words))
        swaps = [str(rng.randint(-5, 99999)), "hằng", "quý", "V", "/", "–", "ngày", "năm", words[i][::-1]]
        words[i] = rng.choice(swaps)
    return " ".join(words)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--out", type=Path, default=ROOT / "fuzz" / "crashes")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = corpus()
    config = Config(as_of=date(2026, 11, 22), lang="vi", format="json")
    end = time.monotonic() + args.seconds
    counts = {"yaml": 0, "pure": 0, "pipeline": 0, "deadline": 0, **dict.fromkeys(CASES, 0)}
    crashes = 0
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as hostile:
        folder = Path(tmp)
        while time.monotonic() < end:
            data = mutate(rng, rng.choice(pool), pool)
            phrase = mutate_phrase(rng)
            try:
                counts["deadline"] += 1
                parsed = parse_deadline(phrase)
                if hasattr(parsed, "message"):
                    parsed.message("vi")
                text = data.decode("utf-8", "replace")
                parse_text(text, "fuzz.yaml")
                counts["yaml"] += 1
                if counts["yaml"] % 4 == 1:  # the pure-Python fallback (no libyaml) is slower: one mutant in four
                    parse_text(text, "fuzz.yaml", loader_class=PurePythonLoader)
                    counts["pure"] += 1
                if counts["yaml"] % 4 == 0:  # the whole pipeline is slower: one mutant in four
                    for old in folder.iterdir():
                        old.unlink()
                    (folder / "a.yaml").write_bytes(data)
                    (folder / "b.yaml").write_bytes(mutate(rng, rng.choice(pool), pool))
                    report, _ = run([folder], config)
                    for name in ("text", "json", "sarif", "github", "markdown", "csv", "html"):
                        reporter(name, "vi").render(report, "check")
                    if counts["pipeline"] % 8 == 0:  # the Office formats are slower: one pipeline run in eight
                        for name in ("xlsx", "docx"):
                            reporter(name, "en").write(report, "check", io.BytesIO())
                    counts["pipeline"] += 1
                if counts["yaml"] % 8 == 3:  # a hostile repository: paths, xhht.toml, -o targets in turn
                    kind = list(CASES)[(counts["yaml"] // 8) % len(CASES)]
                    counts[kind] += 1
                    problem = CASES[kind](Path(hostile) / "case", rng)
                    if problem is not None:
                        raise AssertionError(f"{kind}: {problem}")
            except Exception:
                crashes += 1
                args.out.mkdir(parents=True, exist_ok=True)
                stem = f"crash-{args.seed}-{crashes}"
                (args.out / f"{stem}.yaml").write_bytes(data)
                (args.out / f"{stem}.txt").write_text(phrase + "\n\n" + traceback.format_exc(), encoding="utf-8")
                print(f"crash saved: {args.out / stem}.yaml", file=sys.stderr)
    print(f"fuzz: seed {args.seed}, {args.seconds:.0f} s: {counts['yaml']} YAML mutants ({counts['pure']} also without"
          f" libyaml), {counts['pipeline']} through the pipeline, {counts['deadline']} deadline phrases, hostile"
          f" repositories: {counts['paths']} source paths, {counts['config']} xhht.toml, {counts['output']} -o"
          f" targets; {crashes} crash(es)")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
