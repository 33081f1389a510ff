"""`xhht extract`: the seed texts become plans that pass `xhht validate`, accuracy per field does not fall below
what bench/extract_accuracy.py measures, no file is overwritten without --force, and the parts (lists of bodies,
deadlines, the Vietnamese letter sequence, unwrapping, YAML quoting) do what they say."""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT
from extract_compare import compare  # bench/extract_compare.py
from typer.testing import CliRunner

from xhht_cli.cli import app
from xhht_cli.extract import Context, ExtractError, extract_plan, load_context, render
from xhht_cli.extract.bodies import Names, parse_assignment
from xhht_cli.extract.dates import find_deadline
from xhht_cli.extract.text import VI_LETTERS, next_letter
from xhht_cli.extract.writer import load_plan, scalar
from xhht_cli.loading import parse_text

SOURCES = ROOT / "plans" / "sources"
SEEDS = {
    "000": ("000_8254980917946ef6.txt", "haiphong.yaml"),
    "001": ("001_5f5b5efaf95090c0.txt", "national/qd-489-2020.yaml"),
    "002": ("002_fef5f5671f742a7e.txt", "binhduong.yaml"),
    "003": ("003_d896d3c782fc0ffe.txt", "haiphong-2023-draft.yaml"),
}
runner = CliRunner()


@pytest.fixture(scope="module")
def context() -> Context:
    return load_context()


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_accuracy", ROOT / "bench" / "extract_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_accuracy"] = module
    spec.loader.exec_module(module)
    return module


def _extract(source: Path, out: Path, *args: str) -> object:
    return runner.invoke(app, ["extract", str(source), "-o", str(out), "--lang", "en", *args])


# -- the seeds: extract, then validate --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_extracts_to_a_plan_that_validates(seed: str, tmp_path: Path) -> None:
    out = tmp_path / "plans" / f"{seed}.yaml"
    out.parent.mkdir()
    (tmp_path / "xhht.toml").write_text("", encoding="utf-8")  # the repository: sources are read only inside it
    document = tmp_path / "sources" / SEEDS[seed][0]
    document.parent.mkdir()
    document.write_bytes((SOURCES / SEEDS[seed][0]).read_bytes())
    r = _extract(document, out)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    assert "Tasks found" in r.stderr  # type: ignore[attr-defined]
    v = runner.invoke(app, ["validate", str(out), "--format", "json"])
    assert v.exit_code == 0, v.output
    assert json.loads(v.stdout)["findings"] == []
    plan = load_plan(out.read_text(encoding="utf-8"))
    assert plan.sections and sum(len(s.tasks) for s in plan.sections) >= 25
    assert (out.parent / plan.plan.source[0]).resolve() == document.resolve()


def test_seed_identities(context: Context) -> None:
    def plan(seed: str) -> dict[str, object]:
        text = (SOURCES / SEEDS[seed][0]).read_text(encoding="utf-8")
        p = load_plan(render(extract_plan(text, context), "en")).plan
        return {k: getattr(p, k) for k in ("id", "number", "issuer", "level", "jurisdiction", "status", "implements")}

    assert plan("000") == {"id": "haiphong-211-2020", "number": "211/KH-UBND",
                           "issuer": "Ủy ban nhân dân thành phố Hải Phòng", "level": "province",
                           "jurisdiction": "Hải Phòng", "status": "issued", "implements": "qd-489-2020"}  # fmt: skip
    national = {"id": "qd-489-2020", "number": "489/QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "level": "national",
                "jurisdiction": None, "status": "issued", "implements": None}  # fmt: skip
    assert plan("001") == national
    assert plan("002")["id"] == "binhduong-3853-2022" and plan("002")["implements"] == "qd-387-2022"
    # seed 003: a cover letter (with its own number line and an impossible date) before an unnumbered draft
    assert plan("003") == {"id": "haiphong-draft-2023", "number": None,
                           "issuer": "Ủy ban nhân dân thành phố Hải Phòng", "level": "province",
                           "jurisdiction": "Hải Phòng", "status": "draft", "implements": "qd-1315-2023"}  # fmt: skip


