"""The rules on a workspace built in this process: `--select` runs only the checks it names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from conftest import ROOT

from xhht_cli import rules
from xhht_cli.config import resolve
from xhht_cli.findings import Finding
from xhht_cli.pipeline import load
from xhht_cli.rules import RuleContext, assignment, coverage, deadlines, identity, targets
from xhht_cli.workspace import Workspace

HP = ROOT / "plans" / "haiphong.yaml"
FAMILIES = {
    "deadlines": deadlines,
    "assignment": assignment,
    "coverage": coverage,
    "targets": targets,
    "identity": identity,
}


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load([HP], resolve(cwd=ROOT / "tests", as_of="2026-11-22"))


def ctx() -> RuleContext:
    return RuleContext(as_of=date(2026, 11, 22))


def test_every_family_finds_something_on_the_hai_phong_plan(ws: Workspace) -> None:
    found = {f.code[0] for f in rules.run(ws, ctx())}
    assert {"D", "A", "C"} <= found


def test_only_the_selected_family_runs(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    for name, module in FAMILIES.items():

        def wrapped(
            w: Workspace, c: RuleContext, name: str = name, check: rules.Check = module.check
        ) -> Iterator[Finding]:
            ran.append(name)
            yield from check(w, c)

        monkeypatch.setattr(module, "check", wrapped)
    d001 = list(rules.run(ws, ctx(), frozenset({"D001"})))
    assert ran == ["deadlines"] and d001 and {f.code for f in d001} == {"D001"}
    ran.clear()
    everything = list(rules.run(ws, ctx()))
    assert ran == list(FAMILIES) and [f for f in everything if f.code == "D001"] == d001
    ran.clear()
    assert list(rules.run(ws, ctx(), frozenset({"S001"}))) == [] and ran == []


def test_select_on_the_command_line_runs_one_family(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import invoke_json

    def boom(w: Workspace, c: RuleContext) -> Iterator[Finding]:
        raise AssertionError("a family that was not selected ran")

    for name, module in FAMILIES.items():
        if name != "deadlines":
            monkeypatch.setattr(module, "check", boom)
    doc, code, _ = invoke_json("check", str(HP), "--as-of", "2026-11-22", "--select", "D001")
    assert code == 1 and {f["code"] for f in doc["findings"]} == {"D001"}
