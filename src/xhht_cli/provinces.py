"""The standard bodies of every provincial unit, instantiated from kinds (the shipped `provinces.yaml`).

A kind ("Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "Ủy ban nhân dân các huyện, thị xã, thành phố") is written once; each of
the 63 units of 2020-2025 and the 34 of 2025 gets its own instance `<unit>/<kind>` with the place in its name
("Sở Giáo dục và Đào tạo tỉnh Quảng Trị"), the usual short forms, its validity dates and its successors in its own
unit, or, from 01/07/2025, in the unit it merged into. The registry instantiates a unit only when a plan of that
unit (or a successor chain) needs it, so a run pays for the units it uses, not for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from xhht_cli.namekeys import norm as _norm

MERGER_END = date(2025, 6, 30)
"""The last day of the 63 provincial units (Nghị quyết 202/2025/QH15: the 34 operate from 01/07/2025)."""


@dataclass(frozen=True, slots=True)
class Unit:
    slug: str
    jurisdiction: str
    type: str
    """`tỉnh` or `thành phố`."""
    merged_into: str | None
    places: tuple[str, ...]
    """How plans write the place after a name; the first is how generated names write it."""

    def exists_on(self, day: date) -> bool:
        return self.merged_into is None or day <= MERGER_END

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The place written after a name: the type alone ("tỉnh", "thành phố", "TP"), then each place form."""
        alone = ("tỉnh",) if self.type == "tỉnh" else ("thành phố", "TP")
        return alone + self.places


@dataclass(frozen=True, slots=True)
class KindSuccessor:
    kind: str
    functions: str | None


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    names: Mapping[str, str]
    """The name by unit type (`tỉnh`, `thành phố`)."""
    short: tuple[str, ...]
    placed: frozenset[str]
    """Names (normalised) that resolve only with a place after them."""
    level: str
    group: bool
    counterpart_of: str | None
    since: date | None
    until: date | None
    succeeded_by: tuple[KindSuccessor, ...]
    stands_for: tuple[str, ...]
    note: str | None
    bare_place: bool
    """The place follows the name without "tỉnh"/"thành phố" (Tỉnh đoàn Quảng Trị, Thành ủy Hải Phòng)."""


