"""The benchmark's corpus generator makes what it says: `xhht validate` finds exactly the defects it planted.

A tiny national portfolio (2 provinces, 5 communes) is generated into tmp_path by bench/generate.py, then validated
through the CLI. No timing is asserted here; `python bench/run.py --small` is the benchmark's own smoke run.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from conftest import ROOT
from typer.testing import CliRunner

from xhht_cli.cli import app

GENERATE = ROOT / "bench" / "generate.py"


def _generate(out: Path, *args: str) -> dict[str, int]:
    res = subprocess.run(
        [sys.executable, str(GENERATE), str(out), *args, "--seed", "7"], capture_output=True, text=True, check=True
    )
    m = re.search(r"^planted: (.*) total=(\d+)$", res.stdout, re.M)
    assert m, res.stdout
    planted = {code: int(n) for code, n in (kv.split("=") for kv in m.group(1).split())}
    assert sum(planted.values()) == int(m.group(2))
    return planted


def test_validate_finds_exactly_the_planted_defects(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    planted = _generate(out, "--provinces", "2", "--communes", "5")
    # at least one of each code is planted, so every kind of defect is checked
    assert set(planted) == {"C002", "S003", "S005", "S006", "S007"}
    assert all(n >= 1 for n in planted.values()), planted
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["planted"] == planted
    assert manifest["plans"] == 7 and manifest["files"] == len(list(out.rglob("*.yaml")))

    r = CliRunner().invoke(app, ["validate", str(out), "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 1, r.output  # the planted defects are errors
    report = json.loads(r.stdout)
    found = Counter(f["code"] for f in report["findings"])
    assert dict(found) == planted
    assert sum(p["tasks"] for p in report["plans"]) == manifest["tasks"]


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert _generate(a, "--files", "3", "--tasks", "5-8") == _generate(b, "--files", "3", "--tasks", "5-8")
    names = sorted(p.name for p in a.glob("*.yaml"))
    assert names == sorted(p.name for p in b.glob("*.yaml")) and len(names) == 3
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes()
