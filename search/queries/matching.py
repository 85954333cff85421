"""Pure builders of the matching queries (dicts for OpenSearch) and the explanations of their
results. Nothing here talks to OpenSearch; search/matching.py runs these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import rules as R


@dataclass(frozen=True)
class OfferContext:
    """What the ranking of candidates needs to know about an offer."""

    offer_id: int
    isco_code: str
    lat: float
    lon: float
    start_date: date
    essential: dict[str, str] = field(default_factory=dict)  # skill id -> label
    optional: dict[str, str] = field(default_factory=dict)
    min_italian_rank: int = 0
    licence_required: str = ""
    text: str = ""

    @property
    def isco_group(self) -> str:
        return self.isco_code[:3]


@dataclass(frozen=True)
class CandidateContext:
    """What the ranking of offers needs to know about a candidate."""

    profile_id: int
    lat: float
    lon: float
    radius_km: float
    skill_ids: list[str]
    occupation_codes: list[str]
    occupation_groups: list[str]
    experience_groups: list[str]
    italian_rank: int
    licences: list[str]
    available_from: date | None
    text: str = ""


@dataclass
class CandidateFilters:
    municipality: str = ""
    italian_min: int = 0
    licence: str = ""
    available_by: date | None = None

    def clauses(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if self.municipality:
            out.append({"term": {"municipality": self.municipality}})
        if self.italian_min:
            out.append({"range": {"italian_rank": {"gte": self.italian_min}}})
        if self.licence:
            out.append({"terms": {"licences": R.licences_satisfying(self.licence)}})
        if self.available_by:
            out.append(_available_by(self.available_by))
        return out


def _available_by(day: date) -> dict[str, Any]:
    return {
        "bool": {
            "should": [
                {"range": {"available_from": {"lte": day.isoformat()}}},
                {"bool": {"must_not": {"exists": {"field": "available_from"}}}},
            ],
            "minimum_should_match": 1,
        }
    }


def candidate_facets() -> dict[str, Any]:
    return {
        "municipality": {"terms": {"field": "municipality", "size": 30}},
        "italian_level": {"terms": {"field": "italian_level", "size": 10}},
        "licences": {"terms": {"field": "licences", "size": 12}},
        "availability": {
            "date_range": {
                "field": "available_from",
                "missing": "1970-01-01",
                "ranges": [
                    {"key": "now", "to": "now/d+1d"},
                    {"key": "within_30_days", "from": "now/d+1d", "to": "now/d+31d"},
                    {"key": "later", "from": "now/d+31d"},
                ],
            }
        },
    }


CANDIDATE_TEXT_FIELDS = ["profile_text", "skills_text^2"]
CANDIDATE_SOURCE = [
    "profile_id",
    "municipality",
    "location",
    "radius_km",
    "licences",
    "skill_ids",
    "occupation_codes",
    "occupation_groups",
    "experience_groups",
    "experience_years",
    "italian_level",
    "italian_rank",
    "italian_source",
    "available_from",
]


def hard_filters_for_offer(ctx: OfferContext) -> list[dict[str, Any]]:
    """Consent, active, licence, and the offer within the candidate's own travel radius."""
    filters: list[dict[str, Any]] = [
        {"term": {"consent_search": True}},
        {"term": {"active": True}},
        {
            "geo_distance": {
                "distance": f"{R.MAX_RADIUS_KM}km",
                "location": {"lat": ctx.lat, "lon": ctx.lon},
            }
        },
        {
            "script": {
                "script": {
                    "lang": "painless",
                    "source": (
                        "doc['location'].size() != 0 && doc['radius_km'].size() != 0 && "
                        "doc['location'].arcDistance(params.lat, params.lon) "
                        "<= doc['radius_km'].value * 1000.0"
                    ),
                    "params": {"lat": ctx.lat, "lon": ctx.lon},
                }
            }
        },
    ]
    if ctx.licence_required:
        filters.append({"terms": {"licences": R.licences_satisfying(ctx.licence_required)}})
    return filters


def _skill_functions(field_name: str, ids: dict[str, str], weight: float) -> list[dict[str, Any]]:
    if not ids:
        return [{"filter": {"match_all": {}}, "weight": weight}]
    share = weight / len(ids)
    return [{"filter": {"term": {field_name: sid}}, "weight": share} for sid in ids]