@dataclass(frozen=True, slots=True)
class Generated:
    """One body or group of one unit, as the registry indexes it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    levels: tuple[str, ...]
    group: bool
    jurisdiction: str
    counterpart_of: str | None
    since: date | None
    until: date | None
    successors: tuple[tuple[str, str | None], ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class GroupTemplate:
    """A shipped group that each unit gets its own copy of (see `local_groups`)."""

    id: str
    names: tuple[str, ...]
    levels: tuple[str, ...]
    counterpart_of: str | None


class Provinces:
    """The units and kinds of `provinces.yaml`."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        places = data.get("places") or {}
        self.units: dict[str, Unit] = {}
        for row in data["units"]:
            slug, jur, typ = row[0], row[1], row[2]
            merged = row[3] if len(row) > 3 else None
            default = (f"{typ} {jur}", jur) + ((f"TP {jur}", f"TP. {jur}") if typ == "thành phố" else ())
            self.units[slug] = Unit(slug, jur, typ, merged, tuple(places.get(slug, default)))
        self.kinds: list[Kind] = [_kind(k) for k in data["kinds"]]
        self.kind_ids = frozenset(k.id for k in self.kinds)
        self.local_groups: tuple[str, ...] = tuple(data.get("local_groups") or ())
        self.subjects: dict[str, tuple[str, ...]] = {
            _norm(f): tuple(_norm(w) for w in words) for f, words in (data.get("subjects") or {}).items()
        }
        self.stands_for: dict[str, str] = {g: g for g in self.local_groups}
        for k in self.kinds:
            for g in k.stands_for:
                self.stands_for[g] = k.id
        self._scopes: dict[str, str] = {}
        for u in self.units.values():
            for p in (u.jurisdiction, *u.places):
                self._scopes.setdefault(_norm(p), u.slug)

    def unit_of(self, scope: str | None) -> Unit | None:
        """The unit a plan's (normalised) jurisdiction names: "Quảng Trị", "tỉnh Quảng Trị", "TP.HCM", …"""
        slug = self._scopes.get(scope) if scope else None
        return self.units[slug] if slug else None

    def split_id(self, entity_id: str) -> tuple[Unit, str] | None:
        """(unit, kind or local group id) of a generated id, else None."""
        slug, sep, rest = entity_id.partition("/")
        if not sep or slug not in self.units:
            return None
        if rest in self.kind_ids or rest in self.local_groups:
            return self.units[slug], rest
        return None

    def successor_unit(self, unit: Unit, day: date) -> Unit:
        """The unit that holds `unit`'s bodies on `day`."""
        if unit.exists_on(day) or unit.merged_into is None:
            return unit
        return self.successor_unit(self.units[unit.merged_into], day)

    def instantiate(self, unit: Unit, groups: Mapping[str, GroupTemplate]) -> Iterable[Generated]:
        for kind in self.kinds:
            yield self._instance(unit, kind)
        for gid in self.local_groups:
            g = groups.get(gid)
            if g is not None:
                yield self._group_copy(unit, g)

    def _dates(
        self, unit: Unit, kid: str, until: date | None, own: tuple[KindSuccessor, ...]
    ) -> tuple[date | None, tuple[tuple[str, str | None], ...], str | None]:
        """A body's last day and successors in `unit`: its kind's, or the merger's (same kind, new unit)."""
        end = until
        if unit.merged_into is not None and (end is None or end > MERGER_END):
            end = MERGER_END
        if end is None:
            return None, (), None
        target = self.successor_unit(unit, end + timedelta(days=1))
        merger = None
        if unit.merged_into is not None and end >= MERGER_END:
            into = self.units[unit.merged_into]
            merger = f"Nghị quyết 202/2025/QH15: {unit.places[0]} hợp nhất vào {into.places[0]} từ 01/07/2025"
        if until is not None and until == end and own:
            return end, tuple((f"{target.slug}/{s.kind}", s.functions) for s in own), merger
        return end, ((f"{target.slug}/{kid}", None),), merger

    def _instance(self, unit: Unit, kind: Kind) -> Generated:
        base = kind.names[unit.type]
        place = unit.jurisdiction if kind.bare_place else unit.places[0]
        full = f"{base} {place}"
        names: list[str] = []
        for b in (base, *kind.short):
            if _norm(b) not in kind.placed:
                names.append(b)
            names += [f"{b} {s}" for s in unit.suffixes]
        until, successors, merger = self._dates(unit, kind.id, kind.until, kind.succeeded_by)
        note = "; ".join(n for n in (kind.note, merger, self._kept(unit) if kind.id == "ubnd" else None) if n)
        return Generated(
            id=f"{unit.slug}/{kind.id}",
            name=full,
            aliases=_unique(names, full),
            levels=(kind.level,),
            group=kind.group,
            jurisdiction=unit.jurisdiction,
            counterpart_of=kind.counterpart_of,
            since=kind.since,
            until=until,
            successors=successors,
            note=note or None,
        )

    def _group_copy(self, unit: Unit, g: GroupTemplate) -> Generated:
        full = f"{g.names[0]} {unit.places[0]}"
        names: list[str] = []
        for b in g.names:
            names += [b, f"{b} {unit.suffixes[0]}", f"{b} {unit.places[0]}"]
        until, successors, merger = self._dates(unit, g.id, None, ())
        return Generated(
            id=f"{unit.slug}/{g.id}",
            name=full,
            aliases=_unique(names, full),
            levels=g.levels,
            group=True,
            jurisdiction=unit.jurisdiction,
            counterpart_of=g.counterpart_of,
            since=None,
            until=until,
            successors=successors,
            note=merger,
        )

    def _kept(self, unit: Unit) -> str | None:
        """The 2025 note of a unit that continues: alone, or with the units merged into it."""
        if unit.merged_into is not None:
            return None
        parts = [u.places[0] for u in self.units.values() if u.merged_into == unit.slug]
        if not parts:
            return "Nghị quyết 202/2025/QH15: không sắp xếp (giữ nguyên từ 01/07/2025)"
        return f"Nghị quyết 202/2025/QH15: từ 01/07/2025 {unit.places[0]} gồm cả {', '.join(parts)} (giữ tên)"


def _kind(k: Mapping[str, Any]) -> Kind:
    names = k.get("name_by_type") or {"tỉnh": k["name"], "thành phố": k["name"]}
    succ = tuple(
        KindSuccessor(s, None) if isinstance(s, str) else KindSuccessor(s["kind"], s.get("functions"))
        for s in k.get("succeeded_by") or ()
    )
    return Kind(
        id=k["id"],
        names=names,
        short=tuple(k.get("short") or ()),
        placed=frozenset(_norm(p) for p in k.get("placed") or ()),
        level=k.get("level", "province"),
        group=bool(k.get("group", False)),
        counterpart_of=k.get("counterpart_of"),
        since=k.get("since"),
        until=k.get("until"),
        succeeded_by=succ,
        stands_for=tuple(k.get("stands_for") or ()),
        note=k.get("note"),
        bare_place=k.get("name_by_type") is not None and not k.get("group", False),
    )


def _unique(names: Iterable[str], full: str) -> tuple[str, ...]:
    seen = {_norm(full)}
    out: list[str] = []
    for n in names:
        key = _norm(n)
        if key not in seen:
            seen.add(key)
            out.append(n)
    return tuple(out)


@lru_cache(maxsize=4)
def load(path: Path) -> Provinces:
    """The kinds file (shipped, trusted data: read with libyaml's loader, dates as dates)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        return Provinces(yaml.load(fh, Loader=loader))
