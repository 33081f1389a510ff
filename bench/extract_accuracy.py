#!/usr/bin/env python3
"""How well `xhht extract` reads the seed texts: field by field against the hand-encoded plans.

    python bench/extract_accuracy.py [--details] [--json FILE]

Every shipped plan (plans/*.yaml, plans/national/*.yaml) whose `source` is a seed text (plans/sources/NNN_*.txt) is
a seed: the text is extracted as `xhht extract` does (template found from the preamble, shipped registry), the YAML
is read back, and each field is compared with the hand-encoded plan (see bench/extract_compare.py for what counts
as a match). Prints precision and recall per field per seed, then over all seeds; `--details` lists every fact
missed or added. The implements figure the README quotes is recall on seed 000 (Hải Phòng 211 against 489).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from xhht_cli.extract import Context, load_context
from xhht_cli.extract.command import extract_file
from xhht_cli.models import PlanFile

from extract_compare import FIELDS, Score, compare, differences, load_plan  # beside this script

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"


@dataclass
class SeedResult:
    seed: str  # "000"
    truth: Path
    scores: dict[str, Score]
    diffs: dict[str, tuple[list[str], list[str]]]
    yaml: str


def seeds(plans: Path = PLANS) -> list[tuple[str, Path, Path]]:
    """(seed number, source text, hand-encoded plan) for every shipped plan encoded from a seed text."""
    out = []
    for plan_path in sorted([*plans.glob("*.yaml"), *(plans / "national").glob("*.yaml")]):
        if plan_path.name == "registry.yaml":
            continue
        plan = load_plan(plan_path.read_text(encoding="utf-8"), str(plan_path))
        for src in plan.plan.source:
            path = (plan_path.parent / src).resolve()
            m = re.match(r"(\d{3})_", path.name)
            if m and path.is_file():
                out.append((m.group(1), path, plan_path))
    return sorted(out)


def run(plans: Path = PLANS, context: Context | None = None) -> list[SeedResult]:
    context = context or load_context()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed, source, truth_path in seeds(plans):
            out = Path(tmp) / f"{seed}.yaml"
            _, text = extract_file(source, output=out, context=context)
            got = load_plan(text, str(out))
            truth: PlanFile = load_plan(truth_path.read_text(encoding="utf-8"), str(truth_path))
            results.append(SeedResult(seed, truth_path, compare(got, truth, context.registry),
                                      differences(got, truth, context.registry), text))  # fmt: skip
    return results


def totals(results: list[SeedResult]) -> dict[str, Score]:
    out = {f: Score(0, 0, 0) for f in FIELDS}
    for r in results:
        for f in FIELDS:
            out[f] = out[f] + r.scores[f]
    return out


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def table(results: list[SeedResult]) -> str:
    lines = [f"{'seed':<6}{'plan':<28}{'field':<13}{'precision':>10}{'recall':>9}   tp/fp/fn"]
    rows = [(r.seed, r.truth.name, r.scores) for r in results] + [("all", "", totals(results))]
    for seed, name, scores in rows:
        for f in FIELDS:
            s = scores[f]
            lines.append(f"{seed:<6}{name:<28}{f:<13}{_pct(s.precision):>10}{_pct(s.recall):>9}   "
                         f"{s.tp}/{s.fp}/{s.fn}")  # fmt: skip
            seed, name = "", ""
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="list the facts missed and added, per seed and field")
    ap.add_argument("--json", metavar="FILE", help="write the scores as JSON")
    args = ap.parse_args(argv)
    results = run()
    print(table(results))
    if args.details:
        for r in results:
            for f in FIELDS:
                extra, missed = r.diffs[f]
                for x in missed:
                    print(f"{r.seed} {f}: missed  {x}")
                for x in extra:
                    print(f"{r.seed} {f}: added   {x}")
    if args.json:
        data = {r.seed: {f: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall}
                         for f, s in r.scores.items()} for r in results}  # fmt: skip
        Path(args.json).write_text(json.dumps(data, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
