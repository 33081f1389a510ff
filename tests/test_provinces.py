"""Any province's plan, written with the standard names of its bodies, checks cleanly: the generated registry
(plans/kinds/provinces.yaml), successors in the province's own bodies, applicability that is the same for every
province, and suggestions for names that are not known. None of the provinces below is a seed province.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, ROOT, invoke_json

from xhht_cli.provinces import MERGER_END, load
from xhht_cli.registry import Registry
from xhht_cli.workspace import build

STANDARD_NAMES = [  # the names an analyst writes, as in the plan that found the gap
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở GD&ĐT",
    "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Hội Liên hiệp Phụ nữ {t}",
    "Liên đoàn Lao động {t}",
    "Đài Phát thanh - Truyền hình {t}",
    "Ủy ban Mặt trận Tổ quốc Việt Nam {t}",
    "Hội Khuyến học {t}",
    "Hội Nông dân {t}",
    "Hội Cựu chiến binh {t}",
    "Sở Tư pháp",
    "Thanh tra {t}",
    "Văn phòng UBND {t}",
]
"""`{t}`: "tỉnh" or "thành phố", as the plan's unit is."""


def _names(names: list[str], jurisdiction: str) -> list[str]:
    city = jurisdiction in ("Hà Nội", "Hải Phòng", "Cần Thơ", "Đà Nẵng", "Huế", "Thành phố Hồ Chí Minh")
    return [n.format(t="thành phố" if city else "tỉnh") for n in names]


BEFORE_2025 = [
    "Sở Thông tin và Truyền thông",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở LĐ-TB&XH",
    "Sở Kế hoạch và Đầu tư",
    "Sở KH&ĐT",
    "Sở TT&TT",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Tài nguyên và Môi trường",
    "Sở Giao thông vận tải",
]
AFTER_2025 = ["Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Y tế", "Sở Công Thương"]


def _plan(
    folder: Path,
    pid: str,
    jurisdiction: str,
    issuer: str,
    issued: str,
    tasks: list[tuple[str, list[str], list[str], str]],
    *,
    level: str = "province",
) -> Path:
    """A plan implementing 489 whose tasks are (text, lead, cooperating, template task); names quoted, one a line."""
    lines = [
        "format: xhht/plan@1",
        "plan:",
        f"  id: {pid}",
        "  title: Kế hoạch thực hiện Quyết định số 489/QĐ-TTg",
        f'  issuer: "{issuer}"',
        f"  level: {level}",
        f'  jurisdiction: "{jurisdiction}"',
        f"  issued: {issued}",
        "  implements: qd-489-2020",
        "sections:",
        "  - id: II",
        "    title: Nhiệm vụ",
        "    tasks:",
    ]
    for i, (text, lead, coop, ref) in enumerate(tasks, 1):
        lines += [f"      - id: II.{i}", f'        text: "{text}"', "        lead:"]
        lines += [f'          - "{n}"' for n in lead]
        if coop:
            lines += ["        cooperating:"] + [f'          - "{n}"' for n in coop]
        lines += ["        deadline: hằng năm", f"        implements: [{ref}]"]
    path = folder / f"{pid}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check(path: Path) -> dict[str, Any]:
    doc, _, _ = invoke_json("check", str(path), "--as-of", AS_OF)
    return doc


def _codes(doc: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["code"] == code]


def _successors(doc: dict[str, Any], name: str) -> list[str]:
    found = [f for f in _codes(doc, "A003") if f"«{name}»" in f["message"]]
    assert found, (name, [f["message"] for f in _codes(doc, "A003")])
    return [s["name"] for s in found[0]["data"]["successors"]]


