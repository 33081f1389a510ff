"""Headline facts and the portfolio matrix (`xhht_cli.summary`): on hand-built reports, and on real plans."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from xhht_cli.cli import app
from xhht_cli.codes import finding
from xhht_cli.config import Config
from xhht_cli.findings import Coverage, DocRef, PlanSummary, Report
from xhht_cli.pipeline import run
from xhht_cli.summary import facts, portfolio, portfolios

ROOT = Path(__file__).resolve().parent.parent
HP = ROOT / "plans" / "haiphong.yaml"
TEMPLATE = DocRef("qd-489-2020", "489/QĐ-TTg", "Thủ tướng Chính phủ", "2020-04-08")


def _plan(pid: str, province: str, number: str) -> PlanSummary:
    doc = DocRef(pid, number, f"Ủy ban nhân dân {province}", "2020-08-20", province)
    return PlanSummary(pid, f"{pid}.yaml", 3, "qd-489-2020", document=doc, template_document=TEMPLATE)


def _cov(pid: str, marks: tuple[str, str, str]) -> Coverage:
    cells = tuple(zip(("I.1", "I.2", "I.3"), ("Quán triệt", "Tuyên truyền", "Ban hành kế hoạch"), marks, strict=True))
    return Coverage(pid, "qd-489-2020", 3, marks.count("covered"), marks.count("waived"), (), (), cells=cells)


def _a003(task: str, body: str, role: str) -> object:
    return finding(
        "A003",
        "hp.yaml",
        (10, 1),
        "A003",
        {"body": "UBND các quận, huyện", "role": role, "until": "2025-06-30", "successors": "x"},
        data={
            "body": body,
            "name": "Ủy ban nhân dân cấp huyện",
            "role": role,
            "until": "2025-06-30",
            "successors": [{"id": "ubnd-cap-xa", "name": "Ủy ban nhân dân cấp xã", "functions": None}],
        },
        plan="hp",
        task=task,
    )


def test_facts_say_each_fact_once() -> None:
    r = Report(
        as_of="2026-12-01",
        plans=(_plan("hp", "Hải Phòng", "211/KH-UBND"),),
        findings=(
            finding(
                "D006",
                "hp.yaml",
                (3, 1),
                "D006",
                {"issued": "2020-08-20", "deadline": "2020-06-30", "template_task": "III.1.a", "days_late": 51},
                plan="hp",
            ),
            finding(
                "D001",
                "hp.yaml",
                (5, 1),
                "D001",
                {"deadline": "2020-09-30", "days_overdue": 2253, "text": "q"},
                plan="hp",
                task="I.1",
            ),
            finding(
                "D001",
                "hp.yaml",
                (9, 1),
                "D001",
                {"deadline": "2020-09-10", "days_overdue": 2273, "text": "q"},
                plan="hp",
                task="I.2",
            ),
            _a003("I.1", "ubnd-cap-huyen", "lead"),
            _a003("I.2", "ubnd-cap-huyen", "cooperating"),
            _a003("I.3", "ubnd-cap-huyen", "lead"),
            finding("C001", "hp.yaml", (2, 1), "C001", {}, plan="hp", task="I.9"),
            finding("D005", "hp.yaml", (5, 1), "D005", {}, plan="hp", task="I.1"),
            finding("D005", "other.yaml", (5, 1), "D005", {}, plan="other", task="I.1"),
        ),
    )
    (f,) = facts(r)
    assert f.counts == {"error": 3, "warning": 4, "info": 1}
    assert (f.late_days, f.late_deadline, f.late_task, f.unissued) == (51, "2020-06-30", "III.1.a", False)
    assert f.overdue == ("I.1", "I.2")
    assert (f.oldest_task, f.oldest_days, f.oldest_deadline) == ("I.2", 2273, "2020-09-10")
    assert f.missing == ("I.9",)
    (d,) = f.defunct
    assert (d.body, d.name, d.until, d.successors) == (
        "ubnd-cap-huyen",
        "UBND các quận, huyện",
        "2025-06-30",
        ("Ủy ban nhân dân cấp xã",),
    )
    assert d.task_ids == ("I.1", "I.2", "I.3") and f.defunct_assignments == 3
    assert f.document is not None and f.document.number == "211/KH-UBND"
    assert f.template == TEMPLATE


def test_portfolio_matrix_from_hand_built_report() -> None:
    r = Report(
        as_of="2026-12-01",
        plans=(
            _plan("hp", "Hải Phòng", "211/KH-UBND"),
            _plan("an", "An Giang", "5/KH-UBND"),
            _plan("hp2", "Hải Phòng", "9/KH-UBND"),
        ),
        coverage=(
            _cov("hp", ("covered", "waived", "n/a")),
            _cov("an", ("missing", "covered", "covered")),
            _cov("hp2", ("covered", "covered", "covered")),
        ),
        obliged={"qd-489-2020": ("An Giang", "Bắc Giang", "Hải Phòng")},
    )
    p = portfolio(r)
    assert p is not None
    assert p.plans == ("an", "hp", "hp2")
    assert p.names == ("An Giang", "Hải Phòng (211/KH-UBND)", "Hải Phòng (9/KH-UBND)")
    assert p.rows == (("I.1", "Quán triệt"), ("I.2", "Tuyên truyền"), ("I.3", "Ban hành kế hoạch"))
    assert p.matrix["I.1"] == {"an": "missing", "hp": "covered", "hp2": "covered"}
    assert p.totals["hp"] == {"covered": 1, "missing": 0, "waived": 1, "n/a": 1}
    assert p.without_plan == ("Bắc Giang",) and p.obliged == 3
    assert p.as_json() == {
        "template": "qd-489-2020",
        "plans": ["an", "hp", "hp2"],
        "matrix": {
            "I.1": {"an": "missing", "hp": "covered", "hp2": "covered"},
            "I.2": {"an": "covered", "hp": "waived", "hp2": "covered"},
            "I.3": {"an": "covered", "hp": "n/a", "hp2": "covered"},
        },
        "without_plan": ["Bắc Giang"],
    }


def test_no_portfolio_without_a_template() -> None:
    assert portfolio(Report(as_of="2026-12-01")) is None


def test_haiphong_facts_and_the_63_provinces_of_2020() -> None:
    report, _ = run([HP], Config(as_of=date(2026, 12, 1)))
    (f,) = facts(report)
    assert f.late_days == 51 and f.oldest_task == "III.1.1"
    # 211's closing paragraph carries out 489 III.3 (a task, not a waiver); III.1.3 has no deadline of its own
    assert f.coverage is not None and (f.coverage.covered, f.coverage.template_tasks) == (39, 39)
    assert len(f.overdue) == 5
    (p,) = portfolios(report)
    assert p.obliged == 63  # the provinces as they were on 30/6/2020, the deadline of III.1.a
    assert len(p.without_plan) == 62 and "Hải Phòng" not in p.without_plan and "Hà Giang" in p.without_plan
    assert p.totals["haiphong-211-2020"]["waived"] == 0


def test_portfolio_of_three_provinces_in_json(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            str(out),
            "--provinces",
            "3",
            "--communes",
            "0",
            "--seed",
            "3",
            "--defect-rate",
            "0",
        ],
        check=True,
        capture_output=True,
    )
    r = CliRunner().invoke(app, ["check", str(out / "provinces"), "--as-of", "2026-12-01", "--format", "json"])
    doc = json.loads(r.stdout)
    port = doc["portfolio"]
    assert set(port) == {"template", "plans", "matrix", "without_plan"}
    assert port["template"] == "qd-489-2020" and len(port["plans"]) == 3
    assert set(port["matrix"]["III.1.a"]) == set(port["plans"])
    assert all(m in {"covered", "missing", "waived", "n/a"} for row in port["matrix"].values() for m in row.values())
    assert len(port["without_plan"]) == 60