# -- accuracy floors (bench/extract_accuracy.py measures; these only keep the figures from falling) -------------

# (precision, recall) floors per seed and field, a little below what the bench measured when they were set.
# Lowered where the hand encodings were corrected against their documents and extract does not yet produce the
# corrected form: a sentence with two times is two tasks (211 II.6.c, 3853 II.5.1), 211's unnumbered closing
# paragraph is task III.3, "gắn với … hằng năm" is no deadline (211 III.1.3), "Phối hợp với Hội Khuyến học tỉnh …"
# is led by the Hội (3853 IV.2.2, IV.6.1, IV.8.2), 3853 II.4 and II.2.2 name cooperating bodies, and the draft's
# III.1.i is a task with eight participants as leads.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "000": {"task ids": (0.97, 0.92), "lead": (0.95, 0.9), "cooperating": (0.93, 0.88), "deadline": (0.7, 0.7),
            "implements": (0.95, 0.94)},
    "001": {"task ids": (0.97, 0.97), "lead": (0.95, 0.95), "cooperating": (0.93, 0.95), "deadline": (0.8, 0.95),
            "implements": (1.0, 1.0)},
    "002": {"task ids": (0.96, 0.93), "lead": (0.78, 0.83), "cooperating": (0.6, 0.4), "deadline": (0.85, 0.75),
            "implements": (0.8, 0.85)},
    "003": {"task ids": (0.97, 0.97), "lead": (0.95, 0.87), "cooperating": (0.85, 0.95), "deadline": (0.8, 0.95),
            "implements": (0.6, 0.85)},
}  # fmt: skip


def test_accuracy_does_not_fall(bench: ModuleType, context: Context) -> None:
    results = {r.seed: r for r in bench.run(context=context)}
    assert sorted(results) == sorted(SEEDS)
    for seed, floors in FLOORS.items():
        for field, (p, r) in floors.items():
            score = results[seed].scores[field]
            assert score.precision >= p and score.recall >= r, (seed, field, score)
    total = bench.totals(list(results.values()))
    # targets: task ids >= 98 %, leads >= 95 %, deadlines >= 95 %, implements of 211 against 489 >= 90 %; measured
    # against the corrected encodings (see FLOORS) task ids are 98.8 / 96.4 %, leads 95.8 / 91.5 %, deadlines 80.8 /
    # 84.0 %: these floors hold what extract reaches today
    assert total["task ids"].recall >= 0.96 and total["task ids"].precision >= 0.98
    assert total["lead"].recall >= 0.91 and total["lead"].precision >= 0.95
    assert total["deadline"].recall >= 0.8 and total["deadline"].precision >= 0.8
    assert results["000"].scores["implements"].recall >= 0.9


def test_held_out_accuracy_per_input_kind_does_not_fall(bench: ModuleType, context: Context) -> None:
    # the held-out plan of bench/documents.py as text, Word, PDF and a portal page (measured: 100 % everywhere)
    kinds = bench.held_out(context)
    assert sorted(kinds) == ["docx", "html", "pdf", "txt"]
    for kind, scores in kinds.items():
        for field, score in scores.items():
            assert score.precision >= 0.9 and score.recall >= 0.9, (kind, field, score)
    # identity from the real openings and press items (measured: number 100/85.7, issued 100/100, issuer 83.3/71.4,
    # implements 100/100)
    ident = bench.openings(context)
    assert ident["number"].precision >= 0.95 and ident["number"].recall >= 0.8
    assert ident["issued"].precision >= 0.95 and ident["issued"].recall >= 0.95
    assert ident["issuer"].precision >= 0.8 and ident["issuer"].recall >= 0.7
    assert ident["implements"].precision >= 0.95 and ident["implements"].recall >= 0.95


