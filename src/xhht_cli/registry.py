"""Bodies and groups: resolution of names by jurisdiction, validity dates, successors and counterparts.

A name resolves after NFC, whitespace folding and case folding, never ignoring accents. Entries with a jurisdiction
resolve only for plans of that jurisdiction, and win there over jurisdiction-less entries with the same name.
Suggestions for unknown names (S006) are found ignoring accents, so "So Giao duc" suggests "Sở Giáo dục và Đào tạo".
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from xhht_cli.models import BodyEntry, GroupEntry

LEVEL_OF_PLAN = {"national": "central"}


@lru_cache(maxsize=16384)
def norm(name: str) -> str:
    """The key a name is resolved by: NFC, whitespace folded, case folded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


@lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """The key a name is *suggested* by: like `norm`, with accents and đ removed."""
    decomposed = unicodedata.normalize("NFD", norm(name).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Successor:
    id: str
    functions: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    aliases: tuple[str, ...]
    levels: frozenset[str]
    jurisdiction: str | None
    counterpart_of: str | None
    since: date | None
    until: date | None
    successors: tuple[Successor, ...]
    is_group: bool
    note: str | None = None

    def exists_on(self, day: date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)

    def ended_by(self, day: date) -> bool:
        """True when the entry no longer exists on `day` (its `until` has passed)."""
        return self.until is not None and day > self.until


@dataclass(frozen=True, slots=True)
class RegistryProblem:
    """A reference inside a registry file that points at nothing, or a name given to two entries."""

    kind: str  # "unknown-reference" | "duplicate-name" | "duplicate-id"
    entry_id: str
    field: str
    value: str
    source: tuple[str, tuple[int, int]] | None = None


class Registry:
    """All known bodies and groups, merged from the shipped registry and any user registries (later files win)."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._raw: dict[str, BodyEntry] = {}
        self.origin: dict[str, tuple[str, tuple[int, int]]] = {}
        self._by_name: dict[tuple[str | None, str], str] = {}
        self._counterparts: dict[tuple[str, str | None], list[str]] = {}
        self.problems: list[RegistryProblem] = []
        self._suggestions: dict[tuple[str, str | None, int], list[str]] = {}
        self._resolved: dict[tuple[str, str | None], str | None] = {}

    def add(self, entries: Iterable[tuple[BodyEntry, tuple[str, tuple[int, int]]]]) -> None:
        """Add entries (each with the file and position it came from); an id seen before is replaced."""
        for entry, origin in entries:
            self._raw[entry.id] = entry
            self.origin[entry.id] = origin

    def build(self) -> None:
        """Index names and resolve `counterpart_of`/`succeeded_by` references. Call once after the last `add`."""
        self.problems = []
        self._by_name.clear()
        self._resolved.clear()
        for entry in self._raw.values():
            scope = norm(entry.jurisdiction) if entry.jurisdiction else None
            for name in (entry.name, *entry.aliases):
                key = (scope, norm(name))
                other = self._by_name.get(key)
                if other is not None and other != entry.id:
                    self.problems.append(
                        RegistryProblem("duplicate-name", entry.id, "aliases", name, self.origin.get(entry.id))
                    )
                    continue
                self._by_name[key] = entry.id
        for entry in self._raw.values():
            counterpart = None
            if entry.counterpart_of:
                counterpart = self._ref(entry, "counterpart_of", entry.counterpart_of)
            successors = []
            for s in entry.succeeded_by:
                sid = self._ref(entry, "succeeded_by", s.body)
                if sid is not None:
                    successors.append(Successor(sid, s.functions))
            levels = entry.level if isinstance(entry, GroupEntry) else [entry.level]
            self.entities[entry.id] = Entity(
                id=entry.id,
                name=entry.name,
                aliases=tuple(entry.aliases),
                levels=frozenset(levels),
                jurisdiction=entry.jurisdiction,
                counterpart_of=counterpart,
                since=entry.since,
                until=entry.until,
                successors=tuple(successors),
                is_group=isinstance(entry, GroupEntry),
                note=entry.note,
            )
        self._counterparts.clear()
        for e in self.entities.values():
            if e.counterpart_of:
                scope = norm(e.jurisdiction) if e.jurisdiction else None
                self._counterparts.setdefault((e.counterpart_of, scope), []).append(e.id)

    def _ref(self, entry: BodyEntry, field: str, value: str) -> str | None:
        if value in self._raw:
            return value
        found = self.resolve(value, entry.jurisdiction)
        if found is None:
            self.problems.append(
                RegistryProblem("unknown-reference", entry.id, field, value, self.origin.get(entry.id))
            )
            return None
        return found

    def resolve(self, name: str, jurisdiction: str | None) -> str | None:
        """The id a name stands for in a plan of `jurisdiction`, or None."""
        try:
            return self._resolved[(name, jurisdiction)]
        except KeyError:
            found = self._resolved[(name, jurisdiction)] = self._resolve(name, jurisdiction)
            return found

    def _resolve(self, name: str, jurisdiction: str | None) -> str | None:
        key = norm(name)
        if jurisdiction:
            hit = self._by_name.get((norm(jurisdiction), key))
            if hit is not None:
                return hit
        return self._by_name.get((None, key))

    def get(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def suggest(self, name: str, jurisdiction: str | None, n: int = 3) -> list[str]:
        """The registered names closest to `name` (accents ignored), usable in a plan of `jurisdiction`."""
        key = (fold(name), norm(jurisdiction) if jurisdiction else None, n)
        if key not in self._suggestions:
            self._suggestions[key] = self._suggest(name, jurisdiction, n)
        return self._suggestions[key]

    def _suggest(self, name: str, jurisdiction: str | None, n: int) -> list[str]:
        scope = norm(jurisdiction) if jurisdiction else None
        candidates: dict[str, str] = {}
        for (s, _key), eid in self._by_name.items():
            if s is None or s == scope:
                e = self.entities.get(eid)
                if e is None:
                    continue
                for label in (e.name, *e.aliases):
                    candidates.setdefault(fold(label), label)
        wanted = fold(name)
        close = difflib.get_close_matches(wanted, list(candidates), n=n, cutoff=0.72)
        return [candidates[c] for c in close]

    def counterparts(self, entity_id: str, jurisdiction: str | None) -> list[str]:
        """Local entries of `jurisdiction` (and generic ones) registered as counterparts of `entity_id`."""
        out = list(self._counterparts.get((entity_id, norm(jurisdiction) if jurisdiction else None), []))
        if jurisdiction:
            out += self._counterparts.get((entity_id, None), [])
        return out

    def current_successors(self, entity_id: str, day: date) -> list[Successor]:
        """Who holds a defunct entity's work on `day`: successors followed until one exists on that day."""
        out: list[Successor] = []
        seen = {entity_id}
        todo = [Successor(s.id, s.functions) for s in self.entities[entity_id].successors]
        while todo:
            s = todo.pop(0)
            if s.id in seen:
                continue
            seen.add(s.id)
            e = self.entities[s.id]
            if e.exists_on(day) or not e.successors:
                out.append(s)
            else:
                todo.extend(Successor(n.id, s.functions or n.functions) for n in e.successors)
        return out

    def applies_to_level(self, entity_id: str, level: str, jurisdiction: str | None) -> bool:
        """Whether a template body or group binds plans of `level` in `jurisdiction` (see the spec)."""
        e = self.entities[entity_id]
        wanted = LEVEL_OF_PLAN.get(level, level)
        if e.is_group and wanted in e.levels:
            return True
        if not jurisdiction:
            return False
        return any(wanted in self.entities[c].levels for c in self.counterparts(entity_id, jurisdiction))

    def binds_issuer(self, entity_id: str, issuer: str | None, level: str, jurisdiction: str | None) -> bool:
        """Whether an obligation addressed to `entity_id` falls on a plan of this issuer, level and jurisdiction:
        the issuer itself, one of its registered counterparts, or a group of the plan's level."""
        if issuer is not None and (issuer == entity_id or issuer in self.counterparts(entity_id, jurisdiction)):
            return True
        e = self.entities[entity_id]
        return e.is_group and LEVEL_OF_PLAN.get(level, level) in e.levels

    def display(self, entity_id: str) -> str:
        return self.entities[entity_id].name if entity_id in self.entities else entity_id
