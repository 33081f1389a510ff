"""The messages of `xhht_cli.deadlines` for a deadline that is not understood, in Vietnamese and English.

Part of the text catalogue (`xhht_cli.catalogue`): reason -> message. Both languages take the same arguments; the
two that read differently are made for the language: `month_name` (9 in Vietnamese, September in English) and
`in_year` (" năm 2020", " 2020", or nothing).
"""

from __future__ import annotations

from xhht_cli.catalogue import Lenient, T

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip

_EXAMPLES = "«trước ngày 10/9/2020», «trong quý II năm 2020», «trước ngày 05 tháng 12 hằng năm»"
MESSAGES: dict[str, T] = {
    "empty": T("trống; hãy ghi thời hạn, ví dụ «trước ngày 10/9/2020», hoặc «thường xuyên» nếu không có hạn",
               "empty; write a deadline such as «trước ngày 10/9/2020», or «thường xuyên» if there is none"),
    "month-invalid": T("tháng {month} không tồn tại", "month {month} does not exist"),
    "day-invalid": T("ngày {day} không tồn tại trong tháng {month_name}{in_year}",
                     "day {day} does not exist in {month_name}{in_year}"),
    "quarter-invalid": T("quý {quarter} không tồn tại (một năm có quý I–IV)",
                         "quarter {quarter} does not exist (a year has quarters I–IV)"),
    "year-missing": T("thiếu năm: hãy ghi thêm năm, hoặc viết «{suggestion}» nếu việc lặp lại mỗi năm",
                      "year missing: add the year, or write «{suggestion}» if it recurs every year"),
    "year-out-of-range": T("năm {year} nằm ngoài khoảng {min}–{max}", "year {year} is outside {min}–{max}"),
    "range-reversed": T("giai đoạn kết thúc năm {end}, trước năm bắt đầu {start}",
                        "the period ends in {end}, before it starts in {start}"),
    "recurrence-unsupported": T(
        "chỉ hỗ trợ ngày hạn lặp lại hằng năm, không hỗ trợ ngày hạn «{recurrence}»; "
        "việc làm định kỳ hãy ghi «định kỳ {recurrence}»",
        "only yearly recurrences can have a due day, not «{recurrence}»; "
        "for a periodic duty write «định kỳ {recurrence}»"),
    "not-understood": T(f"không hiểu thời hạn này; các dạng được hiểu, ví dụ: {_EXAMPLES}",
                        f"not understood; forms that are understood include {_EXAMPLES}"),
}  # fmt: skip
WRAP = T("thời hạn «{text}»: {body}", "deadline «{text}»: {body}")


def error_message(text: str, reason: str, params: dict[str, object], lang: str) -> str:
    """The message for a deadline error in Vietnamese (the default) or English (``lang`` starting with "en")."""
    lang = "en" if lang.lower().startswith("en") else "vi"
    quoted = text if len(text) <= 80 else text[:79] + "…"
    p = Lenient(params)  # a hand-built DeadlineError must not make message() raise
    month, year = p.get("month"), p.get("year")
    if lang == "en" and isinstance(month, int) and 1 <= month <= 12:
        p["month_name"] = MONTHS_EN[month - 1]
    else:
        p["month_name"] = p["month"]
    p["in_year"] = "" if year is None else (f" năm {year}" if lang == "vi" else f" {year}")
    p.setdefault("reason", reason)
    body = MESSAGES.get(reason, T.both("{reason}")).in_(lang).format_map(p)
    return WRAP.in_(lang).format(text=quoted, body=body)
