"""Runs the matching and search queries against OpenSearch and joins the hits with the database.

Raises SearchUnavailable when OpenSearch cannot answer: the views show a clear message and
the rest of the site is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from opensearchpy.exceptions import ConnectionError as OSConnectionError
from opensearchpy.exceptions import ConnectionTimeout, TransportError

from jobs.models import CandidateProfile, JobOfferPage
from jobs.selectors import offers_with_details, profiles_with_cv

from . import indexing
from .client import get_client
from .documents.build import offer_document
from .models import DocType
from .queries import rules as R
from .queries.conditions import Doc
from .queries.matching import (
    CandidateFilters,
    build_candidate_facets,
    build_candidate_search,
    build_candidates_for_offer,
    build_offers_for_candidate,
)
from .vocabulary import vocabulary

# OpenSearch's index.max_result_window: "from + size" may not go beyond it.
MAX_RESULT_WINDOW = 10_000


class SearchUnavailable(Exception):
    """OpenSearch is down or unreachable."""


@dataclass
class Match:
    """One ranked pair: the points per criterion (from the same rules as the query), the
    functions that held, and both documents (what the explanation is written from)."""

    score: float  # OpenSearch's score, 0-100
    points: dict[str, float]
    held: list[R.Fn]
    offer: Doc
    candidate: Doc
    ranking: R.Ranking
    failed: list[str] = field(default_factory=list)  # filters not met (self-applications)

    @property
    def total(self) -> float:
        return round(sum(self.points.values()), 4)

    def points_for(self, criterion: str) -> float:
        return self.points.get(criterion, 0.0)


@dataclass
class Result:
    items: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)


def context() -> R.Context:
    return R.Context(
        today=timezone.localdate(), qualification_codes=vocabulary().qualification_codes
    )


def _window(size: int, offset: int) -> tuple[int, int]:
    """(size, offset) kept inside the result window (deeper pages come back empty)."""
    offset = max(0, min(offset, MAX_RESULT_WINDOW))
    return max(0, min(size, MAX_RESULT_WINDOW - offset)), offset


def _search(doc_type: str, body: dict[str, Any]) -> dict[str, Any]:
    return _msearch(doc_type, [body])[0]


_EMPTY: dict[str, Any] = {"hits": {"hits": [], "total": {"value": 0}}, "aggregations": {}}


def _msearch(doc_type: str, bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Several searches in one round trip (OpenSearch runs them side by side)."""
    index = indexing.alias_for(doc_type)
    lines: list[dict[str, Any]] = []
    for body in bodies:
        lines += [{"index": index}, body]
    try:
        responses: list[dict[str, Any]] = get_client().msearch(body=lines)["responses"]
    except (OSConnectionError, ConnectionTimeout) as exc:
        raise SearchUnavailable(str(exc)) from exc
    except TransportError as exc:
        if getattr(exc, "status_code", None) in (None, "N/A", 502, 503, 504):
            raise SearchUnavailable(str(exc)) from exc
        raise
    out = []
    for response in responses:
        error = response.get("error")
        if error is None:
            out.append(response)
        elif isinstance(error, dict) and error.get("type") == "index_not_found_exception":
            out.append(_EMPTY)
        elif response.get("status") in (429, 502, 503, 504):
            raise SearchUnavailable(str(error))
        else:
            raise TransportError(response.get("status", 500), str(error), error)
    return out


def _facets(response: dict[str, Any]) -> dict[str, list[tuple[str, int]]]:
    return {
        name: [(b["key"], b["doc_count"]) for b in agg.get("buckets", []) if b["doc_count"]]
        for name, agg in (response.get("aggregations") or {}).items()
    }


def offer_doc(offer: JobOfferPage) -> Doc:
    """The offer as the index holds it (built now: an offer being edited may be unpublished)."""
    return offer_document(indexing.offer_facts(offer), vocabulary())


def explain(ranking: R.Ranking, offer: Doc, candidate: Doc, other: Doc, score: float) -> Match:
    return Match(
        score=score,
        points=ranking.points(other),
        held=ranking.held(other),
        offer=offer,
        candidate=candidate,
        ranking=ranking,
    )


