"""Unit tests of `xhht_cli.loading` (parse_text, load_file, decode), and the bad-input cases that cannot be
committed as plain YAML files (undecodable bytes, UTF-16, NFD sources), run through the real command line.

Positions are 1-based (line, column): `YMap.pos`, `YMap.kpos[key]`, `YMap.vpos[key]`, `YSeq.pos`, `YSeq.ipos[i]`.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import CASES, ROOT, invoke_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cases import directives  # the case-file directives, parsed one way
from typer.testing import CliRunner

from xhht_cli import loading
from xhht_cli.cli import app
from xhht_cli.loading import Limits, PurePythonLoader, YMap, YSeq, decode, load_file, parse_text

PLAN = """\
format: xhht/plan@1
plan:
  id: {id}
  title: Kế hoạch thử nghiệm
  issuer: Ủy ban nhân dân thành phố Hải Phòng
  level: province
  jurisdiction: Hải Phòng
{extra}sections:
  - id: II.1
    title: Tăng cường sự lãnh đạo
    tasks:
      - id: II.1.a
        text: Sở Giáo dục và Đào tạo chủ trì tổ chức nghiên cứu, quán triệt.
        lead:
          - Sở Giáo dục và Đào tạo
"""


def plan_text(plan_id: str = "loading-test", extra: str = "") -> str:
    return PLAN.format(id=plan_id, extra=extra)


def parse(text: str, limits: Limits | None = None) -> tuple[Any, list[Any], bool]:
    return parse_text(text, "t.yaml", limits or Limits())


def codes(findings: list[Any]) -> list[str]:
    return [f.code for f in findings]


def hits(doc: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["code"] == code]


# -- positions -----------------------------------------------------------------------------------------------------


def test_positions_of_keys_values_and_items() -> None:
    text = (
        "format: xhht/plan@1\n"  # 1
        "plan:\n"  # 2
        "  id: abc\n"  # 3
        "  title: 'Kế hoạch'\n"  # 4
        "sections:\n"  # 5
        "  - id: II.1\n"  # 6
        "    tasks: [a, {b: c}]\n"  # 7
        "  -   id: II.2\n"  # 8
    )
    data, findings, fatal = parse(text)
    assert not findings and not fatal
    assert isinstance(data, YMap)
    assert data.pos == (1, 1)
    assert data.kpos == {"format": (1, 1), "plan": (2, 1), "sections": (5, 1)}
    assert data.vpos["format"] == (1, 9)
    plan = data["plan"]
    assert isinstance(plan, YMap)
    assert data.vpos["plan"] == plan.pos == (3, 3)
    assert plan.kpos["title"] == (4, 3)
    assert plan.vpos["title"] == (4, 10)  # the opening quote
    sections = data["sections"]
    assert isinstance(sections, YSeq)
    assert sections.pos == (6, 3)
    assert sections.ipos == [(6, 5), (8, 7)]
    tasks = sections[0]["tasks"]
    assert isinstance(tasks, YSeq)
    assert tasks.pos == (7, 12)
    assert tasks.ipos == [(7, 13), (7, 16)]
    assert tasks[1].kpos == {"b": (7, 17)}
    assert tasks[1].vpos == {"b": (7, 20)}


def test_positions_count_characters_not_bytes() -> None:
    data, _, _ = parse("tên: Hải Phòng\nđịa chỉ: [Đồ Sơn, Kiến Thụy]\n")
    assert data.vpos["tên"] == (1, 6)
    assert data["địa chỉ"].ipos == [(2, 11), (2, 19)]


def test_positions_of_block_scalars_and_multiline_values() -> None:
    text = "a: >-\n  folded\n  text\nb: |\n  literal\nc:\n  - x\n"
    data, _, _ = parse(text)
    assert data == {"a": "folded text", "b": "literal\n", "c": ["x"]}
    assert data.vpos["a"] == (1, 4)
    assert data.vpos["b"] == (4, 4)
    assert data.vpos["c"] == (7, 3)


# -- scalars: only null/true/false are resolved ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("null", None),
        ("Null", None),
        ("NULL", None),
        ("~", None),
        ("", None),
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("False", False),
        ("FALSE", False),
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("n", "n"),
        ("2020-01-01", "2020-01-01"),
        ("2021-02-30", "2021-02-30"),
        ("0123", "0123"),
        ("0o17", "0o17"),
        ("0x1F", "0x1F"),
        ("1e3", "1e3"),
        ("70", "70"),
        ("7.5", "7.5"),
        (".inf", ".inf"),
        (".nan", ".nan"),
        ("1_000", "1_000"),
        ("12:30:00", "12:30:00"),
        ("211/KH-UBND", "211/KH-UBND"),
        ("'true'", "true"),
        ('"null"', "null"),
        ("'0123'", "0123"),
    ],
)
def test_only_null_true_false_are_resolved(written: str, value: Any) -> None:
    data, findings, fatal = parse(f"k: {written}\n")
    assert not findings and not fatal
    assert data["k"] == value
    assert type(data["k"]) is type(value)


def test_sequence_items_are_resolved_the_same_way() -> None:
    data, _, _ = parse("- no\n- ~\n- 1e3\n- true\n")
    assert data == ["no", None, "1e3", True]


@pytest.mark.parametrize("key", ["no", "yes", "true", "True", "false", "null", "~", "0123", "1e3", "2020-01-01", "1"])
def test_keys_are_never_resolved(key: str) -> None:
    data, findings, _ = parse(f"{key}: v\n")
    assert not findings
    assert list(data) == [key]
    assert data.kpos == {key: (1, 1)}


def test_core_tags_are_plain_data() -> None:
    data, findings, fatal = parse(
        "a: !!str 0123\nb: !!int 70\nc: !!float 7.5\nd: ! 12\ne: !!map {x: y}\nf: !!seq [1]\n"
    )
    assert not findings and not fatal
    assert data == {"a": "0123", "b": "70", "c": "7.5", "d": "12", "e": {"x": "y"}, "f": ["1"]}


def test_explicit_null_and_bool_tags_are_resolved() -> None:
    """`!!null` is null whatever it is written as; `!!bool` is a boolean (documented as core tags, allowed)."""
    data, findings, _ = parse("a: !!null\nb: !!null ''\nc: !!bool true\nd: !!bool false\n")
    assert not findings
    assert data == {"a": None, "b": None, "c": True, "d": False}


# -- merge keys ------------------------------------------------------------------------------------------------


def test_merge_key_copies_missing_keys_and_explicit_keys_win() -> None:
    text = "base: &b\n  x: 1\n  y: 2\nm:\n  <<: *b\n  y: 3\nn:\n  y: 3\n  <<: *b\n"
    data, findings, _ = parse(text)
    assert not findings
    assert data["m"] == {"x": "1", "y": "3"}
    assert data["n"] == {"x": "1", "y": "3"}  # written before or after `<<`, the explicit key wins
    assert "<<" not in data["m"]
    assert data["m"].kpos["y"] == (6, 3)
    assert data["m"].kpos["x"] == (2, 3)  # a merged key keeps the position where it is written


def test_merge_of_a_list_earlier_sources_win() -> None:
    data, findings, _ = parse("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nm:\n  <<: [*a, *b]\n  z: 3\n")
    assert not findings
    assert data["m"] == {"x": "1", "y": "2", "z": "3"}


def test_merge_key_with_explicit_override_is_not_a_duplicate() -> None:
    _, findings, _ = parse("b: &b {x: 1}\nm:\n  <<: *b\n  x: 2\n")
    assert "S003" not in codes(findings)


def test_merge_of_a_scalar_is_reported() -> None:
    _, findings, _ = parse("m:\n  <<: [1]\n")
    assert codes(findings) == ["S002"]


# -- text: NFC, BOMs, encodings --------------------------------------------------------------------------------


def test_nfd_input_is_normalised_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Sở Giáo dục: Hải Phòng\nds: [Đồ Sơn, 'Kiến Thụy']\n")
    assert nfd != unicodedata.normalize("NFC", nfd)
    data, findings, _ = parse(nfd)
    assert not findings
    assert data == {"Sở Giáo dục": "Hải Phòng", "ds": ["Đồ Sơn", "Kiến Thụy"]}
    for s in [*data, data["Sở Giáo dục"], *data["ds"]]:
        assert unicodedata.is_normalized("NFC", s)


@pytest.mark.parametrize(
    "raw",
    [
        "a: Hải Phòng\n".encode(),
        codecs.BOM_UTF8 + "a: Hải Phòng\n".encode(),
        codecs.BOM_UTF16_LE + "a: Hải Phòng\n".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "a: Hải Phòng\n".encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_decode_accepts_utf8_and_boms(raw: bytes, tmp_path: Path) -> None:
    text, bad = decode(raw)
    assert (text, bad) == ("a: Hải Phòng\n", 0)
    p = tmp_path / "f.yaml"
    p.write_bytes(raw)
    doc = load_file(p)
    assert not doc.findings and not doc.fatal
    assert doc.data == {"a": "Hải Phòng"}


def test_decode_reports_the_offset_of_the_first_bad_byte() -> None:
    assert decode(b"a: b\n\xff") == (None, 5)
    assert decode("a: Hải\n".encode() + b"\xc3\x28") == (None, len("a: Hải\n".encode()))


def test_utf16_without_bom_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "f.yaml"
    p.write_bytes("a: b\n".encode("utf-16-le"))
    doc = load_file(p)
    assert doc.fatal
    assert codes(doc.findings) == ["S008"]


def test_invalid_utf8_is_s008_at_the_bad_byte(tmp_path: Path) -> None:
    raw = plan_text("loading-bad-utf8").encode().replace(b"  level: province\n", b"  level: prov\xe1nce\n")
    p = tmp_path / "plan.yaml"
    p.write_bytes(raw)
    doc = load_file(p)
    assert doc.fatal and doc.data is None
    assert [(f.code, f.line, f.column) for f in doc.findings] == [("S008", 6, 14)]
    out, code, _ = invoke_json("validate", str(p))
    assert code == 1
    assert [(f["line"], f["column"]) for f in hits(out, "S008")] == [(6, 14)]


def test_latin1_file_is_s008(tmp_path: Path) -> None:
    p = tmp_path / "plan.yaml"
    p.write_bytes("format: xhht/plan@1\nplan:\n  id: loading-latin1\n  title: Plan für Prüfung\n".encode("latin-1"))
    out, _, _ = invoke_json("validate", str(p))
    assert [(f["line"], f["column"]) for f in hits(out, "S008")] == [(4, 16)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-8-sig"])
def test_bom_files_are_checked_normally(encoding: str, tmp_path: Path) -> None:
    """Quiet case: a plan saved as UTF-16 with a BOM (or UTF-8 with a BOM) is read like any other."""
    text = plan_text("loading-bom")
    raw = codecs.BOM_UTF16_BE + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    p = tmp_path / "plan.yaml"
    p.write_bytes(raw)
    out, code, _ = invoke_json("validate", str(p))
    assert not out["findings"], out["findings"]
    assert code == 0
    assert [pl["id"] for pl in out["plans"]] == ["loading-bom"]


@pytest.mark.parametrize(
    ("char", "name"), [("\x00", "#x0000"), ("\x07", "#x0007"), ("\x1b", "#x001b"), ("\ufffe", "#xfffe")]
)
def test_control_characters_are_s008(char: str, name: str) -> None:
    _, findings, fatal = parse(f"a: b\nc: d{char}e\n")
    assert fatal
    assert [(f.code, f.line, f.column, f.args.get("character")) for f in findings] == [("S008", 2, 5, name)]


def test_control_character_position_counts_characters_not_bytes() -> None:
    """Text before the bad character has multi-byte UTF-8 characters: the position must still be right."""
    _, findings, _ = parse("tên: Hải Phòng\nđịa chỉ: Đồ Sơn\x00\n")
    assert [(f.code, f.line, f.column) for f in findings] == [("S008", 2, 16)]


def test_lone_surrogates_do_not_raise() -> None:
    """A str can hold a lone surrogate (never from decode(), but from a library caller): no exception."""
    _data, findings, fatal = parse("a: \ud800\n")
    assert fatal and codes(findings) == ["S008"]


# -- limits -----------------------------------------------------------------------------------------------------


def test_alias_bomb_stops_with_s008() -> None:
    """Billion laughs: 9^9 strings once expanded. It must be refused, not built (no timing assertion: it simply
    has to finish, which it would not if the expansion were built)."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    data, findings, fatal = parse("\n".join(lines) + "\n")
    assert fatal and data is None
    assert codes(findings) == ["S008"]
    assert findings[0].key == "S008.nodes"