def test_compare_counts_facts(context: Context) -> None:
    truth = load_plan((ROOT / "plans" / "haiphong.yaml").read_text(encoding="utf-8"))
    same = compare(truth, truth, context.registry)
    assert all(s.precision == 1.0 and s.recall == 1.0 for s in same.values())
    assert same["task ids"].tp == sum(len(s.tasks) for s in truth.sections)


# -- writing: --force, atomic, stdout ------------------------------------------------------------------------------


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    r = _extract(SOURCES / SEEDS["000"][0], out)
    assert r.exit_code == 2 and "--force" in r.output  # type: ignore[attr-defined]
    assert out.read_text(encoding="utf-8") == "keep me\n"
    r = _extract(SOURCES / SEEDS["000"][0], out, "--force")
    assert r.exit_code == 0  # type: ignore[attr-defined]
    assert out.read_text(encoding="utf-8").startswith("# Extracted by `xhht extract`")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"]  # no temporary file left behind


def test_without_output_yaml_goes_to_stdout_and_the_summary_to_stderr(tmp_path: Path) -> None:
    r = runner.invoke(app, ["extract", str(SOURCES / SEEDS["000"][0]), "--lang", "vi"])
    assert r.exit_code == 0
    assert r.stdout.startswith("# Trích xuất bằng `xhht extract`") and "format: xhht/plan@1" in r.stdout
    assert "Nhiệm vụ tìm thấy" in r.stderr and "format:" not in r.stderr
    assert load_plan(r.stdout).plan.id == "haiphong-211-2020"


def test_options_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    r = _extract(SOURCES / SEEDS["000"][0], out, "--id", "hp-211", "--template", "qd-489-2020")
    assert r.exit_code == 0 and load_plan(out.read_text(encoding="utf-8")).plan.id == "hp-211"  # type: ignore[attr-defined]
    for args, words in (
        (["--id", "Bad Id"], "--id"),
        (["--template", "no-such-plan"], "--template"),
        (["--lang", "fr"], "--lang"),
    ):
        r = _extract(SOURCES / SEEDS["000"][0], tmp_path / "y.yaml", *args)
        assert r.exit_code == 2 and words in r.output and "Traceback" not in r.output, args  # type: ignore[attr-defined]
    bare = tmp_path / "bare.txt"
    bare.write_text("Một đoạn văn không có số hiệu, tên văn bản hay mục nào.\n", encoding="utf-8")
    r = runner.invoke(app, ["extract", str(bare), "--lang", "en"])
    assert r.exit_code == 2 and "no plan structure" in r.output and "Traceback" not in r.output
    assert runner.invoke(app, ["extract", str(tmp_path / "missing.txt")]).exit_code == 2


def test_template_from_a_file(tmp_path: Path) -> None:
    tpl = tmp_path / "tpl.yaml"
    tpl.write_text(
        (ROOT / "plans" / "national" / "qd-489-2020.yaml")
        .read_text(encoding="utf-8")
        .replace("id: qd-489-2020", "id: my-template")
        .replace("source: ../sources/", f"source: {SOURCES.as_posix()}/"),
        encoding="utf-8",
    )
    out = tmp_path / "x.yaml"
    assert _extract(SOURCES / SEEDS["000"][0], out, "--template", str(tpl)).exit_code == 0  # type: ignore[attr-defined]
    text = out.read_text(encoding="utf-8")
    assert "implements: my-template" in text and "- II.1.a  # score" in text


# -- lead and cooperating bodies ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def haiphong(context: Context) -> Names:
    return Names(context.registry, "Hải Phòng")


def _names(hits: list[object]) -> list[str]:
    return [h.written for h in hits]  # type: ignore[attr-defined]


