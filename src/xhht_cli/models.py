"""pydantic v2 models of the three file kinds: plan, progress report, body registry.

All models forbid unknown keys (a typo must not pass silently) and are frozen (nothing downstream mutates data).
Values arrive as the loader left them: strings for every plain scalar but null/true/false, so numbers and dates are
converted here, in lax mode, with xhht's own messages for impossible dates.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_validator
from pydantic_core import PydanticCustomError

YEAR_MIN, YEAR_MAX = 1945, 2100
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _to_date(value: Any) -> Any:
    """Accept a YAML date written as `YYYY-MM-DD`; an impossible one is an `impossible_date` error (S007)."""
    if isinstance(value, date) or not isinstance(value, str):
        return value
    m = _ISO.match(value.strip())
    if not m:
        raise PydanticCustomError("date_format", "expected a date written YYYY-MM-DD, got {value!r}", {"value": value})
    y, mo, d = (int(g) for g in m.groups())
    try:
        day = date(y, mo, d)
    except ValueError:
        raise PydanticCustomError(
            "impossible_date", "{value} is not a date", {"value": value, "year": y, "month": mo, "day": d}
        ) from None
    if not YEAR_MIN <= y <= YEAR_MAX:  # as deadlines: a typo, and years of periods to enumerate from it
        raise PydanticCustomError("date_range", "{value}: the year must be from 1945 to 2100", {"value": value})
    return day


Date = Annotated[date, BeforeValidator(_to_date)]


def _figure(value: float) -> float:
    if not math.isfinite(value) or abs(value) > 1e15:
        raise PydanticCustomError("figure", "expected a finite number of at most 10^15, got {value}", {"value": value})
    return value


Id = Annotated[str, Field(min_length=1, max_length=200)]
PlanId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=200)]
ItemId = Annotated[str, Field(pattern=r"^[A-Za-z0-9đĐ]+(\.[A-Za-z0-9đĐ]+)*$", max_length=100)]
Name = Annotated[str, Field(min_length=1, max_length=500)]
Level = Literal["national", "province", "district", "commune", "agency"]
BodyLevel = Literal["central", "province", "district", "commune", "agency"]


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class _Model(BaseModel):
    # strings are not stripped: pydantic would copy every one of them, doubling the memory a portfolio takes;
    # YAML already trims plain scalars, and names and texts are compared after whitespace folding anyway.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


_FIELD_SETS: dict[frozenset[str], frozenset[str]] = {}


def compact(model: BaseModel) -> None:
    """Make every model in the tree of `model` share its set of given fields with the models that were given the
    same fields. Pydantic keeps a fresh set per instance, about 600 bytes: a quarter of the memory of a validated
    plan, in a portfolio of 200,000 tasks that fall into a handful of shapes. Nothing reads or changes those sets
    (the models are frozen); a frozenset makes any change fail loudly instead of touching every model at once."""
    stack: list[Any] = [model]
    pop, push = stack.pop, stack.extend
    shared = _FIELD_SETS
    while stack:
        v = pop()
        if isinstance(v, BaseModel):
            given = v.__pydantic_fields_set__
            key = frozenset(given)
            object.__setattr__(v, "__pydantic_fields_set__", shared.setdefault(key, key))
            push(v.__dict__.values())
        elif type(v) is list:
            push(v)


class RequiresPlans(_Model):
    from_: list[Name] = Field(alias="from", min_length=1)
    deadline: str | None = None


class Task(_Model):
    id: ItemId
    title: str | None = None
    text: Annotated[str, Field(min_length=1)]
    # tuples, not lists: a portfolio has a few hundred thousand tasks, and an empty tuple is shared
    lead: tuple[Name, ...] = ()
    cooperating: tuple[Name, ...] = ()
    deadline: str | None = None
    requires_plans: RequiresPlans | None = None
    implements: Annotated[
        tuple[ItemId, ...], BeforeValidator(_one_or_many, json_schema_input_type=ItemId | list[ItemId])
    ] = ()
    source: str | None = None


class Target(_Model):
    id: ItemId
    indicator: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    text: Annotated[str, Field(min_length=1)]
    unit: str = "percent"
    value: Annotated[float, AfterValidator(_figure)]
    """A finite figure of a plausible size: `inf`, `nan` or `1e400` cannot be compared with a template's."""
    by: Annotated[int, Field(ge=1945, le=2100)]
    implements: ItemId | None = None
    source: str | None = None


