"""The human formats (text and Markdown): summary first, one fact said once, severity on every line, every line
within the width. Exact output on a hand-built report at 80, 100 and 200 columns (rich's fixed-width console)."""

from __future__ import annotations

from typing import Any

import pytest

from xhht_cli.codes import finding
from xhht_cli.findings import Coverage, DocRef, Finding, PlanSummary, Report, SectionCoverage
from xhht_cli.report import reporter

HP = DocRef("hp", "211/KH-UBND", "Ủy ban nhân dân thành phố Hải Phòng", "2020-08-20", "Hải Phòng")
QD = DocRef("qd-489-2020", "489/QĐ-TTg", "Thủ tướng Chính phủ", "2020-04-08")


def _a003(line: int, task: str, role: str) -> Finding:
    return finding(
        "A003",
        "plans/hp.yaml",
        (line, 13),
        "A003",
        {
            "body": "Ủy ban nhân dân các quận, huyện",
            "role": role,
            "until": "2025-06-30",
            "successors": "Ủy ban nhân dân cấp xã; Ủy ban nhân dân thành phố Hải Phòng",
        },
        data={"body": "ubnd-cap-huyen", "role": role, "until": "2025-06-30", "successors": []},
        plan="hp",
        task=task,
    )


def _d001(line: int, task: str, deadline: str, days: int, text: str) -> Finding:
    args: dict[str, Any] = {"deadline": deadline, "days_overdue": days, "text": text}
    return finding("D001", "plans/hp.yaml", (line, 19), "D001", args, plan="hp", task=task)


def story() -> Report:
    r = Report(
        as_of="2026-12-01",
        files_read=1,
        plans=(PlanSummary("hp", "plans/hp.yaml", 38, "qd-489-2020", document=HP, template_document=QD),),
        findings=_sorted(
            finding(
                "D006",
                "plans/hp.yaml",
                (18, 11),
                "D006",
                {
                    "issued": "2020-08-20",
                    "deadline": "2020-06-30",
                    "template_task": "III.1.a",
                    "template_doc": "489/QĐ-TTg",
                    "days_late": 51,
                },
                data={"issued": "2020-08-20", "deadline": "2020-06-30", "template_task": "III.1.a", "days_late": 51},
                plan="hp",
            ),
            _a003(50, "II.1.a", "lead"),
            _d001(51, "II.1.a", "2020-09-30", 2253, "trong quý III năm 2020"),
            finding("D005", "plans/hp.yaml", (55, 15), "D005", {}, plan="hp", task="II.1.b"),
            finding("D005", "plans/hp.yaml", (67, 15), "D005", {}, plan="hp", task="II.1.c"),
            _a003(113, "II.2.a", "cooperating"),
            _d001(366, "II.6.c", "2020-12-31", 2161, "trong năm 2020"),
            _a003(490, "III.1.1", "lead"),
        ),
        coverage=(
            Coverage(
                "hp",
                "qd-489-2020",
                39,
                38,
                1,
                (),
                (
                    SectionCoverage("II.1", "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng", 4, 4, 0, ()),
                    SectionCoverage("III", "TỔ CHỨC THỰC HIỆN", 5, 4, 1, ()),
                ),
            ),
        ),
    )
    return r


def _sorted(*findings: Finding) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=Finding.sort_key))


