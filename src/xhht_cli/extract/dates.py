"""Deadlines in a task's words, told apart from the dates of the documents it cites.

A deadline is a time phrase after "trước", "trong", "vào", "chậm nhất", "hết" or "đến ngày" ("hoàn thành trong quý
III năm 2020", "trước ngày 10/9/2020", "Trước ngày 05 tháng 12 hàng năm", "vào năm 2025"), or, failing that, "hằng
năm" / "hàng năm" / "định kỳ" on its own. Before looking, quoted titles ("Đề án “… đến năm 2020”") and the dates of
cited documents ("Quyết định số 489/QĐ-TTg ngày 08/4/2020", "Kế hoạch số 202/KH-UBND ngày 07/8/2020 của …") are
blanked out. A phrase is kept only when `xhht_cli.deadlines.parse_deadline` understands it, so the output never
carries an S007; phrases it does not understand are returned for the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xhht_cli.deadlines import Deadline, parse_deadline

_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_DOC_TYPES = (
    r"Quyết định|Kế hoạch|Chỉ thị|Kết luận|Nghị quyết|Thông tư|Nghị định|Công văn|Văn bản|Luật|Thông báo|Hướng dẫn"
    r"|Tờ trình|Báo cáo|Chương trình|Đề án|Quy định|Điều lệ|Hiến pháp|Pháp lệnh"
)
_GAP = r"(?:(?!(?:trước|trong|vào|chậm nhất|hết|đến|hoàn thành|xong)\s)[^\d.;:]){0,80}?"
# "số 489/QĐ-TTg ngày 08/4/2020", "49-KL/TW ngày 10/5/2019", "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"
_CITED = re.compile(
    rf"(?:(?:{_DOC_TYPES})(?:\s+số)?\s+[^\s,;]*\d[^\s,;]*|(?:{_DOC_TYPES})\s+{_GAP}|số\s+\S*\d\S*)"
    rf"\s+ngày\s+(?:{_DAY})",
    re.IGNORECASE,
)
_DATE_OF = re.compile(rf"ngày\s+(?:{_DAY})(?=\s+của\b)", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"|«[^»]{0,400}»")

_CORE = (
    rf"(?:ngày\s+)?(?:{_DAY})"
    r"|(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}(?!\d)|ngày\s+\d{1,2}\s*/\s*\d{1,2}(?![\d/])"
    r"|quý\s+(?:[IVX]+|[1-4])(?:\s+năm\s+\d{4}|\s*/\s*\d{4})?"
    r"|(?:đầu\s+|giữa\s+|cuối\s+)?tháng\s+\d{1,2}(?:\s+năm\s+\d{4}|\s*/\s*\d{4})"
    r"|(?:\d{1,2}|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?"
    r"|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|(?:cuối\s+)?năm\s+\d{4}"
)
_PREFIXED = re.compile(
    rf"(?<!\w)(?:(?:hoàn thành|xong)\s+)?"
    rf"(?P<phrase>(?:(?:trước|trong|vào|chậm nhất(?:\s+là)?|đến hết|hết)\s+)+(?:{_CORE})"
    rf"|đến\s+ngày\s+(?:{_DAY}))"
    rf"(?P<yearly>\s*,?\s*h[àằ]ng\s+năm)?(?!\w)",
    re.IGNORECASE,
)
_RECURRING = re.compile(r"(?<!\w)(?:h[àằ]ng\s+năm|định\s+kỳ)(?!\s+h[àằ]ng)(?!\w)", re.IGNORECASE)


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
    """The task's deadline, if its words give one."""
    masked = mask_citations(text)
    out = Found()
    for m in _PREFIXED.finditer(masked):
        phrase = " ".join(text[m.start("phrase") : m.end()].split())
        parsed = parse_deadline(phrase)
        if isinstance(parsed, Deadline):
            out.text, out.parsed = phrase, parsed
            return out
        out.not_understood.append(phrase)
    for m in _RECURRING.finditer(masked):
        phrase = " ".join(text[m.start() : m.end()].split())
        parsed = parse_deadline(phrase)
        if isinstance(parsed, Deadline):
            out.text, out.parsed = phrase, parsed
            return out
    return out
