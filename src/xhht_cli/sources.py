"""Source documents of plans and S009: every task and target `text` occurs verbatim in the plan's source.

A source is read like a plan (`files.read_limited`: a regular file, at most `--max-file-size` bytes) and only from
inside the plan's repository (`files.repository_root`), so that a plan cannot make xhht read, or hint at, any other
file on the machine. The folder a source is named from is the plan file's real folder: a plan reached through a
symbolic link names its sources next to the file the link points to.

Matching is bounded in the size of the source. The words of a source are collected once; a text with a word that
the source does not have (between two others, so not cut at its ends) cannot occur, and how much of it does is
searched only up to that word. How much of a text occurs is found in one forward pass over the source
(`_longest_prefix`), so that a text whose words the source all has, but not in that order, costs about one scan of the
source, not one per prefix length tried. Texts are compared once each however many tasks repeat them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from xhht_cli.files import ReadRefused, confined, read_limited, repository_root
from xhht_cli.loading import decode

_NOT_YAML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
"""Characters a YAML file may not hold (tab, line breaks and NEL are allowed): they cannot be in a plan's `text`."""


def blank_controls(text: str) -> str:
    """`text` with a space for each character a YAML file may not hold."""
    return _NOT_YAML.sub(" ", text) if _NOT_YAML.search(text) else text


def fold_text(text: str) -> str:
    """What S009 compares: NFC with every run of whitespace folded to one space; a character a YAML file may not hold
    counts as a space (a source copied from a terminal may have them, its plan's texts cannot)."""
    return " ".join(unicodedata.normalize("NFC", blank_controls(text)).split())


@dataclass(slots=True)
class Source:
    """One source document read: its text as read (None when it was not), its folded text and why not."""

    path: Path | None
    text: str | None = None
    folded: str | None = None
    problem: str | None = None
    """`missing` (cannot be read), `outside` (outside the repository), `special` (not a regular file), `size`."""
    _words: frozenset[str] | None = None
    _verdicts: dict[str, int] = field(default_factory=dict)

    def words(self) -> frozenset[str]:
        if self._words is None:
            assert self.folded is not None
            self._words = frozenset(self.folded.split(" "))
        return self._words


def locate(plan_file: Path, name: str, shipped_root: Path | None) -> tuple[Path | None, str | None]:
    """The real path of the source `name` of the plan in `plan_file`, or (None, why not)."""
    real = plan_file.resolve()
    root = shipped_root if shipped_root is not None and real.is_relative_to(shipped_root) else None
    try:
        return confined(real.parent, name, root or repository_root(real)), None
    except ReadRefused:
        return None, "outside"
    except (OSError, ValueError):
        return None, "missing"


def read_source(path: Path, limit: int) -> Source:
    try:
        raw = read_limited(path, limit)
    except ReadRefused as exc:
        return Source(path, problem=exc.reason)
    except (OSError, ValueError):
        return Source(path, problem="missing")
    text, _ = decode(raw)
    if text is None:
        return Source(path, problem="missing")
    return Source(path, text=text, folded=fold_text(text))


def matched(needle: str, sources: Iterable[Source]) -> int:
    """-1 when `needle` (folded) occurs in one of `sources`, else how many of its first characters do."""
    best = 0
    for src in sources:
        found = src._verdicts.get(needle)
        if found is None:
            found = src._verdicts[needle] = _match(needle, src)
        if found < 0:
            return -1
        best = max(best, found)
    return best


def _match(needle: str, src: Source) -> int:
    hay = src.folded
    assert hay is not None
    bound = _word_bound(needle, src.words())
    found = _longest_prefix(needle, hay, len(needle) if bound is None else bound)
    return -1 if found == len(needle) else found


def _word_bound(needle: str, words: frozenset[str]) -> int | None:
    """Where the first whole word of `needle` that `words` lacks ends (no prefix reaching past it can occur), or
    None when every whole word is there. The first and last words may be cut, so they are not judged."""
    tokens = needle.split(" ")
    at = len(tokens[0]) + 1
    for t in tokens[1:-1]:
        if t not in words:
            return at + len(t)
        at += len(t) + 1
    return None


def _longest_prefix(needle: str, hay: str, hi: int) -> int:
    """How many of the first `hi` characters of `needle` occur together somewhere in `hay`, in one pass over `hay`.

    The first place where one more character than the longest prefix found so far occurs is searched for from just
    after where that prefix was found (nothing before it can hold the longer prefix), and the prefix is extended
    there as far as it goes. The searches only move forward: `hay` is scanned about once whatever `needle` is (a
    bisection of prefix lengths scans it once per length tried)."""
    best = 0
    start = 0
    while best < hi:
        at = hay.find(needle[: best + 1], start)
        if at < 0:
            break
        best = _common(needle, hay, at, best + 1, hi)
        start = at + 1
    return best


def _common(needle: str, hay: str, at: int, known: int, hi: int) -> int:
    """The length of the longest prefix of `needle[:hi]` written at `hay[at:]`, of which `known` are known to be."""
    lo = known
    while lo < hi:  # bisection of lengths: each test compares at most `hi` characters, in C
        mid = (lo + hi + 1) // 2
        if hay.startswith(needle[lo:mid], at + lo):
            lo = mid
        else:
            hi = mid - 1
    return lo
