"""The names closest to an unknown one (S006 suggestions), found through an index, not by comparing every name.

Names are folded (case, accents and đ removed: "Sở GD&ĐT" -> "so gd&dt") and cut into word tokens. A query's
candidates are the names that share its rarer tokens (a token that is not in the index stands for the indexed tokens
that share most of its letter trigrams), at most `CANDIDATES` of them, best-sharing first; only those are compared
character by character (difflib's ratio, the measure xhht always used). A registry of 100,000 names answers an unknown
name in about a millisecond, where comparing it with every name took seconds.

Among names about as close, those usable in the plan's own jurisdiction and of the plan's level come first: a
provincial plan's "So Noi vu" suggests "Sở Nội vụ" of its province before "Bộ Nội vụ".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from heapq import nlargest
from math import log

CANDIDATES = 60
"""How many names are compared character by character for one query."""
CUTOFF = 0.72
"""The least similarity (difflib ratio of the folded names) a suggestion needs."""
PREFERRED = 0.05
"""What a name of the plan's jurisdiction or level adds to its similarity when suggestions are ordered."""
_TOKEN = re.compile(r"[^\W_]+|&")


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def _trigrams(token: str) -> set[str]:
    padded = f" {token} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class NameIndex:
    """Folded names with the entry each names, its scope (a jurisdiction key or None) and levels."""

    def __init__(self, labels: Iterable[tuple[str, str, str | None, frozenset[str]]]) -> None:
        from xhht_cli.registry import fold

        self.labels: list[str] = []
        self.folded: list[str] = []
        self.scopes: list[str | None] = []
        self.levels: list[frozenset[str]] = []
        self.ids: list[str] = []
        self.postings: dict[str, list[int]] = {}
        seen: set[tuple[str, str | None]] = set()
        for label, eid, scope, levels in labels:
            f = fold(label)
            if (f, scope) in seen:
                continue
            seen.add((f, scope))
            i = len(self.labels)
            self.labels.append(label)
            self.folded.append(f)
            self.scopes.append(scope)
            self.levels.append(levels)
            self.ids.append(eid)
            for t in set(tokens(f)):
                self.postings.setdefault(t, []).append(i)
        self._grams: dict[str, list[str]] | None = None

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

    def closest(self, folded: str, scope: str | None, level: str | None, n: int) -> list[str]:
        """Up to `n` names usable in `scope` (its own and the scope-less ones) similar to the folded `folded`."""
        total = len(self.labels) or 1
        score: dict[int, float] = {}
        query = tokens(folded)
        weighted: list[tuple[float, list[int]]] = []
        for t in query:
            for u in [t] if t in self.postings else self._near(t):
                hits = self.postings[u]
                weighted.append((log(1 + total / len(hits)), hits))
        weighted.sort(key=lambda w: len(w[1]))  # rare tokens first: they say most and cost least
        budget = 20 * CANDIDATES
        for weight, hits in weighted:
            if len(score) >= budget:  # enough candidates: common tokens only re-weigh the ones found
                for i in hits if len(hits) < len(score) else score:
                    if i in score:
                        score[i] += weight
                continue
            for i in hits[: budget * 4]:
                score[i] = score.get(i, 0.0) + weight
        usable = [i for i in score if self.scopes[i] is None or self.scopes[i] == scope]
        best = nlargest(CANDIDATES, usable, key=lambda i: score[i])
        ranked: list[tuple[float, str, str]] = []
        matcher = difflib.SequenceMatcher(b=folded, autojunk=False)
        for i in best:
            matcher.set_seq1(self.folded[i])
            if matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
                continue
            ratio = matcher.ratio()
            if ratio < CUTOFF:
                continue
            bonus = PREFERRED if (scope is not None and self.scopes[i] == scope) or (level in self.levels[i]) else 0.0
            ranked.append((ratio + bonus, self.labels[i], self.ids[i]))
        ranked.sort(key=lambda r: (-r[0], r[1]))
        out: list[str] = []
        named: set[str] = set()
        for _, label, eid in ranked:  # one name per entry: its closest
            if label not in out and eid not in named:
                out.append(label)
                named.add(eid)
            if len(out) == n:
                break
        return out