def test_lead_and_cooperating_split_without_breaking_names(haiphong: Names) -> None:
    a = parse_assignment(
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ban Tuyên giáo Thành ủy, các sở, ban, ngành liên quan, Ủy ban "
        "nhân dân các quận, huyện, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố tổ chức tuyên truyền, phổ biến rộng "
        "rãi Kế hoạch.",
        haiphong,
    )
    assert _names(a.lead) == ["Sở Giáo dục và Đào tạo"]
    assert _names(a.cooperating) == [
        "Ban Tuyên giáo Thành ủy",
        "các sở, ban, ngành liên quan",
        "Ủy ban nhân dân các quận, huyện",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
    ]
    assert all(h.entity for h in [*a.lead, *a.cooperating])


@pytest.mark.parametrize(
    ("text", "lead", "cooperating"),
    [
        ("Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành, cơ quan liên quan tham mưu.",
         ["Sở Tài chính"], ["các sở, ngành, cơ quan liên quan"]),
        ("Đề nghị các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội tích cực tham gia.",
         ["các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội"], []),
        ("Đài Phát thanh và Truyền hình Hải Phòng, Báo Hải Phòng xây dựng các phóng sự.",
         ["Đài Phát thanh và Truyền hình Hải Phòng", "Báo Hải Phòng"], []),
        ("Ủy ban nhân dân các quận, huyện có trách nhiệm:", ["Ủy ban nhân dân các quận, huyện"], []),
        ("Hội Khuyến học Hải Phòng chủ trì, phối hợp với Sở Thông tin và Truyền thông và các cơ quan truyền thông, "
         "báo chí tổ chức tuyên truyền.",
         ["Hội Khuyến học Hải Phòng"], ["Sở Thông tin và Truyền thông", "các cơ quan truyền thông, báo chí"]),
        # old-style tone marks ("Uỷ") match; what is written is then the registry's spelling
        ("Uỷ ban nhân dân các quận, huyện thực hiện rà soát.", ["Uỷ ban nhân dân các quận, huyện"], []),
        # "tổ chức" (to organise) opening a sentence is a verb, not the group "tổ chức"
        ("Tổ chức kiểm tra, nắm tình hình.", [], []),
        ("Tăng cường phối hợp với các cơ quan tổ chức phi chính phủ, doanh nghiệp trong và ngoài nước.", [], []),
        ("Chỉ đạo Phòng GD&ĐT phối hợp với Hội Khuyến học kiểm tra.", [], []),
    ],
)  # fmt: skip
def test_lead_phrasings(haiphong: Names, text: str, lead: list[str], cooperating: list[str]) -> None:
    a = parse_assignment(text, haiphong)
    assert _names(a.lead) == lead and _names(a.cooperating) == cooperating


def test_old_tone_marks_write_the_registered_spelling(haiphong: Names) -> None:
    a = parse_assignment("Uỷ ban nhân dân các quận, huyện thực hiện rà soát.", haiphong)
    assert [h.label for h in a.lead] == ["Ủy ban nhân dân các quận, huyện"]


def test_lead_found_inside_the_sentence_with_scan(haiphong: Names) -> None:
    text = ("Trước ngày 05 tháng 12 hàng năm, các quận/huyện, Sở, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố "
            "và các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội, báo cáo tình hình.")  # fmt: skip
    assert parse_assignment(text, haiphong).lead == []
    assert _names(parse_assignment(text, haiphong, scan=True).lead) == [
        "các quận/huyện",
        "Sở, ngành",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
        "các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội",
    ]


