"""Held-out documents for `xhht extract`: texts written for measuring, not for shaping the heuristics.

One provincial plan laid out the way many provinces publish theirs: a purpose part, the tasks in a table ("TT |
Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành") and a part on who does what, with numbered
items and bullets. `BLOCKS` is the document (paragraphs and tables, in order); `TRUTH` is what a careful encoder
writes for it (lead, cooperating bodies, deadline per task id). `write(kind, path)` makes the same document as
plain text, Word (python-docx), PDF (fpdf2, DejaVu Sans for the Vietnamese letters, with a running header and
page numbers) or a portal page (menus, breadcrumbs and a "Tin khác" list around the article).

    python bench/documents.py OUTDIR     # writes plan.txt, plan.docx, plan.pdf, page.html
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

Block = str | list[list[str]]  # a paragraph, or a table's rows

TABLE = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["1", "Quán triệt, phổ biến Chương trình đến cán bộ, đảng viên và nhân dân trên địa bàn tỉnh.",
     "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh; Sở Văn hóa, Thể thao và Du lịch", "Quý IV/2022"],
    ["2", "Xây dựng bộ tiêu chí đánh giá, công nhận gia đình học tập, dòng họ học tập, cộng đồng học tập cấp thôn.",
     "Hội Khuyến học tỉnh", "Sở Giáo dục và Đào tạo", "Năm 2023"],
    ["3", "Tổ chức các hoạt động hưởng ứng Tuần lễ hưởng ứng học tập suốt đời.",
     "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh; Tỉnh đoàn", "Hằng năm"],
    ["4", "Tổng hợp, báo cáo kết quả thực hiện Chương trình về Ủy ban nhân dân tỉnh.",
     "Sở Giáo dục và Đào tạo", "", "Trước ngày 15/12 hằng năm"],
    ["5", "Bồi dưỡng kỹ năng số cho người dân tại các trung tâm học tập cộng đồng.",
     "Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo", "Giai đoạn 2022 - 2025 và 2026 - 2030"],
    ["6", "Kiểm tra, giám sát việc triển khai Chương trình ở cơ sở.",
     "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh", "Thường xuyên"],
]  # fmt: skip

BLOCKS: list[Block] = [
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    "Số: 125/KH-UBND",
    "Nghệ An, ngày 15 tháng 6 năm 2022",
    "KẾ HOẠCH",
    "Triển khai Chương trình đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị"
    " trên địa bàn tỉnh Nghệ An",
    "Thực hiện Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh"
    " phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”, Ủy ban nhân"
    " dân tỉnh ban hành Kế hoạch triển khai như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao nhận thức của các cấp, các ngành và người dân về vai trò của học tập suốt đời; phát triển các mô"
    " hình học tập ở cơ sở.",
    "2. Yêu cầu",
    "Các nhiệm vụ được giao phải cụ thể, có cơ quan chủ trì và thời gian hoàn thành rõ ràng.",
    "II. NHIỆM VỤ CỤ THỂ",
    TABLE,
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch,"
    " hoàn thành trong quý I năm 2023.",
    "2. Hội Khuyến học tỉnh có trách nhiệm:",
    "- Hướng dẫn hội khuyến học các cấp đánh giá, công nhận các danh hiệu học tập, định kỳ 6 tháng báo cáo Ủy ban"
    " nhân dân tỉnh.",
    "- Phối hợp với Sở Giáo dục và Đào tạo tổ chức sơ kết việc thực hiện Kế hoạch từ năm 2022 đến năm 2025.",
    "3. Ủy ban nhân dân các huyện, thành phố, thị xã xây dựng kế hoạch thực hiện tại địa phương, hoàn thành trước"
    " ngày 30/9/2022.",
    "Nơi nhận:",
    "- Bộ Giáo dục và Đào tạo;",
    "- Lưu: VT.",
]

_GDDT, _HKH = "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh"
TRUTH: dict[str, tuple[list[str], list[str], str | None]] = {  # task id -> (lead, cooperating, deadline)
    "II.1": ([_GDDT], [_HKH, "Sở Văn hóa, Thể thao và Du lịch"], "Quý IV/2022"),
    "II.2": ([_HKH], [_GDDT], "Năm 2023"),
    "II.3": ([_GDDT], [_HKH, "Tỉnh đoàn"], "Hằng năm"),
    "II.4": ([_GDDT], [], "Trước ngày 15/12 hằng năm"),
    "II.5": (["Sở Thông tin và Truyền thông"], [_GDDT], "Giai đoạn 2022 - 2025 và 2026 - 2030"),
    "II.6": ([_GDDT], [_HKH], "Thường xuyên"),
    "III.1": ([_GDDT], ["Sở Tài chính"], "trong quý I năm 2023"),
    "III.2.1": ([_HKH], [], "định kỳ 6 tháng"),
    "III.2.2": ([_HKH], [_GDDT], "từ năm 2022 đến năm 2025"),
    "III.3": (["Ủy ban nhân dân các huyện, thành phố, thị xã"], [], "trước ngày 30/9/2022"),
}
IDENTITY = {"number": "125/KH-UBND", "issued": "2022-06-15", "jurisdiction": "Nghệ An", "implements": "qd-387-2022"}
KINDS = {"txt": "plan.txt", "docx": "plan.docx", "pdf": "plan.pdf", "html": "page.html"}
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


def text_of(blocks: list[Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            lines.append(b)
        else:
            lines += ["", *("| " + " | ".join(row) + " |" for row in b), ""]
    return "\n".join(lines) + "\n"


def font() -> Path | None:
    """DejaVu Sans (the fonts-dejavu-core package), which has every Vietnamese letter."""
    return next((d / "DejaVuSans.ttf" for d in FONT_DIRS if (d / "DejaVuSans.ttf").is_file()), None)


def write_docx(blocks: list[Block], path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "UBND TỈNH NGHỆ AN – Kế hoạch 125/KH-UBND"  # not in the body
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("- "):  # Word's own bullets: the dash is generated, not typed
                document.add_paragraph(b[2:], style="List Bullet")
            else:
                document.add_paragraph(b)
        else:
            table = document.add_table(rows=len(b), cols=len(b[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, b, strict=True):
                for cell, value in zip(row.cells, cells, strict=True):
                    cell.text = value
    document.save(str(path))


def write_pdf(blocks: list[Block], path: Path) -> None:
    from fpdf import FPDF

    ttf = font()
    if ttf is None:
        raise RuntimeError("DejaVuSans.ttf not found: install the fonts-dejavu-core package")

    class Plan(FPDF):
        def header(self) -> None:
            self.set_font("dv", size=8)
            self.cell(0, 6, "UBND TỈNH NGHỆ AN – Kế hoạch 125/KH-UBND", align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("dv", size=8)
            self.cell(0, 10, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Plan(format="A4")
    pdf.add_font("dv", fname=str(ttf))
    bold = ttf.with_name("DejaVuSans-Bold.ttf")
    pdf.add_font("dv", style="B", fname=str(bold if bold.is_file() else ttf))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("dv", size=11)
    for b in blocks:
        if isinstance(b, str):
            pdf.multi_cell(0, 6, b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("dv", size=9)
            with pdf.table(col_widths=(8, 62, 35, 45, 30), text_align="LEFT") as table:
                for cells in b:
                    row = table.row()
                    for value in cells:
                        row.cell(value)
            pdf.set_font("dv", size=11)
            pdf.ln(2)
    pdf.output(str(path))


def write_html(blocks: list[Block], path: Path) -> None:
    body: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<p>{html.escape(b)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b)
            body.append(f"<table border='1'>{rows}</table>")
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 125/KH-UBND - Cổng thông tin điện tử tỉnh Nghệ An</title>
<script>var menu = "Trang chủ | Giới thiệu | Tin tức";</script><style>p {{ margin: 0 }}</style></head>
<body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN</div></header>
<nav class="menu"><ul><li>Trang chủ</li><li>Văn bản chỉ đạo</li><li>Thủ tục hành chính</li></ul></nav>
<div class="breadcrumb">Trang chủ / Văn bản / Kế hoạch</div>
<div class="container"><div class="sidebar">Liên kết website: Chính phủ, Bộ Giáo dục và Đào tạo</div>
<div class="detail-content">
{chr(10).join(body)}
</div>
<div class="tin-khac"><h3>Tin khác</h3><ul><li>Hội nghị tổng kết năm học 2021 - 2022</li></ul></div></div>
<footer>Bản quyền thuộc Ủy ban nhân dân tỉnh Nghệ An</footer>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


def write(kind: str, path: Path, blocks: list[Block] | None = None) -> Path:
    """Write the document as `kind` ("txt", "docx", "pdf", "html") to `path`."""
    blocks = BLOCKS if blocks is None else blocks
    if kind == "txt":
        path.write_text(text_of(blocks), encoding="utf-8")
    elif kind == "docx":
        write_docx(blocks, path)
    elif kind == "pdf":
        write_pdf(blocks, path)
    else:
        write_html(blocks, path)
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for kind, name in KINDS.items():
        print(write(kind, out / name))


def truth_yaml() -> str:
    """`TRUTH` as a plan file, for the field-by-field comparison of bench/extract_compare.py."""
    import yaml

    sections: dict[str, list[dict[str, object]]] = {}
    for tid, (lead, coop, deadline) in TRUTH.items():
        task: dict[str, object] = {"id": tid, "text": tid, "lead": lead, "cooperating": coop}
        if deadline:
            task["deadline"] = deadline
        sections.setdefault(tid.split(".")[0], []).append(task)
    plan = {
        "format": "xhht/plan@1",
        "plan": {"id": "nghean-125-2022", "number": IDENTITY["number"], "title": "Kế hoạch",
                 "issuer": "Ủy ban nhân dân tỉnh Nghệ An", "level": "province", "jurisdiction": "Nghệ An",
                 "issued": IDENTITY["issued"], "implements": IDENTITY["implements"]},
        "sections": [{"id": sid, "title": sid, "tasks": tasks} for sid, tasks in sections.items()],
    }  # fmt: skip
    return str(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False))
