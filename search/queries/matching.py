"""Pure builders of the matching queries, with opensearch-py's DSL, from the rules of rules.py.

Nothing here talks to OpenSearch (search/matching.py runs these). Each ranking is ONE query:
the rules' filters in filter context, and the score as the sum of the rules' weighted
conditions (``scoring_query``): the score is the points and nothing else.

The explanation of a hit evaluates the same ``Ranking`` in Python on the hit's ``_source``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from opensearchpy import Q, Search
from opensearchpy.helpers.query import Query

from . import rules as R
from .conditions import (
    FALSE,
    Cond,
    Doc,
    Range,
    has,
    is_,
)

CANDIDATE_SOURCE = [
    "profile_id",
    "municipality",
    "location",
    "radius_km",
    "reach",
    "licences",
    "qualifications",
    "papers",
    "own_vehicle",
    "occ_worked",
    "occ_described",
    "occ_wanted",
    "occ_named",
    "skills_held",
    "skills_tagged",
    "exp",
    "exp_tagged",
    "experience_years",
    "evidence",
    "italian_level",
    "italian_rank",
    "italian_source",
    "available_from",
    "available_by",
    "working_time",
    "shifts_ok",
    "seasonal_ok",
    "consent_search",
    "active",
]

OFFER_SOURCE = [
    "offer_id",
    "occupation_id",
    "occ_close",
    "occ_related",
    "essential",
    "essential_count",
    "optional",
    "optional_count",
    "mentioned",
    "mentioned_count",
    "required_qualifications",
    "quals_course",
    "must_qualifications",
    "min_italian_rank",
    "must_italian",
    "start_date",
    "must_start",
    "licence_required",
    "licence_ok",
    "must_licence",
    "shifts",
    "must_shifts",
    "seasonal",
    "own_transport_needed",
    "hours_per_week",
    "time_full",
    "time_part",
    "location",
    "municipality",
    "live",
    "applications_until",
]

# Must-haves that only a few people pass (a paper): with one of these the filters lead.
SELECTIVE_FILTERS = frozenset({"must_licence", "must_qualifications"})
AVAILABILITY_BUCKETS = ("now", "soon", "later")  # today, within 30 days, after
COUNT_UP_TO = 10_000  # the operator's page counts the matches exactly up to this many


@dataclass
class CandidateFilters:
    """What an operator narrows a list of candidates by (each facet sets one of these)."""

    municipality: str = ""
    italian_min: int = 0
    licence: str = ""
    qualification: str = ""
    available: str = ""  # one of AVAILABILITY_BUCKETS
    available_by: date | None = None

    def conds(self, today: date) -> list[Cond]:
        out: list[Cond] = []
        if self.municipality:
            out.append(is_("municipality", self.municipality))
        if self.italian_min:
            out.append(Range("italian_rank", gte=self.italian_min))
        if self.licence:
            out.append(has("papers", R.licences_satisfying(self.licence)))
        if self.qualification:
            out.append(is_("papers", self.qualification))
        soon = today + timedelta(days=30)
        if self.available == "now":
            out.append(Range("available_by", lte=today.isoformat()))
        elif self.available == "soon":
            out.append(Range("available_from", gt=today.isoformat(), lte=soon.isoformat()))
        elif self.available == "later":
            out.append(Range("available_from", gt=soon.isoformat()))
        if self.available_by:
            day = self.available_by.isoformat()
            out.append(Range("available_by", lte=day))
        return out

    @property
    def active(self) -> bool:
        return any(
            (
                self.municipality,
                self.italian_min,
                self.licence,
                self.qualification,
                self.available,
                self.available_by,
            )
        )


def candidate_facets(today: date) -> dict[str, Any]:
    soon = today + timedelta(days=30)
    return {
        "municipality": {"terms": {"field": "municipality", "size": 30}},
        "italian_level": {"terms": {"field": "italian_level", "size": 10}},
        "licences": {"terms": {"field": "licences", "size": 12}},
        "qualifications": {"terms": {"field": "qualifications", "size": 12}},
        "available": {
            "date_range": {
                "field": "available_from",
                "missing": "1970-01-01",
                "ranges": [
                    {"key": "now", "to": (today + timedelta(days=1)).isoformat()},
                    {
                        "key": "soon",
                        "from": (today + timedelta(days=1)).isoformat(),
                        "to": (soon + timedelta(days=1)).isoformat(),
                    },
                    {"key": "later", "from": (soon + timedelta(days=1)).isoformat()},
                ],
            }
        },
    }


def points_query(ranking: R.Ranking) -> Query:
    """The score as the sum of ``constant_score`` clauses, one per weighted condition (a
    ladder's rungs in a ``dis_max``: only the best counts; the distance as
    ``distance_feature``). Every clause knows its highest score, so for a top 20 without a total
    count Lucene skips the documents that cannot enter it (MaxScore) instead of scoring every
    one."""
    single, ladders = ranking.groups()
    should = [
        Q("constant_score", filter=fn.cond.q(), boost=fn.weight)
        for fn in single
        if fn.cond is not FALSE
    ]
    should += [
        Q(
            "dis_max",
            queries=[Q("constant_score", filter=fn.cond.q(), boost=fn.weight) for fn in rungs],
            tie_breaker=0,
        )
        for rungs in ladders.values()
    ]
    should += [
        Q(
            "distance_feature",
            field=decay.field,
            origin={"lat": decay.lat, "lon": decay.lon},
            pivot=f"{R.DISTANCE_PIVOT_KM}km",
            boost=decay.weight,
        )
        for decay in ranking.decays
    ]
    query: Query = Q("bool", should=should)
    return query


def scoring_query(ranking: R.Ranking, extra: list[Cond] | None = None) -> Query:
    """The rules as one query: the filters in filter context, the score as ``points_query``
    (for the offers of a candidate: a few hundred documents, no skipping needed)."""
    filters = [f.cond for f in ranking.filters] + list(extra or [])
    query: Query = Q("bool", filter=[c.q() for c in filters], should=points_query(ranking).should)
    return query


def build_candidates_for_offer(
    offer: Doc,
    ctx: R.Context,
    *,
    filters: CandidateFilters | None = None,
    size: int = 20,
    offset: int = 0,
) -> tuple[Search, R.Ranking]:
    """Candidates for an offer (its indexed document), best first, and the ranking used.

    The rules' filters (and the operator's) are a ``post_filter``: the query itself is then a
    pure sum of clauses, each with a known highest score, and with no total count Lucene's
    MaxScore scorer skips the candidates that cannot enter the page instead of scoring every
    one who passes the filters. When a must-have asks for a licence or qualification, few
    people pass the filters, and they lead the query instead. Either way the hits, their
    scores and their order are the same (benchmarks/matching_bench.py measures both at
    1,000,000 candidates). How many match, and the facets, come from build_candidate_facets."""
    ranking = R.for_candidates(offer, ctx)
    conds = _candidate_conds(ranking, filters, ctx.today)
    points = points_query(ranking)
    search = Search()
    if SELECTIVE_FILTERS & {f.key for f in ranking.filters}:
        # a few people hold the paper: they lead, the points are added for them only
        search = search.query(Q("bool", must=[points], filter=[c.q() for c in conds]))
    else:
        search = search.query(points).post_filter(Q("bool", filter=[c.q() for c in conds]))
    search = (
        search.sort({"_score": "desc"}, {"profile_id": "asc"})
        .source(CANDIDATE_SOURCE)
        .extra(size=size, from_=offset, track_total_hits=False)
    )
    return search, ranking


def _candidate_conds(
    ranking: R.Ranking, filters: CandidateFilters | None, today: date
) -> list[Cond]:
    """The rules' filters and the operator's."""
    return [f.cond for f in ranking.filters] + (filters or CandidateFilters()).conds(today)


def build_candidate_facets(
    ranking: R.Ranking,
    ctx: R.Context,
    *,
    filters: CandidateFilters | None = None,
    count: int = COUNT_UP_TO,
) -> Search:
    """How many candidates pass the ranking's filters (and the operator's), counted exactly up
    to `count`, and the facets over them: filters only, nothing is scored."""
    conds = _candidate_conds(ranking, filters, ctx.today)
    search: Search = (
        Search()
        .query(Q("bool", filter=[c.q() for c in conds]))
        .extra(size=0, track_total_hits=count)
    )
    for name, agg in candidate_facets(ctx.today).items():
        search.aggs.bucket(name, next(iter(agg)), **next(iter(agg.values())))
    return search


def build_offers_for_candidate(
    candidate: Doc, ctx: R.Context, *, size: int = 20
) -> tuple[Search, R.Ranking]:
    """Offers for a candidate (their indexed document), best first, and the ranking used."""
    ranking = R.for_offers(candidate, ctx)
    search = (
        Search()
        .query(scoring_query(ranking))
        .sort({"_score": "desc"}, {"offer_id": "asc"})
        .source(OFFER_SOURCE)
        .extra(size=size, track_total_hits=True)
    )
    return search, ranking


# --- free-text candidate search for operators ------------------------------------------------

SEARCH_TEXT_FIELDS = ["profile_text", "profile_text.folded"]


def build_candidate_search(
    text: str,
    *,
    occupations: list[str],
    skills: list[str],
    today: date,
    filters: CandidateFilters | None = None,
    size: int = 20,
    offset: int = 0,
) -> Search:
    """Operators' search: the words typed, and the occupations and skills those words name in
    any of the four languages (so "muletto" finds who holds the forklift licence, or wrote
    "cariste")."""
    conds = [is_("consent_search", True), is_("active", True)]
    conds += (filters or CandidateFilters()).conds(today)
    query = Q("bool", filter=[c.q() for c in conds])
    if text.strip():
        should = [Q("multi_match", query=text, fields=SEARCH_TEXT_FIELDS, _name="words")]
        for name, field_name, values, boost in (
            ("occupation", "occ_worked", occupations, 3.0),
            ("occupation_wanted", "occ_wanted", occupations, 2.5),
            ("occupation_words", "occ_described", occupations, 2.0),
            ("occupation_named", "occ_named", occupations, 2.0),
            ("skill", "skills_held", skills, 3.0),
            ("skill_words", "skills_tagged", skills, 2.0),
        ):
            if values:
                should.append(
                    Q(
                        "constant_score",
                        filter=Q("terms", **{field_name: values}),
                        boost=boost,
                        _name=name,
                    )
                )
        query = Q("bool", filter=[c.q() for c in conds], should=should, minimum_should_match=1)
    search = (
        Search()
        .query(query)
        .source(CANDIDATE_SOURCE)
        .extra(size=size, from_=offset, track_total_hits=True)
        .highlight_options(encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"])
        .highlight(*SEARCH_TEXT_FIELDS, fragment_size=90, number_of_fragments=2)
    )
    search = (
        search.sort("_score", {"updated_at": "desc"})
        if text.strip()
        else search.sort({"updated_at": "desc"})
    )
    ordered: Search = search
    for name, agg in candidate_facets(today).items():
        ordered.aggs.bucket(name, next(iter(agg)), **next(iter(agg.values())))
    return ordered