def test_alias_bomb_file_via_cli() -> None:
    out, code, _ = invoke_json("validate", str(CASES / "S008" / "fires" / "billion-laughs.yaml"))
    assert code == 1
    assert codes_of(out) == ["S008"]


def codes_of(out: dict[str, Any]) -> list[str]:
    return [f["code"] for f in out["findings"]]


def test_aliases_under_the_node_limit_are_fine() -> None:
    data, findings, _ = parse("a: &a [x, y, z]\nb: [*a, *a, *a]\n", Limits(max_nodes=20))
    assert not findings
    assert data["b"] == [["x", "y", "z"]] * 3
    _, findings, fatal = parse("a: &a [x, y, z]\nb: [*a, *a, *a, *a, *a]\n", Limits(max_nodes=20))
    assert fatal and codes(findings) == ["S008"]


@pytest.mark.parametrize("depth", [63, 64])
def test_nesting_up_to_the_limit_is_accepted(depth: int) -> None:
    data, findings, fatal = parse("[" * depth + "]" * depth)
    assert not findings and not fatal
    for _ in range(depth - 1):
        data = data[0]
    assert data == []


def test_flow_nesting_beyond_the_limit_is_s008_where_it_opens() -> None:
    _, findings, fatal = parse("a:\n  b: " + "[" * 200 + "]" * 200 + "\n")
    assert fatal
    # level 1 is the root mapping, 2 the mapping under a, so the 65th level is the 63rd '[' (the first is at col 6)
    assert [(f.code, f.line, f.column, f.key) for f in findings] == [("S008", 2, 6 + 62, "S008.depth")]


