"""Files -> parsed YAML documents with source positions, or findings (S001, S003, S008).

Loading is safe and bounded. The bytes are decoded here (UTF-8 with or without BOM, UTF-16 with BOM), then libyaml
(`yaml.CSafeLoader`) turns them into events and this module builds the Python values from the events itself, with an
explicit stack instead of recursion. Doing the building here rather than in PyYAML's constructor gives, in one pass:

- positions: every mapping (`YMap`) and sequence (`YSeq`) knows where it starts and where each key and item is;
- bounds: nesting depth is checked as it grows (libyaml's own composer recurses in C and crashes on deep input),
  and the size of the document *after* alias expansion is counted, so an alias bomb stops after a few thousand events;
- plain data only: only null/true/false are resolved; every other plain scalar stays a string, so the schema (not
  YAML 1.1) decides what `no`, `2021-02-30` or `0123` mean; tags other than the YAML core ones are refused;
- duplicate keys are reported (PyYAML silently keeps the last one), and loading goes on;
- every string is NFC-normalised.

Without libyaml (a PyYAML built from source with no libyaml headers), PyYAML's pure-Python parser feeds the same
builder: the same documents and findings on well-formed input, about ten times slower, and the command line warns.

Garbage collection is paused while a file is built: building creates many containers and none of them are cyclic
garbage, while the collector's passes over the growing heap make large files super-linear.
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any, overload

import yaml

from xhht_cli.codes import finding
from xhht_cli.files import ReadRefused, read_limited
from xhht_cli.findings import Finding
from xhht_cli.heap import no_cyclic_gc
from xhht_cli.positions import line_col, line_count

Pos = tuple[int, int]
"""(line, column), both 1-based."""


class YMap(dict[str, Any]):
    """A mapping that remembers where it, its keys and its values start.

    The positions are packed four numbers a key (key line, key column, value line, value column), in key order, in
    one array: a national portfolio has millions of keys, and two dicts of (line, column) tuples per mapping took
    five times the memory. `kpos` and `vpos` read them as mappings of key -> (line, column).
    """

    __slots__ = ("_at", "_index", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self._at = array("I")
        self._index: dict[str, int] | None = None

    @property
    def kpos(self) -> Mapping[str, Pos]:
        return _Positions(self, 0)

    @property
    def vpos(self) -> Mapping[str, Pos]:
        return _Positions(self, 2)

    def at(self, key: str, *, value: bool = True) -> Pos | None:
        """Where the value (or with `value=False`, the key) `key` starts; None when there is no such key."""
        if key not in self:
            return None
        i = self._slot(key) + (2 if value else 0)
        return (self._at[i], self._at[i + 1])

    _SCAN = 16
    """Up to this many keys a key's place is found by scanning; a larger mapping builds an index of key -> place
    on first use (a mapping of 20,000 keys asked 20,000 times would otherwise take minutes)."""

    def _slot(self, key: str) -> int:
        if key not in self:
            raise KeyError(key)
        if len(self) <= self._SCAN:
            for i, k in enumerate(self):
                if k == key:
                    return 4 * i
        index = self._index
        if index is None:
            index = self._index = {k: 4 * i for i, k in enumerate(self)}
        elif len(index) != len(self):  # keys added since: they are the last ones (keys are never removed)
            n = len(self)
            for k in reversed(self):
                if k in index:
                    break
                n -= 1
                index[k] = 4 * n
        return index[key]

    def put(self, key: str, value: Any, kpos: Pos, vpos: Pos) -> None:
        """Set `key` (a repeated key keeps its place in the key order and takes the new positions)."""
        if key in self:
            i = self._slot(key)
            self._at[i : i + 4] = array("I", (*kpos, *vpos))
        else:
            self._at.extend((*kpos, *vpos))
        self[key] = value

    def positions(self) -> Iterator[tuple[str, Any, Pos, Pos]]:
        """Every key, its value, and where each starts, in key order (one pass, no look-ups)."""
        at = self._at
        for i, (k, v) in enumerate(self.items()):
            j = 4 * i
            yield k, v, (at[j], at[j + 1]), (at[j + 2], at[j + 3])


class _Positions(Mapping[str, Pos]):
    __slots__ = ("_map", "_off")

    def __init__(self, ymap: YMap, offset: int) -> None:
        self._map = ymap
        self._off = offset

    def __getitem__(self, key: str) -> Pos:
        i = self._map._slot(key) + self._off
        at = self._map._at
        return (at[i], at[i + 1])

    def __contains__(self, key: object) -> bool:
        return key in self._map

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)


class YSeq(list[Any]):
    """A sequence that remembers where it and each item start (packed: line, column per item)."""

    __slots__ = ("_at", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self._at = array("I")

    @property
    def ipos(self) -> _ItemPositions:
        return _ItemPositions(self._at)

    def add(self, value: Any, pos: Pos) -> None:
        self.append(value)
        self._at.extend(pos)


class _ItemPositions(Sequence[Pos]):
    __slots__ = ("_at",)

    def __init__(self, at: array[int]) -> None:
        self._at = at

    @overload
    def __getitem__(self, i: int) -> Pos: ...
    @overload
    def __getitem__(self, i: slice) -> list[Pos]: ...
    def __getitem__(self, i: int | slice) -> Pos | list[Pos]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return (self._at[2 * i], self._at[2 * i + 1])

    def __len__(self) -> int:
        return len(self._at) // 2

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 8 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 500_000


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


_CORE_TAGS = {"tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}
_NULL_TAG, _BOOL_TAG = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUES = {"true", "True", "TRUE"}
_FALSES = {"false", "False", "FALSE"}
_PLAIN: dict[str, Any] = {**dict.fromkeys(_NULLS), **dict.fromkeys(_TRUES, True), **dict.fromkeys(_FALSES, False)}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class _Abort(Exception):
    """Stops building a document after an S008 limit was hit."""


_SHARED = 120
"""Scalars up to this many characters (body names, deadlines, ids) are interned: a portfolio writes the same ones in
thousands of tasks, and one copy of each is kept instead of one per occurrence (a tenth of the memory of a plan)."""


def _nfc(s: str) -> str:
    if s.isascii() or unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", s)


def _pos(mark: Any) -> Pos:
    return (mark.line + 1, mark.column + 1)


LIBYAML = hasattr(yaml, "CSafeLoader")
"""Whether PyYAML was built with libyaml. Without it the same documents are built from PyYAML's pure-Python parser,
about ten times slower; the command line says so (`ui.no-libyaml`)."""


class _Builder:
    """Builds a document from a PyYAML parser's events; mixed into a loader class below, which supplies the parser
    (`get_event`) and `dispose`."""

    get_event: Any

    def __init__(self, text: str, display: str, limits: Limits) -> None:
        super().__init__(text)  # type: ignore[call-arg]  # the parser class mixed in after this one
        self.display = display
        self.limits = limits
        self.findings: list[Finding] = []

    def _problem(self, code: str, pos: Pos, msg: str, **args: Any) -> Finding:
        f = finding(code, self.display, pos, msg, args)
        self.findings.append(f)
        return f

    def _scalar(self, ev: Any) -> Any:
        value: str = ev.value
        tag = ev.tag
        if tag is not None and tag != "!":
            if tag not in _CORE_TAGS:
                self._problem("S008", _pos(ev.start_mark), "S008.tag", tag=tag)
                raise _Abort
            if tag == _NULL_TAG and value in _NULLS:
                return None
            if tag == _BOOL_TAG and value in _TRUES | _FALSES:
                return value in _TRUES
            return _nfc(value)
        if ev.implicit[0]:  # plain scalar: the only resolution xhht does
            if value in _NULLS:
                return None
            if value in _TRUES:
                return True
            if value in _FALSES:
                return False
        return _nfc(value)

    def build(self) -> Any:
        """Build the single document in the stream; returns None for an empty stream."""
        limits = self.limits
        stack: list[list[Any]] = []  # frames: [container, pending key, key pos, nodes at start, merges]
        anchors: dict[str, tuple[Any, int]] = {}
        nodes = 0
        root: Any = None
        documents = 0
        get = self.get_event
        scalar_event = yaml.ScalarEvent
        plain = _PLAIN
        max_nodes = limits.max_nodes
        while True:
            ev: Any = get()
            et = type(ev)
            weight = 1
            if et is scalar_event and ev.anchor is None and stack:
                # the hot path: a scalar that is a key or a value of the container being built
                nodes += 1
                if nodes > max_nodes:
                    self._problem("S008", _pos(ev.start_mark), "S008.nodes", limit=max_nodes)
                    raise _Abort
                m = ev.start_mark
                pos = (m.line + 1, m.column + 1)
                raw: str = ev.value
                frame = stack[-1]
                container: Any = frame[0]
                if frame[2] is None and type(container) is YMap:  # a key: never resolved
                    if ev.tag is not None and ev.tag != "!" and ev.tag not in _CORE_TAGS:
                        self._problem("S008", pos, "S008.tag", tag=ev.tag)
                        raise _Abort
                    frame[1] = intern(raw if raw.isascii() else _nfc(raw))  # a few key names, many times
                    frame[2] = pos
                    continue
                if ev.tag is None and ev.implicit[0] and raw in plain:
                    value = plain[raw]
                elif ev.tag is None:
                    value = raw if raw.isascii() else _nfc(raw)
                    if len(value) <= _SHARED:
                        value = intern(value)
                else:
                    value = self._scalar(ev)
                if type(container) is YSeq:
                    container.append(value)
                    container._at.extend(pos)
                    continue
                key = frame[1]
                kpos = frame[2]
                frame[1] = frame[2] = None
                if key in container:
                    self._problem("S003", kpos, "S003", key=key, first_line=container.kpos[key][0])
                    container.put(key, value, kpos, pos)
                    continue
                container[key] = value
                container._at.extend((kpos[0], kpos[1], pos[0], pos[1]))
                continue
            if et is scalar_event:
                value = self._scalar(ev)
                nodes += 1
            elif et is yaml.MappingStartEvent or et is yaml.SequenceStartEvent:
                if ev.tag is not None and ev.tag != "!" and ev.tag not in _CORE_TAGS:
                    self._problem("S008", _pos(ev.start_mark), "S008.tag", tag=ev.tag)
                    raise _Abort
                if len(stack) >= limits.max_depth:
                    self._problem("S008", _pos(ev.start_mark), "S008.depth", limit=limits.max_depth)
                    raise _Abort
                nodes += 1
                if nodes > limits.max_nodes:
                    self._problem("S008", _pos(ev.start_mark), "S008.nodes", limit=limits.max_nodes)
                    raise _Abort
                pos = _pos(ev.start_mark)
                new: Any = YMap(pos) if et is yaml.MappingStartEvent else YSeq(pos)
                stack.append([new, None, None, nodes, None, ev.anchor])
                continue
            elif et is yaml.MappingEndEvent or et is yaml.SequenceEndEvent:
                frame = stack.pop()
                value = frame[0]
                if frame[4]:
                    self._merge(value, frame[4])
                weight = nodes - frame[3] + 1
                if frame[5] is not None:
                    anchors[frame[5]] = (value, weight)
                if not stack:
                    root = value
                    continue
                self._add(stack[-1], value, value.pos, ev)
                continue
            elif et is yaml.AliasEvent:
                target = anchors.get(ev.anchor)
                if target is None:
                    self._problem("S001", _pos(ev.start_mark), "S001.alias", anchor=ev.anchor)
                    raise _Abort
                value, weight = target
                nodes += weight
            elif et is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self._problem("S002", _pos(ev.start_mark), "S002.multiple-documents")
                    raise _Abort
                continue
            elif et is yaml.StreamEndEvent:
                return root
            else:  # StreamStart, DocumentEnd
                continue
            if nodes > limits.max_nodes:
                self._problem("S008", _pos(ev.start_mark), "S008.nodes", limit=limits.max_nodes)
                raise _Abort
            if et is yaml.ScalarEvent and ev.anchor is not None:
                anchors[ev.anchor] = (value, weight)
            if not stack:
                root = value
                continue
            self._add(stack[-1], value, _pos(ev.start_mark), ev)

    def _add(self, frame: list[Any], value: Any, pos: Pos, ev: Any) -> None:
        container = frame[0]
        if type(container) is YSeq:
            container.add(value, pos)
            return
        if frame[2] is None:  # this value is a key
            if not isinstance(value, (str, bool)) and value is not None:
                self._problem("S002", pos, "S002.complex-key")
                raise _Abort
            # keys are never resolved: `no:`, `true:` and `~:` stay the text written
            key = intern(_nfc(ev.value)) if type(ev) is yaml.ScalarEvent else value
            frame[1] = key
            frame[2] = pos
            return
        key, kpos = frame[1], frame[2]
        frame[1] = frame[2] = None
        if key == "<<" and isinstance(value, (YMap, YSeq)):
            frame[4] = (frame[4] or []) + ([value] if isinstance(value, YMap) else list(value))
            return
        if key in container:
            first = container.kpos[key]
            self._problem("S003", kpos, "S003", key=key, first_line=first[0])
        container.put(key, value, kpos, pos)

    def _merge(self, target: YMap, sources: list[Any]) -> None:
        """YAML merge keys: keys written in the mapping win over merged ones, earlier sources over later."""
        for src in sources:
            if not isinstance(src, YMap):
                self._problem("S002", target.pos, "S002.merge")
                continue
            for k, v, kpos, vpos in src.positions():
                if k not in target:
                    target.put(k, v, kpos, vpos)


class PurePythonLoader(_Builder, yaml.SafeLoader):
    """PyYAML's pure-Python parser with the same builder: the fallback when libyaml is missing."""

    # where the text has a character YAML does not allow, this parser counts the offset in characters
    offsets_in_bytes = False