# (jurisdiction, issuer, issued, the unit that holds its bodies today: its place in names, its id)
PROVINCES = [
    ("Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "2020-09-15", "tỉnh Quảng Trị/quangtri"),  # absorbed Quảng Bình
    ("Quảng Bình", "UBND tỉnh Quảng Bình", "2020-10-01", "tỉnh Quảng Trị/quangtri"),  # merged into a province
    ("Hải Dương", "Ủy ban nhân dân tỉnh Hải Dương", "2020-09-01", "thành phố Hải Phòng/haiphong"),  # into a city
    ("Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", "2020-08-30", "thành phố Hà Nội/hanoi"),  # city, unchanged
    ("Cao Bằng", "Ủy ban nhân dân tỉnh Cao Bằng", "2021-01-10", "tỉnh Cao Bằng/caobang"),  # province, unchanged
    ("Thừa Thiên Huế", "UBND tỉnh Thừa Thiên Huế", "2020-09-20", "thành phố Huế/hue"),  # its name before 2025
    ("Bà Rịa - Vũng Tàu", "UBND tỉnh Bà Rịa - Vũng Tàu", "2020-11-02", "Thành phố Hồ Chí Minh/hochiminh"),
]


@pytest.mark.parametrize(("jurisdiction", "issuer", "issued", "now"), PROVINCES)
def test_a_plan_of_2020_with_standard_names_resolves_and_names_its_own_successors(
    tmp_path: Path, jurisdiction: str, issuer: str, issued: str, now: str
) -> None:
    now, unit = now.split("/")
    names = _names(STANDARD_NAMES, "Huế" if "Huế" in jurisdiction else jurisdiction) + BEFORE_2025
    tasks = [
        (f"Nhiệm vụ {i}", [name], ["Sở Thông tin và Truyền thông"] if i == 1 else [], "II.1.b")
        for i, name in enumerate(names, 1)
    ]
    tasks.append(("Huyện thực hiện", ["Ủy ban nhân dân các huyện, thị xã, thành phố"], [], "II.1.a"))
    doc = _check(_plan(tmp_path, "p", jurisdiction, issuer, issued, tasks))
    assert _codes(doc, "S006") == []
    # II.1.b is led by Bộ Giáo dục và Đào tạo: the province's Sở GD&ĐT is its counterpart, not a group of all provinces
    a002 = {f["task"] for f in _codes(doc, "A002")}
    assert "II.3" not in a002 and "II.4" not in a002 and "II.1" in a002
    assert _successors(doc, "Sở Thông tin và Truyền thông")[0] == f"Sở Khoa học và Công nghệ {now}"
    assert _successors(doc, "Sở Lao động - Thương binh và Xã hội") == [
        f"Sở Nội vụ {now}",
        f"Sở Giáo dục và Đào tạo {now}",
        f"Sở Y tế {now}",
    ]
    ubnd, communes = _successors(doc, "Ủy ban nhân dân các huyện, thị xã, thành phố")
    assert ubnd == f"Ủy ban nhân dân {now}"
    assert communes.startswith("Ủy ban nhân dân") and "xã" in communes and communes.endswith(now)
    for f in _codes(doc, "A003"):  # never the generic provincial group, always bodies of today's unit
        assert f["data"]["successors"], f["message"]
        assert all(s["id"].startswith(f"{unit}/") for s in f["data"]["successors"]), f["message"]


@pytest.mark.parametrize(("jurisdiction", "issuer"), [("Cần Thơ", "UBND thành phố Cần Thơ"), ("Lâm Đồng", "UBND tỉnh")])
def test_a_plan_of_2025_with_the_new_departments_is_clean(tmp_path: Path, jurisdiction: str, issuer: str) -> None:
    tasks = [
        (f"Nhiệm vụ {i}", [n], [], "II.1.a") for i, n in enumerate(_names(STANDARD_NAMES, jurisdiction) + AFTER_2025, 1)
    ]
    tasks.append(("Xã thực hiện", ["Ủy ban nhân dân cấp xã"], ["Sở NN&MT"], "II.1.a"))
    doc = _check(_plan(tmp_path, "p25", jurisdiction, issuer, "2025-08-01", tasks))
    assert _codes(doc, "S006") == [] and _codes(doc, "A003") == []


def test_successor_chains_end_at_the_body_of_the_as_of_date(tmp_path: Path) -> None:
    path = _plan(tmp_path, "hd", "Hải Dương", "UBND tỉnh Hải Dương", "2020-09-01", [("x", ["Sở TTTT"], [], "II.1.a")])
    before = invoke_json("check", str(path), "--as-of", "2025-05-01")[0]
    assert _successors(before, "Sở TTTT")[0] == "Sở Khoa học và Công nghệ tỉnh Hải Dương"
    after = _check(path)
    assert _successors(after, "Sở TTTT")[0] == "Sở Khoa học và Công nghệ thành phố Hải Phòng"
    # every body of Hải Dương ends with the province
    issuer = [f for f in _codes(after, "A003") if f["data"]["role"] == "issuer"]
    assert [s["name"] for s in issuer[0]["data"]["successors"]] == ["Ủy ban nhân dân thành phố Hải Phòng"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Đẩy mạnh đào tạo nghề cho lao động nông thôn", "Sở Giáo dục và Đào tạo"),
        ("Khuyến khích học tập trong các gia đình", "Sở Nội vụ"),
    ],
)
def test_a_split_body_names_first_the_successor_of_the_tasks_subject(tmp_path: Path, text: str, first: str) -> None:
    doc = _check(_plan(tmp_path, "qt", "Quảng Trị", "UBND tỉnh", "2020-09-15", [(text, ["Sở LĐTBXH"], [], "II.1.a")]))
    assert _successors(doc, "Sở LĐTBXH")[0] == f"{first} tỉnh Quảng Trị"


