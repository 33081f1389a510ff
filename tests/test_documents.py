"""`xhht extract` on Word, PDF and web pages: the same plan as from the text of the same document (a task table
included), partial texts, bad files (never a traceback), encodings, the `documents` extra, batches."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import unicodedata
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from xhht_cli.cli import app
from xhht_cli.extract.blocks import DocumentError
from xhht_cli.extract.documents import decode_text, read_document, sniff
from xhht_cli.extract.draft import extract_file
from xhht_cli.extract.writer import load_plan

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "plans" / "sources"
runner = CliRunner()


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


DOCS = _module("documents")


def _extract(path: Path, out: Path, *args: str) -> object:
    return runner.invoke(app, ["extract", str(path), "-o", str(out), "--lang", "en", *args])


def _facts(yaml_path: Path) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None]]:
    plan = load_plan(yaml_path.read_text(encoding="utf-8"))
    return [(t.id, " ".join(t.text.split()), tuple(t.lead), tuple(t.cooperating), t.deadline)
            for s in plan.sections for t in s.tasks]  # fmt: skip


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("txt")
    out = folder / "plan.yaml"
    assert _extract(DOCS.write("txt", folder / "plan.txt"), out).exit_code == 0  # type: ignore[attr-defined]
    return out


@pytest.mark.parametrize("kind", ["docx", "pdf", "html"])
def test_word_pdf_and_portal_page_give_the_plan_of_the_same_text(kind: str, reference: Path, tmp_path: Path) -> None:
    if kind == "pdf" and DOCS.font() is None:
        pytest.fail("DejaVuSans.ttf is missing: install fonts-dejavu-core (.ci/run does)")
    document = DOCS.write(kind, tmp_path / DOCS.KINDS[kind])
    out = tmp_path / "plan.yaml"
    r = _extract(document, out)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    facts = _facts(out)
    assert facts == _facts(reference)
    assert len(facts) == 10 and [f[0] for f in facts[:6]] == [f"II.{n}" for n in range(1, 7)]  # the task table
    # the text read is saved beside the plan and is the plan's source: every task's text is verified in it
    saved = out.with_suffix(".txt")
    assert load_plan(out.read_text(encoding="utf-8")).plan.source == ["plan.txt"] and saved.is_file()
    check = runner.invoke(app, ["check", str(out), "--select", "S009", "--lang", "en"])
    assert check.exit_code == 0, check.output
    text = saved.read_text(encoding="utf-8")
    assert "Trang 1/" not in text and "UBND TỈNH NGHỆ AN – Kế hoạch" not in text  # running header and footer
    assert "Thủ tục hành chính" not in text and "Tin khác" not in text and "Bản quyền" not in text  # portal


def test_task_table_rows_are_tasks_with_their_bodies_and_deadlines(reference: Path) -> None:
    facts = {f[0]: f for f in _facts(reference)}
    for tid, (lead, coop, deadline) in DOCS.TRUTH.items():
        assert facts[tid][2:] == (tuple(lead), tuple(coop), deadline), tid


def test_two_columns_are_read_column_by_column(tmp_path: Path) -> None:
    from fpdf import FPDF

    font = DOCS.font()
    assert font is not None, "DejaVuSans.ttf is missing: install fonts-dejavu-core"
    pdf = FPDF()
    pdf.add_font("dv", fname=str(font))
    pdf.add_page()
    pdf.set_font("dv", size=10)
    left = " ".join(f"trái{i} câu thứ {i} của cột bên trái." for i in range(40))
    right = " ".join(f"phải{i} câu thứ {i} của cột bên phải." for i in range(40))
    with pdf.text_columns(ncols=2, gutter=12) as cols:
        cols.write(left)
        cols.new_column()
        cols.write(right)
    pdf.output(str(tmp_path / "cols.pdf"))
    text, kind = read_document(tmp_path / "cols.pdf")
    words = text.split()
    assert kind == "pdf"
    assert words.index("trái39") < words.index("phải0")
    assert [w for w in words if re.fullmatch(r"trái\d+", w)] == [f"trái{i}" for i in range(40)]
    assert [w for w in words if re.fullmatch(r"phải\d+", w)] == [f"phải{i}" for i in range(40)]


# -- partial texts --------------------------------------------------------------------------------------------------


def test_header_only_text_is_a_valid_partial_plan(tmp_path: Path) -> None:
    source = (SEEDS / "000_8254980917946ef6.txt").read_text(encoding="utf-8")
    head = tmp_path / "head.txt"
    head.write_text(source[: source.index("\nI. ")], encoding="utf-8")
    out = tmp_path / "head.yaml"
    r = _extract(head, out)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    plan = load_plan(out.read_text(encoding="utf-8"))
    assert (plan.plan.number, str(plan.plan.issued), plan.plan.jurisdiction) == (
        "211/KH-UBND",
        "2020-08-20",
        "Hải Phòng",
    )
    assert plan.plan.issuer == "Ủy ban nhân dân thành phố Hải Phòng" and plan.plan.implements == "qd-489-2020"
    assert plan.plan.completeness == "partial" and plan.sections == []
    assert "only the opening" in r.output  # type: ignore[attr-defined]
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_press_article_is_a_partial_plan_naming_the_document(tmp_path: Path) -> None:
    out = tmp_path / "news.yaml"
    (tmp_path / "xhht.toml").write_text("", encoding="utf-8")  # the repository: sources are read only inside it
    document = tmp_path / "004_bb6f15c206a6e6bb.txt"
    document.write_bytes((SEEDS / document.name).read_bytes())
    r = _extract(document, out)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    plan = load_plan(out.read_text(encoding="utf-8"))
    assert (plan.plan.number, str(plan.plan.issued)) == ("211/KH-UBND", "2020-08-20")
    assert plan.plan.issuer == "Ủy ban nhân dân thành phố Hải Phòng" and plan.plan.implements == "qd-489-2020"
    assert plan.plan.completeness == "partial"
    assert len([t for s in plan.sections for t in s.tasks]) == 6  # the six it lists (it says seven)
    assert "press article about 211/KH-UBND" in out.read_text(encoding="utf-8")
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


# -- bad files --------------------------------------------------------------------------------------------------------


def _encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu", user_password="khach")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Secret plan")
    pdf.output(str(path))


def _image_pdf(path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (60, 30), "white"), x=10, y=10, w=60)
    pdf.output(str(path))


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, words the message must hold)."""
    DOCS.write("docx", folder / "good.docx")
    raw = (folder / "good.docx").read_bytes()
    files: dict[str, tuple[bytes, str]] = {
        "truncated.docx": (raw[: len(raw) // 2], "damaged Word"),
        "garbage-inside.docx": (b"PK\x03\x04" + bytes(range(256)) * 8, "damaged Word"),
        "binary.bin": (bytes(range(256)) * 64, "binary data"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"  \n\n\t ", "empty"),
        "truncated.pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "damaged PDF"),
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Word file"),
        "tcvn3.txt": ("Kõ ho¹ch c¸c nhiÖm vô vµ gi¶i ph¸p cña tØnh n¨m 2021 ngµy".encode("latin-1"), "TCVN3"),
        "latin1.txt": (b"caf\xe9 na\xefve \x81\x8d " * 20, "unknown encoding"),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "not a document")
    files["other.zip.docx"] = (buf.getvalue(), "Word")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z, z.open("word/document.xml", "w") as f:
        for _ in range(260):  # 260 MiB of zeros in about 250 kB
            f.write(bytes(1 << 20))
    files["bomb.docx"] = (bomb.getvalue(), "larger than 256 MiB")
    out = {}
    for name, (data, words) in files.items():
        (folder / name).write_bytes(data)
        out[name] = (folder / name, words)
    _encrypted_pdf(folder / "locked.pdf")
    out["locked.pdf"] = (folder / "locked.pdf", "password")
    _image_pdf(folder / "scan.pdf")
    out["scan.pdf"] = (folder / "scan.pdf", "no text layer")
    return out


def test_no_bad_file_gives_a_traceback(tmp_path: Path) -> None:
    for name, (path, words) in _bad_files(tmp_path).items():
        for lang in ("en", "vi"):
            r = runner.invoke(app, ["extract", str(path), "--lang", lang])
            assert r.exit_code == 2, (name, r.output)
            assert "Traceback" not in r.output and "internal error" not in r.output.lower(), (name, r.output)
            assert str(path.name) in r.output, (name, r.output)
            if lang == "en":
                assert words in r.output, (name, r.output)


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: letters with circumflex, breve or horn precomposed, tones combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


def test_encodings(tmp_path: Path) -> None:
    text = "Kế hoạch thực hiện các nhiệm vụ của tỉnh và các cơ quan trong năm 2021, ngày 10 tháng 9.\n" * 3
    assert decode_text(text.encode("utf-16")) == text
    assert decode_text(text.encode("utf-16-le")) == text  # no byte-order mark
    assert decode_text(text.encode("utf-8-sig")) == text
    assert decode_text(_cp1258(text)) == text  # Windows-1258 writes tones as combining marks
    with pytest.raises(DocumentError) as err:
        decode_text("Kõ ho¹ch c¸c nhiÖm vô vµ gi¶i ph¸p cña tØnh".encode("latin-1"))
    assert err.value.key == "doc.tcvn3"


def test_kind_is_told_by_content_not_by_name(tmp_path: Path) -> None:
    DOCS.write("docx", tmp_path / "plan.docx")
    disguised = tmp_path / "plan.txt"
    disguised.write_bytes((tmp_path / "plan.docx").read_bytes())
    assert read_document(disguised)[1] == "docx"
    DOCS.write("html", tmp_path / "page.txt")
    assert read_document(tmp_path / "page.txt")[1] == "html"
    assert sniff(b"%PDF-1.4 ...") == "pdf" and sniff("Kế hoạch".encode()) == "text"


def test_missing_extra_gives_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    DOCS.write("docx", tmp_path / "plan.docx")
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    r = runner.invoke(app, ["extract", str(tmp_path / "plan.docx"), "--lang", "en"])
    assert r.exit_code == 2 and "pip install 'xhht[documents]'" in r.output and "Traceback" not in r.output


# -- registry and batch -----------------------------------------------------------------------------------------------


def test_registry_file_adds_to_the_shipped_registry(tmp_path: Path) -> None:
    DOCS.write("txt", tmp_path / "plan.txt")
    extra = tmp_path / "nghean.yaml"
    extra.write_text(
        "format: xhht/registry@1\nbodies:\n  - id: nghean/so-tc\n    name: Sở Tài chính tỉnh Nghệ An\n"
        "    aliases: [Sở Tài chính]\n    level: province\n    jurisdiction: Nghệ An\n",
        encoding="utf-8",
    )
    r = _extract(tmp_path / "plan.txt", tmp_path / "a.yaml", "--registry", str(extra))
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    text = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    assert "not in the body registry, written as they stand (add them to a registry file given with --registry, or" \
        " correct them): Sở Tài chính" not in text  # fmt: skip
    plan = load_plan(text)
    iii1 = next(t for s in plan.sections for t in s.tasks if t.id == "III.1")
    assert list(iii1.cooperating) == ["Sở Tài chính"]
    assert plan.plan.issuer == "Ủy ban nhân dân tỉnh Nghệ An"  # a shipped body still resolves


def test_batch_extracts_a_folder_with_one_summary_table(tmp_path: Path) -> None:
    docs = tmp_path / "in"
    docs.mkdir()
    DOCS.write("txt", docs / "a.txt")
    DOCS.write("docx", docs / "b.docx")
    (docs / "c.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "d.txt").write_text((SEEDS / "004_bb6f15c206a6e6bb.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    r = runner.invoke(app, ["extract", str(docs), "-o", str(out), "--lang", "en"])
    assert r.exit_code == 1, r.output  # one document could not be read
    assert sorted(p.name for p in out.iterdir()) == ["a.yaml", "b.txt", "b.yaml", "d.yaml"]
    lines = {ln.split("│")[1].strip(): ln for ln in r.output.splitlines() if ln.count("│") >= 6}
    assert "not a text document" in lines["c.txt"]
    single = extract_file(docs / "a.txt", output=out / "a.yaml").result
    unsure = sum(1 for x in single.review if x.key in ("low-score", "close-call"))
    unknown = sum(len(t.unresolved) for t in single.tasks)
    assert unsure > 0 and unknown > 0
    assert [c.strip() for c in lines["a.txt"].split("│")[2:6]] == ["10", str(unknown), str(unsure), "no"]
    assert [c.strip() for c in lines["d.txt"].split("│")[5:6]] == ["yes"]
    again = runner.invoke(app, ["extract", str(docs), "-o", str(out), "--lang", "en"])
    assert again.exit_code == 1 and "exists" in again.output  # never overwritten without --force
    assert runner.invoke(app, ["extract", str(docs), "--lang", "en"]).exit_code == 2  # -o is required


# -- noise ------------------------------------------------------------------------------------------------------------


def _seed_002() -> str:
    return (SEEDS / "002_fef5f5671f742a7e.txt").read_text(encoding="utf-8")


def test_lookalike_letters_are_read_as_meant_and_texts_kept_as_written(tmp_path: Path) -> None:
    clean_out, noisy_out = tmp_path / "clean.yaml", tmp_path / "noisy.yaml"
    noisy = tmp_path / "noisy.txt"
    # "Ð" (U+00D0) for "Đ", and a Cyrillic "у" (U+0443) and "о" (U+043E) inside Vietnamese words
    noisy.write_text(_seed_002().replace("Đào tạo", "\u00d0ào tạo").replace("Khuyến", "Khu\u0443ến")
                     .replace("Sở Nội vụ", "Sở N\u043eội vụ"), encoding="utf-8")  # fmt: skip
    assert _extract(SEEDS / "002_fef5f5671f742a7e.txt", clean_out).exit_code == 0  # type: ignore[attr-defined]
    r = _extract(noisy, noisy_out)
    assert r.exit_code == 0 and "look-alike letters" in r.output  # type: ignore[attr-defined]
    clean_facts, noisy_facts = _facts(clean_out), _facts(noisy_out)
    assert [f[2:] for f in noisy_facts] == [f[2:] for f in clean_facts]  # same bodies and deadlines
    assert any("\u00d0ào tạo" in f[1] for f in noisy_facts)  # the text as the document writes it
    assert runner.invoke(app, ["check", str(noisy_out), "--select", "S009"]).exit_code == 0


def test_split_numbers_are_joined_and_a_misprinted_citation_is_flagged(tmp_path: Path) -> None:
    split = tmp_path / "split.txt"
    split.write_text(_seed_002().replace("387/QĐ-TTg", "387/QĐ\n-TTg", 1).replace("387/QĐ-TTg", "387/QĐ -TTg"),
                     encoding="utf-8")  # fmt: skip
    assert _extract(split, tmp_path / "split.yaml").exit_code == 0  # type: ignore[attr-defined]
    assert load_plan((tmp_path / "split.yaml").read_text(encoding="utf-8")).plan.implements == "qd-387-2022"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(_seed_002().replace("387/QĐ-TTg", "378/QĐ-TTg"), encoding="utf-8")
    r = _extract(wrong, tmp_path / "wrong.yaml")
    text = (tmp_path / "wrong.yaml").read_text(encoding="utf-8")
    assert r.exit_code == 0 and "cites 378/QĐ-TTg, but the document with that date and title is 387/QĐ-TTg" in text
    assert load_plan(text).plan.implements == "qd-387-2022"
    other = tmp_path / "other.txt"  # another date: not the same document, so not a misprint of it
    other.write_text(_seed_002().replace("387/QĐ-TTg\nngày 25/3/2022", "378/QĐ-TTg\nngày 25/3/2021"), encoding="utf-8")
    assert _extract(other, tmp_path / "other.yaml").exit_code == 0  # type: ignore[attr-defined]
    assert load_plan((tmp_path / "other.yaml").read_text(encoding="utf-8")).plan.implements is None


def test_portal_boilerplate_before_the_header_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "copied.txt"
    boiler = "Trang chủ | Giới thiệu | Tin tức\nVăn bản chỉ đạo điều hành\nLượt xem: 1.234\nIn bài viết\n\n"
    page.write_text(boiler + DOCS.text_of(DOCS.BLOCKS), encoding="utf-8")
    plain = tmp_path / "plain.txt"
    DOCS.write("txt", plain)
    assert _extract(page, tmp_path / "a.yaml").exit_code == 0  # type: ignore[attr-defined]
    assert _extract(plain, tmp_path / "b.yaml").exit_code == 0  # type: ignore[attr-defined]
    a, b = (load_plan((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.yaml", "b.yaml"))
    assert (a.plan.number, a.plan.title, a.plan.issued) == (b.plan.number, b.plan.title, b.plan.issued)
    assert _facts(tmp_path / "a.yaml") == _facts(tmp_path / "b.yaml")


def test_control_characters_never_reach_the_yaml_and_converted_text_is_the_source(tmp_path: Path) -> None:
    text = DOCS.text_of(DOCS.BLOCKS).replace("Quán triệt", "Quán\x1b[31m triệt\x7f\x85\ufffe")
    for name, data in (("esc.txt", text.encode("utf-8")), ("legacy.txt", _cp1258(DOCS.text_of(DOCS.BLOCKS)))):
        (tmp_path / name).write_bytes(data)
        out = tmp_path / f"{name}.yaml"
        r = _extract(tmp_path / name, out)
        assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
        yaml_text = out.read_text(encoding="utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]", yaml_text)
        assert load_plan(yaml_text).plan.source == [f"{name}.txt"]  # the text as read, in UTF-8, beside the plan
        assert runner.invoke(app, ["check", str(out), "--select", "S009"]).exit_code == 0
        assert _facts(out)[0][2:] == (("Sở Giáo dục và Đào tạo",), ("Hội Khuyến học tỉnh",
                                      "Sở Văn hóa, Thể thao và Du lịch"), "Quý IV/2022")  # fmt: skip
