"""Vietnamese that reads like Vietnamese, English with the same care, and messages a person can act on: each wording
pinned on a finding built by hand or on a small file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import invoke as _invoke

from xhht_cli import wording
from xhht_cli.codes import finding
from xhht_cli.i18n import message

ROOT = Path(__file__).resolve().parent.parent


def invoke(*args: str, env: dict[str, str] | None = None) -> Any:
    """The command line, 200 columns wide unless `env` says otherwise (a message on one line)."""
    return _invoke(*args, env={"COLUMNS": "200", **(env or {})})


HP = str(ROOT / "plans" / "haiphong.yaml")


@pytest.mark.parametrize(
    ("iso", "vi"),
    [
        ("2025-07-01", "01/7/2025"),
        ("2020-06-30", "30/6/2020"),
        ("2021-02-05", "05/02/2021"),
        ("2026-12-01", "01/12/2026"),
    ],
)
def test_dates_as_officials_write_them(iso: str, vi: str) -> None:
    assert wording.day(iso, "vi") == vi
    assert wording.day(iso, "en") == iso


def test_numbers_durations_documents() -> None:
    assert wording.number(2253, "vi") == "2.253" and wording.number(2253, "en") == "2,253"
    assert wording.days(2253, "vi") == "2.253 ngày (6 năm 2 tháng)"
    assert wording.days(2253, "en") == "2,253 days (6 years 2 months)"
    assert wording.days(51, "vi") == "51 ngày" and wording.days(1, "en") == "1 day"
    assert wording.document("489/QĐ-TTg", "vi") == "Quyết định 489/QĐ-TTg"
    assert wording.document("211/KH-UBND", "vi") == "Kế hoạch 211/KH-UBND"
    assert wording.document("211/KH-UBND", "en") == "Plan 211/KH-UBND"
    assert wording.document("35/2017/TT-BGDĐT", "vi") == "Thông tư 35/2017/TT-BGDĐT"
    assert wording.document(None, "vi", "hp") == "hp"
    assert wording.years([2020, 2021, 2022, 2023, 2025]) == "2020–2023, 2025"
    assert wording.figure(65, "percent", "vi") == "65%" and wording.figure(2.5, "percent", "vi") == "2,5%"


def _msg(code: str, key: str, args: dict[str, object], lang: str = "vi") -> str:
    return message(finding(code, "f.yaml", (1, 1), key, args), lang)


def test_a003_says_the_body_ceased_and_its_tasks_passed_on() -> None:
    args = {"body": "Ủy ban nhân dân các quận, huyện", "role": "lead", "until": "2025-06-30", "successors": "X; Y"}
    assert _msg("A003", "A003", args) == (
        "«Ủy ban nhân dân các quận, huyện» (cơ quan chủ trì) đã chấm dứt hoạt động từ ngày 01/7/2025; "
        "nhiệm vụ chuyển cho: X; Y"
    )
    assert _msg("A003", "A003", {**args, "role": "cooperating"}).startswith(
        "«Ủy ban nhân dân các quận, huyện» (cơ quan phối hợp)"
    )
    assert _msg("A003", "A003", args, "en") == (
        "«Ủy ban nhân dân các quận, huyện» (lead body) ceased to exist on 2025-07-01; its tasks passed to: X; Y"
    )


def test_d006_c003_c004_t002_wordings() -> None:
    d006 = {
        "issued": "2020-08-20",
        "deadline": "2020-06-30",
        "template_task": "III.1.a",
        "template_doc": "489/QĐ-TTg",
        "days_late": 51,
    }
    assert _msg("D006", "D006", d006) == (
        "chậm 51 ngày so với thời hạn ban hành kế hoạch (30/6/2020) tại nhiệm vụ III.1.a của Quyết định 489/QĐ-TTg"
    )
    assert _msg("C003", "C003", {"template_doc": "387/QĐ-TTg"}) == (
        "nhiệm vụ do địa phương tự đề ra, không gắn với nhiệm vụ nào của Quyết định 387/QĐ-TTg"
    )
    c004 = _msg("C004", "C004.none", {"body": "Ủy ban nhân dân cấp xã", "deadline": "—"})
    assert "hạn" not in c004 and "—" not in c004
    t002 = {
        "template_target": "MT.2025.3",
        "template_doc": "387/QĐ-TTg",
        "unit": "percent",
        "value": 65.0,
        "by": 2025,
        "text": "tỷ lệ dòng họ đạt danh hiệu Dòng họ học tập",
    }
    assert _msg("T002", "T002", t002).endswith("«tỷ lệ dòng họ đạt danh hiệu Dòng họ học tập»: 65% đến năm 2025")
    d001 = {"deadline": "2020-09-30", "days_overdue": 2253, "text": "trong quý III năm 2020"}
    assert _msg("D001", "D001", d001) == (
        "quá hạn 2.253 ngày (6 năm 2 tháng): thời hạn «trong quý III năm 2020» (30/9/2020), chưa có báo cáo hoàn thành"
    )


def test_table_titles_and_columns_in_vietnamese() -> None:
    cov = invoke("coverage", HP, "--lang", "vi").stdout
    assert "Mức độ cụ thể hóa Quyết định 489/QĐ-TTg trong Kế hoạch 211/KH-UBND" in cov and "Miễn trừ" in cov
    dl = invoke("deadlines", HP, "--as-of", "2026-12-01", "--lang", "vi").stdout
    assert "Tình hình thực hiện tính đến ngày 01/12/2026" in dl and "Số ngày" in dl and "quá hạn" in dl
    bodies = invoke("bodies", HP, "--as-of", "2026-12-01", "--lang", "vi").stdout
    assert "Danh mục cơ quan, tổ chức tại ngày 01/12/2026" in bodies and "Cơ quan kế nhiệm" in bodies


def test_a002_names_the_local_counterpart_only() -> None:
    out = invoke("check", HP, "--as-of", "2026-12-01", "--lang", "vi", "--select", "A002", "--show-info").stdout
    out = " ".join(out.split())
    assert "cơ quan tương ứng: Ủy ban nhân dân thành phố Hải Phòng" in out
    assert "cấp huyện" not in out


ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.mark.parametrize("command", ["check", "coverage", "deadlines", "bodies"])
def test_vietnamese_output_has_no_iso_date_and_no_plan_id(command: str) -> None:
    extra = [] if command == "coverage" else ["--as-of", "2026-12-01"]
    out = invoke(command, HP, *extra, "--lang", "vi", env={"COLUMNS": "80"}).stdout
    assert not ISO.search(out), ISO.search(out)
    assert "haiphong-211-2020" not in out and "qd-489-2020" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def _write(tmp: Path, name: str, text: str) -> str:
    (tmp / name).write_text(text, encoding="utf-8")
    return str(tmp / name)


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("format: xhht/plan@1\nplan:\n  id: x\n\ttitle: a\n", "dòng 4 thụt lề bằng ký tự tab", "indented with a tab"),
        ('format: xhht/plan@1\nplan:\n  id: x\n  title: "abc\n', "dấu ngoặc kép mở ở dòng", "is never closed"),
        (
            "format: xhht/plan@1\nplan:\n  id: x\n  title: Mục tiêu: abc\n",
            "hãy đặt cả giá trị trong ngoặc kép",
            "put the whole value in quotes",
        ),
        ("format: xhht/plan@1\nplan:\n  id: x\n  source: [a, b: c\n", "dấu phẩy tách các phần tử", "commas separate"),
    ],
)
def test_s001_says_the_usual_cause(tmp_path: Path, text: str, vi: str, en: str) -> None:
    path = _write(tmp_path, "p.yaml", text)
    assert vi in invoke("validate", path, "--lang", "vi").stdout
    assert en in invoke("validate", path, "--lang", "en").stdout


PLAN = """\
format: xhht/plan@1
plan:
  id: x
  title: t
  issuer: Ủy ban nhân dân thành phố Hải Phòng
  level: {level}
  jurisdiction: Hải Phòng
  implements: qd-489-2020