def rank_candidates(
    offer: JobOfferPage,
    *,
    filters: CandidateFilters | None = None,
    size: int = 20,
    offset: int = 0,
    facets: bool = True,
) -> Result:
    """Candidates for an offer, best first; each item is (profile, match). With `facets`, also
    how many match (up to COUNT_UP_TO) and the facets, from a second request run beside the
    ranking; without, `total` is the number of items."""
    document = offer_doc(offer)
    size, offset = _window(size, offset)
    ctx = context()
    search, ranking = build_candidates_for_offer(
        document, ctx, filters=filters, size=size, offset=offset
    )
    bodies = [search.to_dict()]
    if facets:
        bodies.append(build_candidate_facets(ranking, ctx, filters=filters).to_dict())
    response, *counted = _msearch(DocType.CANDIDATE, bodies)
    hits = response["hits"]["hits"]
    ids = [int(h["_source"]["profile_id"]) for h in hits]
    # The database has the last word: never show a profile that is no longer searchable.
    profiles = profiles_with_cv().searchable().filter(pk__in=ids).in_bulk()
    items = []
    for hit in hits:
        profile = profiles.get(int(hit["_source"]["profile_id"]))
        if profile is not None:
            source = hit["_source"]
            items.append((profile, explain(ranking, document, source, source, hit["_score"])))
    if counted:
        return Result(
            items=items, total=counted[0]["hits"]["total"]["value"], facets=_facets(counted[0])
        )
    return Result(items=items, total=len(items))


def explain_pair(offer: JobOfferPage, profile: CandidateProfile) -> Match | None:
    """The same rules for one candidate who is not (or not yet) in the ranking — a person who
    applied online: their points, and the filters they fail (must-haves, radius ...)."""
    candidate = indexing.candidate_source(profile)
    if candidate is None:
        return None
    document = offer_doc(offer)
    ranking = R.for_candidates(document, context())
    match = explain(ranking, document, candidate, candidate, 0.0)
    match.score = match.total
    match.failed = ranking.failed_filters(candidate)
    return match


def candidate_doc(profile: CandidateProfile) -> Doc | None:
    return indexing.candidate_source(profile)


def rank_offers(profile: CandidateProfile, *, size: int = 20) -> Result:
    """Offers that fit a candidate, best first; each item is (offer, match)."""
    candidate = candidate_doc(profile)
    if candidate is None:
        return Result()
    search, ranking = build_offers_for_candidate(candidate, context(), size=size)
    response = _search(DocType.OFFER, search.to_dict())
    hits = response["hits"]["hits"]
    offers = offers_with_details().open().filter(pk__in=[h["_source"]["offer_id"] for h in hits])
    by_id = {o.pk: o for o in offers}
    items = []
    for hit in hits:
        offer = by_id.get(int(hit["_source"]["offer_id"]))
        if offer is not None:
            source = hit["_source"]
            items.append((offer, explain(ranking, source, candidate, source, hit["_score"])))
    return Result(items=items, total=response["hits"]["total"]["value"])


def search_candidates(
    text: str, *, filters: CandidateFilters | None = None, size: int = 20, offset: int = 0
) -> Result:
    """Free-text search; each item is (profile, source, score, highlights, concepts found)."""
    size, offset = _window(size, offset)
    found = vocabulary().tagger.tag(text) if text.strip() else {}
    occupations = sorted(c.id for c in found if c.kind == "occupation")
    skills = sorted(c.id for c in found if c.kind == "skill")
    search = build_candidate_search(
        text,
        occupations=occupations,
        skills=skills,
        today=timezone.localdate(),
        filters=filters,
        size=size,
        offset=offset,
    )
    response = _search(DocType.CANDIDATE, search.to_dict())
    hits = response["hits"]["hits"]
    ids = [int(h["_source"]["profile_id"]) for h in hits]
    profiles = profiles_with_cv().searchable().filter(pk__in=ids).in_bulk()
    items = []
    for h in hits:
        profile = profiles.get(int(h["_source"]["profile_id"]))
        if profile is None:
            continue
        fragments = [f for frags in (h.get("highlight") or {}).values() for f in frags]
        items.append((profile, h["_source"], h["_score"], fragments[:2], (occupations, skills)))
    return Result(items=items, total=response["hits"]["total"]["value"], facets=_facets(response))
