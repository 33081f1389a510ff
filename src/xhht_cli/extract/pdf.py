"""A PDF's text layer as blocks (pdfplumber): paragraphs and ruled tables in reading order.

Per page: tables with ruling lines are read cell by cell; the words outside them are grouped into lines, and a page
set in two columns (a vertical gutter near the middle that no word crosses) is read left column first, with
full-width lines above and below the columns in their place. Lines are joined into paragraphs where the layout says
they continue (no larger gap, no indent, the line before ran to the right margin, no list marker). A line that
repeats at the top or bottom of most pages (digits aside: "Trang 3/12") is a running header or footer and is
dropped, as are bare page numbers. A PDF with no text at all is a scan: xhht does no OCR and says so.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from xhht_cli.extract.blocks import Block, DocumentError, Table, detail, need
from xhht_cli.extract.text import marker_of

_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*\d{1,4}\s*[-–]|\d{1,4}|(?:Trang|trang|Page)\s+\d{1,4}(?:\s*/\s*\d{1,4})?)$")


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float


@dataclass(slots=True)
class _Item:
    key: tuple[int, float]  # (segment: 0 above the columns, 1 left, 2 right, 3 below; top)
    line: _Line | None = None
    table: Table | None = None


def pdf_blocks(raw: bytes) -> list[Block]:
    pdfplumber = need("pdfplumber")
    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
    except Exception as exc:  # pdfminer's and pdfplumber's own exceptions for damaged or locked files
        raise _error(exc) from None
    pages: list[list[_Item]] = []
    chars = images = 0
    try:
        with pdf:
            for page in pdf.pages:
                chars += len(page.chars)
                images += len(page.images)
                pages.append(_page_items(page))
    except DocumentError:
        raise
    except Exception as exc:
        raise _error(exc) from None
    if chars == 0:
        raise DocumentError("doc.pdf-scanned" if images else "doc.no-text")
    _drop_running(pages)
    return _paragraphs([item for items in pages for item in items])


def _error(exc: Exception) -> DocumentError:
    names = {type(e).__name__ for e in (exc, exc.__cause__, exc.__context__, *exc.args) if isinstance(e, Exception)}
    names.add(type(exc).__name__)
    if any("Password" in n or "Encrypt" in n for n in names) or "password" in str(exc).lower():
        return DocumentError("doc.pdf-password")
    return DocumentError("doc.corrupt", kind="PDF", detail=detail(exc))


def _page_items(page: Any) -> list[_Item]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    words = page.filter(outside).extract_words(keep_blank_chars=False, use_text_flow=False) if boxes else (
        page.extract_words(keep_blank_chars=False, use_text_flow=False))  # fmt: skip
    gutter = _gutter(words, float(page.width))
    segment = _segmenter(words, gutter)
    items = [_Item((segment(ln.x0, ln.x1, ln.top), ln.top), line=ln) for ln in _lines(words, gutter)]
    for t in tables:
        rows = [[" ".join((c or "").split()) for c in row] for row in t.extract()]
        x0, top, x1, _ = t.bbox
        items.append(_Item((segment(x0, x1, top), top), table=Table(rows)))
    items.sort(key=lambda i: i.key)
    return items


def _gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The x of a vertical gap near the middle that splits the words into two columns, if the page has one."""
    if len(words) < 40:
        return None
    best: tuple[int, float] | None = None
    x = 0.35 * width
    while x <= 0.65 * width:
        crossing = sum(1 for w in words if w["x0"] < x < w["x1"])
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    if best is None or best[0] > 0.1 * len(words):
        return None
    g = best[1]
    across = [w for w in words if w["x0"] < g < w["x1"]]
    left = [w for w in words if w["x1"] <= g]
    right = [w for w in words if w["x0"] >= g]
    if min(len(left), len(right)) < 0.2 * len(words):
        return None
    lo, hi = min(w["top"] for w in right), max(w["top"] for w in right)
    if any(lo <= w["top"] <= hi for w in across):  # a line runs across the gap between the columns' lines
        return None
    return g


