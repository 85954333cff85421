"""nDCG@5 of the matching on the judged relevance set, both directions, against the real
OpenSearch: the 106 candidates and 12 offers are built through the services and indexed.

The grades were given by a judge who never saw the ranking code (README.md, JUDGING.md). An
"excluded" pair must never be listed; the rest is scored with nDCG@5 (gain 2^grade - 1, the
ideal order from all non-excluded grades). Both directions must reach 0.90.
"""

import math

import pytest

from search import indexing
from search.matching import rank_candidates, rank_offers
from search.models import DocType
from tests.relevance.loader import judgments, load

THRESHOLD = 0.90
K = 5


@pytest.fixture(scope="module")
def relevance_world(django_db_setup, django_db_blocker):
    """The set built once for the module, alone in the indices (the demo's candidates and
    offers are switched off inside the transaction), rolled back at the end."""
    from django.db import transaction

    from jobs.models import CandidateProfile, JobOfferPage

    from .conftest import make_offer_index

    with django_db_blocker.unblock(), transaction.atomic():
        CandidateProfile.objects.update(is_active=False)
        JobOfferPage.objects.update(live=False)
        profiles, offers = load(make_offer_index())
        indexing.reindex(DocType.CANDIDATE)
        indexing.reindex(DocType.OFFER)
        yield profiles, offers
        transaction.set_rollback(True)


def dcg(gains: list[float]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:K]))


def ndcg(ranked: list[str], grades: dict[str, object]) -> float:
    graded = {key: g for key, g in grades.items() if g != "excluded"}
    ideal = dcg(sorted((float(g) for g in graded.values()), reverse=True))
    return dcg([float(graded.get(key, 0)) for key in ranked]) / ideal if ideal else 1.0


def _check_never_excluded(ranked: list[str], grades: dict[str, object], where: str) -> None:
    listed = [key for key in ranked if grades.get(key) == "excluded"]
    assert not listed, f"{where}: excluded pairs listed: {listed}"


@pytest.mark.django_db
def test_candidates_for_each_offer(relevance_world, record_property):
    profiles, offers = relevance_world
    by_profile = {p.pk: key for key, p in profiles.items()}
    judged = judgments()["offer_to_candidates"]
    scores = {}
    for key, offer in offers.items():
        result = rank_candidates(offer, size=200, facets=False)
        ranked = [by_profile[p.pk] for p, _m in result.items if p.pk in by_profile]
        _check_never_excluded(ranked, judged[key], key)
        for _p, match in result.items:  # the explanation is the score
            assert match.total == pytest.approx(match.score, abs=2e-3), (key, match.points)
        scores[key] = ndcg(ranked, judged[key])
        print(f"{key} nDCG@5 {scores[key]:.3f}  top: {ranked[:5]}")
    mean = sum(scores.values()) / len(scores)
    print(f"candidates for an offer: mean nDCG@5 = {mean:.3f} over {len(scores)} offers")
    record_property("ndcg_offer_to_candidates", round(mean, 3))
    assert mean >= THRESHOLD, scores


@pytest.mark.django_db
def test_offers_for_each_candidate(relevance_world, record_property):
    profiles, offers = relevance_world
    by_offer = {o.pk: key for key, o in offers.items()}
    judged = judgments()["candidate_to_offers"]
    scores = {}
    for key, grades in judged.items():
        result = rank_offers(profiles[key], size=20)
        ranked = [by_offer[o.pk] for o, _m in result.items if o.pk in by_offer]
        _check_never_excluded(ranked, grades, key)
        for _o, match in result.items:
            assert match.total == pytest.approx(match.score, abs=2e-3), (key, match.points)
        scores[key] = ndcg(ranked, grades)
        print(f"{key} nDCG@5 {scores[key]:.3f}  top: {ranked[:5]}")
    mean = sum(scores.values()) / len(scores)
    print(f"offers for a candidate: mean nDCG@5 = {mean:.3f} over {len(scores)} candidates")
    record_property("ndcg_candidate_to_offers", round(mean, 3))
    assert mean >= THRESHOLD, scores