if LIBYAML:

    class XhhtLoader(_Builder, yaml.CSafeLoader):
        """libyaml's parser, with documents built by `build()` instead of PyYAML's recursive constructor."""

        offsets_in_bytes = True  # libyaml counts offsets in UTF-8 bytes

else:  # pragma: no cover - exercised through PurePythonLoader in the tests
    XhhtLoader = PurePythonLoader  # type: ignore[misc,assignment]


def _libyaml_max_depth() -> int:
    """The nesting ceiling of the libyaml in use (1000 unless an embedding program changed it)."""
    get = getattr(getattr(yaml, "_yaml", None), "_get_max_nest_level", None)
    try:
        return int(get()) if get is not None else 1000
    except Exception:  # a private accessor: never let its absence or change break loading
        return 1000


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
    text: str, display: str, limits: Limits = Limits(), loader_class: type[_Builder] | None = None
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
    except _Abort:
        return None, loader.findings, True
    except yaml.reader.ReaderError as exc:
        return None, [*loader.findings, _reader_error(exc, text, display, cls.offsets_in_bytes)], True
    except yaml.MarkedYAMLError as exc:
        if exc.problem == "exceeded maximum nesting depth" and exc.problem_mark is not None:
            # libyaml 0.2.6 (PyYAML 6.0.4) has a nesting ceiling of its own, and its scanner can reach it while
            # looking ahead ('[[[[…' on one line) before the builder has seen the level where xhht's limit stops it
            limit = min(limits.max_depth, _libyaml_max_depth())
            f = finding("S008", display, _pos(exc.problem_mark), "S008.depth", {"limit": limit})
            return None, [*loader.findings, f], True
        mark = exc.problem_mark or exc.context_mark
        last_line = line_count(text)
        if mark is not None and mark.line + 1 > last_line:  # at the end of the stream, past the last line
            # an unclosed quote or bracket: point at where it was opened, or at the last line
            mark = exc.context_mark if exc.context_mark is not None else mark
        pos = _pos(mark) if mark is not None else (1, 1)
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


