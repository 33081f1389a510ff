"""`xhht diff`: two versions of a plan compared, and the local tasks a template change makes suspect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from conftest import invoke as run

HAIPHONG = ROOT / "plans" / "haiphong.yaml"
QD489 = ROOT / "plans" / "national" / "qd-489-2020.yaml"


def invoke(*args: str) -> tuple[int, str, str]:
    result = run(*args)
    return result.exit_code, result.stdout, result.stderr


def edited(src: Path, dest: Path, edit: Any) -> Path:
    """A copy of the plan `src`, changed by `edit(doc)`, written next to a copy of its source texts."""
    doc = yaml.safe_load(src.read_text(encoding="utf-8"))
    edit(doc)
    dest.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


def _line(path: Path, text: str) -> int:
    """The line where `text` starts a line of `path` (the shipped plans are edited; their lines move)."""
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def tasks(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["id"]: t for s in doc["sections"] for t in s.get("tasks", [])}


def section_of(doc: dict[str, Any], task: str) -> list[dict[str, Any]]:
    return next(s["tasks"] for s in doc["sections"] for t in s.get("tasks", []) if t["id"] == task)


def five_changes(doc: dict[str, Any]) -> None:
    ii1 = section_of(doc, "II.1.c")
    ii1[:] = [t for t in ii1 if t["id"] != "II.1.c"]  # removed
    ii1.append(
        {
            "id": "II.1.đ",
            "text": "Tổ chức sơ kết 5 năm thực hiện Kế hoạch, hoàn thành trong năm 2025.",
            "lead": ["Sở Giáo dục và Đào tạo"],
            "deadline": "trong năm 2025",
        }
    )  # added
    t = tasks(doc)
    t["II.3.a"]["lead"] = ["Sở Văn hóa, Thể thao và Du lịch"]  # lead changed
    t["II.6.c.1"]["deadline"] = "trong năm 2021"  # deadline changed
    t["II.5.d"]["id"] = "II.5.đ"  # renumbered


@pytest.fixture(scope="module")
def five(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return edited(HAIPHONG, tmp_path_factory.mktemp("diff") / "haiphong-new.yaml", five_changes)


def test_exactly_the_five_changes(five: Path) -> None:
    code, out, err = invoke("diff", str(HAIPHONG), str(five), "--format", "json", "--lang", "en")
    assert code == 1, err
    doc = json.loads(out)
    got = sorted((c["kind"], c["task"], c["field"]) for c in doc["changes"])
    assert got == [
        ("added", "II.1.đ", None),
        ("changed", "II.3.a", "lead"),
        ("changed", "II.6.c.1", "deadline"),
        ("removed", "II.1.c", None),
        ("renumbered", "II.5.đ", None),
    ]
    assert doc["summary"] == {"added": 1, "removed": 1, "renumbered": 1, "changed": 2, "plan": 0, "suspects": 0}
    by_task = {c["task"]: c for c in doc["changes"]}
    assert by_task["II.6.c.1"]["old"] == "trong năm 2020" and by_task["II.6.c.1"]["new"] == "trong năm 2021"
    assert by_task["II.5.đ"]["old_task"] == "II.5.d"
    assert by_task["II.1.c"]["file"] == str(HAIPHONG) and by_task["II.1.c"]["line"] == _line(
        HAIPHONG, "      - id: II.1.c"
    )
    assert doc["identical"] is False and doc["old"]["document"].startswith("Plan 211/KH-UBND of 2020-08-20")


def test_text_output_in_vietnamese(five: Path) -> None:
    code, out, _ = invoke("diff", str(HAIPHONG), str(five), "--lang", "vi")
    assert code == 1
    assert "So sánh Kế hoạch 211/KH-UBND ngày 20/8/2020 của Ủy ban nhân dân thành phố Hải Phòng" in out
    assert "[II.5.đ] đánh số lại: II.5.d → II.5.đ" in out
    assert "[II.6.c.1] thời hạn: «trong năm 2020» → «trong năm 2021»" in out
    assert "[II.3.a] chủ trì: «Sở Giáo dục và Đào tạo»" in out or "[II.3.a] chủ trì: «" in out
    assert f"{HAIPHONG}:{_line(HAIPHONG, '      - id: II.1.c')}  [II.1.c] bỏ nhiệm vụ:" in out
    assert "Tổng: 1 nhiệm vụ thêm, 1 bỏ, 1 đánh số lại, 2 thay đổi của nhiệm vụ, 0 thay đổi chung" in out


def test_markdown_output(five: Path) -> None:
    code, out, _ = invoke("diff", str(HAIPHONG), str(five), "--format", "markdown", "--lang", "en")
    assert code == 1
    assert out.startswith("## Two versions of a plan compared\n")
    assert "| II.5.đ | renumbered: II.5.d → II.5.đ |" in out
    assert out.count("\n| ") == 6  # header and five rows


def test_identical_exits_0_and_usage_errors_exit_2(tmp_path: Path) -> None:
    code, out, _ = invoke("diff", str(HAIPHONG), str(HAIPHONG), "--lang", "en")
    assert code == 0 and "The two versions are the same." in out
    code, out, _ = invoke("diff", str(HAIPHONG), str(HAIPHONG), "--format", "json")
    assert code == 0 and json.loads(out)["changes"] == []
    report = ROOT / "tests" / "cases" / "D007" / "fires" / "one-off-late" / "report.yaml"
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: xhht/plan@1\nplan: [\n", encoding="utf-8")
    for args, message in (
        ([str(HAIPHONG), "nowhere.yaml"], "no such file"),
        ([str(HAIPHONG), str(report)], "is not a plan file"),
        ([str(HAIPHONG), str(broken)], "run: xhht validate"),
        ([str(HAIPHONG), str(HAIPHONG), "--format", "sarif"], "--format: 'sarif'"),
    ):
        code, _, err = invoke("diff", *args, "--lang", "en")
        assert code == 2 and message in err, (args, err)


def test_text_change_on_the_same_id_and_plan_level_changes(tmp_path: Path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["plan"]["number"] = "212/KH-UBND"
        doc["plan"]["issued"] = "2020-08-21"
        t = tasks(doc)["II.1.a"]
        t["text"] = t["text"].replace("hoàn thành trong quý III năm 2020", "hoàn thành trong quý IV năm 2020")

    new = edited(HAIPHONG, tmp_path / "amended.yaml", edit)
    code, out, _ = invoke("diff", str(HAIPHONG), str(new), "--format", "json")
    got = sorted((c["kind"], c["task"], c["field"]) for c in json.loads(out)["changes"])
    assert got == [("changed", "II.1.a", "text"), ("plan", None, "issued"), ("plan", None, "number")]
    code, out, _ = invoke("diff", str(HAIPHONG), str(new), "--lang", "vi")
    assert code == 1
    assert "ngày ban hành: «20/8/2020» → «21/8/2020»" in out


def test_output_file_is_written_once(five: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.json"
    code, _, _ = invoke("diff", str(HAIPHONG), str(five), "--format", "json", "-o", str(out))
    assert code == 1 and json.loads(out.read_text(encoding="utf-8"))["summary"]["added"] == 1
    code, _, err = invoke("diff", str(HAIPHONG), str(five), "-o", str(out), "--lang", "en")
    assert code == 2 and "exists" in err


def template_changes(doc: dict[str, Any]) -> None:
    ii1 = section_of(doc, "II.1.c")
    ii1[:] = [t for t in ii1 if t["id"] != "II.1.c"]  # removed: Hải Phòng's II.1.c implements it
    t = tasks(doc)
    t["II.1.a"]["deadline"] = "trong quý III năm 2020"  # changed: Hải Phòng's II.1.a
    t["II.2.b"]["id"] = "II.2.b.1"  # renumbered: Hải Phòng's II.2.b
    t["II.3.c"]["lead"] = list(t["II.3.c"]["lead"])  # the same: nothing


def test_template_mode_lists_the_suspect_local_tasks(tmp_path: Path) -> None:
    new = edited(QD489, tmp_path / "qd-489-new.yaml", template_changes)
    code, out, err = invoke("diff", str(QD489), str(new), str(HAIPHONG), "--format", "json", "--lang", "en")
    assert code == 1, err
    doc = json.loads(out)
    suspects = sorted((s["task"], s["implements"], s["reason"], tuple(s["detail"])) for s in doc["suspects"])
    assert suspects == [
        ("II.1.a", "II.1.a", "changed", ("deadline",)),
        ("II.1.c", "II.1.c", "removed", ()),
        ("II.2.b", "II.2.b", "renumbered", ("II.2.b.1",)),
    ]
    assert all(s["plan"] == "haiphong-211-2020" and s["file"] == str(HAIPHONG) for s in doc["suspects"])
    assert doc["summary"]["suspects"] == 3
    code, out, _ = invoke("diff", str(QD489), str(new), str(ROOT / "plans"), "--lang", "vi")
    assert "Nhiệm vụ của kế hoạch địa phương cần xem lại (3)" in out
    assert "[II.1.c] thực hiện nhiệm vụ II.1.c đã bị bỏ ở bản mới  (Kế hoạch 211/KH-UBND" in out
