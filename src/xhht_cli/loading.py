"""Files -> parsed YAML documents with source positions, or findings (S001, S003, S008).

Loading is safe and bounded. The bytes are decoded here (UTF-8 with or without BOM, UTF-16 with BOM), then libyaml
(`yaml.CSafeLoader`) turns them into events and `composer` builds the Python values from the events itself, with an
explicit stack instead of recursion; what it stops at becomes a finding here. Building there rather than in PyYAML's
constructor gives, in one pass:

- positions: every mapping (`YMap`) and sequence (`YSeq`, in `yamlnodes`) knows where it starts and where each
  key and item is;
- bounds: nesting depth is checked as it grows (libyaml's own composer recurses in C and crashes on deep input),
  and the size of the document *after* alias expansion is counted, so an alias bomb stops after a few thousand events;
- plain data only: only null/true/false are resolved; every other plain scalar stays a string, so the schema (not
  YAML 1.1) decides what `no`, `2021-02-30` or `0123` mean; tags other than the YAML core ones are refused;
- duplicate keys are reported (PyYAML silently keeps the last one), and loading goes on;
- every string is NFC-normalised.

Without libyaml (a PyYAML built from source with no libyaml headers), PyYAML's pure-Python parser feeds the same
builder: the same documents and findings on well-formed input, about ten times slower, and the command line warns.

Garbage collection is paused while a file is built: building creates many containers and none of them are cyclic
garbage, while the collector's passes over the growing heap make large files super-linear. Which files a run reads is
decided in `discovery`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from xhht_cli.codes import finding
from xhht_cli.composer import LIBYAML as LIBYAML
from xhht_cli.composer import Builder, BuildStopped, libyaml_max_depth, mark_pos
from xhht_cli.composer import Limits as Limits
from xhht_cli.composer import PurePythonLoader as PurePythonLoader
from xhht_cli.composer import XhhtLoader as XhhtLoader
from xhht_cli.discovery import discover as discover
from xhht_cli.files import ReadRefused, read_limited
from xhht_cli.findings import Finding
from xhht_cli.heap import no_cyclic_gc
from xhht_cli.positions import line_col, line_count
from xhht_cli.yamlnodes import Pos as Pos
from xhht_cli.yamlnodes import YMap as YMap
from xhht_cli.yamlnodes import YSeq as YSeq

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

DEFAULT_LIMITS = Limits()
"""The limits of a file read without a configuration (8 MiB, 64 levels, 500,000 nodes)."""


@dataclass(slots=True)
class Document:
    """One file read: its data (None when it could not be parsed) and what went wrong."""

    path: Path
    display: str
    data: Any = None
    findings: list[Finding] = field(default_factory=list)
    fatal: bool = False
    """True when the file could not be read or parsed at all."""

    @property
    def kind(self) -> str | None:
        """`plan`, `report` or `registry` from the `format` key, or None for a file that is not ours."""
        if isinstance(self.data, dict):
            fmt = self.data.get("format")
            if isinstance(fmt, str) and fmt.startswith("xhht/"):
                return fmt[5:].split("@", 1)[0]
        return None

    @property
    def looks_like_ours(self) -> bool:
        """A top-level `plan`, `report` or `bodies` key: meant for xhht even if `format` is missing."""
        return isinstance(self.data, dict) and bool({"plan", "report", "bodies"} & self.data.keys())


def decode(raw: bytes) -> tuple[str | None, int]:
    """Decode file bytes. Returns (text, 0), or (None, byte offset of the first undecodable byte)."""
    encoding = "utf-8"
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            raw, encoding = raw[len(bom) :], enc
            break
    try:
        return raw.decode(encoding), 0
    except UnicodeDecodeError as exc:
        return None, exc.start


def _line_col_of_offset(raw: bytes, offset: int) -> Pos:
    return line_col(raw, offset)


def _bad_character(text: str, display: str, offset: int, char: int) -> Finding:
    """S008 for a character YAML does not allow, at `offset` (in characters) of `text`."""
    return finding("S008", display, line_col(text, offset), "S008.character", {"character": f"#x{char:04x}"})


def _reader_error(exc: yaml.reader.ReaderError, text: str, display: str, in_bytes: bool) -> Finding:
    offset = exc.position or 0
    if in_bytes:  # libyaml counts the offset in UTF-8 bytes
        offset = len(text.encode("utf-8", "surrogatepass")[:offset].decode("utf-8", "replace"))
    char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    return _bad_character(text, display, offset, char)


def parse_text(
    text: str, display: str, limits: Limits = DEFAULT_LIMITS, loader_class: type[Builder] | None = None
) -> tuple[Any, list[Finding], bool]:
    """Parse YAML text. Returns (data, findings, fatal). `loader_class` is for tests: `PurePythonLoader` builds
    with PyYAML's pure-Python parser (the fallback), which must give the same results."""
    cls: Any = loader_class or XhhtLoader
    try:
        loader: Any = cls(text, display, limits)
    except UnicodeEncodeError as exc:  # a lone surrogate in a str handed in by a library caller
        return None, [_bad_character(text, display, exc.start, ord(text[exc.start]))], True
    except yaml.reader.ReaderError as exc:  # the pure-Python reader checks every character first
        return None, [_reader_error(exc, text, display, cls.offsets_in_bytes)], True
    try:
        with no_cyclic_gc():
            data = loader.build()
        return data, loader.findings, False
    except BuildStopped:
        return None, loader.findings, True
    except yaml.reader.ReaderError as exc:
        return None, [*loader.findings, _reader_error(exc, text, display, cls.offsets_in_bytes)], True
    except yaml.MarkedYAMLError as exc:
        if exc.problem == "exceeded maximum nesting depth" and exc.problem_mark is not None:
            # libyaml 0.2.6 (PyYAML 6.0.4) has a nesting ceiling of its own, and its scanner can reach it while
            # looking ahead ('[[[[…' on one line) before the builder has seen the level where xhht's limit stops it
            limit = min(limits.max_depth, libyaml_max_depth())
            f = finding("S008", display, mark_pos(exc.problem_mark), "S008.depth", {"limit": limit})
            return None, [*loader.findings, f], True
        mark = exc.problem_mark or exc.context_mark
        last_line = line_count(text)
        if mark is not None and mark.line + 1 > last_line:  # at the end of the stream, past the last line
            # an unclosed quote or bracket: point at where it was opened, or at the last line
            mark = exc.context_mark if exc.context_mark is not None else mark
        pos = mark_pos(mark) if mark is not None else (1, 1)
        pos = (min(pos[0], max(last_line, 1)), pos[1])
        problem = " ".join(filter(None, (exc.context, exc.problem)))
        from xhht_cli.hints import syntax_cause  # (only when a file does not parse)

        key, args = syntax_cause(exc.problem, exc.context, text, pos[0])
        found = finding("S001", display, pos, key, args, data={"problem": problem})
        return None, [*loader.findings, found], True
    except yaml.YAMLError as exc:
        return None, [*loader.findings, finding("S001", display, (1, 1), "S001", {"problem": str(exc)})], True
    finally:
        loader.dispose()


def load_file(path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read and parse one file. Never raises for bad content; OSError is turned into S008 too. At most
    `limits.max_bytes` bytes are read, whatever the file claims, and only from a regular file (`files.read_limited`)."""
    shown = display if display is not None else str(path)
    doc = Document(path=path, display=shown)
    try:
        raw = read_limited(path, limits.max_bytes)
    except ReadRefused as exc:
        if exc.reason == "size":
            f = finding("S008", shown, (1, 1), "S008.size", {"size": exc.size, "limit": limits.max_bytes})
        else:
            f = finding("S008", shown, (1, 1), "S008.special")
        doc.findings.append(f)
        doc.fatal = True
        return doc
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        doc.findings.append(finding("S008", shown, (1, 1), "S008.unreadable", {"error": reason}))
        doc.fatal = True
        return doc
    text, bad = decode(raw)
    if text is None:
        doc.findings.append(finding("S008", shown, _line_col_of_offset(raw, bad), "S008.encoding", {"offset": bad}))
        doc.fatal = True
        return doc
    doc.data, found, doc.fatal = parse_text(text, shown, limits)
    doc.findings.extend(found)
    return doc
