"""How values read in each language: dates, numbers, durations and documents.

Vietnamese follows the conventions of official documents (Nghị định 30/2020/NĐ-CP on administrative writing): a
date is day/month/year with a leading zero only before days under 10 and months 1 and 2 (01/7/2025, 30/6/2020,
05/02/2021); thousands are separated with "." (2.253); a document is named by its kind and số, ký hiệu
("Quyết định 489/QĐ-TTg"). English keeps ISO dates and "," for thousands.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

#: ký hiệu of the kind of document -> (Vietnamese, English)
KINDS: dict[str, tuple[str, str]] = {
    "KH": ("Kế hoạch", "Plan"),
    "QĐ": ("Quyết định", "Decision"),
    "CT": ("Chỉ thị", "Directive"),
    "NQ": ("Nghị quyết", "Resolution"),
    "NĐ": ("Nghị định", "Decree"),
    "TT": ("Thông tư", "Circular"),
    "KL": ("Kết luận", "Conclusion"),
    "HD": ("Hướng dẫn", "Guidance"),
    "TB": ("Thông báo", "Notice"),
    "CV": ("Công văn", "Letter"),
    "CTr": ("Chương trình", "Programme"),
    "ĐA": ("Đề án", "Scheme"),
}


def day(value: object, lang: str) -> str:
    """A date (or an ISO date string) as people write it in `lang`; anything else as it is."""
    if isinstance(value, date):
        d: date | None = value
    elif isinstance(value, str) and (m := _ISO.match(value)):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            d = None
    else:
        d = None
    if d is None:
        return "" if value is None else str(value)
    if lang != "vi":
        return d.isoformat()
    dd = f"{d.day:02d}" if d.day < 10 else str(d.day)
    mm = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{dd}/{mm}/{d.year}"


def day_after(value: object, lang: str) -> str:
    """The day after an ISO date (a body that exists until 30/6/2025 has ceased to from 01/7/2025)."""
    if isinstance(value, str) and _ISO.match(value):
        try:
            return day(date.fromisoformat(value) + timedelta(days=1), lang)
        except ValueError:
            pass
    return day(value, lang)


def number(value: object, lang: str) -> str:
    """A whole number with thousands separated ("." in Vietnamese, "," in English); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int):
        return "" if value is None else str(value)
    grouped = f"{value:,}"
    return grouped.replace(",", ".") if lang == "vi" else grouped


def figure(value: object, unit: object, lang: str) -> str:
    """A target's value with its unit: "65%", "2,5%" in Vietnamese (a decimal comma), "2.5%" in English."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    shown = str(int(value)) if value == int(value) else f"{value:g}"
    if lang == "vi":
        shown = shown.replace(".", ",")
    return shown + ("%" if unit in (None, "percent") else f" {unit}")


def days(value: object, lang: str) -> str:
    """A number of days, with years and months after it when it is a year or more: "2.253 ngày (6 năm 2 tháng)"."""
    if isinstance(value, bool) or not isinstance(value, int):
        return "" if value is None else str(value)
    unit = "ngày" if lang == "vi" else ("day" if abs(value) == 1 else "days")
    out = f"{number(value, lang)} {unit}"
    if abs(value) >= 365:
        out += f" ({span(abs(value), lang)})"
    return out


def span(n_days: int, lang: str) -> str:
    """Years and whole months in `n_days` (a month being a twelfth of 365.25 days): "6 năm 2 tháng"."""
    years, months = divmod(int(n_days / 30.4375), 12)
    if lang == "vi":
        parts = [f"{years} năm" if years else "", f"{months} tháng" if months else ""]
    else:
        parts = [
            f"{years} year{'s' if years != 1 else ''}" if years else "",
            f"{months} month{'s' if months != 1 else ''}" if months else "",
        ]
    return " ".join(p for p in parts if p) or ("dưới 1 tháng" if lang == "vi" else "under a month")


def kind(document_number: str | None) -> str | None:
    """The ký hiệu of a document's kind in its số, ký hiệu: "KH" in 211/KH-UBND, "TT" in 35/2017/TT-BGDĐT."""
    if not document_number:
        return None
    for token in re.split(r"[/\-\s]+", document_number):
        if token in KINDS:
            return token
    return None


def document(document_number: str | None, lang: str, fallback: str = "") -> str:
    """A document by its kind and số, ký hiệu: "Quyết định 489/QĐ-TTg" ("Decision 489/QĐ-TTg"); a number whose
    kind is not known is given as it is; no number gives `fallback` (the plan's id)."""
    if not document_number:
        return fallback
    k = kind(document_number)
    if k is None:
        return document_number
    vi, en = KINDS[k]
    return f"{vi if lang == 'vi' else en} {document_number}"


def join(items: list[str], lang: str) -> str:
    """A list in running text: "a, b và c" / "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    word = " và " if lang == "vi" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def either(items: list[str], lang: str) -> str:
    """A list of choices: "a, b hoặc c" / "a, b or c"."""
    if len(items) < 2:
        return "".join(items)
    word = " hoặc " if lang == "vi" else " or "
    return ", ".join(items[:-1]) + word + items[-1]


def years(items: list[int]) -> str:
    """Years, with runs of consecutive ones as a range: [2020, 2021, 2022, 2024] -> "2020–2022, 2024"."""
    out: list[str] = []
    run: list[int] = []
    for y in sorted(set(items)):
        if run and y != run[-1] + 1:
            out.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
            run = []
        run.append(y)
    if run:
        out.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
    return ", ".join(out)
