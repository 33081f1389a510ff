"""Counterparts: which template task a local task carries out, ranked by text similarity.

Both texts lose the body names in them (a local plan says "Sở Giáo dục và Đào tạo" where its template says "Bộ Giáo
dục và Đào tạo"; that is no evidence of the same task), are lower-cased with tone marks placed one way, and become
bags of syllables and syllable pairs weighted by tf-idf over both plans' tasks. The score is the cosine of the two
vectors: 1 for the same words, 0 for nothing in common. Accents are kept: "học" and "hộc" are different words.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from xhht_cli.extract.bodies import Names, match_key

_WORD = re.compile(r"[^\W\d_]+")
SUGGEST = 3  # suggestions kept per task
MIN_SCORE = 0.3  # below this the best suggestion is only a comment, not `implements`


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: str
    score: float


def words(text: str, names: Names) -> list[str]:
    """The text's words without the body names in it."""
    chars = list(text)
    for hit in names.find_all(text):
        chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return _WORD.findall(match_key("".join(chars)))


def _features(ws: Sequence[str]) -> Counter[str]:
    feats = Counter(ws)
    feats.update(f"{a} {b}" for a, b in itertools.pairwise(ws))
    return feats


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(f, 0.0) for f, w in a.items())


class Matcher:
    """Ranks template tasks for local tasks."""

    def __init__(self, template: Sequence[tuple[str, str, str]], local: Sequence[str], template_names: Names,
                 local_names: Names) -> None:  # fmt: skip
        """`template`: (id, title, text) of each template task; `local`: the texts of the local tasks (for idf)."""
        self.local_names = local_names
        docs_t = [_features(words(f"{title}\n{text}", template_names)) for _, title, text in template]
        titles = [_features(words(title, template_names)) for _, title, _ in template]
        docs_l = [_features(words(text, local_names)) for text in local]
        df: Counter[str] = Counter()
        for d in (*docs_t, *docs_l):
            df.update(d.keys())
        n = len(docs_t) + len(docs_l)
        self._idf = {f: math.log((n + 1) / (c + 1)) + 1.0 for f, c in df.items()}
        self._ids = [tid for tid, _, _ in template]
        self._vectors = [self._vector(d) for d in docs_t]
        self._titles = [self._vector(d) if d else {} for d in titles]

    def _vector(self, feats: Counter[str]) -> dict[str, float]:
        vec = {f: (1.0 + math.log(c)) * self._idf.get(f, 1.0) for f, c in feats.items()}
        length = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / length for f, v in vec.items()}

    def rank(self, text: str, n: int = SUGGEST) -> list[Suggestion]:
        vec = self._vector(_features(words(text, self.local_names)))
        scored = [
            Suggestion(tid, round(max(_cos(vec, other), _cos(vec, title)), 2))
            for tid, other, title in zip(self._ids, self._vectors, self._titles, strict=True)
        ]
        scored.sort(key=lambda s: -s.score)
        return [s for s in scored[:n] if s.score > 0]
