"""Word (.docx, with python-docx) and web pages (.html, with Beautiful Soup) as blocks: paragraphs and tables in
document order.

Word: the body's paragraphs and tables as the document orders them (running headers and footers are not in the
body), with the numbers Word generates for numbered and bulleted paragraphs written out ("1.", "a)", "II.", "-") as
the document shows them. Web page: the main content only: scripts, menus, headers, footers, sidebars and forms are
dropped, and of what is left the element holding the article (``<article>``, ``<main>``, a content ``<div>``) is
read; a table with two or more columns and rows is a table, one used for page layout is read as paragraphs.
"""

from __future__ import annotations

import io
import re
from typing import Any

from xhht_cli.extract.blocks import Block, DocumentError, Table, detail, need

# -- Word ----------------------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(fmt: str, n: int) -> str:
    return {
        "decimal": str(n), "decimalZero": f"{n:02d}", "lowerLetter": _letter(n), "upperLetter": _letter(n).upper(),
        "lowerRoman": _roman(n).lower(), "upperRoman": _roman(n),
    }.get(fmt, str(n))  # fmt: skip


class _Numbering:
    """Word's list numbering: the label each numbered paragraph shows, counted the way Word counts."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (numFmt, lvlText, start)
        self.counters: dict[str, list[int | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.iter(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in a.iter(f"{_W}lvl"):
                fmt, text, start = self._val(lvl, "numFmt", "decimal"), self._val(lvl, "lvlText", ""), 1
                start = int(self._val(lvl, "start", "1")) if self._val(lvl, "start", "1").isdigit() else 1
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (fmt, text, start)
            abstract[a.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{_W}numId", "")] = abstract.get(ref.get(f"{_W}val", ""), {})

    @staticmethod
    def _val(lvl: Any, tag: str, default: str) -> str:
        el = lvl.find(f"{_W}{tag}")
        return str(el.get(f"{_W}val", default)) if el is not None else default

    def label(self, paragraph: Any) -> str:
        ppr = paragraph._p.pPr
        numpr = ppr.numPr if ppr is not None else None
        if numpr is None or numpr.numId is None:
            style = paragraph.style
            numpr = None
            while style is not None and numpr is None:
                spr = style.element.pPr
                numpr = spr.numPr if spr is not None else None
                style = style.base_style
            if numpr is None or numpr.numId is None:
                return ""
        num_id = str(numpr.numId.val)
        ilvl = int(numpr.ilvl.val) if numpr.ilvl is not None else 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [None] * 10)
        fmt, text, start = levels[ilvl]
        counters[ilvl] = start if counters[ilvl] is None else (counters[ilvl] or 0) + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def value(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            lf = levels.get(i, ("decimal", "", 1))
            n = counters[i] if i < len(counters) and counters[i] is not None else lf[2]
            return _format(lf[0], n or 1)

        return re.sub(r"%([1-9])", value, text).strip()


_MAX_UNZIPPED = 256 * 1024 * 1024  # a Word file that unpacks to more is a zip bomb, not a plan


def _check_zip(raw: bytes) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError("doc.corrupt", kind="Word (.docx)", detail=detail(exc)) from None
    if "word/document.xml" not in {i.filename for i in infos}:
        raise DocumentError("doc.no-zip-document")
    if sum(i.file_size for i in infos) > _MAX_UNZIPPED:
        raise DocumentError("doc.too-large", limit=f"{_MAX_UNZIPPED // (1024 * 1024)} MiB")


def docx_blocks(raw: bytes) -> list[Block]:
    docx = need("docx")
    _check_zip(raw)
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises zipfile, KeyError, ValueError, lxml errors on damaged files
        raise DocumentError("doc.corrupt", kind="Word (.docx)", detail=detail(exc)) from None
    numbering = _Numbering(document)
    blocks: list[Block] = []
    try:
        for item in document.iter_inner_content():
            if hasattr(item, "rows"):
                blocks.append(_docx_table(item))
            else:
                label = numbering.label(item)
                text = item.text
                blocks.append(f"{label} {text}" if label and text.strip() else text)
    except Exception as exc:  # a part that python-docx cannot follow
        raise DocumentError("doc.corrupt", kind="Word (.docx)", detail=detail(exc)) from None
    return blocks


def _docx_table(table: Any) -> Table:
    out = Table()
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a cell merged across columns comes once per column it spans
                continue
            last = cell._tc
            cells.append(" ".join(p.text for p in cell.paragraphs))
        out.rows.append(cells)
    return out


# -- HTML ----------------------------------------------------------------------------------------------------------

_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
         "button", "select", "input", "head", "menu")  # fmt: skip
_BOILERPLATE = re.compile(r"menu|navbar|breadcrumb|sidebar|footer|banner|share|social|comment|related|tin-?khac"
                          r"|quang-?cao|advert|cookie", re.IGNORECASE)  # fmt: skip
_CONTENT = re.compile(r"content|detail|article|noi-?dung|noidung|main|post|entry|body|van-?ban", re.IGNORECASE)
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
           "dt", "dd", "blockquote", "pre", "center", "figure", "figcaption", "address", "tr", "td", "th", "tbody",
           "thead", "table", "caption", "hr"}  # fmt: skip


def html_blocks(text: str) -> list[Block]:
    bs4 = need("bs4")
    try:
        soup = bs4.BeautifulSoup(text, "html.parser")
    except Exception as exc:  # html.parser is lenient; this is a last guard
        raise DocumentError("doc.corrupt", kind="HTML", detail=detail(exc)) from None
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        marks = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
        if marks.strip() and _BOILERPLATE.search(marks) and not _CONTENT.search(marks):
            tag.decompose()
    root = _main(soup)
    walker = _Walker(bs4)
    walker.walk(root)
    walker.flush()
    return walker.blocks


def _main(soup: Any) -> Any:
    candidates = [*soup.find_all(["article", "main"]), *soup.find_all(attrs={"itemprop": "articleBody"})]
    for tag in soup.find_all(["div", "section", "td"]):
        marks = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
        if _CONTENT.search(marks):
            candidates.append(tag)
    body = soup.body or soup
    total = len(body.get_text(" ", strip=True))
    best = None
    for tag in candidates:  # the smallest candidate that still holds most of the page's text
        size = len(tag.get_text(" ", strip=True))
        if size >= 0.5 * total and (best is None or size < best[0]):
            best = (size, tag)
    return best[1] if best else body


class _Walker:
    def __init__(self, bs4: Any) -> None:
        self.bs4 = bs4
        self.blocks: list[Block] = []
        self.buf: list[str] = []

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.blocks.append(text)
        self.buf = []

    def walk(self, node: Any) -> None:
        for child in node.children:
            if isinstance(child, self.bs4.Comment | self.bs4.Doctype | self.bs4.Declaration):
                continue
            if isinstance(child, self.bs4.NavigableString):
                self.buf.append(str(child))
                continue
            name = child.name
            if name == "br":
                self.flush()
            elif name == "table" and _data_table(child):
                self.flush()
                self.blocks.append(_html_table(child))
            elif name in ("ol", "ul"):
                self.flush()
                for i, li in enumerate(child.find_all("li", recursive=False), 1):
                    self.buf.append(f"{i}. " if name == "ol" else "- ")
                    self.walk(li)
                    self.flush()
            elif name in _BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)


def _rows(table: Any) -> list[Any]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _data_table(table: Any) -> bool:
    rows = _rows(table)
    if len(rows) < 2 or table.find("table") is not None:
        return False
    return max(len(tr.find_all(["td", "th"], recursive=False)) for tr in rows) >= 2


def _html_table(table: Any) -> Table:
    out = Table()
    for tr in _rows(table):
        out.rows.append([" ".join(c.get_text(" ").split()) for c in tr.find_all(["td", "th"], recursive=False)])
    return out