def test_press_work_goes_first_to_the_culture_department(tmp_path: Path) -> None:
    text = "Chỉ đạo các cơ quan báo chí, phát thanh, truyền hình tuyên truyền"
    doc = _check(_plan(tmp_path, "cb", "Cao Bằng", "UBND tỉnh", "2020-09-15", [(text, ["Sở TT&TT"], [], "II.2.a")]))
    assert _successors(doc, "Sở TT&TT") == [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
        "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
    ]


def test_coverage_of_489_has_the_same_applicable_tasks_for_every_province(tmp_path: Path) -> None:
    counts = {}
    for jur, issuer, issued, _ in [*PROVINCES, ("Hải Phòng", "UBND thành phố Hải Phòng", "2020-08-20", "/")]:
        path = _plan(tmp_path, f"c{len(counts)}", jur, issuer, issued, [("x", ["Sở GD&ĐT"], [], "II.1.a")])
        (cov,) = _check(path)["coverage"]
        counts[jur] = cov["template_tasks"]
    assert set(counts.values()) == {39}, counts  # 39: as many as Hải Phòng's own plan covers


def test_a_name_cut_at_its_commas_is_one_finding_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text(
        "format: xhht/plan@1\nplan:\n  id: flow\n  title: K\n  issuer: UBND tỉnh\n  level: province\n"
        "  jurisdiction: Quảng Trị\n  issued: 2020-09-01\nsections:\n  - id: II\n    title: N\n    tasks:\n"
        "      - id: II.1\n        text: t\n        lead: [Sở Nội vụ, Ủy ban nhân dân các huyện, thị xã, thành phố]\n",
        encoding="utf-8",
    )
    doc, _, _ = invoke_json("validate", str(path))
    (only,) = _codes(doc, "S006")
    assert only["data"]["pieces"] == ["Ủy ban nhân dân các huyện", "thị xã", "thành phố"]
    assert (
        '"Ủy ban nhân dân các huyện, thị xã, thành phố"' in only["message"] and "one item per line" in only["message"]
    )
    vi, _, _ = invoke_json("validate", str(path), lang="vi")
    assert "mỗi mục một dòng" in _codes(vi, "S006")[0]["message"]


def test_suggestions_prefer_the_plans_own_level_and_jurisdiction(tmp_path: Path) -> None:
    path = _plan(tmp_path, "sg", "Quảng Trị", "UBND tỉnh", "2020-09-15", [("x", ["So Noi vu"], [], "II.1.a")])
    doc, _, _ = invoke_json("validate", str(path))
    (f,) = _codes(doc, "S006")
    assert f["data"]["suggestions"][0] == "Sở Nội vụ" and "Bộ Nội vụ" in f["data"]["suggestions"]