VI_100 = """\
Kế hoạch 211/KH-UBND ngày 20/8/2020 của Ủy ban nhân dân thành phố Hải Phòng (plans/hp.yaml)
Ngày 01/12/2026: 2 lỗi, 4 cảnh báo, 2 thông tin (thông tin không liệt kê; xem: --show-info)
- Ban hành chậm 51 ngày so với thời hạn 30/6/2020 (nhiệm vụ III.1.a của Quyết định 489/QĐ-TTg).
- 2 nhiệm vụ quá hạn; lâu nhất là II.1.a (hạn 30/9/2020), quá hạn 2.253 ngày (6 năm 2 tháng).
- 1 cơ quan đã chấm dứt hoạt động vẫn được giao 3 lượt nhiệm vụ.
- Thực hiện Quyết định 489/QĐ-TTg: cụ thể hóa 38/39 nhiệm vụ; 1 miễn trừ, 0 thiếu.

  51:19  lỗi       D001  2 nhiệm vụ quá hạn, chưa có báo cáo hoàn thành:
    II.1.a  quá hạn 2.253 ngày (6 năm 2 tháng); hạn 30/9/2020 («trong quý III năm 2020»)
    II.6.c  quá hạn 2.161 ngày (5 năm 10 tháng); hạn 31/12/2020 («trong năm 2020»)
  18:11  cảnh báo  D006  chậm 51 ngày so với thời hạn ban hành kế hoạch (30/6/2020) tại nhiệm vụ
    III.1.a của Quyết định 489/QĐ-TTg
  50:13  cảnh báo  A003  «Ủy ban nhân dân các quận, huyện» đã chấm dứt hoạt động từ ngày 01/7/2025;
    nhiệm vụ chuyển cho: Ủy ban nhân dân cấp xã; Ủy ban nhân dân thành phố Hải Phòng; chủ trì:
    II.1.a, III.1.1; phối hợp: II.2.a

Mức độ cụ thể hóa Quyết định 489/QĐ-TTg trong Kế hoạch 211/KH-UBND
Mục  Nội dung          Nhiệm vụ cấp trên Đã có Miễn trừ Thiếu
III  TỔ CHỨC THỰC HIỆN                 5     4        1     0
     1 mục khác, đủ cả                 4     4        0     0
Tổng                                  39    38        1     0
"""


def test_text_vi_at_100_columns_exact() -> None:
    assert reporter("text", "vi", width=100).render(story(), "check") == VI_100


VI_80_FINDINGS = """\
  51:19  lỗi       D001  2 nhiệm vụ quá hạn, chưa có báo cáo hoàn thành:
    II.1.a  quá hạn 2.253 ngày (6 năm 2 tháng); hạn 30/9/2020 («trong quý III
            năm 2020»)
    II.6.c  quá hạn 2.161 ngày (5 năm 10 tháng); hạn 31/12/2020 («trong năm
            2020»)
  18:11  cảnh báo  D006  chậm 51 ngày so với thời hạn ban hành kế hoạch
    (30/6/2020) tại nhiệm vụ III.1.a của Quyết định 489/QĐ-TTg
  50:13  cảnh báo  A003  «Ủy ban nhân dân các quận, huyện» đã chấm dứt hoạt động
    từ ngày 01/7/2025; nhiệm vụ chuyển cho: Ủy ban nhân dân cấp xã; Ủy ban nhân
    dân thành phố Hải Phòng; chủ trì: II.1.a, III.1.1; phối hợp: II.2.a
"""


def test_text_vi_at_80_columns_wraps_with_a_hanging_indent() -> None:
    out = reporter("text", "vi", width=80).render(story(), "check")
    assert VI_80_FINDINGS in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_text_at_200_columns_one_line_per_finding() -> None:
    out = reporter("text", "en", width=200).render(story(), "check")
    assert (
        "  18:11  warning  D006  issued 51 days after the deadline for implementing plans (2020-06-30) set by task "
        "III.1.a of Decision 489/QĐ-TTg\n" in out
    )
    assert "    II.1.a  overdue by 2,253 days (6 years 2 months); due 2020-09-30 («trong quý III năm 2020»)\n" in out
    assert out.splitlines()[0] == (
        "Plan 211/KH-UBND of 2020-08-20 by Ủy ban nhân dân thành phố Hải Phòng (plans/hp.yaml)"
    )


@pytest.mark.parametrize("width", [80, 100, 200])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_line_longer_than_the_width(width: int, lang: str) -> None:
    for view in ("check", "coverage", "validate"):
        for show_info in (False, True):
            out = reporter("text", lang, width=width, show_info=show_info).render(story(), view)
            assert max(len(line) for line in out.splitlines()) <= width, (view, show_info)


def test_info_counted_not_listed_unless_asked() -> None:
    out = reporter("text", "vi", width=100).render(story(), "check")
    assert "D005" not in out and "--show-info" in out
    shown = reporter("text", "vi", width=100, show_info=True).render(story(), "check")
    # the two D005 findings say the same thing: one line, with both tasks
    assert (
        "  55:15  thông tin  D005  [II.1.b, II.1.c] nhiệm vụ không có thời hạn và không phải nhiệm vụ thường" in shown
    )
    assert "--show-info" not in shown