def test_unregistered_bodies_are_written_as_they_stand_with_a_review_note(context: Context) -> None:
    text = textwrap.dedent("""\
        Số: 12/KH-UBND
        Hải Phòng, ngày 3 tháng 2 năm 2021
        KẾ HOẠCH
        Khuyến học năm 2021
        Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:
        I. NHIỆM VỤ
        1. Sở Du lịch chủ trì, phối hợp với Sở Tài chính bố trí vốn, hoàn thành trong quý II năm 2021.
        2. Sở Tài chính chủ trì, phối hợp với Sở Du lịch, Sở Nội vụ rà soát hằng năm.
        """)
    result = extract_plan(text, context)
    one, two = result.tasks
    # a dropped lead would be a false A001: the unknown name is the lead, as the document writes it
    assert one.lead == ["Sở Du lịch"] and one.cooperating == ["Sở Tài chính"]
    assert one.unresolved == ["Sở Du lịch"]
    assert two.lead == ["Sở Tài chính"] and two.cooperating == ["Sở Du lịch", "Sở Nội vụ"]
    assert two.unresolved == ["Sở Du lịch"] and two.deadline == "hằng năm"
    keys = {(r.where, r.key) for r in result.review}
    assert [t.id for t in result.tasks] == ["I.1", "I.2"]
    assert ("I.1", "unresolved") in keys and ("I.2", "unresolved") in keys and ("I.1", "no-lead") not in keys
    yaml_text = render(result, "en")
    assert yaml_text.count("# review: names not in the body registry, written as they stand") == 2
    plan = load_plan(yaml_text)
    assert list(plan.sections[0].tasks[0].lead) == ["Sở Du lịch"]


# -- deadlines ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("… nhằm nâng cao nhận thức của các cấp, các ngành và toàn xã hội, hoàn thành trong quý III năm 2020.",
         "trong quý III năm 2020"),
        ("Xây dựng và ban hành Kế hoạch thực hiện các nội dung được phân công tại Kế hoạch này trước ngày 10/9/2020, "
         "gắn với Kế hoạch thực hiện Quyết định số 628/QĐ-TTg ngày 11/05/2020 của Thủ tướng Chính phủ.",
         "trước ngày 10/9/2020"),
        ("Sơ kết, đánh giá gắn với việc đánh giá kết quả công tác hằng năm của cơ quan, đơn vị.", None),  # no time set
        ("Trước ngày 05 tháng 12 hàng năm, các quận/huyện báo cáo.", "Trước ngày 05 tháng 12 hàng năm"),
        ("tổng kết 5 năm thực hiện Đề án “Đẩy mạnh phong trào học tập suốt đời … đến năm 2020” trong năm 2020 theo Kế "
         "hoạch của Ban Chỉ đạo", "trong năm 2020"),
        ("Giai đoạn 2022 - 2025 vào quý II năm 2026. Tổng kết vào cuối năm 2030.", "vào quý II năm 2026"),
        ("định kỳ báo cáo Ủy ban nhân dân thành phố tình hình triển khai", "định kỳ"),
        # only cited documents' dates: no deadline
        ("Thực hiện Quyết định số 489/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ.", None),
        ("phù hợp với tiến độ tại Kế hoạch số 202/KH-UBND ngày 07/8/2020 của Ủy ban nhân dân thành phố.", None),
        ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015.", None),
        ("Căn cứ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư.", None),
        ("giáo dục thường xuyên cho mọi người", None),
    ],
)  # fmt: skip
def test_deadlines_ignore_cited_documents(text: str, deadline: str | None) -> None:
    assert find_deadline(text).text == deadline


def test_deadline_not_understood_is_reported_not_written() -> None:
    found = find_deadline("báo cáo trước ngày 15 tháng 7.")
    assert found.text is None and found.not_understood == ["trước ngày 15 tháng 7"]


# -- structure ------------------------------------------------------------------------------------------------------


VI_SEQUENCE = ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]


def test_vietnamese_letter_sequence() -> None:
    seq = VI_SEQUENCE
    assert VI_LETTERS.startswith("".join(seq))
    assert all(next_letter(x, y) for x, y in zip([None, *seq], seq, strict=False))
    assert next_letter("d", "đ") and next_letter("e", "g") and not next_letter("b", "d") and not next_letter(None, "b")


def test_lettered_items_in_vietnamese_order_get_their_own_ids(context: Context) -> None:
    items = "\n".join(f"{x}) Sở Tài chính chủ trì việc {i}." for i, x in enumerate(VI_SEQUENCE))
    text = f"KẾ HOẠCH\nThử\nỦy ban nhân dân thành phố ban hành Kế hoạch:\nI. NHIỆM VỤ\n1. Tài chính\n{items}\n"
    ids = [t.id for t in extract_plan(text, context).tasks]
    assert ids == [f"I.1.{x}" for x in VI_SEQUENCE]


