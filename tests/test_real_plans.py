"""The shipped plans as test data: what `xhht` must say about the real documents (Kế hoạch 211/KH-UBND of Hải Phòng
against Quyết định 489/QĐ-TTg, and the city portal's summary of it), through the real command line.

Paths are built from the repository root (the parent of this file's folder), so the tests run from any directory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, ROOT, invoke

from xhht_cli.rules.table import RULES


def xhht(*args: str, lang: str = "en") -> dict[str, Any]:
    """Run `xhht ARGS --format json --lang LANG` (plus `--as-of` for the commands that take it) and parse the output."""
    command, *paths = args
    argv = [command, *(str(ROOT / p) for p in paths), "--format", "json", "--lang", lang]
    if command != "validate":  # validate judges files only: it has no --as-of
        argv += ["--as-of", AS_OF]
    result = invoke(*argv)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def by_code(doc: dict[str, Any], code: str, **match: Any) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["code"] == code and all(f.get(k) == v for k, v in match.items())]


def coverage_of(doc: dict[str, Any], plan: str) -> dict[str, Any]:
    found = [c for c in doc["coverage"] if c["plan"] == plan]
    assert len(found) == 1, [c["plan"] for c in doc["coverage"]]
    return found[0]


# ---------------------------------------------------------------------------------------------------------------------
# validate plans/


def test_validate_shipped_plans_is_clean() -> None:
    doc = xhht("validate", "plans")
    leftover = [(f["code"], f["file"], f["line"], f["message"]) for f in doc["findings"]]
    # every shipped plan, template and source is well formed, every task text is in its source, every name registered
    assert leftover == [], f"`xhht validate plans/` is not clean: {leftover}"


def _commune_plan(folder: Path) -> Path:
    """A commune's plan implementing Hải Phòng's (shipped) plan."""
    path = folder / "xa.yaml"
    path.write_text(
        "format: xhht/plan@1\nplan:\n  id: xa-1\n  title: Kế hoạch\n  issuer: Ủy ban nhân dân cấp xã\n"
        "  level: commune\n  jurisdiction: Hải Phòng\n  issued: 2020-10-01\n  implements: haiphong-211-2020\n"
        "sections: []\n",
        encoding="utf-8",
    )
    return path


def test_only_the_shipped_templates_a_run_needs_are_read(tmp_path: Path) -> None:
    from xhht_cli.workspace import build

    ws = build([ROOT / "plans" / "haiphong.yaml"])
    # national templates are read in order until qd-489-2020 is found; Bình Dương's and the draft are not read
    assert set(ws.plans) == {"haiphong-211-2020", "qd-1315-2023", "qd-1373-2021", "qd-387-2022", "qd-489-2020"}
    commune = _commune_plan(tmp_path)
    ws = build([commune])  # a shipped provincial plan as template, and its own template
    assert {"xa-1", "haiphong-211-2020", "qd-489-2020"} <= set(ws.plans)
    assert [p.id for p in ws.checked] == ["xa-1"]


def test_a_shipped_plan_is_not_a_sub_plan_of_the_run(tmp_path: Path) -> None:
    """C004 looks for sub-plans among the files checked: Hải Phòng's shipped plan, read as the template of a commune's
    plan, does not count as the province's plan that 489 requires."""
    commune = _commune_plan(tmp_path)
    alone = xhht("check", "plans/national/qd-489-2020.yaml")
    with_commune = xhht("check", "plans/national/qd-489-2020.yaml", str(commune))
    assert by_code(alone, "C004") and by_code(with_commune, "C004") == by_code(alone, "C004")


# ---------------------------------------------------------------------------------------------------------------------
# check plans/haiphong.yaml (Kế hoạch 211/KH-UBND, 20/8/2020, against Quyết định 489/QĐ-TTg)


@pytest.fixture(scope="module")
def haiphong() -> dict[str, Any]:
    return xhht("check", "plans/haiphong.yaml")


def test_haiphong_issued_51_days_after_template_deadline(haiphong: dict[str, Any]) -> None:
    found = by_code(haiphong, "D006", plan="haiphong-211-2020")
    assert len(found) == 1, found
    f = found[0]
    assert f["task"] is None  # a plan-level finding
    assert f["file"].endswith("haiphong.yaml")
    assert f["data"]["days_late"] == 51
    assert f["data"]["deadline"] == "2020-06-30"
    assert f["data"]["issued"] == "2020-08-20"
    assert f["data"]["template_task"] == "III.1.a"


def test_haiphong_ii_1_a_later_than_template(haiphong: dict[str, Any]) -> None:
    found = by_code(haiphong, "D003", task="II.1.a")
    assert len(found) == 1, found
    data = found[0]["data"]
    assert data["template_deadline"] == "2020-06-30"  # trong quý II năm 2020
    assert data["deadline"] == "2020-09-30"  # trong quý III năm 2020
    assert data["template_task"] == "II.1.a"