class Section(_Model):
    id: ItemId
    title: str
    tasks: list[Task] = []
    targets: list[Target] = []


class Waiver(_Model):
    implements: ItemId
    reason: Annotated[str, Field(min_length=1)]


class PlanInfo(_Model):
    id: PlanId
    number: str | None = None
    title: str
    issuer: Name
    level: Level
    jurisdiction: str | None = None
    issued: Date | None = None
    status: Literal["draft", "issued", "superseded"] = "issued"
    implements: PlanId | None = None
    source: Annotated[list[str], BeforeValidator(_one_or_many, json_schema_input_type=str | list[str])] = []
    completeness: Literal["complete", "partial"] = "complete"
    waived: list[Waiver] = []


class PlanFile(_Model):
    format: Literal["xhht/plan@1"]
    plan: PlanInfo
    sections: list[Section] = []
    targets: list[Target] = []
    # Set when some tasks or targets failed their schema and were left out (see `xhht_cli.schema.validate`): for
    # (section index, "tasks" | "targets") -- section None for the plan's own targets -- the index in the file of
    # each item kept; and what the left-out items implement, which still counts as implemented.
    _kept_items: dict[tuple[int | None, str], tuple[int, ...]] | None = PrivateAttr(default=None)
    _dropped_implements: frozenset[str] = PrivateAttr(default=frozenset())

    def raw_index(self, section: int | None, kind: str, i: int) -> int:
        """The index in the file of the `i`-th task or target kept under `section`."""
        kept = self._kept_items
        found = kept.get((section, kind)) if kept is not None else None
        return i if found is None else found[i]


class ReportInfo(_Model):
    plan: PlanId
    by: Name
    date: Date
    reference: str | None = None


class Entry(_Model):
    task: ItemId
    status: Literal["not_started", "in_progress", "done", "cancelled"]
    completed: Date | None = None
    period: Annotated[int, Field(ge=1945, le=2100)] | None = None
    evidence: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _completed_with_done(self) -> Entry:
        if self.status == "done" and self.completed is None:
            raise PydanticCustomError("completed_required", "`completed` is required with status done")
        return self


class ReportFile(_Model):
    format: Literal["xhht/report@1"]
    report: ReportInfo
    entries: list[Entry] = []
    # Set when some entries failed their schema and were left out (see `xhht_cli.schema.validate`): the index, in
    # the file, of each entry kept. The entries that passed still count; the others are S002 findings.
    _kept: tuple[int, ...] | None = PrivateAttr(default=None)

    def indexed(self) -> list[tuple[int, Entry]]:
        """Each entry with its index in the file's `entries` list (where its position is looked up)."""
        kept = self._kept
        return list(enumerate(self.entries)) if kept is None else list(zip(kept, self.entries, strict=True))


class Successor(_Model):
    body: Name
    functions: str | None = None


def _successor(value: Any) -> Any:
    return {"body": value} if isinstance(value, str) else value


class BodyEntry(_Model):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9/-]*$")]
    name: Name
    # tuples, not lists: pydantic copies a list default for each entry, and a registry may hold 100,000 of them
    aliases: tuple[Name, ...] = ()
    level: BodyLevel
    jurisdiction: str | None = None
    counterpart_of: str | None = None
    since: Date | None = None
    until: Date | None = None
    succeeded_by: tuple[
        Annotated[Successor, BeforeValidator(_successor, json_schema_input_type=Name | Successor)], ...
    ] = ()
    note: str | None = None


class GroupEntry(BodyEntry):
    level: Annotated[  # type: ignore[assignment]
        list[BodyLevel], BeforeValidator(_one_or_many, json_schema_input_type=BodyLevel | list[BodyLevel])
    ]


class RegistryFile(_Model):
    format: Literal["xhht/registry@1"]
    bodies: list[BodyEntry] = []
    groups: list[GroupEntry] = []


MODEL_BY_KIND: dict[str, type[_Model]] = {"plan": PlanFile, "report": ReportFile, "registry": RegistryFile}
FORMAT_BY_KIND = {"plan": "xhht/plan@1", "report": "xhht/report@1", "registry": "xhht/registry@1"}
