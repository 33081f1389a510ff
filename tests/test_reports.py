"""Reports for people: xlsx, docx, html and csv, each read back with its own library and compared with the JSON
output of the same run (the browser tests of the HTML page are in test_reports_browser.py)."""

from __future__ import annotations

import csv
import html
import io
import json
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from xhht_cli.cli import app

docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("jinja2")

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
PORTFOLIO = [PLANS / "haiphong.yaml", ROOT / "tests" / "fixtures" / "portfolio"]
AS_OF = "2026-11-22"


def run(*args: str) -> Any:
    return CliRunner().invoke(app, [*args], catch_exceptions=False)


def make(tmp_path: Path, fmt: str, paths: list[Path], *extra: str, command: str = "check", name: str = "") -> Path:
    out = tmp_path / (name or f"out-{command}-{'-'.join(extra).replace('-', '')}.{fmt}")
    result = run(command, *map(str, paths), "--format", fmt, "-o", str(out), *extra)
    assert result.exit_code in (0, 1), result.output
    return out


def json_doc(paths: list[Path], *extra: str, command: str = "check") -> dict[str, Any]:
    result = run(command, *map(str, paths), "--format", "json", *extra)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def shipped() -> dict[str, Any]:
    return json_doc([PLANS], "--as-of", AS_OF, "--lang", "vi")


# -- Excel ------------------------------------------------------------------------------------------------------


def test_xlsx_findings_sheet_has_one_row_per_json_finding_with_real_dates(tmp_path: Path, shipped: dict) -> None:
    out = make(tmp_path, "xlsx", [PLANS], "--as-of", AS_OF, "--lang", "vi")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["Tổng hợp", "Phát hiện", "Cụ thể hóa"]
    ws = wb["Phát hiện"]
    header = [c.value for c in ws[1]]
    assert header[:9] == ["Mã", "Quy tắc", "Mức", "Kế hoạch", "Nhiệm vụ", "Tệp", "Dòng", "Cột", "Nội dung phát hiện"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(shipped["findings"]) > 300
    assert [r[0] for r in rows] == [f["code"] for f in shipped["findings"]]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:Q{len(rows) + 1}"
    assert ws.column_dimensions["I"].width == 70 and ws["I2"].alignment.wrap_text
    col = {name: i for i, name in enumerate(header)}
    d006 = [r for r in rows if r[0] == "D006"]
    assert len(d006) == 1
    assert d006[0][col["Thời hạn"]] == datetime(2020, 6, 30)
    assert d006[0][col["Số ngày chậm"]] == 51
    assert d006[0][col["Nhiệm vụ cấp trên"]] == "III.1.a"
    assert json.loads(d006[0][col["Dữ liệu (JSON)"]])["issued"] == "2020-08-20"
    overdue = [r for r in rows if r[0] == "D001"]
    assert overdue and all(isinstance(r[col["Thời hạn"]], datetime) or r[col["Thời hạn"]] is None for r in overdue)
    assert ws.cell(row=2 + [r[0] for r in rows].index("D001"), column=col["Thời hạn"] + 1).is_date
    a003 = next(r for r in rows if r[0] == "A003" and r[4] == "II.2.a")
    assert "Sở Khoa học và Công nghệ thành phố Hải Phòng" in a003[col["Cơ quan kế nhiệm"]]


def _haiphong() -> dict[str, Any]:
    doc = json_doc([PLANS / "haiphong.yaml"], "--as-of", AS_OF, "--lang", "en")
    (cov,) = doc["coverage"]
    assert cov["template_tasks"] == 39  # every task of Quyết định 489/QĐ-TTg that applies to a province
    return doc


def test_xlsx_summary_and_coverage_of_hai_phong(tmp_path: Path) -> None:
    doc = _haiphong()
    cov = doc["coverage"][0]
    out = make(tmp_path, "xlsx", [PLANS / "haiphong.yaml"], "--as-of", AS_OF, "--lang", "en")
    wb = openpyxl.load_workbook(out)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["As of"] == datetime(2026, 11, 22)
    assert {k: summary[k] for k in ("error", "warning", "info")} == doc["summary"]
    share = f"{100 * cov['covered'] / 39:.1f}".removesuffix(".0")
    assert summary["Template tasks covered"] == f"{cov['covered']}/39 ({share} %)"
    rows = list(wb["Coverage"].iter_rows(min_row=2, values_only=True))
    total = next(r for r in rows if r[2] == "Total")
    assert total[:8] == (
        "haiphong-211-2020", "qd-489-2020", "Total", None, 39, cov["covered"], cov["waived"], len(cov["missing"])
    )  # fmt: skip
    for section in cov["sections"]:
        row = next(r for r in rows if r[2] == section["section"])
        assert row[3] == section["title"]
        assert row[4:8] == (section["template_tasks"], section["covered"], section["waived"], len(section["missing"]))
    deadlines = list(wb["Deadlines"].iter_rows(min_row=2, values_only=True))
    assert any(r[6] == "overdue" and r[4] == datetime(2020, 9, 30) for r in deadlines)


def test_xlsx_portfolio_matrix_has_coloured_cells(tmp_path: Path) -> None:
    out = make(tmp_path, "xlsx", PORTFOLIO, "--as-of", AS_OF, "--lang", "en")
    wb = openpyxl.load_workbook(out)
    ws = wb["Matrix"]
    header = [c.value for c in ws[1]]
    assert header[2:] == ["Cần Thơ", "Hải Phòng", "Nghệ An", "Quảng Ninh"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "II.1.c")
    marks = [c.value for c in row[2:]]
    assert marks == ["covered", "covered", "covered", "waived"]
    assert row[5].fill.fgColor.rgb.endswith("DDEBF7")
    missing = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "II.1.d")
    assert missing[2].value == "missing" and missing[2].fill.fgColor.rgb.endswith("FFC7CE")


