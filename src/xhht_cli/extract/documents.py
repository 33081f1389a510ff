"""The text of a document, whatever it arrives as: plain text, Word (.docx), PDF with a text layer, or a web page.

The kind is told by the file's first bytes, not by its name (a .doc that is really a .docx, a PDF saved as .txt):
``%PDF-`` is a PDF, a ZIP holding ``word/document.xml`` is a Word document, an OLE container is an old .doc or a
password-protected Word file, text that opens with an HTML tag is a web page, anything else is decoded as text
(UTF-8 or UTF-16 with or without a byte-order mark, or Windows-1258; TCVN3 and other legacy encodings are named in
the error). Word, PDF and HTML are read by the libraries of the ``documents`` extra (python-docx, pdfplumber,
Beautiful Soup), imported only when such a file is read.

Every reader gives the document as blocks, paragraphs and tables, in reading order, and `to_text` lays them out the
way a copied text has them: one paragraph a line, a table as rows of ``| cell | cell |``. What goes wrong is a
`DocumentError` with a message key (see `messages`), never a traceback.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal

from xhht_cli.extract.blocks import Block, DocumentError, to_text

Kind = Literal["text", "text-converted", "docx", "pdf", "html"]
# characters a YAML file may not hold (or that would reach a terminal): C0 controls but tab and line breaks, DEL, C1
# controls, U+FFFE/U+FFFF and lone surrogates; they become spaces, which whitespace folding then absorbs
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
MAX_BYTES = 64 * 1024 * 1024  # a plan is a few hundred kB; a larger file is not one


# -- telling the kind ----------------------------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                         re.IGNORECASE | re.DOTALL)  # fmt: skip


def sniff(raw: bytes) -> Kind:
    """The kind of document `raw` holds, by its content; raises DocumentError for kinds xhht cannot read."""
    head = raw[:2048]
    if b"%PDF-" in raw[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"  # a ZIP: the Word reader says when it holds no document
    if head.startswith(_OLE):
        raise DocumentError("doc.ole")
    if _HTML_START.match(_strip_bom(head)) or _HTML_START.match(_ascii_of_utf16(head)):
        return "html"
    return "text"


def _strip_bom(raw: bytes) -> bytes:
    return raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw


def _ascii_of_utf16(head: bytes) -> bytes:
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head[2:].replace(b"\x00", b"")
    return b""


# -- text ----------------------------------------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))  # fmt: skip
# TCVN3 (ABC) bytes as Latin-1 in the commonest words: các, và, của, năm, ngày, được, đ
_TCVN3 = re.compile("c¸c|vµ|cña|n¨m|ngµy|®­îc|®Õn|nh©n|tØnh|®¹o", re.IGNORECASE)
_VNI = re.compile("caùc|vaø|cuûa|naêm|ngaøy|ñöôïc|ñeán")  # VNI-Windows, read as Windows-1252
_VI_WORDS = re.compile(r"(?<!\w)(?:và|của|các|năm|ngày|được|trong|những|thực hiện|cơ quan)(?!\w)", re.IGNORECASE)


def decode_text(raw: bytes) -> str:
    """Text from bytes: a BOM's encoding, else UTF-8, UTF-16 without a BOM, or Windows-1258 when the result reads
    as Vietnamese. Raises DocumentError naming the problem (TCVN3, VNI, binary data, other encodings)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError("doc.encoding-bom", encoding=encoding.upper(), offset=exc.start) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _legacy(raw, exc.start)
    if "\x00" in text:
        raise DocumentError("doc.binary")
    controls = sum(1 for c in text[:65536] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    if controls > max(8, len(text[:65536]) // 100):
        raise DocumentError("doc.binary")
    return text


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    encoding = "utf-16-le" if odd > 0.3 * len(sample) / 2 and even == 0 else None
    encoding = encoding or ("utf-16-be" if even > 0.3 * len(sample) / 2 and odd == 0 else None)
    if encoding is None:
        return None
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _legacy(raw: bytes, offset: int) -> str:
    if (text := _utf16_without_bom(raw)) is not None:
        return text
    latin = raw.decode("latin-1")
    if len(_TCVN3.findall(latin)) >= 3:
        raise DocumentError("doc.tcvn3")
    if len(_VNI.findall(raw.decode("cp1252", errors="replace"))) >= 3:
        raise DocumentError("doc.vni")
    sample = raw[:65536]
    if sum(1 for b in sample if b < 0x20 and b not in b"\t\n\r\f\v") > max(4, len(sample) // 100):
        raise DocumentError("doc.binary")
    try:
        text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError:
        raise DocumentError("doc.encoding", offset=offset) from None
    words = len(text.split())
    if words and len(_VI_WORDS.findall(text)) >= max(3, words // 50):
        return text
    raise DocumentError("doc.encoding", offset=offset)


# -- reading a file ------------------------------------------------------------------------------------------------


def read_blocks(raw: bytes, kind: Kind) -> list[Block]:
    """The blocks of a Word, PDF or HTML document (DocumentError when it cannot be read)."""
    if kind == "docx":
        from xhht_cli.extract.readers import docx_blocks

        return docx_blocks(raw)
    if kind == "pdf":
        from xhht_cli.extract.pdf import pdf_blocks

        return pdf_blocks(raw)
    from xhht_cli.extract.readers import html_blocks

    return html_blocks(decode_text(raw))


def read_document(path: Path) -> tuple[str, Kind]:
    """The text of the document at `path` and its kind. Raises OSError when the file cannot be read and
    DocumentError when its content cannot."""
    with path.open("rb") as f:
        raw = f.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise DocumentError("doc.too-large", limit=f"{MAX_BYTES // (1024 * 1024)} MiB")
    if not raw.strip():
        raise DocumentError("doc.empty")
    kind: Kind = sniff(raw)
    text = decode_text(raw) if kind == "text" else to_text(read_blocks(raw, kind))
    if kind == "text" and not _utf8_or_bom(raw):
        kind = "text-converted"  # S009 reads UTF-8 and UTF-16 with a BOM: the text is saved as UTF-8
    text, forbidden = _FORBIDDEN.subn(" ", text)
    if forbidden and kind == "text":
        kind = "text-converted"
    if not text.strip():
        raise DocumentError("doc.no-text")
    return text, kind


def _utf8_or_bom(raw: bytes) -> bool:
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
