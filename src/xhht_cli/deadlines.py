"""Vietnamese deadline text -> a structured deadline.

A deadline is written as the document writes it ("hoàn thành trong quý III năm 2020", "trước ngày 10/9/2020",
"Trước ngày 05 tháng 12 hàng năm") or given as a ``datetime.date``. :func:`parse_deadline` turns it into a
:class:`Deadline` or, when it is not understood or names an impossible date, a :class:`DeadlineError` value;
it never raises. The text is NFC-normalised and whitespace-folded first; matching ignores case and trailing
".,;".

Grammar (``Y`` a four-digit year, ``M`` month, ``D`` day, ``Q`` quarter I-IV or 1-4, ``-`` any of - – —)::

    deadline := ongoing | [yearly ","] filler* core | filler* core ["," ] yearly
    ongoing  := exactly one of: định kỳ | thường xuyên | liên tục | hằng ngày | thường xuyên, liên tục
    yearly   := "hằng năm" | "hàng năm"
    filler   := hoàn thành | xong | trong | vào | trước | chậm nhất [là] | đến | hết | định kỳ
    core     := Y-M-D | Y/M/D | [ngày] D/M[/Y] | [ngày] D-M[-Y] | [ngày] D.M[.Y] | [ngày] D tháng M [năm Y]
              | [part] tháng M [năm Y | /Y]                 -> part: đầu 10th, giữa 20th, cuối/none last day
              | quý Q [năm Y | /Y]                          -> last day of the quarter
              | N tháng đầu năm [Y] | N tháng cuối năm [Y]  -> end of month N | 31 December
              | [cuối] năm Y | cuối năm | Y                 -> 31 December
              | [giai đoạn] Y1 - Y2 | từ năm Y1 đến năm Y2  -> 31 December of Y2 (Y2 >= Y1)

Choices:
- "trước ngày X" counts as due on X, as the plan format says: work done on X is on time.
- đầu / giữa / cuối tháng are the 10th / 20th / last day: the month's traditional thượng / trung / hạ tuần
  split (days 1-10, 11-20, 21-end), which are accepted too.
- A core without a year is an error ("year-missing") unless it is marked hằng năm: guessing the year would
  silently move a deadline. A yearly deadline keeps (month, day); a yearly 29 February falls on 28 February in
  other years, and "cuối tháng 2 hằng năm" is stored as 29 February for that reason.
- Only yearly recurrences exist in the model. "hằng quý" / "hằng tháng" / "hằng tuần" are errors, and the
  ongoing vocabulary is a short, exact list, so ordinary words never make a deadline "never overdue" by
  accident.
  "định kỳ" is also a filler word, so "định kỳ hằng năm" is yearly.
- Years outside 1945..2100 are taken as typos.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Literal, NamedTuple

__all__ = ["Deadline", "DeadlineError", "parse_deadline"]

YEAR_MIN, YEAR_MAX = 1945, 2100
_MAX_LEN = 200  # no deadline phrase is longer; longer text is not-understood without running the patterns
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Deadline:
    """An understood deadline: a day, a day every year, or an ongoing duty with no date."""

    text: str
    kind: Literal["date", "yearly", "ongoing"]
    due: date | None = None
    month: int | None = None
    day: int | None = None

    def due_in(self, year: int) -> date:
        """The day this deadline falls due in ``year`` (a date deadline ignores ``year``)."""
        if self.kind == "date" and self.due is not None:
            return self.due
        if self.kind == "yearly" and self.month is not None and self.day is not None:
            if self.day <= 28:  # every month has it (the usual case, and a yearly task is judged once a year)
                return date(year, self.month, self.day)
            return date(year, self.month, min(self.day, calendar.monthrange(year, self.month)[1]))
        raise ValueError(f"deadline {self.text!r} ({self.kind}) has no due date")

    def describe(self, lang: str) -> str:
        en = lang.lower().startswith("en")
        if self.kind == "date" and self.due is not None:
            return self.due.isoformat()
        if self.kind == "yearly" and self.month is not None and self.day is not None:
            if en:
                return f"every year by {self.day:02d} {_MONTHS_EN[self.month - 1][:3]}"
            return f"hằng năm, trước {self.day:02d}/{self.month:02d}"
        return "ongoing" if en else "thường xuyên"


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
        "chỉ hỗ trợ thời hạn lặp lại hằng năm, không hỗ trợ «{recurrence}»; "
        "việc làm thường xuyên hãy ghi «định kỳ»",
        "only yearly recurrences are supported, not «{recurrence}»; for an ongoing duty write «định kỳ»"),
    "not-understood": (f"không hiểu thời hạn này; các dạng được hiểu, ví dụ: {_EXAMPLES}",
                       f"not understood; forms that are understood include {_EXAMPLES}"),
}  # fmt: skip


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:  # a hand-built DeadlineError must not make message() raise
        return "?"


@dataclass(frozen=True, slots=True)
class DeadlineError:
    """A deadline not understood or naming an impossible date; ``reason`` is a stable kebab-case key."""

    text: str
    reason: str
    params: dict[str, object]

    def message(self, lang: str) -> str:
        """The message in Vietnamese ("vi", the default) or English (any ``lang`` starting with "en")."""
        en = lang.lower().startswith("en")
        quoted = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        p = _Params(self.params)
        month, year = p.get("month"), p.get("year")
        p["month_en"] = _MONTHS_EN[month - 1] if isinstance(month, int) and 1 <= month <= 12 else p["month"]
        p["year_vi"], p["year_en"] = ("", "") if year is None else (f" năm {year}", f" {year}")
        vi_t, en_t = _MESSAGES.get(self.reason, ("{reason}", "{reason}"))
        p.setdefault("reason", self.reason)
        body = (en_t if en else vi_t).format_map(p)
        return f"deadline «{quoted}»: {body}" if en else f"thời hạn «{quoted}»: {body}"


class _Spec(NamedTuple):
    year: int | None
    month: int
    day: int | None  # None: the last day of the month


class _Problem(NamedTuple):
    reason: str
    params: dict[str, object]


_Groups = Mapping[str, str | None]
_Handler = Callable[[_Groups], _Spec | _Problem]


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _on_day(g: _Groups) -> _Spec | _Problem:
    return _Spec(_int(g["y"]), int(g["m"] or 0), int(g["d"] or 0))


_PART_DAY = {"đầu": 10, "thượng tuần": 10, "giữa": 20, "trung tuần": 20}  # cuối / hạ tuần / none: last day


def _in_month(g: _Groups) -> _Spec | _Problem:
    return _Spec(_int(g["y"]), int(g["m"] or 0), _PART_DAY.get(g["part"] or ""))


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _in_quarter(g: _Groups) -> _Spec | _Problem:
    q = g["q"] or ""
    number = int(q) if q.isdigit() else _QUARTERS.get(q, 0)
    if not 1 <= number <= 4:
        return _Problem("quarter-invalid", {"quarter": q.upper()})
    return _Spec(_int(g["y"]), 3 * number, None)


def _months_of_year(g: _Groups) -> _Spec | _Problem:
    n = 6 if g["n"] == "sáu" else int(g["n"] or 0)
    if not 1 <= n <= 12:
        return _Problem("not-understood", {})
    return _Spec(_int(g["y"]), n if g["half"] == "đầu" else 12, None)


def _year_end(g: _Groups) -> _Spec | _Problem:
    return _Spec(_int(g.get("y")), 12, 31)  # "cuối năm" alone has no year


def _period(g: _Groups) -> _Spec | _Problem:
    first, last = int(g["y1"] or 0), int(g["y2"] or 0)
    if not YEAR_MIN <= first <= YEAR_MAX:
        return _Problem("year-out-of-range", {"year": first, "min": YEAR_MIN, "max": YEAR_MAX})
    if YEAR_MIN <= last < first:
        return _Problem("range-reversed", {"start": first, "end": last})
    return _Spec(last, 12, 31)


_D, _M, _Y = r"(?P<d>[0-9]{1,2})", r"(?P<m>[0-9]{1,2})", r"(?P<y>[0-9]{4})"
_OF_YEAR = rf"(?:(?:,? năm |/|-){_Y})?"
_CORES: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple((re.compile(p), h) for p, h in (
    (rf"{_Y}(?P<s>[-/.]){_M}(?P=s){_D}", _on_day),
    (rf"(?:ngày )?{_D}(?P<s>[-/.]){_M}(?:(?P=s){_Y})?", _on_day),
    (rf"(?:ngày )?{_D} tháng {_M}(?:,? năm {_Y})?", _on_day),
    (rf"(?:(?P<part>đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần) )?tháng {_M}{_OF_YEAR}", _in_month),
    (rf"qu[ýí] (?P<q>[ivx]+|[0-9]{{1,3}}){_OF_YEAR}", _in_quarter),
    (rf"(?P<n>[0-9]{{1,2}}|sáu) tháng (?P<half>đầu|cuối) năm(?: {_Y})?", _months_of_year),
    (rf"(?:(?:cuối )?năm )?{_Y}", _year_end),
    (r"cuối năm", _year_end),
    (r"(?:giai đoạn |năm |từ năm |từ )?(?P<y1>[0-9]{4})(?: ?[-–—] ?| đến (?:hết )?(?:năm )?)(?P<y2>[0-9]{4})",
     _period),
))  # fmt: skip
_ONGOING = frozenset({"định kỳ", "định kì", "thường xuyên", "liên tục", "hằng ngày", "hàng ngày",
                      "thường xuyên, liên tục"})  # fmt: skip
_RECURRENCE = re.compile(r"(?<!\w)h[ằà]ng (?:quý|quí|tháng|tuần)(?!\w)")
_YEARLY_PREFIX = re.compile(r"h[ằà]ng năm(?:,? |$)")
_YEARLY_SUFFIX = re.compile(r"(?:^|,? )h[ằà]ng năm$")
_FILLER = re.compile(r"(?:(?:hoàn thành|xong|trong|vào|trước|chậm nhất(?: là)?|đến|hết|định k[ỳì])(?: |$))+")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _check(spec: _Spec) -> _Problem | date | tuple[int, int]:
    """Validate a parsed core: a date when it has a year, else (month, day)."""
    year, month, day = spec
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        return _Problem("year-out-of-range", {"year": year, "min": YEAR_MIN, "max": YEAR_MAX})
    if not 1 <= month <= 12:
        return _Problem("month-invalid", {"month": month})
    last = calendar.monthrange(2000 if year is None else year, month)[1]  # 2000: a yearly 29/2 exists
    if day is not None and not 1 <= day <= last:
        params: dict[str, object] = {"day": day, "month": month}
        if year is not None:
            params["year"] = year
        return _Problem("day-invalid", params)
    day = last if day is None else day
    return (month, day) if year is None else date(year, month, day)


@lru_cache(maxsize=4096)
def _parse_text(text: str) -> Deadline | DeadlineError:
    s = text.lower().rstrip(".,; ")
    if not s:
        return DeadlineError(text, "empty", {})
    if len(s) > _MAX_LEN:
        return DeadlineError(text, "not-understood", {})
    if s in _ONGOING:
        return Deadline(text, "ongoing")
    recurrence = _RECURRENCE.search(s)
    if recurrence:
        return DeadlineError(text, "recurrence-unsupported", {"recurrence": recurrence.group()})
    yearly = True
    if m := _YEARLY_PREFIX.match(s):
        s = s[m.end() :]
    elif m := _YEARLY_SUFFIX.search(s):
        s = s[: m.start()]
    else:
        yearly = False
    s = s[m.end() :] if (m := _FILLER.match(s)) else s
    if yearly and not s:
        return Deadline(text, "yearly", month=12, day=31)
    for pattern, handler in _CORES:
        if match := pattern.fullmatch(s):
            spec = handler(match.groupdict())
            break
    else:
        return DeadlineError(text, "not-understood", {})
    if isinstance(spec, _Problem):
        return DeadlineError(text, spec.reason, spec.params)
    if yearly and spec.year is not None:  # "quý II năm 2020 hằng năm": a fixed date cannot recur
        return DeadlineError(text, "not-understood", {})
    result = _check(spec)
    if isinstance(result, _Problem):
        return DeadlineError(text, result.reason, result.params)
    if isinstance(result, date):
        return Deadline(text, "date", due=result)
    if not yearly:
        return DeadlineError(text, "year-missing", {"suggestion": f"{text.rstrip('.,; ')} hằng năm"})
    return Deadline(text, "yearly", month=result[0], day=result[1])


def parse_deadline(value: str | date) -> Deadline | DeadlineError:
    """Parse a deadline as written in a plan, or a YAML date. Never raises."""
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if not YEAR_MIN <= day.year <= YEAR_MAX:
            return DeadlineError(day.isoformat(), "year-out-of-range", {"year": day.year, "min": YEAR_MIN,
                                                                         "max": YEAR_MAX})  # fmt: skip
        return Deadline(day.isoformat(), "date", due=day)
    result = _parse_text(_fold(value if isinstance(value, str) else str(value)))
    # The cache shares its results: give each caller its own params dict.
    return replace(result, params=dict(result.params)) if isinstance(result, DeadlineError) else result
