"""Deadlines in a task's words, told apart from the dates of the documents it cites.

The phrases are those of the checker's own grammar (`xhht_cli.deadlines.find_phrases`: "hoàn thành trong quý III
năm 2020", "trước ngày 10/9/2020", "Trước ngày 05 tháng 12 hàng năm", "đến năm 2025", "định kỳ 6 tháng", "hằng
năm", "thực hiện thường xuyên" …). Before looking, the text's whitespace is folded, and quoted titles ("Đề án “… đến
năm 2020”") and the dates of cited documents ("Quyết định số 489/QĐ-TTg ngày 08/4/2020", "Kế hoạch số 202/KH-UBND
ngày 07/8/2020 của …") are blanked out. A phrase is kept only when `parse_deadline` understands it, so the output
never carries an S007; phrases it does not understand are returned for the summary. Every pattern is bounded, so a
long text full of dates is scanned in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xhht_cli.deadlines import Deadline, find_phrases, parse_deadline

_DAY = r"\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}"
_DOC_TYPES = (
    r"Quyết định|Kế hoạch|Chỉ thị|Kết luận|Nghị quyết|Thông tư|Nghị định|Công văn|Văn bản|Luật|Thông báo|Hướng dẫn"
    r"|Tờ trình|Báo cáo|Chương trình|Đề án|Quy định|Điều lệ|Hiến pháp|Pháp lệnh"
)
_GAP = r"(?:(?!(?:trước|trong|vào|chậm nhất|hết|đến|hoàn thành|xong) )[^\d.;:]){0,80}?"
# "số 489/QĐ-TTg ngày 08/4/2020", "49-KL/TW ngày 10/5/2019", "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"
_CITED = re.compile(
    rf"(?:(?:{_DOC_TYPES})(?: số)? [^\s,;\d]{{0,30}}\d[^\s,;]{{0,40}}|(?:{_DOC_TYPES}) {_GAP}"
    rf"|số [^\s\d]{{0,30}}\d\S{{0,40}}) ngày (?:{_DAY})",
    re.IGNORECASE,
)
_DATE_OF = re.compile(rf"ngày (?:{_DAY})(?= của\b)", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"|«[^»]{0,400}»")

_TIME_WORD = re.compile(r"ngày|tháng|qu[ýí]|năm|giai đoạn", re.IGNORECASE)


@dataclass(slots=True)
class Found:
    text: str | None = None  # the deadline as written, ready for `deadline:`
    parsed: Deadline | None = None
    not_understood: list[str] = field(default_factory=list)


def mask_citations(text: str) -> str:
    """`text` with quoted titles and the dates of cited documents replaced by spaces (offsets unchanged)."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    text = _QUOTED.sub(blank, text)
    text = _CITED.sub(blank, text)
    return _DATE_OF.sub(blank, text)


def find_deadline(text: str) -> Found:
    """The task's deadline, if its words give one: the first phrase of `find_phrases` that parses. A phrase that
    does not parse is kept for the summary when it names a time (ngày, tháng, quý, năm, giai đoạn)."""
    flat = " ".join(text.split())
    masked = mask_citations(flat)
    out = Found()
    for _start, _end, phrase in find_phrases(masked):
        parsed = parse_deadline(phrase)
        if isinstance(parsed, Deadline):
            out.text, out.parsed = phrase, parsed
            return out
        if phrase not in out.not_understood and _TIME_WORD.search(phrase):
            out.not_understood.append(phrase)
    return out
