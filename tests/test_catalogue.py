"""One text catalogue: every text in Vietnamese and English with the same placeholders, and one module per rule code
found on disk with its metadata, messages, documentation and test cases."""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from xhht_cli import i18n
from xhht_cli.catalogue import Doc, T
from xhht_cli.deadline_messages import MESSAGES as DEADLINE_MESSAGES
from xhht_cli.extract.messages import MESSAGES as EXTRACT_MESSAGES
from xhht_cli.findings import Severity
from xhht_cli.rules import ALL, BY_NAME, Rule
from xhht_cli.rules.base import FAMILIES
from xhht_cli.rules.table import modules

#: The codes of the published list (`xhht explain`, README), and the three documented in docs/checks.md besides.
SPEC = {
    "S001",
    "S002",
    "S003",
    "S004",
    "S005",
    "S006",
    "S007",
    "S008",
    "S009",
    "D001",
    "D002",
    "D003",
    "D004",
    "D005",
    "D006",
    "D007",
    "A001",
    "A002",
    "A003",
    "A004",
    "C001",
    "C002",
    "C003",
    "C004",
    "T001",
    "T002",
    "P001",
    "P002",
    "P003",
}
EXTENSIONS = {"S010", "C005", "C006"}

#: Keys whose two texts may name different placeholders (none: S007.deadline words its `why` in either language).
DIFFERENT_PLACEHOLDERS: set[str] = set()

PARTS = {
    "interface and rules": i18n.catalogue(),
    "deadlines": DEADLINE_MESSAGES,
    "extract": EXTRACT_MESSAGES,
}


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("part", sorted(PARTS))
def test_every_text_has_both_languages_with_the_same_placeholders(part: str) -> None:
    for key, t in PARTS[part].items():
        assert isinstance(t, T), key
        assert t.vi.strip() and t.en.strip(), key
        if key not in DIFFERENT_PLACEHOLDERS:
            assert _fields(t.vi) == _fields(t.en), key


def test_the_exceptions_are_still_needed() -> None:
    for key in DIFFERENT_PLACEHOLDERS:
        t = PARTS["interface and rules"][key]
        assert _fields(t.vi) != _fields(t.en), f"{key}: take it off the list"


def test_the_language_views_read_the_catalogue() -> None:
    assert set(i18n.VI) == set(i18n.EN) == set(i18n.catalogue())
    assert i18n.EN["D001.yearly"] == ALL["D001"].messages["D001.yearly"].en
    assert i18n.VI["ui.severity.error"] == "lỗi" and "error.as-of" in i18n.EN and "nothing" not in i18n.EN


def test_a_finding_message_imports_only_its_rule() -> None:
    code = (
        "import sys; from xhht_cli.i18n import text; print(text('S006.split', 'en', joined='a, b', pieces='a; b'));"
        "print(sorted(m for m in sys.modules if m.startswith('xhht_cli.rules.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60).stdout
    first, loaded = out.splitlines()
    assert first.startswith("«a, b» was cut at its commas")
    assert loaded == "['xhht_cli.rules.base', 'xhht_cli.rules.s006_unknown_body', 'xhht_cli.rules.table']"


# -- discovery ------------------------------------------------------------------------------------------------------


def test_the_rules_found_are_the_published_codes() -> None:
    assert set(ALL) == SPEC | EXTENSIONS
    assert list(ALL)[:3] == ["S001", "S002", "S003"] and list(ALL)[-1] == "P003"


@pytest.mark.parametrize("code", list(ALL))
def test_each_rule_module_is_whole(code: str) -> None:
    rule = ALL[code]
    assert isinstance(rule, Rule) and rule.code == code
    assert modules()[code] == f"{code.lower()}_{rule.name.replace('-', '_')}"
    assert BY_NAME[rule.name] is rule
    assert rule.family == FAMILIES[code[0]] and isinstance(rule.severity, Severity)
    assert isinstance(rule.doc, Doc)
    assert rule.messages and all(k == code or k.startswith(code + ".") for k in rule.messages)
    cases = ROOT / "tests" / "cases" / code
    assert (cases / "fires").is_dir() and (cases / "quiet").is_dir(), f"{code}: add tests/cases/{code}/fires, quiet"


def test_a_new_module_is_a_new_rule(tmp_path: Path) -> None:
    """Adding a code is adding a module: a copy of one rule under a new code is found with nothing else changed."""
    src = ROOT / "src" / "xhht_cli" / "rules" / "d005_no_deadline.py"
    pkg = tmp_path / "xhht_cli"
    shutil.copytree(ROOT / "src" / "xhht_cli", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    text = src.read_text(encoding="utf-8").replace('"D005"', '"D008"').replace('"no-deadline"', '"no-deadline-2"')
    (pkg / "rules" / "d008_no_deadline_2.py").write_text(text, encoding="utf-8")
    code = "from xhht_cli.rules import ALL; print(list(ALL)[16:18], ALL['D008'].name)"
    env = {"PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert out.stdout.strip() == "['D007', 'D008'] no-deadline-2", out.stderr