def test_a_user_registry_completes_or_overrides_generated_bodies(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text(
        "format: xhht/registry@1\nbodies:\n"
        "  - id: quangtri/so-gddt\n    name: Sở Giáo dục và Đào tạo tỉnh Quảng Trị\n    aliases: [SGDĐT QT]\n"
        "    level: province\n    jurisdiction: Quảng Trị\n    counterpart_of: Bộ Giáo dục và Đào tạo\n"
        "  - id: qt-trung-tam\n    name: Trung tâm Giáo dục thường xuyên tỉnh\n    level: agency\n"
        "    jurisdiction: Quảng Trị\n    succeeded_by: [Sở GD&ĐT]\n",
        encoding="utf-8",
    )
    _plan(tmp_path, "u", "Quảng Trị", "UBND tỉnh", "2020-09-15", [("x", ["SGDĐT QT"], ["Sở GDĐT"], "II.1.a")])
    doc, _, _ = invoke_json("check", str(tmp_path), "--as-of", AS_OF)
    assert _codes(doc, "S006") == []
    assert [f["task"] for f in _codes(doc, "A004")] == ["II.1"]  # both names are the same, completed, body


# -- the generated registry as data --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def registry() -> Registry:
    return build([ROOT / "plans" / "registry.yaml"]).registry


def test_every_unit_gets_every_kind_and_every_reference_resolves(registry: Registry) -> None:
    kinds = load(ROOT / "plans" / "kinds" / "provinces.yaml")
    assert len(kinds.units) == 63 and sum(u.merged_into is None for u in kinds.units.values()) == 34
    entities = registry.entities
    for unit in kinds.units.values():
        for kind in kinds.kinds:
            e = entities[f"{unit.slug}/{kind.id}"]
            assert e.jurisdiction == unit.jurisdiction
            if kind.counterpart_of:
                assert e.counterpart_of == kind.counterpart_of, e.id
            if unit.merged_into is not None:
                assert e.until is not None and e.until <= MERGER_END, e.id
            for s in e.successors:
                assert s.id in entities, (e.id, s.id)
    assert not registry.problems


def test_every_successor_chain_ends_at_a_body_that_exists_today(registry: Registry) -> None:
    today = date(2026, 11, 22)
    for e in list(registry.entities.values()):
        if e.jurisdiction and e.ended_by(today):
            chain = registry.current_successors(e.id, today)
            assert chain, e.id
            assert all(registry.get(s.id).exists_on(today) for s in chain), e.id


def test_units_answer_to_their_other_names(registry: Registry) -> None:
    assert registry.resolve("Sở GD&ĐT", "TP.HCM") == "hochiminh/so-gddt"
    assert registry.resolve("Sở GD&ĐT", "Thừa Thiên Huế") == "hue/so-gddt"
    assert registry.resolve("Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "Quảng Trị") == "quangtri/so-gddt"
    assert registry.resolve("Tỉnh đoàn", "Quảng Trị") == "quangtri/doan-tn"
    assert registry.resolve("Thành đoàn", "Cần Thơ") == "cantho/doan-tn"
    # a name that is every level's stays the shipped group's ("Ủy ban nhân dân" alone, "Hội Khuyến học" alone)
    assert registry.resolve("Hội Khuyến học", "Quảng Trị") == "hoi-khuyen-hoc-cac-cap"
    assert registry.resolve("Hội Khuyến học tỉnh", "Quảng Trị") == "quangtri/hoi-khuyen-hoc"


def test_a_plans_suggestions_do_not_depend_on_the_other_provinces_of_the_run() -> None:
    """A province's bodies are made when a plan of it is read, so which provinces a run has made depends on the
    run (and on how it is split over processes); suggestions come from the index of the plan's own province and of
    the names usable everywhere, so they are the same whatever else was made."""
    names = ["các sở, nghành", "So Noi vu", "Phong Giao duc va Dao tao", "Hội Khuyến hoc tinh", "UBND cac xa"]
    fresh = build([ROOT / "plans" / "registry.yaml"]).registry
    alone = {(n, j): fresh.suggest(n, j, level="province") for n in names for j in ("Bắc Ninh", "Quảng Trị")}
    everything = build([ROOT / "plans" / "registry.yaml"]).registry
    assert len(everything.entities) > 3_000  # every unit's bodies made (and indexed, once asked)
    everything.suggest("x", "Hà Nội")
    got = {(n, j): everything.suggest(n, j, level="province") for n in names for j in ("Bắc Ninh", "Quảng Trị")}
    assert got == alone
    assert "Sở Nội vụ" in alone[("So Noi vu", "Bắc Ninh")]
