"""The document as lines and paragraphs: NFC text, where the plan's body starts and ends, unwrapping hard-wrapped lines.

Every paragraph keeps the offsets of its first and last character in the (NFC) document, so that a task's `text` is
always a slice of the source: S009 compares after NFC and whitespace folding, and a slice folds to a substring of the
folded source whatever the line breaks, page numbers or table pipes inside it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from xhht_cli.sources import blank_controls

VI_LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The Vietnamese alphabet as documents letter their items: a b c d đ e g h i k l m n o p q r s t u v x y."""
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

_ROMAN = re.compile(r"(?P<label>X{0,3}(?:IX|IV|V?I{0,3}))\s*\.\s*(?=\S)")
_NUMBER = re.compile(r"(?P<label>\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?=\S)")
_LETTER = re.compile(r"(?P<label>[a-zđ])(?:\)\s*|\.\s+)(?=\S)")
_EMPHASIS = re.compile(r"(?:\*\*|__|#{1,6}\s+)*")  # markdown left by converters: "**1. Mục đích**", "## II."
_BULLET = re.compile(r"(?P<label>[-–—•+*])\s*(?=\S)")
_TABLE_RULE = re.compile(r"^[|\-=_+:\s]*$")
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*\d{1,3}\s*[-–]|\d{1,3}|(?:Trang|trang|Page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)$")
_TERMINAL = ".;:!?…"
_CLOSERS = "”\"’')]*»"
_END_OF_BODY = re.compile(
    r"^[\s*_#>]*(?:Nơi nhận\s*:?|NƠI NHẬN|TM\s*\.|T/M\b|KT\s*\.|PHỤ LỤC\b|Phụ lục\s*$|Tài liệu đính kèm|Tin khác\b"
    r"|Văn bản liên quan|Lược đồ\s*$)"
)


def normalize(text: str) -> str:
    """NFC, without a byte-order mark, with universal newlines, and a space for each character a YAML file may not
    hold (NUL and other controls, DEL, C1 controls, U+FFFE/U+FFFF): a document copied from a terminal or a PDF has
    them, and the plan written from it must pass `xhht validate`. S009 compares texts with those characters as
    spaces too (`xhht_cli.sources.fold_text`), so the texts written still match their source."""
    text = text.removeprefix("\ufeff")
    return unicodedata.normalize("NFC", blank_controls(text.replace("\r\n", "\n").replace("\r", "\n")))


def fold(text: str) -> str:
    """Whitespace folded to single spaces (what S009 compares, with NFC)."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 0-based line number
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the line, stripped

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(doc: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(doc.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = pos + lead
        out.append(Line(i, start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str  # "roman" | "number" | "letter" | "bullet"
    label: str  # "II", "2.1", "đ", "-" or "+"
    length: int  # characters of the marker, spaces after it included


def marker_of(text: str) -> Marker | None:
    """The structure marker a line opens with, if any (syntax only; the sequence is checked when building the tree)."""
    pos = _EMPHASIS.match(text).end()  # type: ignore[union-attr]  # matches the empty string at worst
    if (m := _ROMAN.match(text, pos)) and m.group("label") in _ROMANS:
        return Marker("roman", m.group("label"), m.end())
    if m := _NUMBER.match(text, pos):
        return Marker("number", m.group("label"), m.end())
    if m := _LETTER.match(text, pos):
        return Marker("letter", m.group("label"), m.end())
    if m := _BULLET.match(text, pos):
        label = "+" if m.group("label") == "+" else "-"
        return Marker("bullet", label, m.end())
    return None


def next_letter(prev: str | None, letter: str) -> bool:
    """Whether `letter` may follow `prev` in a lettered list (Vietnamese order, or plain Latin order)."""
    if prev is None:
        return letter == "a"
    for alphabet in (VI_LETTERS, _LATIN_LETTERS):
        i = alphabet.find(prev)
        if i >= 0 and i + 1 < len(alphabet) and alphabet[i + 1] == letter:
            return True
    return False


def next_roman(prev: str | None, roman: str) -> bool:
    if prev is None:
        return roman == "I"
    i = _ROMANS.index(prev) if prev in _ROMANS else -1
    return i + 1 < len(_ROMANS) and _ROMANS[i + 1] == roman


@dataclass(slots=True)
class Para:
    """A logical paragraph: one or more source lines, with the structure marker it opens with."""

    start: int  # offset of its first character (the marker's, if any)
    end: int  # offset after its last character
    marker: Marker | None
    lines: list[Line] = field(default_factory=list)

    @property
    def body_start(self) -> int:
        return self.start + (self.marker.length if self.marker else 0)

    def text(self, doc: str) -> str:
        """The paragraph's words without its marker, whitespace folded."""
        return fold(doc[self.body_start : self.end])

    def full(self, doc: str) -> str:
        return fold(doc[self.start : self.end])