def candidate_functions(ctx: OfferContext) -> list[dict[str, Any]]:
    functions = _skill_functions("skill_ids", ctx.essential, R.W_ESSENTIAL)
    functions += _skill_functions("skill_ids", ctx.optional, R.W_OPTIONAL)
    functions += [
        {"filter": {"term": {"occupation_codes": ctx.isco_code}}, "weight": R.W_OCCUPATION_SAME},
        {
            "filter": {
                "bool": {
                    "filter": [{"term": {"occupation_groups": ctx.isco_group}}],
                    "must_not": [{"term": {"occupation_codes": ctx.isco_code}}],
                }
            },
            "weight": R.W_OCCUPATION_GROUP,
        },
    ]
    if ctx.min_italian_rank:
        functions += [
            {
                "filter": {"range": {"italian_rank": {"gte": ctx.min_italian_rank}}},
                "weight": R.W_ITALIAN_OK,
            },
            {
                "filter": {"term": {"italian_rank": ctx.min_italian_rank - 1}},
                "weight": R.W_ITALIAN_ONE_BELOW,
            },
        ]
    else:
        functions.append({"filter": {"match_all": {}}, "weight": R.W_ITALIAN_OK})
    functions += [
        {
            "gauss": {
                "location": {
                    "origin": {"lat": ctx.lat, "lon": ctx.lon},
                    "scale": f"{R.DISTANCE_SCALE_KM}km",
                    "offset": f"{R.DISTANCE_OFFSET_KM}km",
                    "decay": R.DISTANCE_DECAY,
                }
            },
            "weight": R.W_DISTANCE,
        },
        {"filter": _available_by(ctx.start_date), "weight": R.W_AVAILABLE},
        {"filter": {"term": {"experience_groups": ctx.isco_group}}, "weight": R.W_EXPERIENCE_GROUP},
        {
            "field_value_factor": {
                "field": "experience_years",
                "factor": 1,
                "modifier": "log1p",
                "missing": 0,
            },
            "weight": R.W_EXPERIENCE_YEARS,
        },
    ]
    return functions


def build_candidates_for_offer(
    ctx: OfferContext,
    *,
    filters: CandidateFilters | None = None,
    size: int = 20,
    offset: int = 0,
    include_text: bool = True,
    facets: bool = True,
) -> dict[str, Any]:
    """ONE query: hard filters, then function_score (sum of the criteria) plus text relevance."""
    bool_query: dict[str, Any] = {
        "filter": hard_filters_for_offer(ctx) + (filters or CandidateFilters()).clauses()
    }
    if include_text and ctx.text.strip():
        bool_query["should"] = [
            {
                "multi_match": {
                    "query": ctx.text,
                    "fields": CANDIDATE_TEXT_FIELDS,
                    "boost": R.TEXT_BOOST,
                }
            }
        ]
    body = {
        "size": size,
        "from": offset,
        "track_total_hits": True,
        "_source": CANDIDATE_SOURCE,
        "query": {
            "function_score": {
                "query": {"bool": bool_query},
                "functions": candidate_functions(ctx),
                "score_mode": "sum",
                "boost_mode": "sum",
            }
        },
        "sort": [{"_score": "desc"}, {"profile_id": "asc"}],
    }
    if facets:
        body["aggs"] = candidate_facets()
    return body


@dataclass
class CandidateExplanation:
    profile_id: int
    points: dict[str, float]
    skills_matched: list[str]
    essential_missing: list[str]
    optional_missing: list[str]
    italian_level: str
    italian_source: str
    italian_gap: int  # CEFR levels short of the minimum (0 = meets it)
    distance_km: float
    radius_km: float
    available: bool
    available_from: str | None
    experience_years: float
    same_occupation: bool
    same_group: bool

    @property
    def total(self) -> float:
        return round(sum(self.points.values()), 4)