def test_bullets_inherit_the_header_lead_and_add_their_own_cooperating(context: Context) -> None:
    text = textwrap.dedent("""\
        Hải Phòng, ngày 1 tháng 1 năm 2021
        KẾ HOẠCH
        Thử
        I. NHIỆM VỤ
        1. Hợp tác quốc tế:
        Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Ngoại vụ tham mưu Ủy ban nhân dân thành phố:
        - Đẩy mạnh liên kết đào tạo.
        – Chủ động phối hợp với Ủy ban nhân dân các quận, huyện tham mưu trong năm 2021.
        + Một việc nhỏ hơn.
        II. TỔ CHỨC THỰC HIỆN
        1. Sở Tài chính
        Bố trí kinh phí hằng năm.
        """)
    result = extract_plan(text, context)
    tasks = {t.id: t for t in result.tasks}
    assert list(tasks) == ["I.1.1", "I.1.2.1", "II.1"]
    assert tasks["I.1.1"].lead == ["Sở Giáo dục và Đào tạo"] and tasks["I.1.1"].cooperating == ["Sở Ngoại vụ"]
    assert tasks["II.1"].lead == ["Sở Tài chính"] and tasks["II.1"].text == "Bố trí kinh phí hằng năm."
    assert [s.id for s in result.sections] == ["I.1", "II"]


def _wrap(text: str, width: int) -> str:
    lines = [ln for para in text.split("\n") for ln in textwrap.wrap(para, width, break_on_hyphens=False)]
    return "\n".join(lines)


@pytest.mark.parametrize("width", [60, 80])
def test_hard_wrapped_and_portal_text_gives_the_same_tasks(context: Context, tmp_path: Path, width: int) -> None:
    source = (SOURCES / SEEDS["000"][0]).read_text(encoding="utf-8")
    portal = "Trang chủ | Văn bản | Liên hệ\nCổng thông tin điện tử\n" + _wrap(source, width) + "\nTin khác\nBản quyền"
    doc = tmp_path / "wrapped.txt"
    doc.write_text(portal, encoding="utf-8")
    out = tmp_path / "wrapped.yaml"
    assert _extract(doc, out).exit_code == 0  # type: ignore[attr-defined]
    plain = extract_plan(source, context)
    wrapped = load_plan(out.read_text(encoding="utf-8"))
    assert [t.id for s in wrapped.sections for t in s.tasks] == [t.id for t in plain.tasks]
    assert wrapped.plan.number == "211/KH-UBND" and wrapped.plan.issued is not None
    v = runner.invoke(app, ["validate", str(out), "--format", "json"])
    assert v.exit_code == 0 and json.loads(v.stdout)["findings"] == []


def test_no_structure_is_an_error(context: Context) -> None:
    with pytest.raises(ExtractError):
        extract_plan("Tin tức\n– một dòng\n– một dòng khác\n", context)


# -- YAML -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["Sở Nội vụ (Ban Thi đua - Khen thưởng thành phố)", "Ghi chú: có dấu hai chấm", "- bắt đầu bằng gạch",
     "#1", "true", "2020", "“Trích dẫn”", 'có "ngoặc kép" và \\ gạch chéo', "kết thúc:", "a #b", "[x]", "null"],
)  # fmt: skip
def test_scalars_read_back_unchanged(value: str) -> None:
    data, findings, fatal = parse_text(f"k: {scalar(value)}\n", "t.yaml")
    assert not fatal and not findings and data["k"] == value


def test_implements_scores_are_comments(context: Context) -> None:
    text = render(extract_plan((SOURCES / SEEDS["000"][0]).read_text(encoding="utf-8"), context), "en")
    assert "implements:\n          - II.1.a  # score 0." in text
    assert "          # - " in text  # the runner-up, commented out for the reviewer