def test_summary_comes_before_the_first_finding() -> None:
    lines = reporter("text", "vi", width=100).render(story(), "check").splitlines()
    first = next(i for i, line in enumerate(lines) if " D00" in line or " A00" in line)
    assert lines[0].startswith("Kế hoạch 211/KH-UBND") and lines[1].startswith("Ngày 01/12/2026: 2 lỗi")
    assert first > 5


def test_markdown_summary_grouped_findings_vietnamese_headers() -> None:
    out = reporter("markdown", "vi").render(story(), "check")
    assert out.startswith(
        "**Kế hoạch 211/KH-UBND ngày 20/8/2020 của Ủy ban nhân dân thành phố Hải Phòng (plans/hp.yaml)**"
    )
    assert "| Vị trí | Mức độ | Mã | Nhiệm vụ | Nội dung |" in out
    assert (
        "| `plans/hp.yaml:51:19` | lỗi | D001 |  | 2 nhiệm vụ quá hạn, chưa có báo cáo hoàn thành:<br>**II.1.a** "
        "quá hạn 2.253 ngày (6 năm 2 tháng); hạn 30/9/2020 («trong quý III năm 2020»)<br>**II.6.c** quá hạn 2.161 "
        "ngày (5 năm 10 tháng); hạn 31/12/2020 («trong năm 2020») |" in out
    )
    assert "### Mức độ cụ thể hóa Quyết định 489/QĐ-TTg trong Kế hoạch 211/KH-UBND" in out
    assert "Code" not in out and "Message" not in out
    en = reporter("markdown", "en").render(story(), "check")
    assert "| Where | Severity | Code | Task | Message |" in en and "D001 overdue" in en


def _portfolio_report() -> Report:
    from test_summary import _cov, _plan

    return Report(
        as_of="2026-12-01",
        files_read=3,
        plans=(
            _plan("hp", "Hải Phòng", "211/KH-UBND"),
            _plan("an", "An Giang", "5/KH-UBND"),
            _plan("hn", "Hà Nội", "9/KH-UBND"),
        ),
        coverage=(
            _cov("hp", ("covered", "waived", "n/a")),
            _cov("an", ("covered", "missing", "n/a")),
            _cov("hn", ("covered", "covered", "n/a")),
        ),
        obliged={"qd-489-2020": ("An Giang", "Bắc Giang", "Hà Nội", "Hải Phòng")},
    )


PORTFOLIO_80 = """\
Mức độ cụ thể hóa Quyết định 489/QĐ-TTg trong 3 kế hoạch
Nhiệm vụ Nội dung     AG HN HP
I.2      Tuyên truyền ✗  ✓  ○
Tổng                  1  2  1
1 nhiệm vụ mọi kế hoạch đều có nhiệm vụ tương ứng: I.1.
1 nhiệm vụ không áp dụng cho kế hoạch nào: I.3.
✓ có nhiệm vụ tương ứng, ✗ thiếu, ○ miễn trừ, · không áp dụng
AG An Giang; HN Hà Nội; HP Hải Phòng.
Bảng đầy đủ: --format markdown hoặc --format json (khóa portfolio).
1/4 tỉnh, thành phố phải ban hành kế hoạch chưa có kế hoạch trong các tệp kiểm
  tra: Bắc Giang
"""


def test_portfolio_matrix_in_text_exact() -> None:
    out = reporter("text", "vi", width=80).render(_portfolio_report(), "coverage")
    assert out == "\n" + PORTFOLIO_80