def ends_terminal(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _TERMINAL if text.rstrip(_CLOSERS) else False


def _starts_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def is_end_of_body(text: str) -> bool:
    return bool(_END_OF_BODY.match(text))


def is_noise(text: str) -> bool:
    """Layout left over from tables and pages: pipes, rules, page numbers."""
    return bool(_TABLE_RULE.match(text)) or bool(_PAGE_NUMBER.match(text))


def is_wrapped(lines: list[Line]) -> bool:
    """Hard-wrapped text: a tenth or more of the lines continue on a next line that starts in lower case."""
    content = [ln for ln in lines if not ln.blank and not is_noise(ln.text)]
    if len(content) < 4:
        return False
    continued = sum(1 for b in content[1:] if _starts_lower(b.text) and marker_of(b.text) is None)
    return continued >= 0.1 * len(content)


def _long_line(lines: list[Line]) -> int:
    lengths = sorted(len(ln.text) for ln in lines if not ln.blank and not is_noise(ln.text))
    if not lengths:
        return 60
    return max(30, int(0.75 * lengths[int(0.75 * (len(lengths) - 1))]))


_YEAR_RANGE_TAIL = re.compile(r"^[-–]\s*\d{4}\b")


def _continues(last: str, line: str, m: Marker, spans_name: Callable[[str, str], bool] | None) -> bool:
    """Whether a line that opens with what looks like a marker really continues the line before it: a wrapped
    year range ("giai đoạn 2021" / "- 2030”"), a dash followed by lower case after an unfinished line
    ("trung tâm giáo dục nghề nghiệp" / "- giáo dục thường xuyên"), or a break inside a registered name
    ("Bộ Lao động" / "- Thương binh và Xã hội")."""
    if ends_terminal(last):
        return False
    if m.kind == "bullet" and _YEAR_RANGE_TAIL.match(line) and last[-1:].isdigit():
        return True
    if m.kind == "bullet" and _starts_lower(line[m.length :]):
        return True
    return spans_name is not None and spans_name(last, line)


def paragraphs(
    doc: str,
    lines: list[Line],
    is_heading: Callable[[str], bool] | None = None,
    spans_name: Callable[[str, str], bool] | None = None,
) -> list[Para]:
    """Join `lines` (a stretch of the document) into paragraphs.

    A line continues the paragraph before it when it has no structure marker and: it starts in lower case; or the
    text is hard-wrapped and the line before it was a full-width line without final punctuation, or was the first
    line of its paragraph and is not a heading that names a body (`is_heading`); or, across blank lines (page
    breaks), the paragraph before it is a long bullet or plain paragraph that stops without final punctuation.
    A line whose marker is not one (`_continues`) is treated as having none. `spans_name(a, b)` tells whether a
    registered body name runs across the end of line `a` into line `b`.
    """
    wrapped = is_wrapped(lines)
    long = _long_line(lines)
    out: list[Para] = []
    cur: Para | None = None
    gap = False
    for ln in lines:
        if ln.blank or _PAGE_NUMBER.match(ln.text):
            gap = True
            continue
        if _TABLE_RULE.match(ln.text):  # table pipes and rules: a hard break
            cur = None
            gap = False
            continue
        m = marker_of(ln.text)
        if cur is not None and m is not None and not gap and _continues(cur.lines[-1].text, ln.text, m, spans_name):
            m = None
        if cur is not None and m is None and _joins(doc, cur, ln, gap, wrapped, long, is_heading, spans_name):
            cur.lines.append(ln)
            cur.end = ln.end
        else:
            cur = Para(ln.start, ln.end, m, [ln])
            out.append(cur)
        gap = False
    return out


def _joins(
    doc: str,
    cur: Para,
    ln: Line,
    gap: bool,
    wrapped: bool,
    long: int,
    is_heading: Callable[[str], bool] | None,
    spans_name: Callable[[str, str], bool] | None,
) -> bool:
    if _starts_lower(ln.text):
        return True
    last = cur.lines[-1].text
    if not gap and spans_name is not None and spans_name(last, ln.text):
        return True
    if ends_terminal(last):
        return False
    if gap:
        plain = cur.marker is None or cur.marker.kind == "bullet"
        return plain and cur.end - cur.start > 150
    if not wrapped:
        return False
    if len(last) >= long:
        return True
    if len(cur.lines) == 1:
        return not (is_heading is not None and is_heading(cur.text(doc)))
    return False
