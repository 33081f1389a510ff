"""The position-keeping YAML composer: PyYAML parser events -> `YMap`/`YSeq`/scalars, bounded and plain.

libyaml (`yaml.CSafeLoader`) turns the text into events and `Builder.build` makes the Python values from them with
an explicit stack instead of recursion: nesting depth is checked as it grows, the size of the document after alias
expansion is counted (`Limits`), only null/true/false are resolved, tags other than the YAML core ones are refused,
duplicate keys are reported (S003) and every string is NFC-normalised. Without libyaml, PyYAML's pure-Python parser
feeds the same builder (`PurePythonLoader`). `loading.parse_text` runs it and turns what it raises into findings.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from sys import intern
from typing import Any

import yaml

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.yamlnodes import Pos, YMap, YSeq


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 8 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 500_000


_CORE_TAGS = {"tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}
_NULL_TAG, _BOOL_TAG = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUES = {"true", "True", "TRUE"}
_FALSES = {"false", "False", "FALSE"}
_PLAIN: dict[str, Any] = {**dict.fromkeys(_NULLS), **dict.fromkeys(_TRUES, True), **dict.fromkeys(_FALSES, False)}


class BuildStopped(Exception):
    """Stops building a document after an S008 limit was hit."""


_SHARED = 120
"""Scalars up to this many characters (body names, deadlines, ids) are interned: a portfolio writes the same ones in
thousands of tasks, and one copy of each is kept instead of one per occurrence (a tenth of the memory of a plan)."""


def _nfc(s: str) -> str:
    if s.isascii() or unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", s)


def mark_pos(mark: Any) -> Pos:
    return (mark.line + 1, mark.column + 1)


LIBYAML = hasattr(yaml, "CSafeLoader")
"""Whether PyYAML was built with libyaml. Without it the same documents are built from PyYAML's pure-Python parser,
about ten times slower; the command line says so (`ui.no-libyaml`)."""


class Builder:
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
                self._problem("S008", mark_pos(ev.start_mark), "S008.tag", tag=tag)
                raise BuildStopped
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
                    self._problem("S008", mark_pos(ev.start_mark), "S008.nodes", limit=max_nodes)
                    raise BuildStopped
                m = ev.start_mark
                pos = (m.line + 1, m.column + 1)
                raw: str = ev.value
                frame = stack[-1]
                container: Any = frame[0]
                if frame[2] is None and type(container) is YMap:  # a key: never resolved
                    if ev.tag is not None and ev.tag != "!" and ev.tag not in _CORE_TAGS:
                        self._problem("S008", pos, "S008.tag", tag=ev.tag)
                        raise BuildStopped
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
                    self._problem("S008", mark_pos(ev.start_mark), "S008.tag", tag=ev.tag)
                    raise BuildStopped
                if len(stack) >= limits.max_depth:
                    self._problem("S008", mark_pos(ev.start_mark), "S008.depth", limit=limits.max_depth)
                    raise BuildStopped
                nodes += 1
                if nodes > limits.max_nodes:
                    self._problem("S008", mark_pos(ev.start_mark), "S008.nodes", limit=limits.max_nodes)
                    raise BuildStopped
                pos = mark_pos(ev.start_mark)
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
                    self._problem("S001", mark_pos(ev.start_mark), "S001.alias", anchor=ev.anchor)
                    raise BuildStopped
                value, weight = target
                nodes += weight
            elif et is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self._problem("S002", mark_pos(ev.start_mark), "S002.multiple-documents")
                    raise BuildStopped
                continue
            elif et is yaml.StreamEndEvent:
                return root
            else:  # StreamStart, DocumentEnd
                continue
            if nodes > limits.max_nodes:
                self._problem("S008", mark_pos(ev.start_mark), "S008.nodes", limit=limits.max_nodes)
                raise BuildStopped
            if et is yaml.ScalarEvent and ev.anchor is not None:
                anchors[ev.anchor] = (value, weight)
            if not stack:
                root = value
                continue
            self._add(stack[-1], value, mark_pos(ev.start_mark), ev)

    def _add(self, frame: list[Any], value: Any, pos: Pos, ev: Any) -> None:
        container = frame[0]
        if type(container) is YSeq:
            container.add(value, pos)
            return
        if frame[2] is None:  # this value is a key
            if not isinstance(value, (str, bool)) and value is not None:
                self._problem("S002", pos, "S002.complex-key")
                raise BuildStopped
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


class PurePythonLoader(Builder, yaml.SafeLoader):
    """PyYAML's pure-Python parser with the same builder: the fallback when libyaml is missing."""

    # where the text has a character YAML does not allow, this parser counts the offset in characters
    offsets_in_bytes = False


if LIBYAML:

    class XhhtLoader(Builder, yaml.CSafeLoader):
        """libyaml's parser, with documents built by `build()` instead of PyYAML's recursive constructor."""

        offsets_in_bytes = True  # libyaml counts offsets in UTF-8 bytes

else:  # pragma: no cover - exercised through PurePythonLoader in the tests
    XhhtLoader = PurePythonLoader  # type: ignore[misc,assignment]


def libyaml_max_depth() -> int:
    """The nesting ceiling of the libyaml in use (1000 unless an embedding program changed it)."""
    get = getattr(getattr(yaml, "_yaml", None), "_get_max_nest_level", None)
    try:
        return int(get()) if get is not None else 1000
    except Exception:  # a private accessor: never let its absence or change break loading
        return 1000
