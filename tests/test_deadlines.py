"""Tests for the Vietnamese deadline parser (xhht_cli.deadlines)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xhht_cli.deadlines import Deadline, DeadlineError, parse_deadline


def _ok(text: str) -> Deadline:
    result = parse_deadline(text)
    assert isinstance(result, Deadline), result
    return result


def _err(text: str) -> DeadlineError:
    result = parse_deadline(text)
    assert isinstance(result, DeadlineError), result
    return result


# ----------------------------------------------------------------------------------------------------
# Forms that are understood

DATES: list[tuple[str, date]] = [
    # a day
    ("2020-09-10", date(2020, 9, 10)),
    ("2020/09/10", date(2020, 9, 10)),
    ("10/9/2020", date(2020, 9, 10)),
    ("10-9-2020", date(2020, 9, 10)),
    ("10.9.2020", date(2020, 9, 10)),
    ("10/09/2020", date(2020, 9, 10)),
    ("ngày 10/9/2020", date(2020, 9, 10)),
    ("ngày 10 tháng 9 năm 2020", date(2020, 9, 10)),
    ("Ngày 10 Tháng 9 Năm 2020", date(2020, 9, 10)),
    ("trước ngày 10/9/2020", date(2020, 9, 10)),
    ("Trước ngày 10/9/2020.", date(2020, 9, 10)),
    ("trước ngày 15/10/2017", date(2017, 10, 15)),
    ("chậm nhất ngày 15/10/2017", date(2017, 10, 15)),
    ("chậm nhất là ngày 15/10/2017", date(2017, 10, 15)),
    ("hoàn thành trước ngày 10/9/2020", date(2020, 9, 10)),
    ("xong trước ngày 10/9/2020;", date(2020, 9, 10)),
    ("29/2/2024", date(2024, 2, 29)),
    # quarters
    ("quý II năm 2020", date(2020, 6, 30)),
    ("trong quý II năm 2020", date(2020, 6, 30)),
    ("quý 2/2020", date(2020, 6, 30)),
    ("quý II/2014", date(2014, 6, 30)),
    ("trong quý III/2014", date(2014, 9, 30)),
    ("hoàn thành trong quý III năm 2020.", date(2020, 9, 30)),
    ("hoàn thành trong quý IV năm 2020", date(2020, 12, 31)),
    ("vào quý II năm 2026", date(2026, 6, 30)),
    ("quý I năm 2021", date(2021, 3, 31)),
    ("Quý 4 năm 2021", date(2021, 12, 31)),
    ("QUÝ IV NĂM 2021", date(2021, 12, 31)),
    ("quí 3/2021", date(2021, 9, 30)),
    # months
    ("tháng 9 năm 2020", date(2020, 9, 30)),
    ("tháng 9/2020", date(2020, 9, 30)),
    ("trong tháng 9 năm 2020", date(2020, 9, 30)),
    ("tháng 2 năm 2024", date(2024, 2, 29)),
    ("đầu tháng 9 năm 2020", date(2020, 9, 10)),
    ("giữa tháng 9 năm 2020", date(2020, 9, 20)),
    ("cuối tháng 9 năm 2020", date(2020, 9, 30)),
    ("thượng tuần tháng 9 năm 2020", date(2020, 9, 10)),
    ("trung tuần tháng 9/2020", date(2020, 9, 20)),
    ("hạ tuần tháng 2 năm 2021", date(2021, 2, 28)),
    # years and parts of years
    ("năm 2020", date(2020, 12, 31)),
    ("trong năm 2020", date(2020, 12, 31)),
    ("cuối năm 2030", date(2030, 12, 31)),
    ("vào cuối năm 2030", date(2030, 12, 31)),
    ("vào cuối năm 2030.", date(2030, 12, 31)),
    ("đến năm 2025", date(2025, 12, 31)),
    ("đến hết năm 2025", date(2025, 12, 31)),
    ("2025", date(2025, 12, 31)),
    ("6 tháng đầu năm 2021", date(2021, 6, 30)),
    ("sáu tháng đầu năm 2021", date(2021, 6, 30)),
    ("6 tháng cuối năm 2021", date(2021, 12, 31)),
    ("9 tháng đầu năm 2021", date(2021, 9, 30)),
    # periods
    ("giai đoạn 2023 - 2025", date(2025, 12, 31)),
    ("giai đoạn 2021 – 2030", date(2030, 12, 31)),
    ("giai đoạn 2021—2030", date(2030, 12, 31)),
    ("giai đoạn 2021 — 2030", date(2030, 12, 31)),
    ("Giai đoạn 2021 -2030", date(2030, 12, 31)),
    ("trong giai đoạn 2021-2025", date(2025, 12, 31)),
    ("2023-2025", date(2025, 12, 31)),
    ("2022 - 2030", date(2030, 12, 31)),
    ("2020 - 2020", date(2020, 12, 31)),
    ("từ năm 2023 đến năm 2030", date(2030, 12, 31)),
    ("từ năm 2021 đến năm 2025", date(2025, 12, 31)),
    ("Quý IV/2021", date(2021, 12, 31)),
    ("giai đoạn 2021 - 2025 và 2026 - 2030", date(2030, 12, 31)),
    ("giai đoạn 2021-2025 và giai đoạn 2026-2030", date(2030, 12, 31)),
    # whitespace and Unicode normal forms
    ("  trong\tquý II\n năm   2020 ", date(2020, 6, 30)),
    (unicodedata.normalize("NFD", "trong quý II năm 2020"), date(2020, 6, 30)),
]


@pytest.mark.parametrize(("text", "due"), DATES)
def test_date_forms(text: str, due: date) -> None:
    deadline = _ok(text)
    assert deadline.kind == "date"
    assert deadline.due == due
    assert deadline.month is None and deadline.day is None


YEARLY: list[tuple[str, int, int]] = [
    ("hằng năm", 12, 31),
    ("hàng năm", 12, 31),
    ("Hàng năm", 12, 31),
    ("Hàng năm.", 12, 31),
    ("định kỳ hằng năm", 12, 31),
    ("trước ngày 15/12 hằng năm", 12, 15),
    ("trước ngày 05 tháng 12 hằng năm", 12, 5),
    ("Trước ngày 05 tháng 12 hàng năm", 12, 5),
    ("trước ngày 5/12 hằng năm", 12, 5),
    ("trước ngày 5/12, hằng năm", 12, 5),
    ("hằng năm, trước ngày 5/12", 12, 5),
    ("Hằng năm trước ngày 05 tháng 12", 12, 5),
    ("vào đầu tháng 10 hàng năm", 10, 10),
    ("giữa tháng 10 hằng năm", 10, 20),
    ("cuối tháng 10 hằng năm", 10, 31),
    ("tháng 10 hằng năm", 10, 31),
    ("quý II hằng năm", 6, 30),
    ("trong quý 3 hàng năm", 9, 30),
    ("6 tháng đầu năm hằng năm", 6, 30),
    ("ngày 29/2 hằng năm", 2, 29),
    ("cuối tháng 2 hằng năm", 2, 29),
    (unicodedata.normalize("NFD", "Hằng năm"), 12, 31),
]


@pytest.mark.parametrize(("text", "month", "day"), YEARLY)
def test_yearly_forms(text: str, month: int, day: int) -> None:
    deadline = _ok(text)
    assert (deadline.kind, deadline.due, deadline.month, deadline.day) == ("yearly", None, month, day)


@pytest.mark.parametrize(
    "text", ["định kỳ", "Định kỳ", "thường xuyên", "Thường xuyên.", "liên tục", "hằng ngày", "hàng ngày",
             "thường xuyên, liên tục", " thường  xuyên ", "thực hiện thường xuyên", "Thực hiện thường xuyên."],
)  # fmt: skip
def test_ongoing_forms(text: str) -> None:
    deadline = _ok(text)
    assert (deadline.kind, deadline.due, deadline.month, deadline.day) == ("ongoing", None, None, None)
    assert deadline.every is None


@pytest.mark.parametrize(
    ("text", "every", "vi", "en"),
    [
        ("định kỳ 6 tháng", "6 months", "thường xuyên, định kỳ 6 tháng", "ongoing, every 6 months"),
        ("Định kỳ sáu tháng một lần", "6 months", "thường xuyên, định kỳ 6 tháng", "ongoing, every 6 months"),
        ("6 tháng một lần", "6 months", "thường xuyên, định kỳ 6 tháng", "ongoing, every 6 months"),
        ("định kỳ hằng quý", "quarter", "thường xuyên, định kỳ hằng quý", "ongoing, every quarter"),
        ("hàng quý", "quarter", "thường xuyên, định kỳ hằng quý", "ongoing, every quarter"),
        ("định kỳ 3 tháng", "quarter", "thường xuyên, định kỳ hằng quý", "ongoing, every quarter"),
        ("Định kỳ hàng tháng", "month", "thường xuyên, định kỳ hằng tháng", "ongoing, every month"),
        ("hàng tuần", "week", "thường xuyên, định kỳ hằng tuần", "ongoing, every week"),
    ],
)
def test_periodic_forms_are_ongoing_with_their_period(text: str, every: str, vi: str, en: str) -> None:
    deadline = _ok(text)
    assert (deadline.kind, deadline.due, deadline.every) == ("ongoing", None, every)
    assert (deadline.describe("vi"), deadline.describe("en")) == (vi, en)


def test_two_stages_are_due_at_the_end_of_the_last() -> None:
    deadline = _ok("giai đoạn 2021 - 2025 và 2026 - 2030")
    assert deadline.due == date(2030, 12, 31)
    assert deadline.stages == (date(2025, 12, 31), date(2030, 12, 31))
    assert _ok("giai đoạn 2021 - 2025").stages == ()


def test_text_is_nfc_and_whitespace_folded_as_written() -> None:
    assert _ok(unicodedata.normalize("NFD", " Trong  quý II\nnăm 2020.")).text == "Trong quý II năm 2020."
    assert _err("  22/22/2033 ").text == "22/22/2033"


def test_date_values() -> None:
    assert parse_deadline(date(2020, 9, 10)) == Deadline("2020-09-10", "date", due=date(2020, 9, 10))
    expected = Deadline("2020-09-10", "date", due=date(2020, 9, 10))
    assert parse_deadline(datetime(2020, 9, 10, 8, 30)) == expected
    assert _err_of(parse_deadline(date(1900, 1, 1))).reason == "year-out-of-range"


def _err_of(result: Deadline | DeadlineError) -> DeadlineError:
    assert isinstance(result, DeadlineError), result
    return result


# ----------------------------------------------------------------------------------------------------
# Errors: every reason, with its parameters and both messages

ERRORS: list[tuple[str, str, dict[str, object], str, str]] = [
    ("22/22/2033", "month-invalid", {"month": 22},
     "thời hạn «22/22/2033»: tháng 22 không tồn tại",
     "deadline «22/22/2033»: month 22 does not exist"),
    ("tháng 13 năm 2020", "month-invalid", {"month": 13},
     "thời hạn «tháng 13 năm 2020»: tháng 13 không tồn tại",
     "deadline «tháng 13 năm 2020»: month 13 does not exist"),
    ("30/02/2021", "day-invalid", {"day": 30, "month": 2, "year": 2021},
     "thời hạn «30/02/2021»: ngày 30 không tồn tại trong tháng 2 năm 2021",
     "deadline «30/02/2021»: day 30 does not exist in February 2021"),
    ("31/4/2020", "day-invalid", {"day": 31, "month": 4, "year": 2020},
     "thời hạn «31/4/2020»: ngày 31 không tồn tại trong tháng 4 năm 2020",
     "deadline «31/4/2020»: day 31 does not exist in April 2020"),
    ("2021-02-30", "day-invalid", {"day": 30, "month": 2, "year": 2021},
     "thời hạn «2021-02-30»: ngày 30 không tồn tại trong tháng 2 năm 2021",
     "deadline «2021-02-30»: day 30 does not exist in February 2021"),
    ("ngày 29 tháng 2 năm 2023", "day-invalid", {"day": 29, "month": 2, "year": 2023},
     "thời hạn «ngày 29 tháng 2 năm 2023»: ngày 29 không tồn tại trong tháng 2 năm 2023",
     "deadline «ngày 29 tháng 2 năm 2023»: day 29 does not exist in February 2023"),
    ("0/5/2020", "day-invalid", {"day": 0, "month": 5, "year": 2020},
     "thời hạn «0/5/2020»: ngày 0 không tồn tại trong tháng 5 năm 2020",
     "deadline «0/5/2020»: day 0 does not exist in May 2020"),
    ("trước ngày 31/11 hằng năm", "day-invalid", {"day": 31, "month": 11},
     "thời hạn «trước ngày 31/11 hằng năm»: ngày 31 không tồn tại trong tháng 11",
     "deadline «trước ngày 31/11 hằng năm»: day 31 does not exist in November"),
    ("quý V năm 2020", "quarter-invalid", {"quarter": "V"},
     "thời hạn «quý V năm 2020»: quý V không tồn tại (một năm có quý I–IV)",
     "deadline «quý V năm 2020»: quarter V does not exist (a year has quarters I–IV)"),
    ("quý 5/2020", "quarter-invalid", {"quarter": "5"},
     "thời hạn «quý 5/2020»: quý 5 không tồn tại (một năm có quý I–IV)",
     "deadline «quý 5/2020»: quarter 5 does not exist (a year has quarters I–IV)"),
    ("trước ngày 20/10", "year-missing", {"suggestion": "trước ngày 20/10 hằng năm"},
     "thời hạn «trước ngày 20/10»: thiếu năm: hãy ghi thêm năm, hoặc viết «trước ngày 20/10 hằng năm» "
     "nếu việc lặp lại mỗi năm",
     "deadline «trước ngày 20/10»: year missing: add the year, or write «trước ngày 20/10 hằng năm» "
     "if it recurs every year"),
    ("Trong quý II.", "year-missing", {"suggestion": "Trong quý II hằng năm"},
     "thời hạn «Trong quý II.»: thiếu năm: hãy ghi thêm năm, hoặc viết «Trong quý II hằng năm» "
     "nếu việc lặp lại mỗi năm",
     "deadline «Trong quý II.»: year missing: add the year, or write «Trong quý II hằng năm» "
     "if it recurs every year"),
    ("ngày 10/9/1900", "year-out-of-range", {"year": 1900, "min": 1945, "max": 2100},
     "thời hạn «ngày 10/9/1900»: năm 1900 nằm ngoài khoảng 1945–2100",
     "deadline «ngày 10/9/1900»: year 1900 is outside 1945–2100"),
    ("quý II năm 2201", "year-out-of-range", {"year": 2201, "min": 1945, "max": 2100},
     "thời hạn «quý II năm 2201»: năm 2201 nằm ngoài khoảng 1945–2100",
     "deadline «quý II năm 2201»: year 2201 is outside 1945–2100"),
    ("giai đoạn 2025 - 2023", "range-reversed", {"start": 2025, "end": 2023},
     "thời hạn «giai đoạn 2025 - 2023»: giai đoạn kết thúc năm 2023, trước năm bắt đầu 2025",
     "deadline «giai đoạn 2025 - 2023»: the period ends in 2023, before it starts in 2025"),
    ("trước ngày 15 hằng tháng", "recurrence-unsupported", {"recurrence": "hằng tháng"},
     "thời hạn «trước ngày 15 hằng tháng»: chỉ hỗ trợ ngày hạn lặp lại hằng năm, không hỗ trợ ngày hạn «hằng tháng»; "
     "việc làm định kỳ hãy ghi «định kỳ hằng tháng»",
     "deadline «trước ngày 15 hằng tháng»: only yearly recurrences can have a due day, not «hằng tháng»; "
     "for a periodic duty write «định kỳ hằng tháng»"),
    ("", "empty", {},
     "thời hạn «»: trống; hãy ghi thời hạn, ví dụ «trước ngày 10/9/2020», "
     "hoặc «thường xuyên» nếu không có hạn",
     "deadline «»: empty; write a deadline such as «trước ngày 10/9/2020», "
     "or «thường xuyên» if there is none"),
    ("sớm", "not-understood", {},
     "thời hạn «sớm»: không hiểu thời hạn này; các dạng được hiểu, ví dụ: «trước ngày 10/9/2020», "
     "«trong quý II năm 2020», «trước ngày 05 tháng 12 hằng năm»",
     "deadline «sớm»: not understood; forms that are understood include «trước ngày 10/9/2020», "
     "«trong quý II năm 2020», «trước ngày 05 tháng 12 hằng năm»"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reason", "params", "vi", "en"), ERRORS)
def test_errors(text: str, reason: str, params: dict[str, object], vi: str, en: str) -> None:
    error = _err(text)
    assert (error.reason, error.params) == (reason, params)
    assert error.message("vi") == vi
    assert error.message("en") == en
    assert error.message("en-GB") == en
    assert error.message("") == vi  # Vietnamese is the default
    assert error.message("fr") == vi


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("   ", "empty"), (" . ", "empty"), (".,;", "empty"),
        ("31/4/2020", "day-invalid"), ("29/2/2021", "day-invalid"), ("32/1/2020", "day-invalid"),
        ("0/0/2020", "month-invalid"), ("2021-13-01", "month-invalid"),
        ("trước ngày 1/13 hằng năm", "month-invalid"),
        ("quý 0 năm 2020", "quarter-invalid"), ("quý IIII năm 2020", "quarter-invalid"),
        ("trong quý VI/2020", "quarter-invalid"),
        ("ngày 20 tháng 10", "year-missing"), ("tháng 9", "year-missing"), ("cuối năm", "year-missing"),
        ("6 tháng đầu năm", "year-missing"), ("20.10", "year-missing"),
        ("năm 1944", "year-out-of-range"), ("năm 2101", "year-out-of-range"),
        ("1900-2020", "year-out-of-range"),
        ("2020-3000", "year-out-of-range"), ("0000-01-01", "year-out-of-range"),
        ("2030 - 2021", "range-reversed"), ("từ năm 2030 đến năm 2021", "range-reversed"),
        ("trước ngày 15 hằng tháng", "recurrence-unsupported"), ("vào tuần 2 hằng quý", "recurrence-unsupported"),
        ("định kỳ 13 tháng", "not-understood"), ("định kỳ năm 2020", "not-understood"),
        ("giai đoạn 2021 - 2025 và 2020 - 2030", "range-reversed"),
        ("giai đoạn 2021 - 2025 và 2026 - 2024", "range-reversed"),
        ("kể từ ngày 10/9/2020", "not-understood"), ("sau ngày 10/9/2020", "not-understood"),
        ("đầu năm 2021", "not-understood"), ("10/9/20", "not-understood"), ("10/9-2020", "not-understood"),
        ("quý II năm 2020 hằng năm", "not-understood"), ("hằng năm hằng năm", "not-understood"),
        ("định kỳ báo cáo", "not-understood"), ("thường xuyên cập nhật", "not-understood"),
        ("13 tháng đầu năm 2021", "not-understood"), ("١٠/٩/٢٠٢٠", "not-understood"),
        ("quý II năm 2020 " * 50, "not-understood"),
    ],
)  # fmt: skip
def test_error_reasons(text: str, reason: str) -> None:
    error = _err(text)
    assert error.reason == reason
    for lang in ("vi", "en"):
        message = error.message(lang)
        assert message.startswith(("thời hạn «", "deadline «"))


def test_long_text_is_quoted_shortened() -> None:
    error = _err("x" * 500)
    assert error.message("en") == f"deadline «{'x' * 79}…»: " + error.message("en").split("»: ", 1)[1]
    assert error.text == "x" * 500


def test_error_params_are_not_shared_between_calls() -> None:
    first = _err("22/22/2033")
    first.params["month"] = 1
    assert _err("22/22/2033").params == {"month": 22}


def test_hand_built_error_message_does_not_raise() -> None:
    assert DeadlineError("x", "day-invalid", {}).message("en") == "deadline «x»: day ? does not exist in ?"
    assert DeadlineError("x", "something-new", {}).message("vi") == "thời hạn «x»: something-new"


# ----------------------------------------------------------------------------------------------------
# due_in and describe


def test_due_in_yearly() -> None:
    deadline = _ok("trước ngày 05 tháng 12 hằng năm")
    assert deadline.due_in(2021) == date(2021, 12, 5)
    assert deadline.due_in(2030) == date(2030, 12, 5)
    assert _ok("hằng năm").due_in(2024) == date(2024, 12, 31)


def test_due_in_yearly_feb_29() -> None:
    for text in ("ngày 29/2 hằng năm", "cuối tháng 2 hằng năm"):
        deadline = _ok(text)
        assert deadline.due_in(2024) == date(2024, 2, 29)
        assert deadline.due_in(2023) == date(2023, 2, 28)
        assert deadline.due_in(2100) == date(2100, 2, 28)
        assert deadline.due_in(2000) == date(2000, 2, 29)
    assert Deadline("x", "yearly", month=2, day=29).due_in(2025) == date(2025, 2, 28)


def test_due_in_date_and_ongoing() -> None:
    assert _ok("quý II năm 2020").due_in(2025) == date(2020, 6, 30)
    with pytest.raises(ValueError):
        _ok("thường xuyên").due_in(2020)


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("trong quý II năm 2020", "2020-06-30", "2020-06-30"),
        ("trước ngày 05 tháng 12 hằng năm", "hằng năm, trước 05/12", "every year by 05 Dec"),
        ("hằng năm", "hằng năm, trước 31/12", "every year by 31 Dec"),
        ("vào đầu tháng 10 hàng năm", "hằng năm, trước 10/10", "every year by 10 Oct"),
        ("thường xuyên", "thường xuyên", "ongoing"),
        ("định kỳ", "thường xuyên", "ongoing"),
    ],
)
def test_describe(text: str, vi: str, en: str) -> None:
    deadline = _ok(text)
    assert deadline.describe("vi") == vi
    assert deadline.describe("en") == en
    assert deadline.describe("EN") == en
    assert deadline.describe("") == vi


def test_results_are_frozen_values() -> None:
    assert parse_deadline("quý 2/2020") == Deadline("quý 2/2020", "date", due=date(2020, 6, 30))
    deadline = _ok("hằng năm")
    with pytest.raises(AttributeError):
        deadline.day = 1  # type: ignore[misc]
    assert hash(deadline) == hash(Deadline("hằng năm", "yearly", month=12, day=31))


# ----------------------------------------------------------------------------------------------------
# parse_deadline never raises

FRAGMENTS = [
    "ngày", "tháng", "năm", "quý", "quí", "hằng", "hàng", "trước", "trong", "vào", "đến", "hết",
    "hoàn thành", "chậm nhất", "là", "xong", "giai đoạn", "đầu", "giữa", "cuối", "thượng tuần", "định kỳ",
    "thường xuyên", "liên tục", "tuần", "từ", "I", "II", "III", "IV", "V", "IIII", "0", "1", "2", "5", "6",
    "12", "13", "29", "31", "99", "1944", "1945", "2020", "2021", "2100", "2101", "9999", "0000", "/", "-",
    "–", "—", ".", ",", ";", " ", "hằng năm", "sáu", "\u0300", "\u0301", "Đ", "İ", "ß", "\n",
]  # fmt: skip


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    assert isinstance(parse_deadline(text), Deadline | DeadlineError)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join))
def test_never_raises_on_deadline_vocabulary(text: str) -> None:
    result = parse_deadline(text)
    assert isinstance(result, Deadline | DeadlineError)
    if isinstance(result, DeadlineError):
        assert result.message("vi").startswith("thời hạn «")
        assert result.message("en").startswith("deadline «")
    else:
        assert result.describe("vi") and result.describe("en")
        if result.kind != "ongoing":
            assert isinstance(result.due_in(2024), date)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_never_raises_on_glued_vocabulary(text: str) -> None:
    assert isinstance(parse_deadline(text), Deadline | DeadlineError)


@given(
    st.from_regex(
        r"\A(?:(?:trước|trong|vào|chậm nhất) )?(?:ngày )?"
        r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}(?: h[ằà]ng năm)?\Z"
    )
)
def test_day_month_year_is_a_date_or_a_named_error(text: str) -> None:
    result = parse_deadline(text)
    if isinstance(result, DeadlineError):
        assert result.reason in {"day-invalid", "month-invalid", "year-out-of-range", "not-understood"}
    else:
        assert result.kind == "date" and result.due is not None


@given(st.dates())
def test_any_date_value(value: date) -> None:
    result = parse_deadline(value)
    if 1945 <= value.year <= 2100:
        assert result == Deadline(value.isoformat(), "date", due=value)
    else:
        assert isinstance(result, DeadlineError) and result.reason == "year-out-of-range"


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=30), st.text(min_size=1, max_size=30), st.integers(min_value=10, max_value=20_000))
def test_never_raises_on_long_text(head: str, body: str, repeat: int) -> None:
    assert isinstance(parse_deadline(head + body * repeat), Deadline | DeadlineError)


def test_very_long_strings_are_quick() -> None:
    for text in ("quý II năm 2020 " * 100_000, "1" * 1_000_000, "hằng năm, " * 100_000, " " * 1_000_000):
        assert isinstance(parse_deadline(text), DeadlineError)