def explain_candidate(source: dict[str, Any], ctx: OfferContext) -> CandidateExplanation:
    """Re-derive each criterion from the indexed document with the rules of the query."""
    skills = set(source.get("skill_ids") or [])
    codes = set(source.get("occupation_codes") or [])
    groups = set(source.get("occupation_groups") or [])
    ess_hit = [sid for sid in ctx.essential if sid in skills]
    opt_hit = [sid for sid in ctx.optional if sid in skills]
    rank = int(source.get("italian_rank") or 0)
    loc = source.get("location") or {}
    distance = R.arc_distance_km(ctx.lat, ctx.lon, float(loc["lat"]), float(loc["lon"]))
    avail = source.get("available_from")
    available = avail is None or avail[:10] <= ctx.start_date.isoformat()
    years = float(source.get("experience_years") or 0.0)
    same = ctx.isco_code in codes
    group = (not same) and ctx.isco_group in groups
    points = {
        "essential_skills": R.coverage_points(len(ess_hit), len(ctx.essential), R.W_ESSENTIAL),
        "optional_skills": R.coverage_points(len(opt_hit), len(ctx.optional), R.W_OPTIONAL),
        "occupation": R.W_OCCUPATION_SAME if same else (R.W_OCCUPATION_GROUP if group else 0.0),
        "italian": R.italian_points(rank, ctx.min_italian_rank)
        if ctx.min_italian_rank
        else R.W_ITALIAN_OK,
        "distance": R.W_DISTANCE * R.gauss_decay(distance),
        "availability": R.W_AVAILABLE if available else 0.0,
        "experience": (
            R.W_EXPERIENCE_GROUP
            if ctx.isco_group in set(source.get("experience_groups") or [])
            else 0.0
        )
        + R.experience_points(years),
    }
    return CandidateExplanation(
        profile_id=int(source["profile_id"]),
        points={k: round(v, 4) for k, v in points.items()},
        skills_matched=[ctx.essential[s] for s in ess_hit] + [ctx.optional[s] for s in opt_hit],
        essential_missing=[label for sid, label in ctx.essential.items() if sid not in skills],
        optional_missing=[label for sid, label in ctx.optional.items() if sid not in skills],
        italian_level=source.get("italian_level") or "",
        italian_source=source.get("italian_source") or "",
        italian_gap=max(0, ctx.min_italian_rank - rank),
        distance_km=round(distance, 1),
        radius_km=float(source.get("radius_km") or 0),
        available=available,
        available_from=avail,
        experience_years=round(years, 1),
        same_occupation=same,
        same_group=group,
    )


# --- the reverse: offers for a candidate ------------------------------------------------------

OFFER_SOURCE = [
    "offer_id",
    "isco_code",
    "isco_group",
    "essential_skill_ids",
    "optional_skill_ids",
    "min_italian_rank",
    "licence_required",
    "location",
    "municipality",
    "start_date",
]

_COVERAGE_SCRIPT = (
    "int n = doc[params.f].size(); if (n == 0) { return 1.0; } int m = 0; "
    "for (def s : doc[params.f]) { if (params.skills.contains(s)) { m++; } } "
    "return (double) m / n;"
)


def build_offers_for_candidate(
    ctx: CandidateContext, *, today: date, size: int = 20
) -> dict[str, Any]:
    filters: list[dict[str, Any]] = [
        {"term": {"live": True}},
        {
            "bool": {
                "should": [
                    {"range": {"applications_until": {"gte": today.isoformat()}}},
                    {"bool": {"must_not": {"exists": {"field": "applications_until"}}}},
                ],
                "minimum_should_match": 1,
            }
        },
        {
            "bool": {
                "should": [
                    {"bool": {"must_not": {"exists": {"field": "licence_required"}}}},
                    {"terms": {"licence_required": _licences_held_cover(ctx.licences)}},
                ],
                "minimum_should_match": 1,
            }
        },
        {
            "geo_distance": {
                "distance": f"{ctx.radius_km}km",
                "location": {"lat": ctx.lat, "lon": ctx.lon},
            }
        },
    ]
    bool_query: dict[str, Any] = {"filter": filters}
    if ctx.text.strip():
        bool_query["should"] = [
            {
                "multi_match": {
                    "query": ctx.text,
                    "fields": ["title^2", "offer_text"],
                    "boost": R.TEXT_BOOST,
                }
            }
        ]
    functions = [
        {
            "script_score": {
                "script": {
                    "source": _COVERAGE_SCRIPT,
                    "params": {"f": "essential_skill_ids", "skills": ctx.skill_ids},
                }
            },
            "weight": R.W_ESSENTIAL,
        },
        {
            "script_score": {
                "script": {
                    "source": _COVERAGE_SCRIPT,
                    "params": {"f": "optional_skill_ids", "skills": ctx.skill_ids},
                }
            },
            "weight": R.W_OPTIONAL,
        },
        {
            "filter": {"terms": {"isco_code": ctx.occupation_codes or ["-"]}},
            "weight": R.W_OCCUPATION_SAME,
        },
        {
            "filter": {
                "bool": {
                    "filter": [{"terms": {"isco_group": ctx.occupation_groups or ["-"]}}],
                    "must_not": [{"terms": {"isco_code": ctx.occupation_codes or ["-"]}}],
                }
            },
            "weight": R.W_OCCUPATION_GROUP,
        },
        {
            "filter": {"range": {"min_italian_rank": {"lte": ctx.italian_rank}}},
            "weight": R.W_ITALIAN_OK,
        },
        {
            "filter": {"term": {"min_italian_rank": ctx.italian_rank + 1}},
            "weight": R.W_ITALIAN_ONE_BELOW,
        },
        {
            "gauss": {
                "location": {
                    "origin": {"lat": ctx.lat, "lon": ctx.lon},
                    "scale": f"{R.DISTANCE_SCALE_KM}km",
                    "offset": f"{R.DISTANCE_OFFSET_KM}km",
                    "decay": R.DISTANCE_DECAY,
                }
            },
            "weight": R.W_DISTANCE,
        },
        {
            "filter": {"match_all": {}}
            if ctx.available_from is None
            else {
                "bool": {
                    "should": [
                        {"range": {"start_date": {"gte": ctx.available_from.isoformat()}}},
                        {"bool": {"must_not": {"exists": {"field": "start_date"}}}},
                    ],
                    "minimum_should_match": 1,
                }
            },
            "weight": R.W_AVAILABLE,
        },
        {
            "filter": {"terms": {"isco_group": ctx.experience_groups or ["-"]}},
            "weight": R.W_EXPERIENCE_GROUP,
        },
    ]
    return {
        "size": size,
        "_source": OFFER_SOURCE,
        "query": {
            "function_score": {
                "query": {"bool": bool_query},
                "functions": functions,
                "score_mode": "sum",
                "boost_mode": "sum",
            }
        },
        "sort": [{"_score": "desc"}, {"offer_id": "asc"}],
    }