def test_block_nesting_beyond_the_limit_is_s008() -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n"
    _, findings, fatal = parse(text)
    assert fatal
    assert [(f.code, f.line, f.key) for f in findings] == [("S008", 65, "S008.depth")]


def test_very_deep_nesting_does_not_crash() -> None:
    """libyaml's own composer recurses in C; the loader must stop long before anything deep is built."""
    _, findings, fatal = parse("[" * 100_000 + "]" * 100_000)
    assert fatal and [(f.code, f.key, f.args["limit"]) for f in findings] == [("S008", "S008.depth", 64)]
    _, findings, fatal = parse("{a: " * 50_000 + "b" + "}" * 50_000)
    assert fatal and [(f.code, f.key, f.args["limit"]) for f in findings] == [("S008", "S008.depth", 64)]


def test_libyaml_nesting_ceiling_is_the_depth_limit_not_a_syntax_error() -> None:
    """libyaml 0.2.6 (PyYAML 6.0.4) refuses more than 1000 levels while scanning ahead, before the builder sees
    the 65th; that is the depth limit (S008), never S001. With a higher limit of xhht's, libyaml's ceiling is the one
    named."""
    deep = "[" * 1500 + "]" * 1500
    _, findings, fatal = parse(deep, Limits(max_depth=5000))
    if findings:  # a libyaml with a ceiling (0.2.6 and later)
        assert fatal and [(f.code, f.key) for f in findings] == [("S008", "S008.depth")]
        assert 64 < findings[0].args["limit"] <= 1500
    _, findings, _ = parse("[" * 900 + "]" * 900, Limits(max_depth=5000))
    assert findings == []


