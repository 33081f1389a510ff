"""The names closest to an unknown one (S006 suggestions), found through an index, not by comparing every name.

Names are folded (case, accents and đ removed: "Sở GD&ĐT" -> "so gd&dt") and cut into word tokens. A query's
candidates are the names that share its rarer tokens (a token that is not in the index stands for the indexed tokens
that share most of its letter trigrams), at most `CANDIDATES` of them, best-sharing first; only those are compared
character by character (difflib's ratio, the measure xhht always used). A registry of 100,000 names answers an unknown
name in about a millisecond, where comparing it with every name took seconds.

Among names about as close, those usable in the plan's own jurisdiction and of the plan's level come first: a
provincial plan's "So Noi vu" suggests "Sở Nội vụ" of its province before "Bộ Nội vụ".

There is one index per scope (a province's names; the names usable everywhere), and a query asks the index of its
plan's jurisdiction and the one of names usable everywhere: what a plan is told depends on those names only, never
on which other provinces' bodies the same run happened to load (a run of 1,000 plans and its parts on two processes
give the same suggestions).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from heapq import nlargest
from math import log

CANDIDATES = 30
"""How many names are compared character by character for one query."""
VISITS = 2000
"""How many index entries one query reads to find its candidates; commoner words only re-weigh those found."""
CUTOFF = 0.72
"""The least similarity (difflib ratio of the folded names) a suggestion needs."""
PREFERRED = 0.05
"""What a name of the plan's jurisdiction or level adds to its similarity when suggestions are ordered."""


def _fold_table() -> dict[int, str]:
    """Each accented Latin letter (Vietnamese included) to its letter without marks; đ to d."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if base and base != chr(cp):
            table[cp] = base
    return table


_FOLD = _fold_table()


def fold_key(key: str) -> str:
    """`fold` of a name already normalised by `norm`."""
    folded = key.translate(_FOLD)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


_SPACES = str.maketrans(dict.fromkeys(",.;:()[]/\"'“”«»–-", " "))


def tokens(folded: str) -> list[str]:
    """The words of a folded name (punctuation separates words; "gd&dt" stays one)."""
    return folded.translate(_SPACES).split()


def _trigrams(token: str) -> set[str]:
    padded = f" {token} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class NameIndex:
    """The folded names of one scope (a jurisdiction key, or None for the names usable everywhere), with the entry
    each names and its levels."""

    def __init__(self, scope: str | None, labels: Iterable[tuple[str, str, frozenset[str]]]) -> None:
        self.scope = scope
        self.labels: list[str] = []
        self.folded: list[str] = []
        self.levels: list[frozenset[str]] = []
        self.ids: list[str] = []
        self.postings: dict[str, list[int]] = {}
        self._seen: set[str] = set()
        self._grams: dict[str, list[str]] | None = None
        self._sets: dict[str, set[int]] = {}
        self.add(labels)

    def add(self, labels: Iterable[tuple[str, str, frozenset[str]]]) -> None:
        """Index more names (normalised name, entry id, levels): those of a province's bodies, made after the index
        was built."""
        seen = self._seen
        postings = self.postings
        for label, eid, levels in labels:
            f = fold_key(label)
            if f in seen:
                continue
            seen.add(f)
            i = len(self.labels)
            self.labels.append(label)
            self.folded.append(f)
            self.levels.append(levels)
            self.ids.append(eid)
            for t in set(tokens(f)):
                hits = postings.get(t)
                if hits is None:
                    postings[t] = [i]
                    if self._grams is not None:  # a new word: findable when misspelt
                        for g in _trigrams(t):
                            self._grams.setdefault(g, []).append(t)
                else:
                    hits.append(i)
                    self._sets.pop(t, None)

    def _near(self, token: str) -> list[str]:
        """Indexed tokens sharing at least half of `token`'s trigrams (for a misspelt word)."""
        if self._grams is None:
            self._grams = {}
            for t in self.postings:
                for g in _trigrams(t):
                    self._grams.setdefault(g, []).append(t)
        mine = _trigrams(token)
        counts: dict[str, int] = {}
        for g in mine:
            for t in self._grams.get(g, ()):
                counts[t] = counts.get(t, 0) + 1
        need = max(1, len(mine) // 2)
        return [t for t, c in nlargest(5, counts.items(), key=lambda kv: kv[1]) if c >= need]

    def ranked(self, folded: str, scope: str | None, level: str | None) -> list[tuple[float, str, bool, str]]:
        """The names of this index similar to the folded `folded`, asked for a plan of `scope`, each as (similarity
        with its preference, normalised name, whether it is of another scope than the plan's, entry id)."""
        total = len(self.labels) or 1
        weighted: list[tuple[float, str]] = []
        for t in tokens(folded):
            for u in [t] if t in self.postings else self._near(t):
                weighted.append((log(1 + total / len(self.postings[u])), u))
        weighted.sort(key=lambda w: len(self.postings[w[1]]))  # rare tokens first: they say most and cost least
        score: dict[int, float] = {}
        visited = 0
        for weight, token in weighted:
            hits = self.postings[token]
            if visited + len(hits) <= VISITS or not score:  # collect candidates from the rarer tokens
                for i in hits[:VISITS]:
                    score[i] = score.get(i, 0.0) + weight
                visited += len(hits)
            else:  # a common token only adds to the candidates found
                members = self._set(token)
                for i in score:
                    if i in members:
                        score[i] += weight
        best = nlargest(CANDIDATES, score, key=score.__getitem__)
        own = scope is not None and self.scope == scope
        ranked: list[tuple[float, str, bool, str]] = []
        import difflib

        matcher = difflib.SequenceMatcher(b=folded, autojunk=False)
        for i in best:
            matcher.set_seq1(self.folded[i])
            if matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
                continue
            ratio = matcher.ratio()
            if ratio < CUTOFF:
                continue
            bonus = PREFERRED if own or level in self.levels[i] else 0.0
            ranked.append((ratio + bonus, self.labels[i], self.scope != scope, self.ids[i]))
        return ranked

    def _set(self, token: str) -> set[int]:
        found = self._sets.get(token)
        if found is None:
            found = self._sets[token] = set(self.postings[token])
        return found


def closest(
    indexes: Iterable[NameIndex],
    shown: Callable[[str, str], str],
    folded: str,
    scope: str | None,
    level: str | None,
    n: int,
) -> list[str]:
    """Up to `n` names of `indexes` usable in `scope` similar to the folded `folded`, closest first, each shown as its
    entry writes it (`shown`)."""
    ranked = [r for index in indexes for r in index.ranked(folded, scope, level)]
    ranked.sort(key=lambda r: (-r[0], r[1], r[2]))  # a name of the plan's own jurisdiction hides a general one
    out: list[str] = []
    named: set[str] = set()
    for _, key, _, eid in ranked:  # one name per entry (its closest), and each name once
        if key in named or eid in named:
            continue
        out.append(shown(eid, key))
        named.update((key, eid))
        if len(out) == n:
            break
    return out
