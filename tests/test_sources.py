"""S009's matching (`xhht_cli.sources`): how much of a text occurs in a source, compared with the plainest way of
working it out, and bounded on a source whose words a text all has (`bench/bounded.py`, row `source-near-miss`;
`test_bounded.py` runs it under a subprocess timeout)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import yaml
from test_bounded import BENCH

from xhht_cli.sources import Source, fold_text, matched


def _source(text: str) -> Source:
    return Source(None, text=text, folded=fold_text(text))


def _plainly(needle: str, hay: str) -> int:
    """-1 when `needle` occurs in `hay`, else the longest prefix of it that does, tried length by length."""
    if needle in hay:
        return -1
    return max(k for k in range(len(needle) + 1) if needle[:k] in hay)


def _bisected(needle: str, hay: str) -> int:
    """The longest prefix of `needle` (not in `hay`) that occurs in `hay`, by bisection of its length."""
    lo, hi = 0, len(needle)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if needle[:mid] in hay else (lo, mid - 1)
    return lo


def test_matched_agrees_with_trying_every_prefix() -> None:
    rng = random.Random(7)
    for _ in range(3_000):
        hay = " ".join(rng.choice(["ab", "a", "b", "ba", "aab"]) for _ in range(rng.randint(1, 12)))
        needle = " ".join(rng.choice(["ab", "a", "b", "ba", "c"]) for _ in range(rng.randint(1, 6)))
        assert matched(needle, [_source(hay)]) == _plainly(needle, hay), (needle, hay)


def test_matched_takes_the_best_of_several_sources() -> None:
    first, second = _source("một hai ba"), _source("bốn năm sáu bảy")
    assert matched("một hai tư", [first, second]) == len("một hai ")
    assert matched("năm sáu bảy", [first, second]) == -1
    assert matched("năm sáu tám", [first, second]) == len("năm sáu ")


def test_a_word_the_source_lacks_bounds_the_match() -> None:
    src = _source("khuyến học khuyến tài xây dựng xã hội học tập")
    assert matched("khuyến học lạ khuyến tài", [src]) == len("khuyến học ")
    assert matched("học khuyến tài xây", [src]) == -1


def test_near_misses_on_a_large_source_report_how_far_each_text_matches(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    args = BENCH.source_near_misses(tmp_path)  # type: ignore[attr-defined]
    r = subprocess.run(
        [sys.executable, "-m", "xhht_cli", *args, "--format", "json", "--lang", "en"],
        cwd=tmp_path,
        capture_output=True,
        timeout=90,
        check=False,
    )
    found = json.loads(r.stdout)["findings"]
    assert {f["code"] for f in found} == {"S009"}
    hay = fold_text((tmp_path / "s.txt").read_text(encoding="utf-8"))
    plan = yaml.safe_load((tmp_path / "p.yaml").read_text(encoding="utf-8"))
    texts = {t["id"]: fold_text(t["text"]) for t in plan["sections"][0]["tasks"]}
    assert len(found) == sum(t not in hay for t in texts.values()) > 100
    for f in found[:3]:
        assert f["data"]["matched_chars"] == _bisected(texts[f["task"]], hay) > 0
        assert f["message"].startswith("'text' does not occur in the source document: matches up to «")
