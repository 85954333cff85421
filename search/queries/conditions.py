"""Conditions on one indexed document, written once and read three ways: as an OpenSearch
filter (opensearch-py DSL ``Q``), as a Python test on the document's ``_source`` (the
explanation of a result, self-applications), and — in benchmarks/matching_bench.py — as SQL for
the baseline. The matching rules (rules.py) are built from these, so the query, the explanation
and the baseline cannot say different things.

A document is a dict of the indexed fields: keyword lists, scalars, ISO dates (compared as
strings, which orders them correctly), booleans and a ``{"lat", "lon"}`` location.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from opensearchpy import Q
from opensearchpy.helpers.query import Query

# The mean Earth radius OpenSearch uses for arc distances (GeoUtils.EARTH_MEAN_RADIUS).
EARTH_RADIUS_M = 6371008.7714

Doc = dict[str, Any]


def arc_distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance as OpenSearch computes it (arc, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h))) / 1000


def _values(doc: Doc, field: str) -> list[Any]:
    value = doc.get(field)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _q(*args: object, **kwargs: object) -> Query:
    query: Query = Q(*args, **kwargs)
    return query


class Cond:
    """A condition on a document."""

    def holds(self, doc: Doc) -> bool:
        raise NotImplementedError

    def q(self) -> Query:
        raise NotImplementedError


@dataclass(frozen=True)
class Always(Cond):
    value: bool

    def holds(self, doc: Doc) -> bool:  # noqa: ARG002 - it holds whatever the document
        return self.value

    def q(self) -> Query:
        return _q("match_all") if self.value else Q("match_none")


TRUE = Always(True)
FALSE = Always(False)


@dataclass(frozen=True)
class Has(Cond):
    """The field (a list or a single value) contains one of the values."""

    field: str
    values: tuple[Any, ...]

    def holds(self, doc: Doc) -> bool:
        wanted = set(self.values)
        return any(v in wanted for v in _values(doc, self.field))

    def q(self) -> Query:
        if len(self.values) == 1:
            return _q("term", **{self.field: self.values[0]})
        return _q("terms", **{self.field: list(self.values)})


def has(field: str, values: Iterable[Any]) -> Cond:
    values = tuple(sorted(set(values), key=str))
    return Has(field, values) if values else FALSE


def is_(field: str, value: object) -> Cond:
    return Has(field, (value,))


@dataclass(frozen=True)
class Range(Cond):
    """Compare the field with bounds (a missing field never holds)."""

    field: str
    gte: Any = None
    lte: Any = None
    gt: Any = None
    lt: Any = None

    def bounds(self) -> dict[str, Any]:
        return {
            op: value
            for op, value in (
                ("gte", self.gte),
                ("lte", self.lte),
                ("gt", self.gt),
                ("lt", self.lt),
            )
            if value is not None
        }

    def holds(self, doc: Doc) -> bool:
        value = doc.get(self.field)
        if value is None:
            return False
        if isinstance(value, str) and len(value) > 10:
            value = value[:10]  # a datetime compared as a day
        checks = {
            "gte": lambda b: value >= b,
            "lte": lambda b: value <= b,
            "gt": lambda b: value > b,
            "lt": lambda b: value < b,
        }
        return all(checks[op](bound) for op, bound in self.bounds().items())

    def q(self) -> Query:
        return _q("range", **{self.field: self.bounds()})


@dataclass(frozen=True)
class Missing(Cond):
    field: str

    def holds(self, doc: Doc) -> bool:
        return not _values(doc, self.field)

    def q(self) -> Query:
        return _q("bool", must_not=[Q("exists", field=self.field)])


@dataclass(frozen=True)
class Within(Cond):
    """The document's location is at most `km` from a point (arc distance)."""

    field: str
    lat: float
    lon: float
    km: float

    def holds(self, doc: Doc) -> bool:
        loc = doc.get(self.field)
        if not loc:
            return False
        return arc_distance_km(self.lat, self.lon, float(loc["lat"]), float(loc["lon"])) <= self.km

    def q(self) -> Query:
        return _q(
            "geo_distance",
            distance=f"{self.km}km",
            distance_type="arc",
            **{self.field: {"lat": self.lat, "lon": self.lon}},
        )


@dataclass(frozen=True)
class All(Cond):
    parts: tuple[Cond, ...]

    def holds(self, doc: Doc) -> bool:
        return all(p.holds(doc) for p in self.parts)

    def q(self) -> Query:
        return _q("bool", filter=[p.q() for p in self.parts])


@dataclass(frozen=True)
class AnyOf(Cond):
    parts: tuple[Cond, ...]

    def holds(self, doc: Doc) -> bool:
        return any(p.holds(doc) for p in self.parts)

    def q(self) -> Query:
        return _q("bool", should=[p.q() for p in self.parts], minimum_should_match=1)


@dataclass(frozen=True)
class Not(Cond):
    part: Cond

    def holds(self, doc: Doc) -> bool:
        return not self.part.holds(doc)

    def q(self) -> Query:
        return _q("bool", must_not=[self.part.q()])


def all_of(*parts: Cond) -> Cond:
    """The conjunction, simplified: TRUE parts drop out, a FALSE part makes it FALSE."""
    kept = [p for p in parts if p is not TRUE]
    if any(p is FALSE for p in kept):
        return FALSE
    if not kept:
        return TRUE
    return kept[0] if len(kept) == 1 else All(tuple(kept))


def any_of(*parts: Cond) -> Cond:
    """The disjunction, simplified: FALSE parts drop out, a TRUE part makes it TRUE."""
    kept = [p for p in parts if p is not FALSE]
    if any(p is TRUE for p in kept):
        return TRUE
    if not kept:
        return FALSE
    return kept[0] if len(kept) == 1 else AnyOf(tuple(kept))


def not_(part: Cond) -> Cond:
    if part is TRUE:
        return FALSE
    if part is FALSE:
        return TRUE
    if isinstance(part, Not):
        return part.part
    return Not(part)
