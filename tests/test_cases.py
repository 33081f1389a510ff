"""Data-driven cases: tests/cases/<CODE>/{fires,quiet}/<case>.

A case is one YAML file, or a folder of files checked together. Its expectations are comment lines in the case
file (for a folder: in any of its files, usually `plan.yaml`):

    # expect: S003@7 S003@9     the code fires at these lines (order-free; `S003` alone: anywhere)
    # args: --as-of 2026-11-22  extra command-line arguments
    # command: validate         `check` (default) or `validate`

A `fires` case must report <CODE> at every expected line; a `quiet` case must not report <CODE> at all. Every case
runs through the real command line and must exit without a traceback: 0, or 1 when there are errors.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CASES, invoke

from xhht_cli.rules.table import RULES

_DIRECTIVE = re.compile(r"^#\s*(expect|args|command):\s*(.*)$")


def _cases() -> list[tuple[str, str, Path]]:
    out = []
    for code_dir in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for kind in ("fires", "quiet"):
            folder = code_dir / kind
            if folder.is_dir():
                out += [(code_dir.name, kind, case) for case in sorted(folder.iterdir())]
    return out


def directives(case: Path) -> dict[str, str]:
    files = [case] if case.is_file() else sorted(case.rglob("*.y*ml"))
    found: dict[str, str] = {}
    for f in files:
        head = f.read_bytes()[:4000].decode("utf-8", "replace").lstrip("\ufeff")
        for line in head.splitlines():
            m = _DIRECTIVE.match(line.strip())
            if m and m.group(1) == "command":
                found.setdefault("command", m.group(2).strip())
            elif m:
                found[m.group(1)] = (found.get(m.group(1), "") + " " + m.group(2)).strip()
    return found


def run_case(case: Path) -> tuple[dict, int, str]:
    d = directives(case)
    command = d.get("command", "check")
    args = [command, str(case), "--format", "json", "--lang", "en", *d.get("args", "").split()]
    if command == "check" and "--as-of" not in args:
        args += ["--as-of", "2026-11-22"]
    result = invoke(*args)
    return json.loads(result.stdout), result.exit_code, result.output


@pytest.mark.parametrize(("code", "kind", "case"), _cases(), ids=lambda v: str(v).rsplit("cases/", 1)[-1])
def test_case(code: str, kind: str, case: Path) -> None:
    assert code in RULES, f"unknown code folder {code}"
    doc, exit_code, output = run_case(case)
    assert exit_code in (0, 1), output
    assert "Traceback" not in output
    hits = [f for f in doc["findings"] if f["code"] == code]
    if kind == "quiet":
        assert not hits, hits
        return
    expected = directives(case).get("expect", code).split()
    assert hits, f"{code} did not fire: {[f['code'] for f in doc['findings']]}"
    for item in expected:
        want, _, line = item.partition("@")
        assert want == code, f"an expectation in {case} names {want}"
        if line:
            assert any(f["line"] == int(line) for f in hits), (line, [(f["line"], f["message"]) for f in hits])
    for f in hits:
        assert f["file"] and f["line"] >= 1 and f["column"] >= 1 and f["message"]


def test_every_code_has_both_kinds_of_case() -> None:
    have = {(code, kind) for code, kind, _ in _cases()}
    missing = [f"{c}/{k}" for c in RULES for k in ("fires", "quiet") if (c, k) not in have]
    assert not missing, missing
