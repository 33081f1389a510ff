"""Bodies and groups: resolution of names by jurisdiction, validity dates, successors and counterparts.

A name resolves after NFC, whitespace folding and case folding, never ignoring accents. Entries with a jurisdiction
resolve only for plans of that jurisdiction, and win there over jurisdiction-less entries with the same name.
With the shipped registry, every provincial unit's standard bodies are generated from kinds (`xhht_cli.provinces`)
the first time a plan of that unit, or a successor chain, needs them. Suggestions for unknown names (S006) come
from an index of accent-folded names (`xhht_cli.suggest`), built on the first unknown name.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from xhht_cli.models import BodyEntry, GroupEntry
from xhht_cli.namekeys import fold as fold
from xhht_cli.namekeys import norm as norm

if TYPE_CHECKING:
    from xhht_cli.provinces import Generated, Provinces, Unit
    from xhht_cli.suggest import NameIndex

LEVEL_OF_PLAN = {"national": "central"}


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
    """All known bodies and groups, merged from the shipped registry and any user registries (later files win), and,
    with `provinces`, the standard bodies of every provincial unit."""

    def __init__(self, provinces: Provinces | None = None) -> None:
        self._entities: dict[str, Entity] = {}
        self._raw: dict[str, BodyEntry] = {}
        self.origin: dict[str, tuple[str, tuple[int, int]]] = {}
        self._by_name: dict[tuple[str | None, str], str] = {}
        self._by_scope: dict[str | None, list[str]] = {}  # the names of `_by_name` by scope, in the order added
        self._counterparts: dict[tuple[str, str | None], list[str]] = {}
        self.problems: list[RegistryProblem] = []
        self._suggestions: dict[tuple[str, str | None, str | None, int], list[str]] = {}
        self._resolved: dict[tuple[str, str | None], str | None] = {}
        self.provinces = provinces
        self._made: set[str] = set()
        self._scopes: dict[str, str] = {}
        self._standard: dict[str, frozenset[str]] | None = None
        self._indexes: dict[str | None, NameIndex] = {}  # a scope's names, indexed for suggestions when first asked

    @property
    def entities(self) -> dict[str, Entity]:
        """Every entry, the generated bodies of every unit included (instantiated here if not yet)."""
        if self.provinces is not None:
            for unit in self.provinces.units.values():
                self._make(unit)
        return self._entities

    def add(self, entries: Iterable[tuple[BodyEntry, tuple[str, tuple[int, int]]]]) -> None:
        """Add entries (each with the file and position it came from); an id seen before is replaced."""
        for entry, origin in entries:
            self._raw[entry.id] = entry
            self.origin[entry.id] = origin

    def build(self) -> None:
        """Index names and resolve `counterpart_of`/`succeeded_by` references. Call once after the last `add`."""
        self.problems = []
        self._by_name.clear()
        self._by_scope.clear()
        self._resolved.clear()
        self._entities.clear()
        self._counterparts.clear()
        self._made.clear()
        self._standard = None
        self._indexes.clear()
        for entry in self._raw.values():
            scope = self.scope(entry.jurisdiction)
            for name in (entry.name, *entry.aliases):
                key = (scope, norm(name))
                other = self._by_name.get(key)
                if other is not None and other != entry.id:
                    self.problems.append(
                        RegistryProblem("duplicate-name", entry.id, "aliases", name, self.origin.get(entry.id))
                    )
                    continue
                if key not in self._by_name:
                    self._by_scope.setdefault(scope, []).append(key[1])
                self._by_name[key] = entry.id
        for entry in self._raw.values():
            levels = entry.level if isinstance(entry, GroupEntry) else [entry.level]
            self._entities[entry.id] = Entity(
                id=entry.id,
                name=entry.name,
                aliases=tuple(entry.aliases),
                levels=frozenset(levels),
                jurisdiction=entry.jurisdiction,
                counterpart_of=None,
                since=entry.since,
                until=entry.until,
                successors=(),
                is_group=isinstance(entry, GroupEntry),
                note=entry.note,
            )
        for entry in self._raw.values():  # references may name generated bodies: those units are made here
            if not entry.counterpart_of and not entry.succeeded_by:
                continue  # (most entries: nothing to resolve, nothing to copy)
            counterpart = self._ref(entry, "counterpart_of", entry.counterpart_of) if entry.counterpart_of else None
            successors = []
            for s in entry.succeeded_by:
                sid = self._ref(entry, "succeeded_by", s.body)
                if sid is not None:
                    successors.append(Successor(sid, s.functions))
            e = self._entities[entry.id]
            self._entities[entry.id] = replace(e, counterpart_of=counterpart, successors=tuple(successors))
        self._counterparts.clear()
        for e in self._entities.values():
            self._index_counterpart(e)

    def _index_counterpart(self, e: Entity) -> None:
        if e.counterpart_of:
            scope = self.scope(e.jurisdiction)
            self._counterparts.setdefault((e.counterpart_of, scope), []).append(e.id)

    def scope(self, jurisdiction: str | None) -> str | None:
        """The key entries of `jurisdiction` are indexed by: one unit's names ("Huế", "Thừa Thiên Huế") give one."""
        if not jurisdiction:
            return None
        found = self._scopes.get(jurisdiction)
        if found is None:
            key = norm(jurisdiction)
            unit = self.provinces.unit_of(key) if self.provinces is not None else None
            found = self._scopes[jurisdiction] = norm(unit.jurisdiction) if unit is not None else key
        return found

    # -- generated bodies -----------------------------------------------------------------------------------------

    def _unit(self, scope: str | None) -> Unit | None:
        return self.provinces.unit_of(scope) if self.provinces is not None and scope else None

    def _make(self, unit: Unit) -> None:
        """Instantiate the kinds for `unit` (once), and for the unit it merged into (its bodies' successors)."""
        if unit.slug in self._made or self.provinces is None:
            return
        self._made.add(unit.slug)
        from xhht_cli.provinces import GroupTemplate

        groups: dict[str, GroupTemplate] = {}
        for gid in self.provinces.local_groups:
            raw = self._raw.get(gid)
            if isinstance(raw, GroupEntry):
                cp = raw.counterpart_of if raw.counterpart_of in self._raw else None
                groups[gid] = GroupTemplate(gid, (raw.name, *raw.aliases), tuple(raw.level), cp)
        for g in self.provinces.instantiate(unit, groups):
            self._add_generated(g)
        if unit.merged_into is not None:
            self._make(self.provinces.units[unit.merged_into])

    def _add_generated(self, g: Generated) -> None:
        scope = self.scope(g.jurisdiction)
        names: list[str] = []
        for name in (g.name, *g.aliases):
            key = (scope, norm(name))
            if key not in self._by_name:  # an entry of a registry file with the same name wins
                self._by_name[key] = g.id
                self._by_scope.setdefault(scope, []).append(key[1])
                names.append(name)
        own = self._entities.get(g.id)
        if own is not None:  # a registry file's entry with this id completes the generated body: its fields win
            self._entities[g.id] = replace(own, aliases=own.aliases + tuple(n for n in names if n != own.name))
            return
        e = Entity(
            id=g.id,
            name=g.name,
            aliases=g.aliases,
            levels=frozenset(g.levels),
            jurisdiction=g.jurisdiction,
            counterpart_of=g.counterpart_of if g.counterpart_of in self._entities else None,
            since=g.since,
            until=g.until,
            successors=tuple(Successor(sid, f) for sid, f in g.successors),
            is_group=g.group,
            note=g.note,
        )
        self._entities[g.id] = e
        self._index_counterpart(e)
        index = self._indexes.get(scope)
        if index is not None:
            index.add((norm(n), e.id, e.levels) for n in names)

    def _generated(self, entity_id: str) -> bool:
        """Whether `entity_id` is a generated body (instantiating its unit)."""
        split = self.provinces.split_id(entity_id) if self.provinces is not None else None
        if split is None:
            return False
        self._make(split[0])
        return entity_id in self._entities

    # -- lookups --------------------------------------------------------------------------------------------------

    def _ref(self, entry: BodyEntry, field: str, value: str) -> str | None:
        if value in self._raw or self._generated(value):
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
            scope = self.scope(jurisdiction)
            unit = self._unit(scope)
            if unit is not None:
                self._make(unit)
            hit = self._by_name.get((scope, key))
            if hit is not None:
                return hit
        return self._by_name.get((None, key))

    def get(self, entity_id: str) -> Entity:
        e = self._entities.get(entity_id)
        if e is None and self._generated(entity_id):
            e = self._entities[entity_id]
        if e is None:
            raise KeyError(entity_id)
        return e

    def suggest(self, name: str, jurisdiction: str | None, n: int = 3, level: str | None = None) -> list[str]:
        """The registered names closest to `name` (accents ignored) usable in a plan of `jurisdiction`; names of the
        plan's jurisdiction and level first among those about as close."""
        scope = self.scope(jurisdiction)
        unit = self._unit(scope)
        if unit is not None:
            self._make(unit)
        key = (fold(name), scope, level, n)
        if key not in self._suggestions:
            from xhht_cli.suggest import NameIndex, closest

            indexes = []
            for s in dict.fromkeys((scope, None)):  # one index a scope: no other province made in the run counts
                if s not in self._indexes:
                    self._indexes[s] = NameIndex(s, self._labels(s))
                indexes.append(self._indexes[s])
            wanted = LEVEL_OF_PLAN.get(level, level) if level else None
            self._suggestions[key] = closest(indexes, self._shown, fold(name), scope, wanted, n)
        return self._suggestions[key]

    def _labels(self, scope: str | None) -> Iterable[tuple[str, str, frozenset[str]]]:
        """(normalised name, entry id, levels) of every name of `scope` the registry resolves."""
        entities = self._entities
        for key in self._by_scope.get(scope, ()):
            eid = self._by_name[(scope, key)]
            e = entities.get(eid)
            if e is not None:
                yield key, e.id, e.levels

    def _shown(self, eid: str, key: str) -> str:  # the name `key` as its entry writes it
        e = self._entities[eid]
        return next((n for n in (e.name, *e.aliases) if norm(n) == key), e.name)

    def counterparts(self, entity_id: str, jurisdiction: str | None) -> list[str]:
        """Local entries of `jurisdiction` (and generic ones) registered as counterparts of `entity_id`."""
        scope = self.scope(jurisdiction)
        unit = self._unit(scope)
        if unit is not None:
            self._make(unit)
        out = list(self._counterparts.get((entity_id, scope), []))
        if jurisdiction:
            out += self._counterparts.get((entity_id, None), [])
        return out

    SUCCESSION_STEPS = 4096
    """Most `succeeded_by` references followed for one body: real chains have a handful; a registry where each of
    300 bodies is succeeded by all 300 would otherwise be walked 90,000 references per body."""

    def current_successors(self, entity_id: str, day: date, jurisdiction: str | None = None) -> list[Successor]:
        """Who holds a defunct entity's work on `day`: successors followed, breadth first, until one exists on that
        day (each body once, at most `SUCCESSION_STEPS` references followed). A shipped group that stands for a body
        of the plan's unit ("Ủy ban nhân dân cấp xã") is that unit's own body."""
        out: list[Successor] = []
        seen = {entity_id}
        e0 = self.get(entity_id)
        todo: deque[Successor] = deque()
        steps = 0
        for s in e0.successors:
            s = self._local(s, e0.jurisdiction or jurisdiction)
            if s.id not in seen:
                seen.add(s.id)
                todo.append(s)
        while todo:
            s = todo.popleft()
            e = self.get(s.id)
            if e.exists_on(day) or not e.successors:
                out.append(s)
                continue
            where = e.jurisdiction or jurisdiction
            for x in e.successors:
                steps += 1
                if steps > self.SUCCESSION_STEPS:
                    return out
                n = self._local(x, where)
                if n.id not in seen:
                    seen.add(n.id)
                    todo.append(Successor(n.id, s.functions or n.functions))
        return out

    def _local(self, s: Successor, jurisdiction: str | None) -> Successor:
        """`s`, or the body of `jurisdiction`'s unit that the shipped group `s` stands for."""
        if self.provinces is None or jurisdiction is None:
            return s
        kind = self.provinces.stands_for.get(s.id)
        unit = self._unit(self.scope(jurisdiction))
        if kind is None or unit is None:
            return s
        local = f"{unit.slug}/{kind}"
        return Successor(local, s.functions) if self._generated(local) else s

    def applies_to_level(self, entity_id: str, level: str, jurisdiction: str | None) -> bool:
        """Whether a template body or group binds plans of `level` (see the spec). Only counterparts that every unit
        has count (entries without a jurisdiction and the generated kinds), so every province of a level gets the same
        answer, whichever of its own bodies a registry file adds; `jurisdiction` is not consulted."""
        e = self.get(entity_id)
        wanted = LEVEL_OF_PLAN.get(level, level)
        if e.is_group and wanted in e.levels:
            return True
        return wanted in self._standard_levels().get(entity_id, frozenset())

    def _standard_levels(self) -> dict[str, frozenset[str]]:
        if self._standard is None:
            levels: dict[str, set[str]] = {}
            for e in self._entities.values():
                if e.counterpart_of and e.jurisdiction is None:
                    levels.setdefault(e.counterpart_of, set()).update(e.levels)
            if self.provinces is not None:
                for k in self.provinces.kinds:
                    if k.counterpart_of in self._entities:
                        levels.setdefault(k.counterpart_of, set()).add(k.level)
            self._standard = {k: frozenset(v) for k, v in levels.items()}
        return self._standard

    def binds_issuer(self, entity_id: str, issuer: str | None, level: str, jurisdiction: str | None) -> bool:
        """Whether an obligation addressed to `entity_id` falls on a plan of this issuer, level and jurisdiction:
        the issuer itself, one of its registered counterparts, or a group of the plan's level."""
        if issuer is not None and (issuer == entity_id or issuer in self.counterparts(entity_id, jurisdiction)):
            return True
        e = self.get(entity_id)
        return e.is_group and LEVEL_OF_PLAN.get(level, level) in e.levels

    def display(self, entity_id: str) -> str:
        e = self._entities.get(entity_id)
        return e.name if e is not None else entity_id
