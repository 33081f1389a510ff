"""The checker's deadline parser and extract's deadline finder are one grammar (`xhht_cli.deadlines`): every
phrase the parser accepts is found by extract inside a sentence, with the same meaning, and everything extract
finds parses."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xhht_cli.deadlines import Deadline, parse_deadline
from xhht_cli.extract.dates import find_deadline

FILLERS = ["hoàn thành", "xong", "trong", "vào", "trước", "chậm nhất", "chậm nhất là", "đến", "hết", "Trước"]
YEARLY = ["hằng năm", "hàng năm", "Hàng năm", "định kỳ hằng năm"]
ONGOING = ["thường xuyên", "liên tục", "định kỳ", "hằng ngày", "thường xuyên, liên tục", "Thường xuyên"]
PARTS = ["", "đầu ", "giữa ", "cuối ", "thượng tuần ", "trung tuần ", "hạ tuần "]
QUARTERS = ["I", "II", "III", "IV", "V", "1", "2", "3", "4", "5", "iv"]

years = st.integers(1940, 2105).map(str)
months = st.integers(0, 13).map(str)
days = st.integers(0, 32).map(lambda d: f"{d:02d}" if d < 10 and d % 2 else str(d))
sep = st.sampled_from(["/", "-", "."])
dash = st.sampled_from(["-", " - ", "–", " — "])
of_year = st.one_of(st.just(""), years.map(" năm {}".format), years.map("/{}".format), years.map(", năm {}".format))


@st.composite
def cores(draw: st.DrawFn) -> str:
    y, m, d, s = draw(years), draw(months), draw(days), draw(sep)
    return draw(st.sampled_from([
        f"{y}{s}{m}{s}{d}",
        f"{d}{s}{m}{s}{y}", f"ngày {d}{s}{m}{s}{y}", f"{d}{s}{m}", f"ngày {d}/{m}",
        f"ngày {d} tháng {m} năm {y}", f"{d} tháng {m}", f"ngày {d} tháng {m}",
        f"{draw(st.sampled_from(PARTS))}tháng {m}{draw(of_year)}",
        f"{draw(st.sampled_from(['quý', 'Quý', 'quí']))} {draw(st.sampled_from(QUARTERS))}{draw(of_year)}",
        f"{draw(st.sampled_from(['6', 'sáu', '9', '13']))} tháng {draw(st.sampled_from(['đầu', 'cuối']))} năm"
        f"{draw(st.sampled_from(['', ' ' + y]))}",
        f"giai đoạn {y}{draw(dash)}{draw(years)} và {draw(years)}{draw(dash)}{draw(years)}",
        f"từ năm {y} đến năm {draw(years)}", f"giai đoạn {y}{draw(dash)}{draw(years)}", f"{y}-{draw(years)}",
        f"năm {y}", f"cuối năm {y}", y, "cuối năm",
    ]))  # fmt: skip


@st.composite
def forms(draw: st.DrawFn) -> str:
    fillers = " ".join(draw(st.lists(st.sampled_from(FILLERS), max_size=3)))
    core = draw(cores())
    dated = f"{fillers} {core}".strip()
    return draw(st.sampled_from([
        dated,
        f"{dated}{draw(st.sampled_from([' ', ', ']))}{draw(st.sampled_from(YEARLY))}",
        f"{draw(st.sampled_from(YEARLY))}{draw(st.sampled_from([' ', ', ']))}{dated}",
        draw(st.sampled_from(YEARLY)),
        draw(st.sampled_from(["", "thực hiện "])) + draw(st.sampled_from(ONGOING)),
        draw(st.sampled_from(["định kỳ 6 tháng", "định kỳ hằng quý", "hằng quý", "Định kỳ hàng tháng",
                              "định kỳ sáu tháng một lần", "3 tháng một lần", "hàng tuần"])),
    ]))  # fmt: skip


def _meaning(d: Deadline) -> tuple[object, ...]:
    return (d.kind, d.due, d.month, d.day, d.every, d.stages)


@settings(max_examples=600, deadline=None)  # a loaded machine must not fail it on time
@given(forms(), st.sampled_from(["Sở Tư pháp chủ trì, hoàn thành {}.", "Các sở, ngành thực hiện; hoàn thành {};"]))
def test_every_form_the_parser_accepts_is_found_in_a_sentence(form: str, sentence: str) -> None:
    parsed = parse_deadline(form)
    assume(isinstance(parsed, Deadline))
    assert isinstance(parsed, Deadline)
    found = find_deadline(sentence.format(form))
    assert found.parsed is not None, (form, found.not_understood)
    assert _meaning(found.parsed) == _meaning(parsed), (form, found.text)


@pytest.mark.parametrize(
    ("form", "sentence"),
    [
        ("định kỳ 6 tháng", "Sở Nội vụ tổng hợp, báo cáo định kỳ 6 tháng."),
        ("định kỳ hằng quý", "Các huyện báo cáo định kỳ hằng quý về Sở Giáo dục và Đào tạo."),
        ("trước ngày 15/12 hằng năm", "Tổng hợp kết quả, báo cáo trước ngày 15/12 hằng năm."),
        ("từ năm 2021 đến năm 2025", "Triển khai thí điểm mô hình từ năm 2021 đến năm 2025."),
        ("đến năm 2025", "Duy trì và nâng cao chất lượng các trung tâm học tập cộng đồng đến năm 2025."),
        ("giai đoạn 2021 - 2025 và 2026 - 2030", "Tổ chức sơ kết giai đoạn 2021 - 2025 và 2026 - 2030."),
        ("Quý IV/2021", "Ban hành hướng dẫn, hoàn thành trong Quý IV/2021."),
        ("thực hiện thường xuyên", "Kiểm tra, giám sát việc triển khai; thực hiện thường xuyên."),
        ("thượng tuần tháng 9 năm 2020", "Tổ chức hội nghị vào thượng tuần tháng 9 năm 2020."),
    ],
)
def test_added_forms_parse_and_are_found(form: str, sentence: str) -> None:
    parsed = parse_deadline(form)
    assert isinstance(parsed, Deadline), parsed
    found = find_deadline(sentence)
    assert found.parsed is not None and _meaning(found.parsed) == _meaning(parsed), found


@pytest.mark.parametrize(
    "sentence",
    [
        "để đạt mục tiêu đến năm 2030.",  # a goal, not a deadline
        "hoạt động trong thư viện, bảo tàng đến năm 2030 và xây dựng mô hình công dân học tập.",
        "cung ứng các chương trình học tập thường xuyên, suốt đời cho mọi người.",
        "Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.",
        "sơ kết gắn với việc đánh giá kết quả công tác hằng năm của cơ quan, đơn vị.",  # no time is set
        "kiểm tra, giám sát kế hoạch tổ chức thực hiện Phong trào thi đua hàng năm, định kỳ, chuyên đề.",
        "Thực hiện Quyết định số 489/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ.",
    ],
)
def test_phrases_that_are_not_deadlines(sentence: str) -> None:
    assert find_deadline(sentence).text is None


WORDS = [*FILLERS, *YEARLY, *ONGOING, "ngày", "tháng", "năm", "quý", "giai đoạn", "và", "từ", "thực hiện", "của",
         "Quyết định số 489/QĐ-TTg", "“", "”", ",", ".", ";", "2020", "2025", "10/9", "10/9/2020", "II", "6", "13",
         "12", "31", "sáu", "một lần", "mục tiêu", "-", "/"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=20).map(" ".join))
def test_everything_extract_finds_parses(text: str) -> None:
    found = find_deadline(text)
    if found.text is not None:
        parsed = parse_deadline(found.text)
        assert isinstance(parsed, Deadline) and parsed == found.parsed
    for phrase in found.not_understood:
        assert not isinstance(parse_deadline(phrase), Deadline)


def test_a_long_text_full_of_dates_is_scanned_in_linear_time() -> None:
    # 1.8 MB of "ngày … tháng … năm" and cited documents: a quadratic scan takes minutes, a linear one a second
    code = (
        "from xhht_cli.extract.dates import find_deadline\n"
        "piece = 'Căn cứ Quyết định số 12/QĐ-UBND ngày 1 tháng 2 năm 2020 của tỉnh, ngày 3 tháng 4 năm 2021 trước '\n"
        "text = piece * (1_800_000 // len(piece)) + 'xong'\n"
        "find_deadline(text); find_deadline('9' * 1_800_000); find_deadline('trước ' * 300_000)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
