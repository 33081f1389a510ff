"""Noise in copied texts: look-alike letters, document numbers broken across lines, misprinted citations.

- Look-alikes: "Ð" (U+00D0, Icelandic eth) for "Đ", and Cyrillic letters inside Latin words ("Quyết định" typed
  with a Cyrillic "е"). `clean` replaces them letter for letter, so offsets do not move: the analysis reads the
  cleaned text, and a task's `text` is taken back from the document as it is written (`as_written`), because S009
  compares it with the source.
- Numbers split over a line or a space ("1373/QĐ\\n-TTg", "1373/QĐ -TTg", "211 /KH-UBND") are joined before the
  number, the citations and the template are read (`join_numbers`).
- A cited number that is not a known plan's, but whose date and title are a known plan's, with a number one or two
  digits away (378 for 387), is a misprint to check: `misprint` names the plan it most likely means.
"""

from __future__ import annotations

import re
from datetime import date

_LOOKALIKE = str.maketrans({
    "\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ",  # eth and African D
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O",
    "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u0425": "X", "\u0430": "a", "\u0435": "e", "\u043e": "o",
    "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0406": "I",
})  # fmt: skip
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ETH = re.compile("[\u00d0\u00f0\u0189]")
_SPLIT_NUMBER = re.compile(r"(\d+)\s*/\s*([A-ZĐ][A-Za-zĐđ&]*)\s*\n?\s*([-/])\s*([A-ZĐ])")


def clean(text: str) -> tuple[str, int]:
    """`text` with look-alike letters replaced (same length), and how many were. A Cyrillic letter is replaced only
    inside a word that has Latin letters too, so Russian words stay Russian."""
    count = len(_ETH.findall(text))
    out = _ETH.sub(lambda m: m.group().translate(_LOOKALIKE), text)
    if _CYRILLIC.search(out):

        def word(m: re.Match[str]) -> str:
            w = m.group()
            if _CYRILLIC.search(w) and re.search(r"[A-Za-zÀ-ỹĐđ]", _CYRILLIC.sub("", w)):
                return w.translate(_LOOKALIKE)
            return w

        before = out
        out = re.sub(r"\w+", word, out)
        count += sum(1 for a, b in zip(before, out, strict=True) if a != b)
    return out, count


def as_written(text: str, cleaned_doc: str, doc: str) -> str:
    """`text` (whitespace-folded, taken from the cleaned document) as the document itself writes it."""
    if cleaned_doc == doc:
        return text
    folded_clean, folded_doc = " ".join(cleaned_doc.split()), " ".join(doc.split())
    out = []
    for piece in text.split("\n\n"):
        i = folded_clean.find(piece)
        out.append(folded_doc[i : i + len(piece)] if i >= 0 else piece)
    return "\n\n".join(out)


def join_numbers(text: str) -> str:
    """Document numbers broken by a line break or spaces joined: "1373/QĐ -TTg" -> "1373/QĐ-TTg"."""
    return _SPLIT_NUMBER.sub(lambda m: f"{m.group(1)}/{m.group(2)}{m.group(3)}{m.group(4)}", text)


def _digits_close(a: str, b: str) -> bool:
    """Same length and either one or two digits differ, or two neighbouring digits swapped (378 / 387)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and (diff[1] == diff[0] + 1 or len(a) > 3))


def misprint(
    number: str, cited_on: date | None, words: str, templates: list[tuple[str, str, date | None, str]]
) -> str | None:
    """The id of the known plan a cited `number` most likely misprints: same code ("QĐ-TTg"), same date, a number a
    digit or a swap away, and most of its title's words in the citation `words`. `templates`: (id, number, issued,
    title)."""
    if "/" not in number or cited_on is None:
        return None
    digits, code = number.split("/", 1)
    for tid, tnumber, issued, title in templates:
        if "/" not in tnumber or issued != cited_on:
            continue
        tdigits, tcode = tnumber.split("/", 1)
        if tcode.lower() != code.lower() or not _digits_close(digits, tdigits):
            continue
        title_words = {w for w in re.findall(r"\w+", title.lower()) if len(w) > 2}
        said = set(re.findall(r"\w+", words.lower()))
        if not title_words or len(title_words & said) >= 0.5 * len(title_words):
            return tid
    return None