def test_portfolio_of_34_is_paged_to_the_width() -> None:
    from test_summary import _cov, _plan

    names = [f"Tỉnh {chr(65 + i // 26)}{chr(65 + i % 26)} Số {i}" for i in range(34)]
    r = Report(
        as_of="2026-12-01",
        plans=tuple(_plan(f"p{i}", n, f"{i}/KH-UBND") for i, n in enumerate(names)),
        coverage=tuple(_cov(f"p{i}", ("covered", "missing" if i % 3 else "waived", "n/a")) for i in range(34)),
    )
    pages = []
    for width in (80, 100, 200):
        out = reporter("text", "vi", width=width).render(r, "coverage")
        assert max(len(line) for line in out.splitlines()) <= width
        assert "Bảng đầy đủ: --format markdown hoặc --format json" in out
        pages.append(out.count("Trang "))
    assert pages[0] >= pages[1] >= pages[2] and pages[0] > 1, pages
    md = reporter("markdown", "vi").render(r, "coverage")
    assert "| Nhiệm vụ | Nội dung | " + " | ".join(sorted(names)) + " |" in md


def test_haiphong_story_fits_40_lines_at_100_columns() -> None:
    """The acceptance case: the plan's story, every error and warning, and the coverage table in 40 lines or fewer,
    the summary before the first finding; with --show-info every finding is still there."""
    from conftest import ROOT, invoke

    hp = str(ROOT / "plans" / "haiphong.yaml")
    for lang in ("vi", "en"):
        out = invoke("check", hp, "--as-of", "2026-12-01", "--lang", lang, env={"COLUMNS": "100"}).stdout
        lines = out.splitlines()
        assert len(lines) <= 40 and max(len(line) for line in lines) <= 100, len(lines)
        first = next(i for i, line in enumerate(lines) if " D00" in line or " A00" in line or " C00" in line)
        assert lines[0].startswith(("Kế hoạch 211/KH-UBND", "Plan 211/KH-UBND")) and first >= 4
        assert "D006" in out and "A003" in out and "D001" in out


def test_ongoing_status_in_the_words_of_its_deadline_and_deadlines_by_body() -> None:
    from xhht_cli.findings import TaskStatus

    plans = (PlanSummary("hp", "plans/hp.yaml", 3, "qd-489-2020", document=HP, template_document=QD),)
    name = ("Sở Giáo dục và Đào tạo thành phố Hải Phòng",)
    statuses = (
        TaskStatus(
            "hp",
            "I.1",
            "I",
            "Báo cáo",
            ("Sở GDĐT",),
            "ongoing",
            lead_ids=("hp/so-gddt",),
            lead_names=name,
            deadline="định kỳ",
        ),
        TaskStatus(
            "hp",
            "I.2",
            "I",
            "Tổng kết",
            ("Sở Giáo dục và Đào tạo",),
            "overdue",
            due="2020-09-30",
            days=2253,
            lead_ids=("hp/so-gddt",),
            lead_names=name,
        ),
    )
    r = Report(as_of="2026-12-01", plans=plans, statuses=statuses)
    out = reporter("text", "vi", width=80).render(r, "deadlines")
    assert out.count("Sở Giáo dục và Đào tạo thành phố Hải Phòng") == 1  # two written names, one body
    assert "định kỳ" in out and "30/9/2020" in out and "2.253" in out and "2020-09-30" not in out
    assert "Tình hình thực hiện tính đến ngày 01/12/2026" in out
    md = reporter("markdown", "vi").render(r, "deadlines")
    assert "#### Sở Giáo dục và Đào tạo thành phố Hải Phòng — quá hạn: 1, thường xuyên: 1" in md
    assert "| Kế hoạch 211/KH-UBND | I.1 | — | định kỳ |" in md


def test_a_fully_covered_plan_says_so_on_the_total_row() -> None:
    """With nothing missing or waived, `check` shows one row: no "other sections" row repeating the total."""
    from dataclasses import replace

    full = replace(
        story(),
        coverage=(
            Coverage(
                "hp",
                "qd-489-2020",
                9,
                9,
                0,
                (),
                (
                    SectionCoverage("II.1", "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng", 4, 4, 0, ()),
                    SectionCoverage("III", "TỔ CHỨC THỰC HIỆN", 5, 5, 0, ()),
                ),
            ),
        ),
    )
    vi = reporter("text", "vi", width=100).render(full, "check")
    assert "Tổng cả 2 mục đều đủ                 9     9        0     0" in vi
    assert "mục khác" not in vi
    en = reporter("text", "en", width=100).render(full, "check")
    assert "all 2 sections covered" in en and "other sections" not in en
