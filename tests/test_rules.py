"""Rules checked one by one on workspaces built in this process from YAML text (no command line round trip), and
`--select` running only the checks of the codes it names."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from xhht_cli import rules
from xhht_cli.config import resolve
from xhht_cli.findings import Finding
from xhht_cli.loading import Document, parse_text
from xhht_cli.pipeline import load
from xhht_cli.rules import ALL, RuleContext, table
from xhht_cli.rules.recorded import RECORDED
from xhht_cli.schema import validate
from xhht_cli.workspace import Loaded, Workspace, assemble

HP = ROOT / "plans" / "haiphong.yaml"
AS_OF = date(2026, 11, 22)

PLAN = """\
format: xhht/plan@1
plan:
  id: haiphong-kh-2020
  number: 211/KH-UBND
  title: Kế hoạch thực hiện Quyết định số 489/QĐ-TTg
  issuer: Ủy ban nhân dân thành phố Hải Phòng
  level: province
  jurisdiction: Hải Phòng
  issued: 2020-08-20
{implements}
sections:
  - id: II.1
    title: Tăng cường sự lãnh đạo, chỉ đạo
    tasks:
      - id: II.1.d
        text: Tổ chức tổng kết, đánh giá kết quả thực hiện Đề án.
        lead: [{lead}]
        deadline: {deadline}
