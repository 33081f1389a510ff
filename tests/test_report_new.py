"""`xhht report new`: a report skeleton that validates as written, and that moves D001/D007 once filled in."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import AS_OF, ROOT
from conftest import invoke as run

HAIPHONG = ROOT / "plans" / "haiphong.yaml"
YEARLY = ROOT / "tests" / "cases" / "D007" / "quiet" / "on-time" / "plan.yaml"  # II.1.d: quý IV/2020; III.1.3: hằng năm


def task_ids(plan: Path) -> list[str]:
    doc = yaml.safe_load(plan.read_text(encoding="utf-8"))
    return [t["id"] for s in doc["sections"] for t in s.get("tasks", [])]


def invoke(*args: str) -> tuple[int, str, str]:
    result = run(*args)
    return result.exit_code, result.stdout, result.stderr


def findings(*paths: Path) -> list[dict[str, object]]:
    code, out, _ = invoke("check", *map(str, paths), "--as-of", AS_OF, "--format", "json", "--lang", "en")
    assert code in (0, 1)
    found: list[dict[str, object]] = json.loads(out)["findings"]
    return found


def by_task(found: list[dict[str, object]], code: str) -> dict[str, dict[str, object]]:
    return {str(f["task"]): f for f in found if f["code"] == code}


@pytest.fixture(scope="module")
def skeleton(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("skeleton") / "r.yaml"
    code, _, err = invoke("report", "new", str(HAIPHONG), "--period", "2026", "-o", str(out), "--as-of", AS_OF)
    assert code == 0, err
    return out


def test_the_skeleton_validates_as_written(skeleton: Path) -> None:
    code, out, _ = invoke("validate", str(skeleton), str(HAIPHONG), "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    doc = yaml.safe_load(skeleton.read_text(encoding="utf-8"))
    assert doc["report"] == {
        "plan": "haiphong-211-2020",
        "by": "Ủy ban nhân dân thành phố Hải Phòng",
        "date": date.fromisoformat(AS_OF),
    }
    entries = doc["entries"]
    assert [e["task"] for e in entries] == task_ids(HAIPHONG)  # every task, in the plan's order
    assert {e["status"] for e in entries} == {"not_started"}
    assert not [e for e in entries if "period" in e]  # Hải Phòng's plan has no yearly task


def test_a_yearly_task_gets_one_entry_for_the_period(tmp_path: Path) -> None:
    code, out, _ = invoke("report", "new", str(YEARLY), "--period", "2025", "--as-of", AS_OF)
    assert code == 0
    entries = yaml.safe_load(out)["entries"]
    assert entries == [
        {"task": "II.1.d", "status": "not_started"},
        {"task": "III.1.3", "status": "not_started", "period": 2025},
    ]
    # filled in: the 2025 period done on 10/01/2026 leaves D001 and becomes D007, 10 days late
    before = by_task(findings(YEARLY), "D001")["III.1.3"]["data"]["periods"]  # type: ignore[index]
    assert before == [2020, 2021, 2022, 2023, 2024, 2025]
    filled = tmp_path / "r.yaml"
    filled.write_text(
        out.replace(
            "    status: not_started\n    period: 2025", "    status: done\n    period: 2025\n    completed: 2026-01-10"
        ).replace("date: 2026-11-22", "date: 2026-01-15"),
        encoding="utf-8",
    )
    after = findings(YEARLY, filled)
    assert by_task(after, "D001")["III.1.3"]["data"]["periods"] == [2020, 2021, 2022, 2023, 2024]  # type: ignore[index]
    late = by_task(after, "D007")["III.1.3"]
    assert late["data"] == {"deadline": "2025-12-31", "completed": "2026-01-10", "days_late": 10, "period": 2025}


def test_the_skeleton_as_written_changes_nothing(skeleton: Path) -> None:
    before = findings(HAIPHONG)
    after = findings(HAIPHONG, skeleton)
    assert by_task(before, "D001").keys() == by_task(after, "D001").keys()
    assert not [f for f in after if str(f["file"]).endswith("r.yaml")]


def test_filling_entries_moves_d001_and_d007(skeleton: Path, tmp_path: Path) -> None:
    before = by_task(findings(HAIPHONG), "D001")
    assert "II.1.a" in before and "II.1.d" in before
    text = skeleton.read_text(encoding="utf-8")
    filled = tmp_path / "filled.yaml"
    # II.1.a done late; II.1.d cancelled
    for task, new in (("II.1.a", "status: done\n    completed: 2021-03-15"), ("II.1.d", "status: cancelled")):
        old = f"- task: {task}\n    status: not_started"
        assert old in text
        text = text.replace(old, f"- task: {task}\n    {new}")
    filled.write_text(text, encoding="utf-8")
    after = findings(HAIPHONG, filled)
    d001, d007 = by_task(after, "D001"), by_task(after, "D007")
    assert "II.1.a" not in d001 and "II.1.d" not in d001
    assert d007["II.1.a"]["data"] == {  # type: ignore[comparison-overlap]
        "deadline": "2020-09-30",
        "completed": "2021-03-15",
        "days_late": 166,
        "period": None,
    }
    assert str(d007["II.1.a"]["file"]).endswith("filled.yaml")
    assert "II.1.d" not in d007  # cancelled: neither overdue nor late
    assert len(d001) == len(before) - 2


def test_earlier_reports_leave_their_tasks_out(skeleton: Path, tmp_path: Path) -> None:
    done = tmp_path / "done.yaml"
    done.write_text(
        "format: xhht/report@1\nreport:\n  plan: haiphong-211-2020\n  by: Sở Giáo dục và Đào tạo\n  date: 2021-01-10\n"
        "entries:\n  - {task: II.1.d, status: done, completed: 2020-12-20}\n"
        "  - {task: II.1.a, status: in_progress}\n",
        encoding="utf-8",
    )
    code, out, _ = invoke("report", "new", str(HAIPHONG), str(done), "--period", "2026", "--as-of", AS_OF)
    assert code == 0
    tasks = [e["task"] for e in yaml.safe_load(out)["entries"]]
    total = len(task_ids(HAIPHONG))
    assert "II.1.d" not in tasks and "II.1.a" in tasks and len(tasks) == total - 1
    assert f"{total - 1} of {total}" in out


def test_by_a_body_lists_the_tasks_it_leads() -> None:
    code, out, _ = invoke("report", "new", str(HAIPHONG), "--by", "Sở GD&ĐT", "--as-of", AS_OF, "--lang", "vi")
    assert code == 0
    doc = yaml.safe_load(out)
    assert doc["report"]["by"] == "Sở GD&ĐT"
    assert 0 < len(doc["entries"]) < 38
    assert "# Báo cáo tiến độ thực hiện Kế hoạch 211/KH-UBND ngày 20/8/2020" in out
    assert "done         = hoàn thành" in out and "not_started  = chưa thực hiện" in out


def test_a_period_outside_the_task_years_leaves_yearly_tasks_out() -> None:
    code, out, _ = invoke("report", "new", str(HAIPHONG), "--period", "2019", "--as-of", AS_OF)
    assert code == 0
    assert not [e for e in yaml.safe_load(out)["entries"] if "period" in e]


def test_never_overwrites_without_force(skeleton: Path) -> None:
    before = skeleton.read_bytes()
    code, _, err = invoke("report", "new", str(HAIPHONG), "-o", str(skeleton), "--lang", "en")
    assert code == 2 and "exists; use --force" in err and skeleton.read_bytes() == before
    code, _, err = invoke("report", "new", str(HAIPHONG), "-o", str(HAIPHONG), "--force", "--lang", "en")
    assert code == 2 and "being checked" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nowhere.yaml"], "no such file"),
        ([str(ROOT / "tests" / "cases" / "S001" / "fires")], "not a plan file"),
        ([str(HAIPHONG), "--by", "Sở Không Có"], "--by: no body «Sở Không Có»"),
        ([str(HAIPHONG), "--period", "3000"], "2100"),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    result = run("report", "new", *args, "--lang", "en")
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_a_broken_plan_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "p.yaml"
    bad.write_text("format: xhht/plan@1\nplan:\n  id: x\n", encoding="utf-8")
    code, _, err = invoke("report", "new", str(bad), "--lang", "en")
    assert code == 2 and "xhht validate" in err


def test_the_documented_example_is_a_valid_report(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    start = doc.index("```yaml", doc.index("## Progress report files")) + len("```yaml\n")
    example = tmp_path / "example.yaml"
    example.write_text(doc[start : doc.index("```", start)], encoding="utf-8")
    plan = ROOT / "plans" / "binhduong.yaml"
    code, out, _ = invoke("check", str(plan), str(example), "--as-of", AS_OF, "--format", "json", "--select", "S,C,D")
    assert code in (0, 1)
    assert [f for f in json.loads(out)["findings"] if str(f["file"]).endswith("example.yaml")] == []
    tasks = {e["task"] for e in yaml.safe_load(example.read_text(encoding="utf-8"))["entries"]}
    assert tasks <= set(task_ids(plan))
