"""S006 suggestions on a large registry: three registry files of 35,000 bodies each and a plan with 100 unknown lead
names, checked with `xhht validate` (the case that took 6 min 38 s when every unknown name was compared with every
registered name).

    python bench/suggest.py [--bodies 35000] [--files 3] [--unknown 100] [--keep DIR]

Prints the time of `xhht validate` on the registries alone, with the plan, the part spent on suggestions (in
process, with the same registries), and, for comparison, the time the former search (difflib over every name of the
plan's scope) takes for a few of the names, scaled to all of them.
"""

from __future__ import annotations

import argparse
import difflib
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (  # noqa: SIM905 - a phrase is easier to read than a list of syllables
    "Trung tâm Giáo dục thường xuyên Hướng nghiệp Dạy nghề Học tập cộng đồng Thư viện Bảo tàng Nhà văn hóa Câu lạc bộ "
    "Khuyến học Khuyến tài Phường Xã Thôn Ấp Tổ dân phố Hội Chi hội Ban Đội Trường Mầm non Tiểu học Trung học cơ sở "
    "Phổ thông An Bình Hòa Phú Tân Thạnh Long Mỹ Đông Tây Nam Bắc Trung Hưng Phước Lộc Thọ Xuân Hạ Thu Vĩnh"
).split()


def registry(path: Path, n: int, seed: int) -> None:
    rnd = random.Random(seed)
    lines = ["format: xhht/registry@1", "bodies:"]
    for i in range(n):
        name = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(4, 8))) + f" số {seed}-{i}"
        lines += [f"  - id: b{seed}-{i}", f'    name: "{name}"', "    level: agency"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def plan(path: Path, unknown: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    names = []
    for i in range(unknown):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(3, 6))]
        names.append(" ".join(words) + f" thứ {i}")
    lines = [
        "format: xhht/plan@1",
        "plan:",
        "  id: bench-suggest",
        "  title: Kế hoạch",
        "  issuer: Ủy ban nhân dân tỉnh Quảng Trị",
        "  level: province",
        "  jurisdiction: Quảng Trị",
        "  issued: 2021-01-01",
        "sections:",
        "  - id: I",
        "    title: Nhiệm vụ",
        "    tasks:",
    ]
    for i, name in enumerate(names, 1):
        lines += [f"      - id: I.{i}", "        text: t", f'        lead: ["{name}"]']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return names


def timed(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", type=int, default=35000)
    ap.add_argument("--files", type=int, default=3)
    ap.add_argument("--unknown", type=int, default=100)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="xhht-suggest-"))
    work.mkdir(parents=True, exist_ok=True)
    regs = []
    for f in range(args.files):
        regs.append(work / f"registry-{f}.yaml")
        registry(regs[-1], args.bodies, f)
    names = plan(work / "plan.yaml", args.unknown, 99)
    xhht = [sys.executable, "-m", "xhht_cli", "validate", "--format", "json"]
    base = timed([*xhht, *map(str, regs)])
    full = timed([*xhht, *map(str, regs), str(work / "plan.yaml")])

    from xhht_cli.namekeys import fold
    from xhht_cli.suggest import fold_key
    from xhht_cli.workspace import build

    ws = build(regs)
    reg = ws.registry
    t, cpu = time.perf_counter(), time.process_time()
    for n in names:
        reg.suggest(n, "Quảng Trị", level="province")
    indexed, indexed_cpu = time.perf_counter() - t, time.process_time() - cpu
    scope = reg.scope("Quảng Trị")
    labels = {fold_key(key): key for s in (scope, None) for key, _, _ in reg._labels(s)}
    sample = names[:3]
    t = time.perf_counter()
    for n in sample:
        difflib.get_close_matches(fold(n), list(labels), n=3, cutoff=0.72)
    linear = (time.perf_counter() - t) / len(sample) * len(names)
    print(f"registry names in the plan's scope: {len(labels):,}")
    print(f"validate, registries only:         {base:6.2f} s")
    print(f"validate, with the plan:           {full:6.2f} s   (+{full - base:.2f} s for {args.unknown} unknown names)")
    print(f"suggestions, indexed (in process): {indexed:6.2f} s, {indexed_cpu:.2f} s CPU"
          "   (index built on the first name included)")
    print(f"suggestions, compared with every name (estimated from {len(sample)}): {linear:6.1f} s"
          f"   ({linear / max(indexed, 1e-9):.0f}x)")
    if args.keep is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
