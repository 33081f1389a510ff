"""The rule families on a workspace built in this process: `--select` runs only the families it names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from conftest import ROOT

from xhht_cli import rules
from xhht_cli.config import resolve
from xhht_cli.findings import Finding
from xhht_cli.pipeline import load
from xhht_cli.rules import FAMILIES, RuleContext
from xhht_cli.workspace import Workspace

HP = ROOT / "plans" / "haiphong.yaml"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load([HP], resolve(cwd=ROOT / "tests", as_of="2026-11-22"))


CTX = RuleContext(as_of=date(2026, 11, 22))


def test_every_family_finds_something_on_the_hai_phong_plan(ws: Workspace) -> None:
    found = {f.code[0] for f in rules.run(ws, CTX)}
    assert {"D", "A", "C"} <= found


def test_only_the_selected_family_runs(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def spy(name: str, check: rules.Check) -> rules.Check:
        def wrapped(w: Workspace, ctx: RuleContext) -> Iterator[Finding]:
            ran.append(name)
            yield from check(w, ctx)

        return wrapped

    monkeypatch.setattr(rules, "FAMILIES", {name: spy(name, check) for name, check in FAMILIES.items()})
    d001 = list(rules.run(ws, CTX, frozenset({"D001"})))
    assert ran == ["deadlines"] and d001 and {f.code for f in d001} == {"D001"}
    ran.clear()
    everything = list(rules.run(ws, CTX))
    assert ran == list(FAMILIES) and [f for f in everything if f.code == "D001"] == d001
    ran.clear()
    assert list(rules.run(ws, CTX, frozenset({"S001"}))) == [] and ran == []


def test_select_on_the_command_line_runs_one_family(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import invoke_json

    def boom(w: Workspace, ctx: RuleContext) -> Iterator[Finding]:
        raise AssertionError("a family that was not selected ran")

    families = {name: (check if name == "deadlines" else boom) for name, check in FAMILIES.items()}
    monkeypatch.setattr(rules, "FAMILIES", families)
    doc, code, _ = invoke_json("check", str(HP), "--as-of", "2026-11-22", "--select", "D001")
    assert code == 1 and {f["code"] for f in doc["findings"]} == {"D001"}
