"""The messages of `xhht_cli.deadlines` for a deadline that is not understood, in Vietnamese and English."""

from __future__ import annotations

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip

_EXAMPLES = "«trước ngày 10/9/2020», «trong quý II năm 2020», «trước ngày 05 tháng 12 hằng năm»"
_MESSAGES: dict[str, tuple[str, str]] = {  # reason -> (vi, en)
    "empty": ("trống; hãy ghi thời hạn, ví dụ «trước ngày 10/9/2020», hoặc «thường xuyên» nếu không có hạn",
              "empty; write a deadline such as «trước ngày 10/9/2020», or «thường xuyên» if there is none"),
    "month-invalid": ("tháng {month} không tồn tại", "month {month} does not exist"),
    "day-invalid": ("ngày {day} không tồn tại trong tháng {month}{year_vi}",
                    "day {day} does not exist in {month_en}{year_en}"),
    "quarter-invalid": ("quý {quarter} không tồn tại (một năm có quý I–IV)",
                        "quarter {quarter} does not exist (a year has quarters I–IV)"),
    "year-missing": ("thiếu năm: hãy ghi thêm năm, hoặc viết «{suggestion}» nếu việc lặp lại mỗi năm",
                     "year missing: add the year, or write «{suggestion}» if it recurs every year"),
    "year-out-of-range": ("năm {year} nằm ngoài khoảng {min}–{max}", "year {year} is outside {min}–{max}"),
    "range-reversed": ("giai đoạn kết thúc năm {end}, trước năm bắt đầu {start}",
                       "the period ends in {end}, before it starts in {start}"),
    "recurrence-unsupported": (
        "chỉ hỗ trợ ngày hạn lặp lại hằng năm, không hỗ trợ ngày hạn «{recurrence}»; "
        "việc làm định kỳ hãy ghi «định kỳ {recurrence}»",
        "only yearly recurrences can have a due day, not «{recurrence}»; "
        "for a periodic duty write «định kỳ {recurrence}»"),
    "not-understood": (f"không hiểu thời hạn này; các dạng được hiểu, ví dụ: {_EXAMPLES}",
                       f"not understood; forms that are understood include {_EXAMPLES}"),
}  # fmt: skip


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:  # a hand-built DeadlineError must not make message() raise
        return "?"


def error_message(text: str, reason: str, params: dict[str, object], lang: str) -> str:
    """The message for a deadline error in Vietnamese (the default) or English (``lang`` starting with "en")."""
    en = lang.lower().startswith("en")
    quoted = text if len(text) <= 80 else text[:79] + "…"
    p = _Params(params)
    month, year = p.get("month"), p.get("year")
    p["month_en"] = MONTHS_EN[month - 1] if isinstance(month, int) and 1 <= month <= 12 else p["month"]
    p["year_vi"], p["year_en"] = ("", "") if year is None else (f" năm {year}", f" {year}")
    vi_t, en_t = _MESSAGES.get(reason, ("{reason}", "{reason}"))
    p.setdefault("reason", reason)
    body = (en_t if en else vi_t).format_map(p)
    return f"deadline «{quoted}»: {body}" if en else f"thời hạn «{quoted}»: {body}"