def test_max_bytes(tmp_path: Path) -> None:
    p = tmp_path / "f.yaml"
    p.write_text("a: " + "x" * 200 + "\n", encoding="utf-8")
    doc = load_file(p, limits=Limits(max_bytes=100))
    assert doc.fatal and doc.data is None
    assert [(f.code, f.line, f.key) for f in doc.findings] == [("S008", 1, "S008.size")]
    assert load_file(p, limits=Limits(max_bytes=204)).data == {"a": "x" * 200}


def test_max_file_size_applies_to_the_files_given_not_to_shipped_ones(tmp_path: Path) -> None:
    """A small --max-file-size refuses the user's big file; it must not refuse the shipped registry or templates
    (which would turn every body into an S006)."""
    small = tmp_path / "small.yaml"
    small.write_text(plan_text("loading-small"), encoding="utf-8")
    size = small.stat().st_size
    out, _, _ = invoke_json("validate", str(small), "--max-file-size", str(size))
    assert not out["findings"], out["findings"]


def test_unreadable_path_is_s008_not_an_exception(tmp_path: Path) -> None:
    doc = load_file(tmp_path / "missing.yaml")
    assert doc.fatal and codes(doc.findings) == ["S008"]
    doc = load_file(tmp_path)  # a folder
    assert doc.fatal and codes(doc.findings) == ["S008"]


