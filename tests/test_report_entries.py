"""A progress report with a bad entry still counts its good entries; entry faults are findings (S010, C005, C006)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import CASES, invoke

PLAN = CASES / "D007" / "quiet" / "on-time" / "plan.yaml"

REPORT = """\
format: xhht/report@1
report:
  plan: haiphong-kh-2020
  by: Sở Giáo dục và Đào tạo Hải Phòng
  date: 2021-01-20
entries:
  - task: II.1.d
    status: done
    completed: 2020-12-10
  - task: III.1.3
    status: {status}
    period: 2020
    completed: 2020-12-20
"""


def _check(tmp_path: Path, status: str, *extra: str) -> list[dict[str, object]]:
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    (tmp_path / "report.yaml").write_text(REPORT.format(status=status), encoding="utf-8")
    args = ["check", str(tmp_path), "--as-of", "2021-06-30", "--format", "json", "--lang", "en", *extra]
    result = invoke(*args)
    assert result.exit_code in (0, 1), result.output
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


def _codes(findings: list[dict[str, object]], task: str | None = None) -> list[str]:
    return sorted(str(f["code"]) for f in findings if task is None or f["task"] == task)


def test_a_bad_status_drops_only_its_entry(tmp_path: Path) -> None:
    good = _check(tmp_path, "done")
    assert "D001" not in _codes(good)
    bad = _check(tmp_path, "xong")  # not one of the four statuses
    s002 = [f for f in bad if f["code"] == "S002"]
    assert len(s002) == 1 and s002[0]["line"] == 11 and str(s002[0]["file"]).endswith("report.yaml")
    assert "D001" not in _codes(bad, "II.1.d")  # the good entry still closes its task
    assert "D001" in _codes(bad, "III.1.3")  # the bad one settles nothing, and says so (S002)


def test_a_bad_entry_keeps_positions_of_the_later_ones(tmp_path: Path) -> None:
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    text = REPORT.format(status="done").replace("2021-01-20", "2022-02-01")
    text = text.replace("    status: done\n    completed: 2020-12-10\n", "    status: xong\n", 1)
    text += "  - task: III.1.3\n    status: done\n    period: 2021\n    completed: 2022-01-10\n"
    (tmp_path / "report.yaml").write_text(text, encoding="utf-8")
    args = ["check", str(tmp_path), "--as-of", "2022-06-30", "--format", "json", "--lang", "en"]
    doc = json.loads(invoke(*args).stdout)
    late = [f for f in doc["findings"] if f["code"] == "D007"]
    assert [(f["task"], f["line"]) for f in late] == [("III.1.3", 16)]  # the third entry's `completed`
    assert any(f["code"] == "S002" and f["line"] == 8 for f in doc["findings"])


def test_a_bad_header_still_leaves_the_report_out(tmp_path: Path) -> None:
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    (tmp_path / "report.yaml").write_text(REPORT.format(status="done").replace("2021-01-20", "20/01/2021"), "utf-8")
    args = ["check", str(tmp_path), "--as-of", "2021-06-30", "--format", "json", "--lang", "en"]
    doc = json.loads(invoke(*args).stdout)
    assert "D001" in _codes(doc["findings"], "II.1.d")
    assert any(f["code"] == "S002" for f in doc["findings"])


def test_validate_reports_the_conflict_but_not_the_cross_checks(tmp_path: Path) -> None:
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    text = REPORT.format(status="done") + "  - task: II.1.d\n    status: in_progress\n"
    text = text.replace("completed: 2020-12-20", "completed: 2019-12-20")
    (tmp_path / "report.yaml").write_text(text, encoding="utf-8")
    result = invoke("validate", str(tmp_path), "--format", "json")
    assert _codes(json.loads(result.stdout)["findings"]) == ["S010"]
    args = ["check", str(tmp_path), "--as-of", "2021-06-30", "--format", "json", "--select", "S010,C005,C006"]
    result = invoke(*args)
    assert _codes(json.loads(result.stdout)["findings"]) == ["C006", "S010"]


def test_entry_findings_in_vietnamese(tmp_path: Path) -> None:
    findings = _check(tmp_path, "done", "--lang", "vi")
    assert not [f for f in findings if f["code"] in ("S010", "C005", "C006")]
    shutil.copy(PLAN, tmp_path / "plan.yaml")
    (tmp_path / "report.yaml").write_text(REPORT.format(status="done").replace("    period: 2020\n", ""), "utf-8")
    args = ["check", str(tmp_path), "--as-of", "2021-06-30", "--format", "json", "--lang", "vi"]
    doc = json.loads(invoke(*args).stdout)
    c005 = [f for f in doc["findings"] if f["code"] == "C005"]
    assert len(c005) == 1 and "không ghi 'period'" in str(c005[0]["message"])