def test_haiphong_so_tttt_defunct_names_so_khcn(haiphong: dict[str, Any]) -> None:
    found = [f for f in by_code(haiphong, "A003", task="II.2.a") if f["data"]["role"] == "lead"]
    assert found, [f["message"] for f in by_code(haiphong, "A003")]
    f = found[0]
    assert f["data"]["body"] == "haiphong/so-tttt"
    assert "Thông tin và Truyền thông" in f["data"]["name"]
    successors = [s["name"] for s in f["data"]["successors"]]
    assert any("Khoa học và Công nghệ" in s for s in successors), successors
    # the finding points at the list item that names the defunct body
    line = Path(f["file"]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
    assert "Sở Thông tin và Truyền thông" in line, line


def test_haiphong_district_committees_defunct(haiphong: dict[str, Any]) -> None:
    found = [
        f
        for f in by_code(haiphong, "A003")
        if "quận, huyện" in f["message"] or f["data"].get("body") == "ubnd-cap-huyen"
    ]
    assert found, [f["message"] for f in by_code(haiphong, "A003")]
    lines = (ROOT / "plans/haiphong.yaml").read_text(encoding="utf-8").splitlines()
    assert any("Ủy ban nhân dân các quận, huyện" in lines[f["line"] - 1] for f in found)
    for f in found:
        assert f["data"]["successors"], f  # the district level's work went somewhere


def test_review_tied_to_the_yearly_evaluation_has_no_deadline(haiphong: dict[str, Any]) -> None:
    """489 III.1.c and 211 III.1.3: "gắn với việc đánh giá kết quả công tác hằng năm" sets no time limit of its own
    (it was encoded as `hằng năm`, which made six yearly periods overdue): no deadline, so D005 and no D001."""
    assert not by_code(haiphong, "D001", task="III.1.3")
    assert by_code(haiphong, "D005", task="III.1.3")
    template = xhht("check", "plans/national/qd-489-2020.yaml")
    assert not by_code(template, "D001", task="III.1.c") and by_code(template, "D005", task="III.1.c")


def test_haiphong_coverage_of_489(haiphong: dict[str, Any]) -> None:
    cov = coverage_of(haiphong, "haiphong-211-2020")
    assert cov["template"] == "qd-489-2020"
    assert cov["missing"] == []
    # the closing paragraph carries out 489 III.3 (problems reported to Sở Giáo dục và Đào tạo, which compiles
    # them): a task, not a waiver
    assert cov["waived"] == 0 and cov["covered"] == cov["template_tasks"] == 39
    assert not by_code(haiphong, "C001", task="III.3")
    (closing,) = [f for f in haiphong["findings"] if f["code"] == "A003" and f["task"] == "III.3"]
    assert [s["name"] for s in closing["data"]["successors"]] == [
        "Ủy ban nhân dân thành phố Hải Phòng",
        "Ủy ban nhân dân các xã, phường, đặc khu thành phố Hải Phòng",
    ]


def test_haiphong_has_no_missing_counterpart_and_no_file_errors(haiphong: dict[str, Any]) -> None:
    assert by_code(haiphong, "C001") == []
    s_codes = [(f["code"], f["line"], f["message"]) for f in haiphong["findings"] if f["code"].startswith("S")]
    assert s_codes == []


# ---------------------------------------------------------------------------------------------------------------------
# check tests/fixtures/news-211-summary.yaml plans/haiphong.yaml (the portal's summary leaves out section II.7)

II_7 = [f"II.7.{n}" for n in range(1, 7)]


@pytest.fixture(scope="module")
def news() -> dict[str, Any]:
    return xhht("check", "tests/fixtures/news-211-summary.yaml", "plans/haiphong.yaml")


def test_news_summary_misses_international_cooperation(news: dict[str, Any]) -> None:
    cov = coverage_of(news, "haiphong-211-news")
    assert cov["template"] == "haiphong-211-2020"
    for task in II_7:
        assert task in cov["missing"], cov["missing"]
    section = [s for s in cov["sections"] if s["section"] == "II.7"]
    assert section and section[0]["covered"] == 0 and sorted(section[0]["missing"]) == II_7


def test_news_summary_c001_for_each_ii_7_task(news: dict[str, Any]) -> None:
    fired = {f["task"] for f in by_code(news, "C001", plan="haiphong-211-news")}
    assert set(II_7) <= fired, sorted(fired)
    for f in by_code(news, "C001", plan="haiphong-211-news"):
        assert f["file"].endswith("news-211-summary.yaml")


def test_news_summary_does_not_disturb_haiphong_coverage(news: dict[str, Any]) -> None:
    assert coverage_of(news, "haiphong-211-2020")["missing"] == []


# ---------------------------------------------------------------------------------------------------------------------
# every finding is complete, in both languages

RUNS = [
    ("check", "plans/haiphong.yaml"),
    ("check", "tests/fixtures/news-211-summary.yaml", "plans/haiphong.yaml"),
    ("check", "plans"),
]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("args", RUNS, ids=lambda a: " ".join(a))
def test_every_finding_is_complete(args: tuple[str, ...], lang: str) -> None:
    doc = xhht(*args, lang=lang)
    assert doc["findings"], "the real plans are expected to have findings"
    for f in doc["findings"]:
        where = f"{f['code']} {f['file']}:{f['line']}"
        assert f["file"], where
        assert isinstance(f["line"], int) and f["line"] >= 1, where
        assert isinstance(f["column"], int) and f["column"] >= 1, where
        assert f["code"] in RULES, where
        assert f["rule"] == RULES[f["code"]].name, where
        assert f["severity"] in ("error", "warning", "info"), where
        assert isinstance(f["message"], str) and f["message"].strip(), where
        assert "{" not in f["message"] and "}" not in f["message"], (where, f["message"])  # no unfilled placeholder


def test_messages_differ_by_language() -> None:
    vi = xhht("check", "plans/haiphong.yaml", lang="vi")
    en = xhht("check", "plans/haiphong.yaml", lang="en")
    key = [(f["code"], f["file"], f["line"], f["task"]) for f in vi["findings"]]
    assert key == [(f["code"], f["file"], f["line"], f["task"]) for f in en["findings"]]
    assert [f["message"] for f in vi["findings"]] != [f["message"] for f in en["findings"]]
