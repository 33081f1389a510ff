"""Vietnamese deadline text -> a structured deadline; the one grammar the checker and `xhht extract` share.

A deadline is written as the document writes it ("hoàn thành trong quý III năm 2020", "trước ngày 10/9/2020",
"Trước ngày 05 tháng 12 hàng năm") or given as a ``datetime.date``. :func:`parse_deadline` turns it into a
:class:`Deadline` or, when it is not understood or names an impossible date, a :class:`DeadlineError` value;
it never raises. The text is NFC-normalised and whitespace-folded first; matching ignores case and trailing
".,;". :func:`find_phrases` finds the same phrases in running text (see "Finding" below).

Grammar (``Y`` a four-digit year, ``M`` month, ``D`` day, ``Q`` quarter I-IV or 1-4, ``-`` any of - – —)::

    deadline := ongoing | periodic | [yearly [","]] filler{0,4} core | filler{0,4} core [","] yearly | yearly
    ongoing  := [thực hiện] (thường xuyên, liên tục | thường xuyên | liên tục | định kỳ | hằng ngày)
    periodic := [định kỳ] hằng (tuần | tháng | quý) | định kỳ N tháng [một lần] | N tháng một lần
    yearly   := [định kỳ] (hằng năm | hàng năm)
    filler   := hoàn thành | xong | trong | vào | trước | chậm nhất [là] | đến | hết
    core     := Y-M-D | Y/M/D | [ngày] D/M[/Y] | [ngày] D-M[-Y] | [ngày] D.M[.Y] | [ngày] D tháng M [năm Y]
              | [part] tháng M [năm Y | /Y]                 -> part: đầu 10th, giữa 20th, cuối/none last day
              | quý Q [năm Y | /Y]                          -> last day of the quarter
              | N tháng đầu năm [Y] | N tháng cuối năm [Y]  -> end of month N | 31 December
              | [giai đoạn] Y1 - Y2 và [giai đoạn] Y3 - Y4  -> 31 December of Y4; Y2 kept as the first stage
              | [giai đoạn] Y1 - Y2 | từ năm Y1 đến năm Y2  -> 31 December of Y2 (Y2 >= Y1)
              | [cuối] năm Y | cuối năm | Y                 -> 31 December

Choices:
- "trước ngày X" counts as due on X, as the plan format says: work done on X is on time.
- đầu / giữa / cuối tháng are the 10th / 20th / last day: the month's traditional thượng / trung / hạ tuần
  split (days 1-10, 11-20, 21-end), which are accepted too.
- A core without a year is an error ("year-missing") unless it is marked hằng năm: guessing the year would
  silently move a deadline. A yearly deadline keeps (month, day); a yearly 29 February falls on 28 February in
  other years, and "cuối tháng 2 hằng năm" is stored as 29 February for that reason.
- Only yearly recurrences have due dates. A duty repeated more often ("định kỳ 6 tháng", "hằng quý") is ongoing,
  with its period kept (``every``): never overdue, as a report per quarter is not modelled. A recurrence with a
  day in it ("trước ngày 15 hằng tháng") is refused, and the ongoing vocabulary is a short, exact list, so
  ordinary words never make a deadline "never overdue" by accident.
- Two stages ("giai đoạn 2021 - 2025 và 2026 - 2030") are due at the end of the last; ``stages`` keeps the end of
  each.
- Years outside 1945..2100 are taken as typos.

Finding (used by `xhht extract` on a task's words; the text is searched case-insensitively after folding
whitespace): a phrase is found in three passes, the first that parses wins. (1) fillers other than a lone "đến"
followed by a core ("hoàn thành trong quý III năm 2020"); (2) "đến" + core, and the cores that stand on their own
("từ năm 2021 đến năm 2025", two stages) and periodic duties; (3) "hằng năm", "định kỳ", and an ongoing word at
the end of a clause or after "thực hiện". Every phrase the parser accepts is found this way inside "…, hoàn thành
<phrase>." (a property test holds both grammars together).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Literal, NamedTuple

from xhht_cli.deadline_messages import MONTHS_EN, error_message

__all__ = ["Deadline", "DeadlineError", "find_phrases", "parse_deadline"]

YEAR_MIN, YEAR_MAX = 1945, 2100
_MAX_LEN = 200  # no deadline phrase is longer; longer text is not-understood without running the patterns
_EVERY_VI = {"week": "hằng tuần", "month": "hằng tháng", "quarter": "hằng quý"}
_EVERY_EN = {"week": "every week", "month": "every month", "quarter": "every quarter"}


@dataclass(frozen=True, slots=True)
class Deadline:
    """An understood deadline: a day, a day every year, or an ongoing duty with no date (``every``: its period,
    "week", "month", "quarter" or "N months", when the text gives one)."""

    text: str
    kind: Literal["date", "yearly", "ongoing"]
    due: date | None = None
    month: int | None = None
    day: int | None = None
    every: str | None = None
    stages: tuple[date, ...] = ()

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
                return f"every year by {self.day:02d} {MONTHS_EN[self.month - 1][:3]}"
            return f"hằng năm, trước {self.day:02d}/{self.month:02d}"
        if self.every is not None:
            n = self.every.split()[0]
            if en:
                return "ongoing, " + _EVERY_EN.get(self.every, f"every {self.every}")
            return "thường xuyên, định kỳ " + _EVERY_VI.get(self.every, f"{n} tháng")
        return "ongoing" if en else "thường xuyên"


@dataclass(frozen=True, slots=True)
class DeadlineError:
    """A deadline not understood or naming an impossible date; ``reason`` is a stable kebab-case key."""

    text: str
    reason: str
    params: dict[str, object]

    def message(self, lang: str) -> str:
        """The message in Vietnamese ("vi", the default) or English (any ``lang`` starting with "en")."""
        return error_message(self.text, self.reason, self.params, lang)


class _Spec(NamedTuple):
    year: int | None
    month: int
    day: int | None  # None: the last day of the month
    stages: tuple[int, ...] = ()


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
    return _Spec(_int(g["y"]), int(g["m"] or 0), _PART_DAY.get((g["part"] or "").lower()))


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _in_quarter(g: _Groups) -> _Spec | _Problem:
    q = (g["q"] or "").lower()
    number = int(q) if q.isdigit() else _QUARTERS.get(q, 0)
    if not 1 <= number <= 4:
        return _Problem("quarter-invalid", {"quarter": q.upper()})
    return _Spec(_int(g["y"]), 3 * number, None)


def _months_of_year(g: _Groups) -> _Spec | _Problem:
    n = 6 if (g["n"] or "").lower() == "sáu" else int(g["n"] or 0)
    if not 1 <= n <= 12:
        return _Problem("not-understood", {})
    return _Spec(_int(g["y"]), n if (g["half"] or "").lower() == "đầu" else 12, None)


def _year_end(g: _Groups) -> _Spec | _Problem:
    return _Spec(_int(g.get("y")), 12, 31)  # "cuối năm" alone has no year


def _span(first: int, last: int) -> _Problem | None:
    if not YEAR_MIN <= first <= YEAR_MAX:
        return _Problem("year-out-of-range", {"year": first, "min": YEAR_MIN, "max": YEAR_MAX})
    if YEAR_MIN <= last < first:
        return _Problem("range-reversed", {"start": first, "end": last})
    return None


def _period(g: _Groups) -> _Spec | _Problem:
    first, last = int(g["y1"] or 0), int(g["y2"] or 0)
    return _span(first, last) or _Spec(last, 12, 31)


def _stages(g: _Groups) -> _Spec | _Problem:
    a1, a2, b1, b2 = (int(g[k] or 0) for k in ("a1", "a2", "b1", "b2"))
    problem = _span(a1, a2) or _span(b1, b2) or _span(a2, b1)
    if problem is not None:
        return problem
    return _Spec(b2, 12, 31, (a2, b2)) if YEAR_MIN <= a2 <= YEAR_MAX else _span(a2, a2) or _Spec(b2, 12, 31)


_D, _M, _Y = r"(?P<d>[0-9]{1,2})", r"(?P<m>[0-9]{1,2})", r"(?P<y>[0-9]{4})"
_DASH = r" ?[-–—] ?"
_OF_YEAR = rf"(?:(?:,? năm |/|-){_Y})?"
# (pattern, handler, stands alone in running text): the order is the order a match is tried in running text
_CORE_SPECS: tuple[tuple[str, _Handler, bool], ...] = (
    (rf"{_Y}(?P<s>[-/.]){_M}(?P=s){_D}", _on_day, False),
    (rf"(?:ngày )?{_D}(?P<s>[-/.]){_M}(?:(?P=s){_Y})?", _on_day, False),
    (rf"(?:ngày )?{_D} tháng {_M}(?:,? năm {_Y})?", _on_day, False),
    (rf"(?:(?P<part>đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần) )?tháng {_M}{_OF_YEAR}", _in_month, False),
    (rf"qu[ýí] (?P<q>[ivx]+|[0-9]{{1,3}}){_OF_YEAR}", _in_quarter, False),
    (rf"(?P<n>[0-9]{{1,2}}|sáu) tháng (?P<half>đầu|cuối) năm(?: {_Y})?", _months_of_year, False),
    (rf"(?:giai đoạn )?(?P<a1>[0-9]{{4}}){_DASH}(?P<a2>[0-9]{{4}}),? và (?:giai đoạn )?(?P<b1>[0-9]{{4}})"
     rf"{_DASH}(?P<b2>[0-9]{{4}})", _stages, True),
    (r"từ năm (?P<y1>[0-9]{4}) đến (?:hết )?năm (?P<y2>[0-9]{4})", _period, True),
    (rf"(?:giai đoạn |năm |từ năm |từ )?(?P<y1>[0-9]{{4}})(?:{_DASH}| đến (?:hết )?(?:năm )?)(?P<y2>[0-9]{{4}})",
     _period, False),
    (rf"(?:(?:cuối )?năm )?{_Y}", _year_end, False),
    (r"cuối năm", _year_end, False),
)  # fmt: skip
_CORES = tuple((re.compile(p, re.IGNORECASE), h) for p, h, _ in _CORE_SPECS)
_ONGOING = r"(?:thực hiện )?(?P<word>thường xuyên, liên tục|thường xuyên|liên tục|định k[ỳì]|h[ằà]ng ngày)"
_PERIODIC = (
    r"(?:định k[ỳì],? )?h[ằà]ng (?P<unit>tuần|tháng|quý|quí)"
    r"|định k[ỳì] (?P<n>[0-9]{1,2}|sáu|ba) tháng(?: (?:một|1) lần)?|(?P<n2>[0-9]{1,2}|sáu|ba) tháng (?:một|1) lần"
)
_YEARLY = r"(?:định k[ỳì] )?h[ằà]ng năm"
_FILLER = r"(?:hoàn thành|xong|trong|vào|trước|chậm nhất(?: là)?|đến|hết)"
_ONGOING_RE = re.compile(_ONGOING, re.IGNORECASE)
_PERIODIC_RE = re.compile(_PERIODIC, re.IGNORECASE)
_RECURRENCE = re.compile(r"(?<!\w)h[ằà]ng (?:quý|quí|tháng|tuần)(?!\w)", re.IGNORECASE)
_YEARLY_PREFIX = re.compile(rf"{_YEARLY}(?:,? |$)", re.IGNORECASE)
_YEARLY_SUFFIX = re.compile(rf"(?:^|,? ){_YEARLY}$", re.IGNORECASE)
_FILLERS = re.compile(rf"(?:{_FILLER}(?: |$)){{1,4}}", re.IGNORECASE)
_UNITS = {"tuần": "week", "tháng": "month", "quý": "quarter", "quí": "quarter"}


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _check(spec: _Spec) -> _Problem | date | tuple[int, int]:
    """Validate a parsed core: a date when it has a year, else (month, day)."""
    year, month, day, _ = spec
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


def _periodic(text: str, m: re.Match[str]) -> Deadline | DeadlineError:
    if m.group("unit"):
        return Deadline(text, "ongoing", every=_UNITS[m.group("unit").lower()])
    n = (m.group("n") or m.group("n2") or "").lower()
    months = {"sáu": 6, "ba": 3}.get(n) or int(n)
    if not 1 <= months <= 11:
        return DeadlineError(text, "not-understood", {})
    every = {1: "month", 3: "quarter"}.get(months, f"{months} months")
    return Deadline(text, "ongoing", every=every)


@lru_cache(maxsize=4096)
def _parse_text(text: str) -> Deadline | DeadlineError:
    s = text.rstrip(".,; ")
    if not s:
        return DeadlineError(text, "empty", {})
    if len(s) > _MAX_LEN:
        return DeadlineError(text, "not-understood", {})
    if _ONGOING_RE.fullmatch(s):
        return Deadline(text, "ongoing")
    if m := _PERIODIC_RE.fullmatch(s):
        return _periodic(text, m)
    recurrence = _RECURRENCE.search(s)
    if recurrence:
        return DeadlineError(text, "recurrence-unsupported", {"recurrence": recurrence.group().lower()})
    yearly = True
    if m := _YEARLY_PREFIX.match(s):
        s = s[m.end() :]
    elif m := _YEARLY_SUFFIX.search(s):
        s = s[: m.start()]
    else:
        yearly = False
    s = s[m.end() :] if (m := _FILLERS.match(s)) else s
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
        return Deadline(text, "date", due=result, stages=tuple(date(y, 12, 31) for y in spec.stages))
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


# -- finding the phrases in running text -------------------------------------------------------------------------

_CORE_ALT = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', p).replace('(?P=s)', '[-/.]')})"
                     for p, _, _ in _CORE_SPECS)  # fmt: skip
_ALONE_ALT = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', p)})" for p, _, alone in _CORE_SPECS if alone)
_NOT_AFTER = r"(?<!\w)"
_END = r"(?![\w/])"
_SUFFIX = rf"(?:,? {_YEARLY})?"
_WORD = r"[^\W\d_]"
# (1) and (2): optional yearly prefix, fillers, a core, optional yearly suffix
_PHRASE = re.compile(
    rf"{_NOT_AFTER}(?:{_YEARLY},? (?:{_FILLER} ){{0,4}}|(?:{_FILLER} ){{1,4}})(?:{_CORE_ALT}){_SUFFIX}{_END}"
    rf"|{_NOT_AFTER}(?:{_ALONE_ALT}|{_PERIODIC}){_END}",
    re.IGNORECASE,
)
_ONLY_DEN = re.compile(rf"(?:{_YEARLY},? )?(?:đến )+(?!hết |ngày )", re.IGNORECASE)
_LEADING = re.compile(r"(?:hoàn thành|xong) (?=\S)", re.IGNORECASE)
# (3): yearly, "định kỳ", or an ongoing word after "thực hiện" / "hoàn thành" ("học tập thường xuyên" and "giáo dục
# thường xuyên" are kinds of learning and school, not deadlines); "hằng năm" that qualifies a noun sets no time
# ("kết quả công tác hằng năm của cơ quan", "kiểm tra Phong trào thi đua hàng năm, định kỳ, chuyên đề")
_ALONE = re.compile(
    rf"{_NOT_AFTER}(?<!công tác ){_YEARLY}{_END}(?! của )(?!,? định k[ỳì])"
    rf"|{_NOT_AFTER}(?<!năm, )định k[ỳì](?! (?:h[ằà]ng|[0-9]|sáu|ba)(?!\w)){_END}"
    rf"|{_NOT_AFTER}(?:thực hiện|hoàn thành) (?:thường xuyên, liên tục|thường xuyên|liên tục|h[ằà]ng ngày){_END}",
    re.IGNORECASE,
)
# a lone "đến" is a deadline only at the end of a clause, and not after a goal ("mục tiêu đến năm 2030")
_CLAUSE_END = re.compile(r" ?(?:[.;:]|$)")
_GOAL = re.compile(r"(?:mục tiêu|định hướng|tầm nhìn)\W*(?:\w+\W+){0,3}$", re.IGNORECASE)


def find_phrases(text: str) -> Iterator[tuple[int, int, str]]:
    """Candidate deadline phrases in `text` (whitespace already folded), in the order they should be tried:
    (start, end, phrase), where `phrase` is what `parse_deadline` is to be given (a leading "hoàn thành" or
    "xong" is left out). The search is linear in the length of the text: every piece of the patterns is bounded."""
    weak: list[tuple[int, int, str]] = []
    for m in _PHRASE.finditer(text):
        phrase = m.group()
        only_den = _ONLY_DEN.match(phrase)
        phrase = _LEADING.sub("", phrase, count=1) if _LEADING.match(phrase) else phrase
        item = (m.start(), m.end(), phrase)
        if only_den:
            if _CLAUSE_END.match(text, m.end()) and not _GOAL.search(text[max(0, m.start() - 60) : m.start()]):
                weak.append(item)
        elif not _FILLERS_OR_YEARLY.match(m.group()):
            weak.append(item)
        else:
            yield item
    yield from weak
    for m in _ALONE.finditer(text):
        yield m.start(), m.end(), _LEADING.sub("", m.group(), count=1)


_FILLERS_OR_YEARLY = re.compile(rf"(?:{_YEARLY}|{_FILLER} )", re.IGNORECASE)