def _licences_held_cover(held: list[str]) -> list[str]:
    """The required categories that the licences held satisfy."""
    covered = {req for req, ok in R.LICENCE_SATISFIED_BY.items() if set(ok) & set(held)}
    return sorted(covered | set(held)) or ["-"]


@dataclass
class OfferExplanation:
    offer_id: int
    points: dict[str, float]
    skills_matched: list[str]
    essential_missing: list[str]
    italian_gap: int
    distance_km: float

    @property
    def total(self) -> float:
        return round(sum(self.points.values()), 4)


def explain_offer(
    source: dict[str, Any], ctx: CandidateContext, skill_labels: dict[str, str]
) -> OfferExplanation:
    skills = set(ctx.skill_ids)
    ess = list(source.get("essential_skill_ids") or [])
    opt = list(source.get("optional_skill_ids") or [])
    ess_hit = [s for s in ess if s in skills]
    opt_hit = [s for s in opt if s in skills]
    loc = source["location"]
    distance = R.arc_distance_km(ctx.lat, ctx.lon, float(loc["lat"]), float(loc["lon"]))
    min_rank = int(source.get("min_italian_rank") or 0)
    same = source.get("isco_code") in ctx.occupation_codes
    group = (not same) and source.get("isco_group") in ctx.occupation_groups
    start = source.get("start_date")
    available = (
        ctx.available_from is None or start is None or start[:10] >= ctx.available_from.isoformat()
    )
    points = {
        "essential_skills": R.coverage_points(len(ess_hit), len(ess), R.W_ESSENTIAL),
        "optional_skills": R.coverage_points(len(opt_hit), len(opt), R.W_OPTIONAL),
        "occupation": R.W_OCCUPATION_SAME if same else (R.W_OCCUPATION_GROUP if group else 0.0),
        "italian": R.italian_points(ctx.italian_rank, min_rank),
        "distance": R.W_DISTANCE * R.gauss_decay(distance),
        "availability": R.W_AVAILABLE if available else 0.0,
        "experience": R.W_EXPERIENCE_GROUP
        if source.get("isco_group") in ctx.experience_groups
        else 0.0,
    }
    return OfferExplanation(
        offer_id=int(source["offer_id"]),
        points={k: round(v, 4) for k, v in points.items()},
        skills_matched=[skill_labels.get(s, s) for s in ess_hit + opt_hit],
        essential_missing=[skill_labels.get(s, s) for s in ess if s not in skills],
        italian_gap=max(0, min_rank - ctx.italian_rank),
        distance_km=round(distance, 1),
    )


# --- free-text candidate search for operators -------------------------------------------------


def build_candidate_search(
    text: str, *, filters: CandidateFilters | None = None, size: int = 20, offset: int = 0
) -> dict[str, Any]:
    bool_query: dict[str, Any] = {
        "filter": [{"term": {"consent_search": True}}, {"term": {"active": True}}]
        + (filters or CandidateFilters()).clauses()
    }
    if text.strip():
        bool_query["must"] = [
            {"multi_match": {"query": text, "fields": CANDIDATE_TEXT_FIELDS, "operator": "or"}}
        ]
    return {
        "size": size,
        "from": offset,
        "track_total_hits": True,
        "_source": CANDIDATE_SOURCE,
        "query": {"bool": bool_query},
        "aggs": candidate_facets(),
        "sort": ["_score", {"updated_at": "desc"}] if text.strip() else [{"updated_at": "desc"}],
    }