sections:
  - id: II.1
    title: t
    tasks:
      - id: II.1.a
        text: t
        chu_tri: [Sở Giáo dục và Đào tạo]
        phoi_hop: [Sở Tài chính]
        thoi_han: trong năm 2020
        implements: II.1.a
      - id: II.1.b
        text: t
        lead: [Sở Giáo dục và Đàoo tạo]
        deadline: 32/13/2020
        implements: II.1.x
"""


def test_enum_in_vietnamese_is_mapped(tmp_path: Path) -> None:
    out = invoke("validate", _write(tmp_path, "p.yaml", PLAN.format(level="tỉnh")), "--lang", "vi").stdout
    assert "plan.level: 'tỉnh' không phải giá trị được phép; hãy viết 'province'." in out
    assert "'national' (trung ương), 'province' (tỉnh), 'district' (huyện), 'commune' (xã) hoặc 'agency' (cơ" in out
    report = (
        "format: xhht/report@1\nreport:\n  plan: p\n  by: B\n  date: 2021-01-01\n"
        "entries:\n  - task: I.1\n    status: hoàn thành\n"
    )
    out = invoke("validate", _write(tmp_path, "r.yaml", report), "--lang", "vi").stdout
    assert "'hoàn thành' không phải giá trị được phép; hãy viết 'done'" in out


def test_vietnamese_key_names_and_wrong_ids_are_suggested_and_one_bad_task_hides_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.yaml", PLAN.format(level="province"))
    out = invoke(
        "check", path, "--lang", "vi", "--as-of", "2026-12-01", "--ignore", "C001,D006", env={"COLUMNS": "200"}
    ).stdout
    for key, meant in (("chu_tri", "lead"), ("phoi_hop", "cooperating"), ("thoi_han", "deadline")):
        assert f"không có khóa '{key}'; tên khóa viết bằng tiếng Anh, khóa này là '{meant}'" in out
    # the other task's problems are still reported
    assert "S006" in out and "Sở Giáo dục và Đàoo tạo" in out
    assert "S007" in out and "tháng 13" in out
    assert "'II.1.x' không phải nhiệm vụ của Quyết định 489/QĐ-TTg; có phải: II.1.d, II.1.c, II.1.b?" in out
    # what the left-out task implements is not reported missing
    github = invoke("check", path, "--as-of", "2026-12-01", "--select", "C001", "--format", "github").stdout
    assert "C001" in github and "::x II.1.a:" not in github


def test_unknown_jurisdiction_is_a_usage_error_with_suggestions() -> None:
    r = invoke("bodies", "--jurisdiction", "Hai Phongg", "--lang", "vi")
    assert r.exit_code == 2 and "có phải: Hải Phòng" in r.output
    ok = invoke("bodies", "--jurisdiction", "hai phong", "--changed", "--lang", "en")
    assert ok.exit_code == 0 and "Sở Thông tin và Truyền thông" in ok.stdout


def test_bodies_without_plans_say_counts_need_plans() -> None:
    out = invoke("bodies", "--lang", "vi", "--as-of", "2026-12-01").stdout
    assert "Số nhiệm vụ chỉ được tính khi có kế hoạch" in out and "Đang thực hiện" not in out


def test_explain_into_head_is_not_an_error() -> None:
    shell = f"{sys.executable} -m xhht_cli explain D001 | head -1; {sys.executable} -m xhht_cli explain | head -1"
    r = subprocess.run(["bash", "-c", "set -o pipefail; " + shell], capture_output=True, text=True, timeout=60)
    assert "internal error" not in r.stderr and "lỗi nội bộ" not in r.stderr and "Traceback" not in r.stderr
