"""Properties over generated inputs: plans round-trip through YAML, and findings do not depend on file order."""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from xhht_cli.cli import app
from xhht_cli.loading import parse_text
from xhht_cli.models import PlanFile

_text = (
    st.text(
        alphabet=st.sampled_from(
            "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ "
            "ABCĐ0123456789,.;:-–“”()/%&#'\"\n"
        ),
        min_size=1,
        max_size=60,
    )
    .map(lambda s: unicodedata.normalize("NFC", s).strip())
    .filter(bool)
)
_id = st.from_regex(r"\A[IVX]{1,3}(\.[0-9]{1,2}(\.[a-h])?)?\Z")
_deadline = st.sampled_from(["trong quý II năm 2020", "trước ngày 10/9/2020", "hằng năm", "2020-09-10", "no", "~x"])


@st.composite
def plans(draw: Any) -> dict[str, Any]:
    tasks = draw(
        st.lists(
            st.fixed_dictionaries(
                {"id": _id, "text": _text, "lead": st.lists(_text, max_size=3)},
                optional={
                    "title": _text,
                    "deadline": _deadline,
                    "implements": st.lists(_id, max_size=2),
                    "cooperating": st.lists(_text, max_size=2),
                },
            ),
            max_size=6,
        )
    )
    targets = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "id": _id,
                    "indicator": st.from_regex(r"\A[a-z][a-z0-9-]{0,20}\Z"),
                    "text": _text,
                    "value": st.floats(min_value=0, max_value=100, allow_nan=False),
                    "by": st.integers(1945, 2100),
                }
            ),
            max_size=3,
        )
    )
    return {
        "format": "xhht/plan@1",
        "plan": draw(
            st.fixed_dictionaries(
                {
                    "id": st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,30}\Z"),
                    "title": _text,
                    "issuer": _text,
                    "level": st.sampled_from(["national", "province", "district", "commune", "agency"]),
                },
                optional={
                    "number": _text,
                    "jurisdiction": _text,
                    "issued": st.dates(date(1945, 1, 1), date(2100, 12, 31)).map(str),  # the years xhht accepts
                    "status": st.sampled_from(["draft", "issued", "superseded"]),
                    "implements": st.just("qd-489-2020"),
                },
            )
        ),
        "sections": [{"id": "II", "title": draw(_text), "tasks": tasks, "targets": targets}],
    }


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_accepted_plan_round_trips_through_yaml(data: dict[str, Any]) -> None:
    model = PlanFile.model_validate(data)
    dumped = yaml.safe_dump(model.model_dump(mode="json", by_alias=True, exclude_none=True), allow_unicode=True)
    loaded, findings, fatal = parse_text(dumped, "roundtrip.yaml")
    assert not findings and not fatal
    assert PlanFile.model_validate(loaded) == model


def _findings(paths: list[Path]) -> list[tuple[str, str, int, int, str]]:
    result = CliRunner().invoke(app, ["check", *map(str, paths), "--as-of", "2026-11-22", "--format", "json"])
    doc = json.loads(result.stdout)
    return [(f["file"], f["code"], f["line"], f["column"], f["message"]) for f in doc["findings"]]


def test_findings_do_not_depend_on_file_order(tmp_path: Path) -> None:
    names = ["haiphong.yaml", "binhduong.yaml", "haiphong-2023-draft.yaml"]
    for n in names:
        shutil.copy(ROOT / "plans" / n, tmp_path / n)
    shutil.copytree(ROOT / "plans" / "sources", tmp_path / "sources")
    forward = _findings([tmp_path / n for n in names])
    backward = _findings([tmp_path / n for n in reversed(names)])
    assert forward and sorted(forward) == sorted(backward)
    assert forward == backward  # the report is sorted, so even the order is the same
