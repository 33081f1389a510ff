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
import importlib.util
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from xhht_cli.config import ConfigError
from xhht_cli.extract import Context, load_context
from xhht_cli.extract.draft import extract_file
from xhht_cli.extract.match import MIN_SCORE
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
            text = extract_file(source, output=out, context=context).yaml
            got = load_plan(text, str(out))
            truth: PlanFile = load_plan(truth_path.read_text(encoding="utf-8"), str(truth_path))
            results.append(SeedResult(seed, truth_path, compare(got, truth, context.registry),
                                      differences(got, truth, context.registry), text))  # fmt: skip
    return results


# -- documents that did not shape the heuristics ---------------------------------------------------------------------

HELD_OUT_FIELDS = ("task ids", "lead", "cooperating", "deadline")
# the real openings and press items of ../shared/refs (as copied into plans/sources/refs) and seed 004: what a
# careful reader takes from each (number, date, issuer, template); None where the text does not say
OPENINGS: dict[str, dict[str, str | None]] = {
    "refs/qd-387-ttg-2022.txt": {"number": "387/QĐ-TTg", "issued": "2022-03-25", "issuer": "Thủ tướng Chính phủ",
                                 "implements": None},
    "refs/qd-1373-ttg-2021.txt": {"number": "1373/QĐ-TTg", "issued": "2021-07-30", "issuer": "Thủ tướng Chính phủ",
                                  "implements": None},
    "refs/cv-3320-bgddt-gdtx-2021-trien-khai-1373-luatvietnam.txt": {
        "number": "3320/BGDĐT-GDTX", "issued": "2021-08-06", "issuer": "Bộ Giáo dục và Đào tạo", "implements": None},
    "refs/qd-1315-ttg-2023-press-baolaocai.txt": {"number": "1315/QĐ-TTg", "issued": None,
                                                  "issuer": "Thủ tướng Chính phủ", "implements": None},
    "refs/qd-1373-ttg-2021-press-giaoducthoidai.txt": {"number": "1373/QĐ-TTg", "issued": None,
                                                       "issuer": "Thủ tướng Chính phủ", "implements": None},
    "refs/qd-387-ttg-2022-press-baoyenbai.txt": {"number": "387/QĐ-TTg", "issued": None,
                                                 "issuer": "Thủ tướng Chính phủ", "implements": None},
    "004_bb6f15c206a6e6bb.txt": {"number": "211/KH-UBND", "issued": "2020-08-20",
                                 "issuer": "Ủy ban nhân dân thành phố Hải Phòng", "implements": "qd-489-2020"},
}  # fmt: skip
IDENTITY_FIELDS = ("number", "issued", "issuer", "implements")
OPENINGS_DIR = Path(__file__).resolve().parent / "openings"  # the refs not among the plans' sources


def _documents_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("documents", Path(__file__).with_name("documents.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("documents", module)
    spec.loader.exec_module(module)
    return module


def held_out(context: Context | None = None) -> dict[str, dict[str, Score]]:
    """Per input kind (txt, docx, pdf, html): scores on the held-out plan of bench/documents.py."""
    context = context or load_context()
    docs = _documents_module()
    truth = load_plan(docs.truth_yaml(), "truth")
    out: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, name in docs.KINDS.items():
            if kind == "pdf" and docs.font() is None:
                continue
            document = docs.write(kind, Path(tmp) / name)
            got = load_plan(extract_file(document, output=Path(tmp) / f"{kind}.yaml", context=context).yaml)
            scores = compare(got, truth, context.registry)
            out[kind] = {f: scores[f] for f in HELD_OUT_FIELDS}
    return out


def openings(context: Context | None = None) -> dict[str, Score]:
    """Identity fields read from the real openings and press items: a right value is a tp, a wrong one an fp and
    an fn, a missing one an fn, one given where the text says none an fp; a text refused counts as all missing."""
    context = context or load_context()
    out = {f: Score(0, 0, 0) for f in IDENTITY_FIELDS}
    for rel, want in OPENINGS.items():
        path = next((p for p in (PLANS / "sources" / rel, OPENINGS_DIR / Path(rel).name) if p.is_file()), None)
        if path is None:
            raise FileNotFoundError(rel)
        try:
            plan = load_plan(extract_file(path, context=context).yaml).plan
            got = {"number": plan.number, "issued": str(plan.issued) if plan.issued else None,
                   "issuer": plan.issuer, "implements": plan.implements}  # fmt: skip
        except ConfigError:  # a refused text scores as nothing found
            got = dict.fromkeys(IDENTITY_FIELDS)
        for f in IDENTITY_FIELDS:
            w, g = want[f], got[f]
            tp, fp, fn = (w is not None and g == w), (g is not None and g != w), (w is not None and g != w)
            out[f] = out[f] + Score(int(tp), int(fp), int(fn))
    return out


def threshold_curve(results: list[SeedResult], context: Context | None = None) -> list[tuple[float, Score]]:
    """Precision and recall of writing the first `implements` suggestion at each threshold, on the seeds that
    have a template: the figures MIN_SCORE is set from."""
    context = context or load_context()
    pairs: list[tuple[float, bool, bool]] = []  # (score, first suggestion right, task has a counterpart)
    with tempfile.TemporaryDirectory() as tmp:
        for r in results:
            truth = load_plan(r.truth.read_text(encoding="utf-8"), str(r.truth))
            if not truth.plan.implements:
                continue
            want = {t.id: set(t.implements) for s in truth.sections for t in s.tasks}
            source = next(src for seed, src, _ in seeds() if seed == r.seed)
            got = extract_file(source, output=Path(tmp) / "x.yaml", context=context).result
            for task in got.tasks:
                if task.id in want and task.suggestions:
                    best = task.suggestions[0]
                    pairs.append((best.score, best.id in want[task.id], bool(want[task.id])))
    curve = []
    for step in range(5, 45, 5):
        t = step / 100
        tp = sum(1 for s, ok, _ in pairs if s >= t and ok)
        fp = sum(1 for s, ok, _ in pairs if s >= t and not ok)
        fn = sum(1 for s, ok, has in pairs if has and not (s >= t and ok))
        curve.append((t, Score(tp, fp, fn)))
    return curve


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
    context = load_context()
    kinds = held_out(context)
    print("\nheld-out plan (bench/documents.py), per input kind")
    print(f"{'kind':<8}{'field':<13}{'precision':>10}{'recall':>9}   tp/fp/fn")
    for kind, scores in kinds.items():
        for f, sc in scores.items():
            print(f"{kind:<8}{f:<13}{_pct(sc.precision):>10}{_pct(sc.recall):>9}   {sc.tp}/{sc.fp}/{sc.fn}")
            kind = ""
    print("\nreal openings and press items (identity)")
    for f, sc in openings(context).items():
        print(f"{f:<13}{_pct(sc.precision):>10}{_pct(sc.recall):>9}   {sc.tp}/{sc.fp}/{sc.fn}")
    print(f"\nimplements: first suggestion written at a threshold (now {MIN_SCORE:.2f}), seeds with a template")
    for t, sc in threshold_curve(results, context):
        print(f"  >= {t:.2f}{_pct(sc.precision):>10}{_pct(sc.recall):>9}   {sc.tp}/{sc.fp}/{sc.fn}")
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