# -- tags -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'a: !!python/object/apply:os.system ["echo hi"]\n',
        "a: !!python/name:os.system\n",
        "a: !include other.yaml\n",
        "a: !!binary aGk=\n",
        "a: !!set {x}\n",
        "a: !<tag:example.com,2020:thing> x\n",
        "a: !custom\n  b: c\n",
        "a: !!omap [x: 1]\n",
    ],
)
def test_non_core_tags_are_s008(text: str) -> None:
    data, findings, fatal = parse(text)
    assert fatal and data is None
    assert [(f.code, f.line, f.key) for f in findings] == [("S008", 1, "S008.tag")]


def test_a_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'a: !!python/object/apply:os.system ["touch {marker}"]\n'
    parse(text)
    p = tmp_path / "f.yaml"
    p.write_text("format: xhht/plan@1\n" + text, encoding="utf-8")
    invoke_json("validate", str(p))
    assert not marker.exists()


# -- syntax -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: b\n  c: d\n", 2),
        ("a:\n\t- b\n", 2),
        ("a: [b, c\nd: e\n", 2),
        ("a: *nothing\n", 1),
        ("a: b\n- c\n", 2),
    ],
)
def test_syntax_errors_are_s001(text: str, line: int) -> None:
    data, findings, fatal = parse(text)
    assert fatal and data is None
    assert [(f.code, f.line) for f in findings] == [("S001", line)]


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: 'unclosed\nb: c\n", 1), ('a: "unclosed\nb: c\n', 1), ("a: [b, c\n", 1), ("a: {b: c\n", 1)],
)
def test_syntax_errors_at_end_of_file_point_into_the_file(text: str, line: int) -> None:
    """An unclosed quote or bracket is only noticed at the end of the stream; the finding must still point at a
    line of the file (where the construct opens), not at the line after the last one."""
    _, findings, _ = parse(text)
    assert [(f.code, f.line) for f in findings] == [("S001", line)]


def test_second_document_is_s002() -> None:
    _data, findings, fatal = parse("a: b\n---\nc: d\n")
    assert fatal
    assert [(f.code, f.line) for f in findings] == [("S002", 2)]


def test_complex_key_is_s002() -> None:
    _, findings, fatal = parse("[a, b]: c\n")
    assert fatal and codes(findings) == ["S002"]


def test_empty_and_comment_only_files() -> None:
    assert parse("") == (None, [], False)
    assert parse("# nothing\n") == (None, [], False)


# -- duplicate keys ---------------------------------------------------------------------------------------------


def test_duplicate_keys_are_all_reported_and_loading_goes_on() -> None:
    text = "a: 1\nb:\n  c: 2\n  c: 3\na: 4\nd: 5\n"
    data, findings, fatal = parse(text)
    assert not fatal
    found = sorted((f.code, f.line, f.args["key"], f.args["first_line"]) for f in findings)
    assert found == [("S003", 4, "c", 3), ("S003", 5, "a", 1)]
    assert data == {"a": "4", "b": {"c": "3"}, "d": "5"}


def test_duplicate_key_after_nfc_is_a_duplicate() -> None:
    nfd = unicodedata.normalize("NFD", "Hải")
    _, findings, _ = parse(f"Hải: 1\n{nfd}: 2\n")
    assert [(f.code, f.line) for f in findings] == [("S003", 2)]


def test_duplicate_keys_via_cli(tmp_path: Path) -> None:
    out, code, _ = invoke_json("validate", str(CASES / "S003" / "fires" / "two-duplicates.yaml"))
    assert code == 1
    assert sorted(f["line"] for f in hits(out, "S003")) == [8, 21]
    assert all(f["data"]["first_line"] in (6, 18) for f in hits(out, "S003"))


# -- messages that must help --------------------------------------------------------------------------------------


def test_unknown_key_suggests_the_known_one() -> None:
    out, _, _ = invoke_json("validate", str(CASES / "S002" / "fires" / "unknown-key-typo.yaml"))
    (f,) = hits(out, "S002")
    assert "deadine" in f["message"]
    assert "deadline" in f["message"].replace("deadine", "")


def test_unaccented_body_suggests_the_accented_name() -> None:
    out, _, _ = invoke_json("validate", str(CASES / "S006" / "fires" / "misspelt-body.yaml"))
    (f,) = hits(out, "S006")
    assert "Sở Giáo dục và Đào tạo" in f["message"]
    assert "Sở Giáo dục và Đào tạo" in f["data"]["suggestions"]


# -- S009: NFC and NFD -------------------------------------------------------------------------------------------

SOURCE = "b) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các quận, huyện tổ chức quán triệt.\n"


@pytest.mark.parametrize("nfd_side", ["source", "plan", "both"])
def test_nfd_and_nfc_texts_match(nfd_side: str, tmp_path: Path) -> None:
    """Quiet S009: the source is saved decomposed (NFD, as some Mac tools do) and the plan composed, or the other
    way round: they are the same text."""
    task = "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các quận, huyện tổ chức quán triệt."
    plan = plan_text("loading-nfd", "  source: nguon.txt\n").replace(
        "        text: Sở Giáo dục và Đào tạo chủ trì tổ chức nghiên cứu, quán triệt.\n", f"        text: {task}\n"
    )
    src = SOURCE
    if nfd_side in ("source", "both"):
        src = unicodedata.normalize("NFD", src)
    if nfd_side in ("plan", "both"):
        plan = unicodedata.normalize("NFD", plan)
    (tmp_path / "nguon.txt").write_bytes(src.encode("utf-8"))
    (tmp_path / "plan.yaml").write_bytes(plan.encode("utf-8"))
    out, _, _ = invoke_json("validate", str(tmp_path))
    assert not hits(out, "S009"), hits(out, "S009")
    assert [p["id"] for p in out["plans"]] == ["loading-nfd"]


def test_source_in_utf16_with_bom_matches(tmp_path: Path) -> None:
    task = "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các quận, huyện tổ chức quán triệt."
    plan = plan_text("loading-src16", "  source: nguon.txt\n").replace(
        "        text: Sở Giáo dục và Đào tạo chủ trì tổ chức nghiên cứu, quán triệt.\n", f"        text: {task}\n"
    )
    (tmp_path / "nguon.txt").write_bytes(SOURCE.encode("utf-16"))
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    out, _, _ = invoke_json("validate", str(tmp_path))
    assert not hits(out, "S009"), hits(out, "S009")


def test_nfd_text_that_differs_still_fires(tmp_path: Path) -> None:
    plan = plan_text("loading-nfd-fires", "  source: nguon.txt\n")
    (tmp_path / "nguon.txt").write_bytes(unicodedata.normalize("NFD", SOURCE).encode("utf-8"))
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    out, _, _ = invoke_json("validate", str(tmp_path))
    assert [f["line"] for f in hits(out, "S009")] == [14]


# -- never raise ----------------------------------------------------------------------------------------------------

_YAMLISH = st.lists(
    st.sampled_from(
        [
            *"[]{}:,-&*!|>'\"#%@`? \n\t<=~.0aéz\x00\x07\ufeff",
            "<<",
            "!!",
            "&a",
            "*a",
            "---",
            "...",
            "\n  ",
            "\n- ",
            "!!str",
            "!!null",
            "!foo",
            "%YAML 1.2\n",
            "? ",
            "a: 1\n",
            "b:\n  a: 1\n  a: 2\n",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_text_never_raises_on_text(text: str) -> None:
    _data, findings, fatal = parse_text(text, "f.yaml")
    assert isinstance(findings, list)
    assert fatal or not any(f.code in ("S001", "S008") for f in findings)


@settings(max_examples=500, deadline=None)
@given(_YAMLISH)
def test_parse_text_never_raises_on_yaml_like_text(text: str) -> None:
    parse_text(text, "f.yaml")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary())
def test_load_file_never_raises_on_bytes(tmp_path: Path, raw: bytes) -> None:
    p = tmp_path / "f.yaml"
    p.write_bytes(raw)
    doc = load_file(p)
    assert doc.fatal or not doc.findings or all(f.code.startswith("S") for f in doc.findings)
    for f in doc.findings:
        assert f.line >= 1 and f.column >= 1


# -- every bad-input case through the command line -------------------------------------------------------------------

_S_FIRES = sorted(p for p in CASES.glob("S00*/fires/*"))


@pytest.mark.parametrize("fmt", ["text", "github", "sarif", "markdown"])
@pytest.mark.parametrize("case", _S_FIRES, ids=lambda p: str(p).rsplit("cases/", 1)[-1])
def test_no_traceback_in_any_output(case: Path, fmt: str) -> None:
    d = directives(case)
    for command in ("validate", "check"):
        args = [command, str(case), "--format", fmt, "--lang", "vi", *d.get("args", "").split()]
        if command == "check":
            args += ["--as-of", "2026-11-22"]
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        assert "Traceback" not in result.output
        assert result.exit_code in (0, 1), result.output


_VALIDATE_CASES = [p for p in _S_FIRES if directives(p).get("command") == "validate"]


@pytest.mark.parametrize("case", _VALIDATE_CASES, ids=lambda p: str(p).rsplit("cases/", 1)[-1])
def test_validate_cases_are_also_reported_by_check(case: Path) -> None:
    """`check` runs everything `validate` runs: a case written for `validate` fires the same under `check`."""
    d = directives(case)
    code = case.parent.parent.name
    out, _, _ = invoke_json("check", str(case), "--as-of", "2026-11-22", *d.get("args", "").split())
    found = hits(out, code)
    assert found
    for item in d.get("expect", code).split():
        _, _, line = item.partition("@")
        if line:
            assert any(f["line"] == int(line) for f in found), (line, [(f["line"], f["message"]) for f in found])


# -- without libyaml ---------------------------------------------------------------------------------------------------


def _shape(value: Any) -> Any:
    """A value with every position it records, for comparing two builds exactly."""
    if isinstance(value, YMap):
        return ("map", value.pos, [(k, value.kpos[k], value.vpos[k], _shape(v)) for k, v in value.items()])
    if isinstance(value, YSeq):
        return ("seq", value.pos, list(value.ipos), [_shape(v) for v in value])
    return value


_CORPUS = sorted(CASES.rglob("*.yaml")) + sorted((ROOT / "plans").rglob("*.yaml"))


@pytest.mark.parametrize("path", _CORPUS, ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_python_fallback_builds_the_same_documents(path: Path) -> None:
    """Without libyaml, PyYAML's own parser feeds the same builder: every case file and shipped plan gives the same
    values, positions and findings. (On malformed input the two parsers may disagree about what is an error: they
    are two implementations of YAML, and the fallback is only there so that xhht still runs, with a warning.)"""
    text, _ = decode(path.read_bytes())
    if text is None:
        pytest.skip("undecodable on purpose")
    c_data, c_found, c_fatal = parse_text(text, "f.yaml")
    p_data, p_found, p_fatal = parse_text(text, "f.yaml", loader_class=PurePythonLoader)
    assert _shape(p_data) == _shape(c_data)
    assert [(f.code, f.line, f.column, f.key) for f in p_found] == [(f.code, f.line, f.column, f.key) for f in c_found]
    assert p_fatal == c_fatal


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), _YAMLISH))
def test_pure_python_fallback_never_raises(text: str) -> None:
    _data, findings, fatal = parse_text(text, "f.yaml", loader_class=PurePythonLoader)
    assert fatal or not any(f.code in ("S001", "S008") for f in findings)
    assert all(f.line >= 1 and f.column >= 1 for f in findings)


def test_without_libyaml_the_cli_warns_and_reports_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["check", str(ROOT / "plans" / "haiphong.yaml"), "--as-of", "2026-11-22", "--format", "json"]
    with_libyaml = CliRunner().invoke(app, [*args, "--lang", "en"])
    assert "libyaml" not in with_libyaml.stderr
    monkeypatch.setattr(loading, "LIBYAML", False)
    monkeypatch.setattr(loading, "XhhtLoader", PurePythonLoader)
    without = CliRunner().invoke(app, [*args, "--lang", "en"])
    assert (without.exit_code, without.stdout) == (with_libyaml.exit_code, with_libyaml.stdout)
    assert "without libyaml" in without.stderr
    assert "không có libyaml" in CliRunner().invoke(app, [*args, "--lang", "vi"]).stderr
