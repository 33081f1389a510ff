"""The rules that report what the workspace recorded while it was built (S004, S005, S006, S007, S009, C002) and
what progress report entries say (S010, C005, C006), checked directly: a workspace with records made by hand, or
built in this process from files (no command line)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from xhht_cli.deadlines import DeadlineError, parse_deadline
from xhht_cli.findings import Finding
from xhht_cli.i18n import message
from xhht_cli.registry import Registry
from xhht_cli.rules import RULES
from xhht_cli.rules.base import RuleContext
from xhht_cli.rules.recorded import RECORDED, recorded
from xhht_cli.workspace import Workspace, build
from xhht_cli.workspace.unresolved import (
    BadDeadline,
    Dangling,
    DanglingEntry,
    DuplicateId,
    PlanLoop,
    RegistryName,
    SplitName,
    SuccessionLoop,
    UnknownName,
    UnknownPlan,
    UnmatchedText,
    UnreadSource,
)

CTX = RuleContext(as_of=date(2026, 11, 22))


def _ws() -> Workspace:
    return Workspace(registry=Registry())


def _run(code: str, ws: Workspace) -> list[Finding]:
    check = RULES[code].check
    assert check is not None
    return list(check(ws, CTX))


def test_every_recorded_code_has_a_check_and_nothing_recorded_gives_no_finding() -> None:
    assert all(RULES[c].check is not None for c in RECORDED)
    assert not _ws().unresolved
    assert list(recorded(_ws(), CTX)) == []


def test_s004_words_each_duplicate_kind() -> None:
    ws = _ws()
    ws.unresolved.duplicates += [
        DuplicateId("b.yaml", (2, 7), "plan", "p1", first_file="a.yaml", plan="p1"),
        DuplicateId("a.yaml", (9, 11), "task", "I.1", first_line=5, plan="p1", task="I.1"),
        DuplicateId("r.yaml", (4, 5), "registry", "so-gd", first_line=2),
    ]
    ws.unresolved.registry_names += [
        RegistryName("r.yaml", (8, 9), "duplicate-name", "so-gd", "aliases", "Sở GD"),
        RegistryName("r.yaml", (9, 9), "unknown-reference", "so-gd", "succeeded_by", "nowhere"),
    ]
    found = _run("S004", ws)
    assert [(f.file, f.line, f.column, f.key) for f in found] == [
        ("b.yaml", 2, 7, "S004.plan"),
        ("a.yaml", 9, 11, "S004.id"),
        ("r.yaml", 4, 5, "S004.id"),
        ("r.yaml", 8, 9, "S004.registry-name"),
    ]
    assert message(found[0], "en") == "plan id 'p1' is already used in a.yaml"
    assert message(found[1], "en") == "task id 'I.1' is used twice (first on line 5)"
    assert (found[1].plan, found[1].task) == ("p1", "I.1")
    assert message(found[3], "vi") == "tên 'Sở GD' của 'so-gd' đã thuộc về một mục khác cùng phạm vi"


def test_s005_names_the_known_plans_and_cuts_a_long_loop() -> None:
    ws = _ws()
    ws.unresolved.unknown_plans += [
        UnknownPlan("c.yaml", (6, 15), "qd-1", ("a", "b"), plan="c"),
        UnknownPlan("r.yaml", (3, 9), "qd-2", ("a", "b")),
    ]
    ring = tuple(f"p{i}" for i in range(20))
    ws.unresolved.plan_loops.append(PlanLoop("p0.yaml", (6, 15), "p0", "p1", ring))
    found = _run("S005", ws)
    assert [f.key for f in found] == ["S005.implements", "S005.report", "S005.loop"]
    assert found[0].args["known"] == "a, b" and found[0].plan == "c" and found[1].plan is None
    chain = found[2].args["chain"]
    assert chain == "p0 → p1 → p2 → p3 → … → p16 → p17 → p18 → p19 → p0"


def test_s006_reports_the_registry_first_then_the_plans_names() -> None:
    ws = _ws()
    ws.unresolved.succession_loops.append(SuccessionLoop("r.yaml", (7, 19), ("a", "b"), "a"))
    ws.unresolved.registry_names.append(RegistryName("r.yaml", (9, 9), "unknown-reference", "b", "succeeded_by", "x"))
    ws.unresolved.unknown_names += [
        UnknownName("p.yaml", (12, 17), "Sở Giáo dục", ("Sở Giáo dục và Đào tạo",), "Hải Phòng", "p", "I.1"),
        SplitName("p.yaml", (13, 17), ("Ủy ban nhân dân các huyện", "thị xã"), "ubnd-huyen", "p", "I.2"),
    ]
    found = _run("S006", ws)
    assert [f.key for f in found] == ["S006.succession-loop", "S006.registry", "S006", "S006.split"]
    assert found[0].args == {"entry": "b", "chain": "a → b → a"}
    assert found[2].data == {
        "name": "Sở Giáo dục",
        "suggestions": ["Sở Giáo dục và Đào tạo"],
        "jurisdiction": "Hải Phòng",
    }
    assert "Sở Giáo dục và Đào tạo" in message(found[2], "en")
    assert found[3].data["pieces"] == ["Ủy ban nhân dân các huyện", "thị xã"]
    assert found[3].data["resolved"] == "ubnd-huyen"


def test_s007_keeps_why_as_data_and_words_it_in_the_language_asked() -> None:
    error = parse_deadline("trước ngày 31/2/2021")
    assert isinstance(error, DeadlineError)
    ws = _ws()
    ws.unresolved.bad_deadlines.append(BadDeadline("p.yaml", (14, 19), error, "p", "I.1"))
    (f,) = _run("S007", ws)
    assert f.data == {"text": "trước ngày 31/2/2021", "reason": error.reason, **error.params}
    assert (
        message(f, "en")
        == error.message("en")
        == "deadline «trước ngày 31/2/2021»: day 31 does not exist in February 2021"
    )
    assert message(f, "vi") == error.message("vi")
    assert message(f, "vi").startswith("thời hạn «trước ngày 31/2/2021»: ngày 31 không tồn tại trong tháng 2 năm 2021")


def test_s009_words_an_unread_source_and_how_far_a_text_matched() -> None:
    ws = _ws()
    text = "Sở Giáo dục và Đào tạo chủ trì tổ chức thực hiện kế hoạch này trên địa bàn thành phố"
    ws.unresolved.source_texts += [
        UnreadSource("p.yaml", (7, 11), "missing.txt", "missing", 8_388_608, "p", None),
        UnreadSource("p.yaml", (20, 17), "big.txt", "size", 1_000, "p", "I.2"),
        UnmatchedText("p.yaml", (12, 15), text, 23, ("s.txt",), "p", "I.1"),
    ]
    found = _run("S009", ws)
    assert [f.key for f in found] == ["S009.missing-source", "S009.source-size", "S009"]
    assert found[2].data == {"matched_chars": 23, "length": len(text), "source": ["s.txt"]}
    assert found[2].args == {"matched": "Sở Giáo dục và Đào tạo ", "rest": "chủ trì tổ chức thực hiện kế hoạch này t…"}


def test_c002_suggests_the_nearest_template_ids(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "t.yaml").write_text(
        "format: xhht/plan@1\nplan:\n  id: t\n  title: T\n  issuer: Thủ tướng Chính phủ\n  level: national\n"
        "sections:\n  - id: I\n    title: I\n    tasks:\n"
        "      - {id: II.1.a, text: Một, lead: [Bộ Giáo dục và Đào tạo]}\n"
        "      - {id: II.1.b, text: Hai, lead: [Bộ Giáo dục và Đào tạo]}\n",
        encoding="utf-8",
    )
    ws = build([tmp_path / "t.yaml"])
    assert list(recorded(ws, CTX)) == []
    ws.unresolved.dangling.append(Dangling("p.yaml", (15, 21), "II.1.e", "t", "task", "p", "I.1"))
    ws.unresolved.dangling_entries.append(DanglingEntry("r.yaml", (9, 13), "I.9", "p"))
    found = _run("C002", ws)
    assert [f.key for f in found] == ["C002.implements", "C002.report"]
    assert found[0].args["suggestion"] == "II.1.b, II.1.a"  # closest first, ties as difflib orders them
    assert found[0].data == {"id": "II.1.e", "template": "t", "kind": "task"}
    assert (found[1].plan, found[1].task) == ("p", "I.9")


def test_a_built_workspace_records_what_does_not_resolve(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "s.txt").write_text("Sở Giáo dục và Đào tạo tổ chức thực hiện.\n", encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        "format: xhht/plan@1\nplan:\n  id: p\n  title: P\n  issuer: Ủy ban nhân dân thành phố Hải Phòng\n"
        "  level: province\n  jurisdiction: Hải Phòng\n  implements: nowhere\n  source: s.txt\n"
        "sections:\n  - id: I\n    title: I\n    tasks:\n"
        "      - {id: I.1, text: Sở Giáo dục và Đào tạo tổ chức họp., lead: [Sở Không Có], deadline: ngày 31/2/2021}\n"
        "      - {id: I.1, text: Sở Giáo dục và Đào tạo tổ chức thực hiện., lead: [Sở Giáo dục và Đào tạo]}\n",
        encoding="utf-8",
    )
    u = build([tmp_path]).unresolved
    assert u
    assert [(d.kind, d.id, d.first_line) for d in u.duplicates] == [("task", "I.1", 14)]
    assert [(p.id, p.plan) for p in u.unknown_plans] == [("nowhere", "p")]
    assert [n.name for n in u.unknown_names if isinstance(n, UnknownName)] == ["Sở Không Có"]
    assert [b.error.reason for b in u.bad_deadlines] == ["day-invalid"]
    (miss,) = u.source_texts
    assert isinstance(miss, UnmatchedText) and miss.matched == len("Sở Giáo dục và Đào tạo tổ chức ")


def test_the_entry_rules_read_the_reports_of_the_built_workspace() -> None:
    cases = Path(__file__).parent / "cases"
    for code, case in (
        ("S010", "S010/fires/disagreeing-entries"),
        ("C005", "C005/fires/yearly-without-period"),
        ("C006", "C006/fires/after-report"),
    ):
        ws = build([cases / case])
        assert ws.reports and not ws.findings  # nothing found while building: the rules report it
        found = _run(code, ws)
        assert found and {f.code for f in found} == {code}, code
        assert all(f.file.endswith("report.yaml") for f in found)
        assert {f.code for f in recorded(ws, CTX)} >= {code}
    quiet = build([cases / "C005" / "quiet"])
    assert not _run("C005", quiet) and not _run("C006", quiet) and not _run("S010", quiet)
