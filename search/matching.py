"""Runs the matching and search queries against OpenSearch and joins the hits with the database.

Raises SearchUnavailable when OpenSearch cannot answer: the views show a clear message and
the rest of the site is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from opensearchpy.exceptions import ConnectionError as OSConnectionError
from opensearchpy.exceptions import ConnectionTimeout, NotFoundError, TransportError

from jobs.models import CandidateProfile, JobOfferPage, Skill
from jobs.selectors import offers_with_details, profiles_with_cv

from . import indexing
from .client import get_client
from .models import DocType
from .queries.matching import (
    CandidateContext,
    CandidateFilters,
    OfferContext,
    build_candidate_search,
    build_candidates_for_offer,
    build_offers_for_candidate,
    explain_candidate,
    explain_offer,
)

# OpenSearch's index.max_result_window: "from + size" may not go beyond it.
MAX_RESULT_WINDOW = 10_000


def _window(size: int, offset: int) -> tuple[int, int]:
    """(size, offset) kept inside the result window (deeper pages come back empty)."""
    offset = max(0, min(offset, MAX_RESULT_WINDOW))
    return max(0, min(size, MAX_RESULT_WINDOW - offset)), offset


class SearchUnavailable(Exception):
    """OpenSearch is down or unreachable."""


@dataclass
class Result:
    items: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)


def offer_context(offer: JobOfferPage, *, today: date | None = None) -> OfferContext:
    m = offer.municipality
    text = " ".join(
        [offer.title, offer.occupation.label_it, offer.occupation.synonyms]
        + [s.label_it for s in offer.essential_skills.all()]
    )
    return OfferContext(
        offer_id=offer.pk,
        isco_code=offer.occupation.isco_code,
        lat=m.latitude,
        lon=m.longitude,
        start_date=offer.start_date or today or timezone.localdate(),
        essential={str(s.pk): s.label for s in offer.essential_skills.all()},
        optional={str(s.pk): s.label for s in offer.optional_skills.all()},
        min_italian_rank=offer.min_italian_rank,
        licence_required=offer.licence_required,
        text=text,
    )


def candidate_context(profile: CandidateProfile) -> CandidateContext | None:
    source = indexing.candidate_source(profile)
    if source is None:
        return None
    return CandidateContext(
        profile_id=profile.pk,
        lat=source["location"]["lat"],
        lon=source["location"]["lon"],
        radius_km=source["radius_km"],
        skill_ids=source["skill_ids"],
        occupation_codes=source["occupation_codes"],
        occupation_groups=source["occupation_groups"],
        experience_groups=source["experience_groups"],
        italian_rank=source["italian_rank"],
        licences=source["licences"],
        available_from=profile.available_from,
        text=" ".join([source["skills_text"], profile.presentation]),
    )


def _search(doc_type: str, body: dict) -> dict:
    try:
        return get_client().search(index=indexing.alias_for(doc_type), body=body)
    except NotFoundError:
        return {"hits": {"hits": [], "total": {"value": 0}}, "aggregations": {}}
    except (OSConnectionError, ConnectionTimeout) as exc:
        raise SearchUnavailable(str(exc)) from exc
    except TransportError as exc:
        if getattr(exc, "status_code", None) in (None, "N/A", 502, 503, 504):
            raise SearchUnavailable(str(exc)) from exc
        raise


def _facets(response: dict) -> dict:
    return {
        name: [(b["key"], b["doc_count"]) for b in agg.get("buckets", []) if b["doc_count"]]
        for name, agg in (response.get("aggregations") or {}).items()
    }


def rank_candidates(
    offer: JobOfferPage,
    *,
    filters: CandidateFilters | None = None,
    size: int = 20,
    offset: int = 0,
    include_text: bool = True,
) -> Result:
    """Candidates for an offer, best first; each item is (profile, explanation, score)."""
    ctx = offer_context(offer)
    size, offset = _window(size, offset)
    body = build_candidates_for_offer(
        ctx, filters=filters, size=size, offset=offset, include_text=include_text
    )
    response = _search(DocType.CANDIDATE, body)
    hits = response["hits"]["hits"]
    ids = [int(h["_source"]["profile_id"]) for h in hits]
    # The database has the last word: never show a profile that is no longer searchable.
    profiles = profiles_with_cv().searchable().filter(pk__in=ids).in_bulk()
    items = []
    for hit in hits:
        profile = profiles.get(int(hit["_source"]["profile_id"]))
        if profile is None:
            continue
        items.append((profile, explain_candidate(hit["_source"], ctx), hit["_score"]))
    return Result(items=items, total=response["hits"]["total"]["value"], facets=_facets(response))


def rank_offers(profile: CandidateProfile, *, size: int = 20) -> Result:
    """Offers that fit a candidate, best first; each item is (offer, explanation, score)."""
    ctx = candidate_context(profile)
    if ctx is None:
        return Result()
    body = build_offers_for_candidate(ctx, today=timezone.localdate(), size=size)
    response = _search(DocType.OFFER, body)
    hits = response["hits"]["hits"]
    offers = offers_with_details().open().filter(pk__in=[h["_source"]["offer_id"] for h in hits])
    by_id = {o.pk: o for o in offers}
    skill_ids = {s for h in hits for s in h["_source"].get("essential_skill_ids") or []}
    skill_ids |= {s for h in hits for s in h["_source"].get("optional_skill_ids") or []}
    labels = {str(s.pk): s.label for s in Skill.objects.filter(pk__in=skill_ids)}
    items = []
    for hit in hits:
        offer = by_id.get(int(hit["_source"]["offer_id"]))
        if offer is not None:
            items.append((offer, explain_offer(hit["_source"], ctx, labels), hit["_score"]))
    return Result(items=items, total=response["hits"]["total"]["value"])


def search_candidates(
    text: str, *, filters: CandidateFilters | None = None, size: int = 20, offset: int = 0
) -> Result:
    size, offset = _window(size, offset)
    response = _search(
        DocType.CANDIDATE, build_candidate_search(text, filters=filters, size=size, offset=offset)
    )
    hits = response["hits"]["hits"]
    ids = [int(h["_source"]["profile_id"]) for h in hits]
    profiles = profiles_with_cv().searchable().filter(pk__in=ids).in_bulk()
    items = [
        (profiles[int(h["_source"]["profile_id"])], h["_source"], h["_score"])
        for h in hits
        if int(h["_source"]["profile_id"]) in profiles
    ]
    return Result(items=items, total=response["hits"]["total"]["value"], facets=_facets(response))