"""


def plan(deadline: str = "trong quý IV năm 2020", lead: str = "Sở Giáo dục và Đào tạo", implements: str = "") -> str:
    return PLAN.format(deadline=deadline, lead=lead, implements=f"  implements: {implements}" if implements else "")


def workspace(*texts: str) -> Workspace:
    """A workspace of YAML texts, read as files named mem0.yaml, mem1.yaml, … (shipped templates join as needed)."""
    files = []
    for i, text in enumerate(texts):
        doc = Document(path=Path(f"/nonexistent/mem{i}.yaml"), display=f"mem{i}.yaml")
        doc.data, found, doc.fatal = parse_text(text, doc.display)
        assert not doc.fatal and doc.kind is not None, found
        model, errors = validate(doc.data, doc.kind, doc.display)
        assert model is not None, errors
        files.append(Loaded(doc, model, [*found, *errors], "ok"))
    return assemble(files)


def check(code: str, ws: Workspace, as_of: date = AS_OF) -> list[Finding]:
    found = ALL[code].check
    assert found is not None
    return list(found(ws, RuleContext(as_of=as_of)))


def test_d001_fires_past_the_deadline_and_is_quiet_before_it() -> None:
    ws = workspace(plan())
    [f] = check("D001", ws)
    assert (f.code, f.key, f.file, f.line, f.task) == ("D001", "D001", "mem0.yaml", 18, "II.1.d")
    assert dict(f.data) == {"deadline": "2020-12-31", "days_overdue": 2152}
    assert check("D001", ws, as_of=date(2020, 12, 31)) == []
    assert check("D001", workspace(plan(deadline="thường xuyên"))) == []


def test_d001_reports_the_overdue_years_of_a_yearly_task_once() -> None:
    [f] = check("D001", workspace(plan(deadline="trước ngày 15 tháng 12 hằng năm")), as_of=date(2023, 1, 10))
    assert f.key == "D001.yearly" and f.data["periods"] == [2020, 2021, 2022]


def test_d002_and_d005() -> None:
    [soon] = check("D002", workspace(plan()), as_of=date(2020, 12, 20))
    assert soon.data["days_left"] == 11
    assert check("D002", workspace(plan()), as_of=date(2020, 10, 1)) == []
    no_deadline = workspace(plan().replace("        deadline: trong quý IV năm 2020\n", ""))
    assert [f.code for f in check("D005", no_deadline)] == ["D005"]
    assert check("D005", workspace(plan())) == []


def test_s006_reports_the_unknown_bodies_the_workspace_recorded() -> None:
    ws = workspace(plan(lead="Sở Giáo dục và Đào tạoo"))
    [f] = check("S006", ws)
    assert f.severity is ALL["S006"].severity and f.key == "S006" and f.line == 17
    assert not [f for f in ws.findings if f.code == "S006"]  # the workspace records; the rule reports
    assert check("S006", workspace(plan())) == []


def test_c001_names_the_template_tasks_the_plan_leaves_out() -> None:
    ws = workspace(plan(implements="qd-489-2020"))
    missing = check("C001", ws)
    assert missing and {f.data["template"] for f in missing} == {"qd-489-2020"}
    assert all(f.plan == "haiphong-kh-2020" and f.line == 10 for f in missing)
    assert check("C001", workspace(plan())) == []  # implements nothing: nothing is missing


def test_a_context_computes_what_a_family_shares_once() -> None:
    from xhht_cli.rules._deadlines import judged

    ws, ctx = workspace(plan()), RuleContext(as_of=AS_OF)
    first = judged(ws, ctx)
    assert judged(ws, ctx) is first
    assert judged(workspace(plan()), ctx) is not first  # another workspace, another computation


# -- the selection --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hp() -> Workspace:
    return load([HP], resolve(cwd=ROOT / "tests", as_of="2026-11-22"))


def _spy_on_every_check(monkeypatch: pytest.MonkeyPatch, ran: list[str], fail: bool = False) -> None:
    for code, rule in ALL.items():
        if rule.check is None:
            continue

        def spy(w: Workspace, c: RuleContext, code: str = code, real: rules.Check = rule.check) -> Iterator[Finding]:
            ran.append(code)
            if fail and code != "D001":
                raise AssertionError(f"{code} ran but was not selected")
            yield from real(w, c)

        monkeypatch.setitem(table._loaded, code, dataclasses.replace(rule, check=spy))


def test_every_family_finds_something_on_the_hai_phong_plan(hp: Workspace) -> None:
    found = {f.code[0] for f in rules.run(hp, RuleContext(as_of=AS_OF))}
    assert {"D", "A", "C"} <= found


def test_only_the_selected_checks_run(hp: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    _spy_on_every_check(monkeypatch, ran)
    d001 = list(rules.run(hp, RuleContext(as_of=AS_OF), frozenset({"D001"})))
    assert ran == ["D001"] and d001 and {f.code for f in d001} == {"D001"}
    ran.clear()
    everything = list(rules.run(hp, RuleContext(as_of=AS_OF)))
    assert ran == [c for c, r in ALL.items() if r.check is not None and c not in RECORDED] and len(ran) >= 19
    assert [f for f in everything if f.code == "D001"] == d001
    ran.clear()
    assert list(rules.run(hp, RuleContext(as_of=AS_OF), frozenset({"S001"}))) == [] and ran == []


def test_select_on_the_command_line_runs_one_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import invoke_json

    ran: list[str] = []
    _spy_on_every_check(monkeypatch, ran, fail=True)
    doc, code, _ = invoke_json("check", str(HP), "--as-of", "2026-11-22", "--select", "D001")
    assert code == 1 and {f["code"] for f in doc["findings"]} == {"D001"} and ran == ["D001"]


def test_validate_runs_the_checks_of_the_file_level_codes_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file-level code given a check is run by `xhht validate`; a check of another code is not. (S003 has no check
    of its own: found while the file is read.)"""
    from conftest import invoke_json

    def s003(w: Workspace, c: RuleContext) -> Iterator[Finding]:
        yield ALL["S003"].finding(w.checked[0].file, (1, 1), "S003", {"key": "x", "first_line": 1})

    ran: list[str] = []
    _spy_on_every_check(monkeypatch, ran, fail=True)
    monkeypatch.setitem(table._loaded, "S003", dataclasses.replace(ALL["S003"], check=s003))
    doc, code, _ = invoke_json("validate", str(HP))
    assert code == 1 and [f["code"] for f in doc["findings"]] == ["S003"] and ran == []
    doc, code, _ = invoke_json("validate", str(HP), "--ignore", "S003")
    assert code == 0 and doc["findings"] == []