def load_file(path: Path, display: str | None = None, limits: Limits = Limits()) -> Document:
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


def discover(paths: list[Path]) -> Iterator[Path]:
    """The files named, and every `*.yaml`/`*.yml` below the folders named, in a stable order, once each.

    Hidden files and folders are skipped, and links to folders are not followed (a link in a repository must not
    lead the walk out of it). A folder that cannot be listed, and a file whose status cannot be read (a name
    longer than the system allows, a folder without permission), are yielded as they are: reading them then gives
    an S008 that names them, rather than stopping the run or passing them over in silence."""
    seen: set[Path] = set()
    for p in paths:
        found = sorted(_walk(p)) if _is_dir(p) else [p]
        for f in found:
            try:
                key = f.resolve()
            except (OSError, RuntimeError):
                key = f.absolute()
            if key not in seen:
                seen.add(key)
                yield f


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:
        return False


def _walk(root: Path) -> Iterator[Path]:
    problems: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=problems.append):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or not name.endswith((".yaml", ".yml")):
                continue
            f = Path(folder, name)
            try:
                if not f.is_file():  # a link to nothing, a FIFO or a device found in a folder: not ours to read
                    continue
            except OSError:
                pass  # read, and reported, by the loader
            yield f
    for exc in problems:
        if exc.filename is not None:
            yield Path(os.fsdecode(exc.filename))
