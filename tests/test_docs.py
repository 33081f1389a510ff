"""The README documents every command and code, and its table of codes is the generated one."""

from __future__ import annotations

from conftest import ROOT
from doctable import END, START, codes_table  # tools/doctable.py

from xhht_cli.cli import app
from xhht_cli.rules.table import RULES

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands() -> None:
    lines = README.splitlines()
    block = lines[lines.index("```sh") + 1 : lines.index("```sh") + 3]
    assert "xhht check plans/haiphong.yaml" in block[0]
    assert "'.[test]'" in block[1] and "pytest" in block[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet '.[test]'" in ci and "python -m pytest -q" in ci


def test_codes_table_is_current() -> None:
    section = README.split(START, 1)[1].split(END, 1)[0].strip()
    assert section == codes_table(), "run: python tools/doctable.py README.md"


def test_every_command_is_documented() -> None:
    names = {c.name or c.callback.__name__ for c in app.registered_commands}  # type: ignore[union-attr]
    assert names == {"check", "validate", "coverage", "deadlines", "bodies", "schema", "explain", "extract", "diff"}
    groups = {g.name: g.typer_instance for g in app.registered_groups}
    names |= {f"{name} {c.name}" for name, sub in groups.items() for c in sub.registered_commands}  # type: ignore[union-attr]
    assert set(groups) == {"report"} and "report new" in names
    for name in names:
        assert f"`xhht {name}" in README, name


def test_every_code_is_documented() -> None:
    for code, rule in RULES.items():
        assert f"| {code} | `{rule.name}` |" in README


def test_pre_commit_hook() -> None:
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: xhht-validate" in hooks and "entry: xhht validate" in hooks and r"\.ya?ml$" in hooks