def _segmenter(words: list[dict[str, Any]], gutter: float | None) -> Callable[[float, float, float], int]:
    if gutter is None:
        return lambda x0, x1, top: 1
    cols = [w["top"] for w in words if w["x1"] <= gutter or w["x0"] >= gutter]
    lo = min(cols) if cols else 0.0

    def segment(x0: float, x1: float, top: float) -> int:
        if x0 < gutter < x1:
            return 0 if top < lo else 3
        return 1 if x1 <= gutter else 2

    return segment


def _lines(words: list[dict[str, Any]], gutter: float | None) -> list[_Line]:
    def side(w: dict[str, Any]) -> int:
        return 0 if gutter is None or w["x1"] <= gutter or w["x0"] < gutter < w["x1"] else 1

    out: list[_Line] = []
    for s in (0, 1):
        group = sorted((w for w in words if side(w) == s), key=lambda w: (w["top"], w["x0"]))
        current: list[dict[str, Any]] = []
        for w in group:
            if current and abs(w["top"] - current[0]["top"]) > 3:
                out.append(_line(current))
                current = []
            current.append(w)
        if current:
            out.append(_line(current))
    return out


def _line(words: list[dict[str, Any]]) -> _Line:
    words = sorted(words, key=lambda w: w["x0"])
    text = " ".join(w["text"] for w in words)
    return _Line(text, min(w["top"] for w in words), max(w["bottom"] for w in words), words[0]["x0"],
                 max(w["x1"] for w in words))  # fmt: skip


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


def _drop_running(pages: list[list[_Item]]) -> None:
    """Remove running headers and footers (the same line, digits aside, at the top or bottom of most pages) and
    page numbers."""
    for items in pages:
        for pick in (0, -1):
            lines = [i for i in items if i.line is not None]
            if lines and _PAGE_NUMBER.match(lines[pick].line.text.strip()):  # type: ignore[union-attr]
                items.remove(lines[pick])
    if len(pages) < 2:
        return
    for pick in (0, 1, -1, -2):
        counts: dict[str, int] = {}
        for items in pages:
            lines = [i for i in items if i.line is not None]
            if len(lines) > abs(pick) + (0 if pick >= 0 else -1):
                key = _norm(lines[pick].line.text)  # type: ignore[union-attr]
                counts[key] = counts.get(key, 0) + 1
        running = {k for k, n in counts.items() if n >= max(2, len(pages) // 2 + len(pages) % 2)}
        if not running:
            continue
        for items in pages:
            lines = [i for i in items if i.line is not None]
            if len(lines) > abs(pick) + (0 if pick >= 0 else -1) and _norm(lines[pick].line.text) in running:  # type: ignore[union-attr]
                items.remove(lines[pick])


def _paragraphs(items: list[_Item]) -> list[Block]:
    lines = [i.line for i in items if i.line is not None]
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines) if 0 <= b.top - a.bottom < 30]
    gap = statistics.median(gaps) if gaps else 3.0
    margin: dict[int, float] = {}
    right: dict[int, float] = {}
    for seg in {i.key[0] for i in items if i.line is not None}:
        col = [i.line for i in items if i.line is not None and i.key[0] == seg]
        margin[seg] = statistics.median(ln.x0 for ln in col)
        right[seg] = max(ln.x1 for ln in col)
    blocks: list[Block] = []
    prev: _Line | None = None
    for item in items:
        if item.table is not None:
            blocks.append(item.table)
            prev = None
            continue
        ln, seg = item.line, item.key[0]
        assert ln is not None
        joins = (
            prev is not None
            and isinstance(blocks[-1], str)
            and -1 <= ln.top - prev.bottom <= gap * 1.6 + 1
            and ln.x0 <= margin[seg] + 6
            and prev.x1 >= right[seg] - 0.15 * (right[seg] - margin[seg])
            and marker_of(ln.text) is None
        )
        if joins:
            blocks[-1] = f"{blocks[-1]} {ln.text}"
        else:
            blocks.append(ln.text)
        prev = ln
    return blocks
