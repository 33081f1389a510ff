"""The seed plans as data: `xhht check --as-of 2026-11-22` on each, with every finding written out (code -> tasks).

Each expectation was read against the source text: e.g. Bình Dương section II names no lead (A001 on every task there,
as the document says), its bodies passed to Thành phố Hồ Chí Minh on 01/07/2025 (A003), its yearly duties are overdue
for 2022-2025 with no report (D001), and the 387 template's 65 % "Dòng họ học tập" target has no local counterpart
(T002); the 2023 draft's cover letter cites "22/22/2033" (P003) and its yearly report is due 05/12/2026 (D002).
"" stands for a plan-level finding.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from xhht_cli.cli import app

EXPECTED: dict[str, dict[str, list[str]]] = {
    "plans/binhduong.yaml": {
        "A001": [
            "II.1.1",
            "II.1.2",
            "II.2.1",
            "II.2.2",
            "II.2.3",
            "II.2.4",
            "II.2.5",
            "II.3",
            "II.4",
            "II.5.1.1",
            "II.5.1.2",
            "II.5.2",
            "II.6",
        ],
        # II.2.2 and II.4 cooperate with the province's departments ("các sở, ngành, đoàn thể tỉnh có liên quan";
        # "Ngành Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Thông tin và Truyền thông"), all ended with the
        # province on 30/06/2025 (Thông tin và Truyền thông already on 28/02/2025); so did its groups of departments
        # (IV.1.1, IV.6.1, IV.6.2). IV.2.2, IV.6.1 and IV.8.2 are led by Hội Khuyến học tỉnh ("Phối hợp với Hội
        # Khuyến học tỉnh …").
        "A003": [
            "",
            "II.2.2",
            "II.4",
            "II.4",
            "II.4",
            "IV.1.1",
            "IV.1.1",
            "IV.1.1",
            "IV.1.2",
            "IV.1.3",
            "IV.2.1",
            "IV.2.1",
            "IV.2.2",
            "IV.2.2",
            "IV.3",
            "IV.3",
            "IV.4",
            "IV.4",
            "IV.5",
            "IV.6.1",
            "IV.6.1",
            "IV.6.2",
            "IV.7.1",
            "IV.7.2",
            "IV.7.3",
            "IV.8.1",
            "IV.8.2",
        ],
        "C003": [
            "II.2.1",
            "II.2.2",
            "II.2.3",
            "II.2.4",
            "II.2.5",
            "II.4",
            "II.5.1.1",
            "II.5.1.2",
            "II.5.2",
            "II.6",
            "III.2",
            "III.3",
            "IV.2.2",
            "IV.3",
            "IV.4",
            "IV.5",
            "IV.6.1",
            "IV.6.2",
            "IV.7.1",
            "IV.7.2",
            "IV.7.3",
            "IV.8.1",
            "IV.8.2",
        ],
        "D001": ["II.5.1.1", "II.5.2", "III.2", "III.3", "IV.1.3", "IV.2.2", "IV.5"],
        "D005": [
            "II.1.1",
            "II.1.2",
            "II.2.1",
            "II.2.2",
            "II.2.3",
            "II.2.4",
            "II.2.5",
            "II.3",
            "II.4",
            "II.6",
            "IV.1.1",
            "IV.1.2",
            "IV.2.1",
            "IV.3",
            "IV.4",
            "IV.6.1",
            "IV.6.2",
            "IV.7.1",
            "IV.7.2",
            "IV.7.3",
            "IV.8.1",
            "IV.8.2",
        ],
        "T002": ["MT.2025.3"],
    },
    "plans/haiphong-2023-draft.yaml": {
        "A001": [
            "II.1",
            "II.2",
            "II.3",
            "II.4",
            "II.5",
            "II.6",
            "IV.1",
            "IV.2",
            "IV.3",
            "IV.4",
            "IV.5",
            "IV.6",
            "V.1",
            "V.2",
        ],
        "A003": [
            "III.1.d.1",
            "III.1.d.2",
            "III.1.d.3",
            "VII.5.1",
            "VII.5.2",
            "VII.8",
            "VII.8.1",
            "VII.8.2",
            "VII.8.2",
            "VII.8.3",
            "VII.8.4",
            "VII.9",
        ],
        "C003": [
            "III.1.a.1",
            "III.1.a.2",
            "III.1.a.3",
            "III.1.b.4",
            "III.1.b.5",
            "III.1.c.1",
            "III.1.c.2",
            "III.1.c.3",
            "III.1.d.1",
            "III.1.d.2",
            "III.1.d.3",
            "III.1.e.1",
            "III.1.e.2",
            "III.1.g.1",
            "III.1.g.2",
            "III.1.g.3",
            "III.1.g.4",
            "III.1.h.1",
            "III.1.h.2",
            "III.1.i",
            "III.1.đ.1",
            "III.1.đ.2",
            "III.1.đ.3",
            "III.2.a",
            "IV.1",
            "IV.2",
            "IV.3",
            "IV.4",
            "IV.5",
            "IV.6",
            "V.1",
            "V.2",
            "VII.1",
            "VII.2.1",
            "VII.2.2",
            "VII.2.3",
            "VII.2.4",
            "VII.3",
            "VII.4",
            "VII.5.1",
            "VII.5.2",
            "VII.6",
            "VII.7",
            "VII.8",
            "VII.8.1",
            "VII.8.2",
            "VII.8.3",
            "VII.8.4",
            "VII.9",
        ],
        "C004": ["VII.1", "VII.1", "VII.1", "VII.8"],
        # a draft's yearly duties count from the day its template was issued (09/11/2023), as its dated ones do:
        # V.1 ("năm 2025") and the yearly III.2.a, VII.4, VII.8.1, VII.9 are all overdue for 2023-2025
        "D001": ["III.2.a", "V.1", "VII.4", "VII.8.1", "VII.9"],
        "D002": ["VII.9"],
        "D005": [
            "II.1",
            "II.2",
            "II.3",
            "II.4",
            "II.5",
            "II.6",
            "III.1.a.1",
            "III.1.a.2",
            "III.1.a.3",
            "III.1.b.1",
            "III.1.b.2",
            "III.1.b.3",
            "III.1.b.4",
            "III.1.b.5",
            "III.1.c.1",
            "III.1.c.2",
            "III.1.c.3",
            "III.1.d.1",
            "III.1.d.2",
            "III.1.d.3",
            "III.1.e.1",
            "III.1.e.2",
            "III.1.g.1",
            "III.1.g.2",
            "III.1.g.3",
            "III.1.g.4",
            "III.1.h.1",
            "III.1.h.2",
            "III.1.i",
            "III.1.đ.1",
            "III.1.đ.2",
            "III.1.đ.3",
            "IV.1",
            "IV.2",
            "IV.3",
            "IV.4",
            "IV.5",
            "IV.6",
            "VII.1",
            "VII.2.1",
            "VII.2.2",
            "VII.2.3",
            "VII.2.4",
            "VII.3",
            "VII.5.1",
            "VII.5.2",
            "VII.6",
            "VII.7",
            "VII.8",
            "VII.8.2",
            "VII.8.3",
            "VII.8.4",
        ],
        "P003": [""],
    },
    "plans/national/qd-1373-2021.yaml": {
        "A001": ["NV.1", "NV.2", "NV.3", "NV.4", "NV.5", "NV.6"],
        "D005": ["NV.1", "NV.2", "NV.3", "NV.4", "NV.5", "NV.6"],
    },
    "plans/national/qd-387-2022.yaml": {
        "A001": ["NV.1", "NV.2"],
        "D005": ["NV.1", "NV.2", "TCTH.1.1", "TCTH.1.2", "TCTH.2.1"],
    },
    "plans/national/qd-1315-2023.yaml": {
        "D005": ["ND.1", "ND.2", "ND.3", "ND.4", "ND.5", "ND.6", "TC.1.1", "TC.1.2", "TC.1.3"],
    },
}


@pytest.mark.parametrize("plan", sorted(EXPECTED))
def test_seed_plan_findings(plan: str) -> None:
    result = CliRunner().invoke(app, ["check", str(ROOT / plan), "--as-of", "2026-11-22", "--format", "json"])
    found: dict[str, list[str]] = defaultdict(list)
    for f in json.loads(result.stdout)["findings"]:
        found[f["code"]].append(f["task"] or "")
    assert {k: sorted(v) for k, v in found.items()} == EXPECTED[plan]


def test_portfolio_checks_every_seed_plan() -> None:
    result = CliRunner().invoke(app, ["check", str(ROOT / "plans"), "--as-of", "2026-11-22", "--format", "json"])
    doc = json.loads(result.stdout)
    assert {p["id"]: p["template"] for p in doc["plans"]} == {
        "binhduong-3853-2022": "qd-387-2022",
        "haiphong-draft-2023": "qd-1315-2023",
        "haiphong-211-2020": "qd-489-2020",
        "qd-1315-2023": None,
        "qd-1373-2021": None,
        "qd-387-2022": None,
        "qd-489-2020": None,
    }
    assert not [f for f in doc["findings"] if f["code"].startswith("S")]
    assert {c["plan"]: len(c["missing"]) for c in doc["coverage"]} == {
        "binhduong-3853-2022": 0,
        "haiphong-draft-2023": 0,
        "haiphong-211-2020": 0,
    }


@pytest.mark.parametrize(("fmt", "lang", "words"), [("text", "vi", "là dự thảo"), ("markdown", "en", "is a draft")])
def test_draft_is_reported_once_at_plan_level(fmt: str, lang: str, words: str) -> None:
    args = ["check", str(ROOT / "plans" / "haiphong-2023-draft.yaml"), "--format", fmt, "--lang", lang]
    out = CliRunner().invoke(app, args).stdout
    assert out.count(words) == 1 and "haiphong-2023-draft.yaml" in out  # by its file: no internal id
    final = CliRunner().invoke(app, ["check", str(ROOT / "plans" / "haiphong.yaml"), "--lang", lang]).stdout
    assert words not in final