# -- CSV ------------------------------------------------------------------------------------------------------


def test_csv_has_the_columns_of_the_findings_sheet_bom_and_crlf(tmp_path: Path, shipped: dict) -> None:
    result = run("check", str(PLANS), "--format", "csv", "--as-of", AS_OF, "--lang", "vi")
    raw = result.stdout_bytes
    assert raw.startswith("\ufeff".encode())
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    wb = openpyxl.load_workbook(make(tmp_path, "xlsx", [PLANS], "--as-of", AS_OF, "--lang", "vi"))
    assert rows[0] == [c.value for c in wb["Phát hiện"][1]]
    assert len(rows) - 1 == len(shipped["findings"])
    d006 = next(r for r in rows if r[0] == "D006")
    assert d006[9] == "2020-06-30" and d006[11] == "51"
    assert json.loads(d006[16])["template_task"] == "III.1.a"
    assert '"{""' in raw.decode("utf-8-sig")  # a field holding quotes is quoted, its quotes doubled (RFC 4180)


# -- Word -----------------------------------------------------------------------------------------------------


def _texts(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for t in document.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_docx_is_laid_out_as_an_administrative_document(tmp_path: Path) -> None:
    out = make(tmp_path, "docx", [PLANS / "haiphong.yaml"], "--as-of", AS_OF, "--lang", "vi")
    d = docx.Document(str(out))
    sec = d.sections[0]
    assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (210, 297)
    assert (round(sec.top_margin.mm), round(sec.bottom_margin.mm)) == (20, 20)
    assert (round(sec.left_margin.mm), round(sec.right_margin.mm)) == (30, 15)
    normal = d.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 13
    heads = [p.text for p in d.paragraphs if p.text]
    assert heads[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert any(h.startswith("Báo cáo rà soát việc cụ thể hóa và thực hiện Kế hoạch") for h in heads) or any(
        h.startswith("Rà soát việc cụ thể hóa và thực hiện Kế hoạch") for h in heads
    )
    numbered = [h for h in heads if h[:3] in ("I. ", "II.", "III", "IV.", "V. ")]
    assert numbered[:5] == [
        "I. TỔNG QUAN",
        "II. VIỆC CỤ THỂ HÓA NHIỆM VỤ CỦA KẾ HOẠCH CẤP TRÊN",
        "III. NHIỆM VỤ QUÁ HẠN",
        "IV. NHIỆM VỤ GIAO CHO CƠ QUAN KHÔNG CÒN TỒN TẠI VÀ CƠ QUAN KẾ NHIỆM",
        "V. NHIỆM VỤ CHƯA CÓ CƠ QUAN CHỦ TRÌ",
    ]
    assert [h for h in heads if h.startswith("Bảng ")][:3] == [
        "Bảng 1. Tổng quan",
        "Bảng 2. Các kế hoạch được rà soát",
        "Bảng 3. Việc cụ thể hóa Quyết định 489/QĐ-TTg trong Kế hoạch 211/KH-UBND",
    ]
    doc = _haiphong()
    cov = doc["coverage"][0]
    coverage = d.tables[2]
    total = [c.text for c in coverage.rows[-1].cells]
    assert total[0] == "Tổng"
    assert total[2:] == [str(n) for n in (39, cov["covered"], cov["waived"], len(cov["missing"]))]
    overdue = d.tables[3]
    assert [c.text for c in overdue.rows[0].cells][:5] == ["TT", "Kế hoạch", "Nhiệm vụ", "Thời hạn", "Số ngày quá hạn"]
    d001 = [f for f in doc["findings"] if f["code"] == "D001"]
    assert len(overdue.rows) - 1 == len(d001)
    first = d001[0]["data"]
    day = datetime.strptime(first["deadline"], "%Y-%m-%d")
    assert [c.text for c in overdue.rows[1].cells][:5] == [
        "1", "Kế hoạch 211/KH-UBND", d001[0]["task"], f"{day.day}/{day.month}/{day.year}",
        f"{first['days_overdue']:,}".replace(",", "."),
    ]  # fmt: skip
    defunct = d.tables[4]
    row = next(r for r in defunct.rows if r.cells[2].text == "II.2.a")
    assert row.cells[4].text == "28/2/2025" and "Sở Khoa học và Công nghệ" in row.cells[5].text
    text = _texts(d)
    assert "51" in text and "III.1.a" in text  # D006: issued 51 days after the deadline of III.1.a


def test_docx_in_english(tmp_path: Path) -> None:
    out = make(tmp_path, "docx", [PLANS / "haiphong.yaml"], "--as-of", AS_OF, "--lang", "en")
    d = docx.Document(str(out))
    heads = [p.text for p in d.paragraphs if p.text]
    assert "I. SUMMARY" in heads and "III. OVERDUE TASKS" in heads
    assert "30 September 2020" in _texts(d)
    assert "TỔNG QUAN" not in _texts(d)


# -- HTML (content; the page in a browser is tested in test_reports_browser.py) ---------------------------------


def test_html_is_self_contained_and_lists_every_finding(tmp_path: Path, shipped: dict) -> None:
    out = make(tmp_path, "html", [PLANS], "--as-of", AS_OF, "--lang", "vi")
    page = out.read_text(encoding="utf-8")
    assert page.count("<tr data-severity=") == len(shipped["findings"])
    for needle in ("http://", "https://", "<link", "@import", "src="):
        assert needle not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "default-src 'none'" in html.unescape(page)
    assert 'href="#explain-D006"' in page and 'id="explain-D006"' in page
    assert '<html lang="vi">' in page


# -- all formats ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "html", "csv"])
def test_same_bytes_on_every_run_and_for_any_jobs(tmp_path: Path, fmt: str) -> None:
    paths = [PLANS, ROOT / "tests" / "fixtures" / "portfolio"]
    outs = [
        make(tmp_path, fmt, paths, "--as-of", AS_OF, "--jobs", str(jobs), name=f"{n}-{jobs}.{fmt}")
        for n, jobs in enumerate((1, 1, 2, 3))
    ]
    first = outs[0].read_bytes()
    assert all(o.read_bytes() == first for o in outs[1:])
    if fmt in ("xlsx", "docx"):
        with zipfile.ZipFile(io.BytesIO(first)) as z:
            assert {i.date_time[:3] for i in z.infolist()} == {(2026, 11, 22)}


@pytest.mark.parametrize("command", ["coverage", "deadlines"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "html", "csv"])
def test_coverage_and_deadlines_commands(tmp_path: Path, command: str, fmt: str) -> None:
    extra = ("--as-of", AS_OF) if command == "deadlines" else ()
    out = make(tmp_path, fmt, [PLANS / "haiphong.yaml"], *extra, "--lang", "en", command=command)
    assert out.stat().st_size > 0
    if fmt == "xlsx":
        wb = openpyxl.load_workbook(out)
        assert ("Deadlines" in wb.sheetnames) == (command == "deadlines")
        assert "Coverage" in wb.sheetnames


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_binary_formats_need_an_output_file(fmt: str, lang: str) -> None:
    result = run("check", str(PLANS / "haiphong.yaml"), "--format", fmt, "--lang", lang)
    assert result.exit_code == 2
    expected = "tạo ra một tệp nhị phân" if lang == "vi" else "makes a binary file"
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _no_run(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("the run started")


@pytest.mark.parametrize("fmt,module", [("xlsx", "openpyxl"), ("docx", "docx"), ("html", "jinja2")])
def test_missing_extra_names_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if the package were not installed
    monkeypatch.setattr("xhht_cli.pipeline.report", _no_run)  # refused before anything is checked
    result = run("check", str(PLANS / "haiphong.yaml"), "--format", fmt, "-o", str(tmp_path / "x"), "--lang", "vi")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"xhht: --format {fmt} cần gói bổ sung chưa được cài ({module}): pip install 'xhht[reports]'"
    )
    assert not (tmp_path / "x").exists()


def test_validate_does_not_import_the_report_libraries() -> None:
    code = (
        "import sys; from typer.testing import CliRunner; from xhht_cli.cli import app; "
        f"CliRunner().invoke(app, ['validate', {str(PLANS / 'haiphong.yaml')!r}]); "
        "print(sorted(m for m in ('openpyxl', 'docx', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


HOSTILE = """\
format: xhht/plan@1
plan:
  id: hostile-1-2020
  number: 1/KH-UBND
  title: "<script>alert(1)</script>"
  issuer: Ủy ban nhân dân thành phố Hải Phòng
  level: province
  jurisdiction: Hải Phòng
  issued: 2020-05-01
  implements: qd-489-2020
sections:
  - id: II.1
    title: "<img src=x onerror=alert(2)>"
    tasks:
      - id: II.1.a
        title: "=HYPERLINK(\\"http://example.invalid\\",\\"x\\")"
        text: "<b>bold</b> =1+1"
        lead: ["<svg onload=alert(3)>"]
        deadline: trong quý II năm 2020
        implements: [II.1.a]
"""


def test_every_field_is_escaped_and_no_text_becomes_a_formula(tmp_path: Path) -> None:
    plan = tmp_path / "hostile.yaml"
    plan.write_text(HOSTILE, encoding="utf-8")
    page = make(tmp_path, "html", [plan], "--as-of", AS_OF).read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<svg onload" not in page
    assert "&lt;svg onload=alert(3)&gt;" in page
    wb = openpyxl.load_workbook(make(tmp_path, "xlsx", [plan], "--as-of", AS_OF))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert any(c.value.startswith("=HYPERLINK") for c in cells) or any("<svg onload" in c.value for c in cells)
    rows = run("check", str(plan), "--format", "csv", "--as-of", AS_OF).stdout
    assert not any(cell.startswith(("=", "+", "@")) for row in csv.reader(io.StringIO(rows)) for cell in row)
