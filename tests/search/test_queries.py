"""The query builders and the rules are pure functions: checked here without OpenSearch."""

import math
from datetime import date
from pathlib import Path

import pytest

from search.queries import rules as R
from search.queries.conditions import Within, arc_distance_km
from search.queries.matching import (
    CandidateFilters,
    build_candidate_search,
    build_candidates_for_offer,
    build_offers_for_candidate,
)
from search.vocabulary import Vocabulary

CTX = R.Context(today=date(2026, 11, 25), qualification_codes=("CQC_GOODS", "HACCP"))
GROSSETO = {"lat": 42.760, "lon": 11.114}
OFFER = {
    "offer_id": 1,
    "occupation_id": "20",
    "occ_close": [],
    "occ_related": ["21"],
    "essential": ["10", "11"],
    "essential_count": 2,
    "optional": ["12"],
    "optional_count": 1,
    "mentioned": [],
    "mentioned_count": 0,
    "required_qualifications": ["CQC_GOODS"],
    "quals_course": ["CQC_GOODS"],
    "must_qualifications": False,
    "min_italian_rank": 2,
    "must_italian": True,
    "start_date": "2026-12-01",
    "must_start": False,
    "licence_required": "C",
    "licence_ok": ["C", "CE"],
    "must_licence": True,
    "shifts": False,
    "must_shifts": False,
    "seasonal": False,
    "own_transport_needed": False,
    "time_full": True,
    "time_part": False,
    "municipality_id": 9,
    "location": GROSSETO,
    "live": True,
}
CANDIDATE = {
    "profile_id": 5,
    "consent_search": True,
    "active": True,
    "location": GROSSETO,
    "radius_km": 30,
    "reach": ["9"],
    "papers": ["B", "C", "CQC", "CQC_GOODS"],
    "own_vehicle": True,
    "occ_worked": ["20"],
    "occ_described": [],
    "occ_wanted": [],
    "occ_named": [],
    "skills_held": ["10"],
    "skills_tagged": ["12"],
    "exp": ["20:0", "20:1", "20:2"],
    "exp_tagged": [],
    "italian_rank": 1,
    "available_from": "2027-01-01",
    "working_time": "any",
    "shifts_ok": True,
    "seasonal_ok": False,
}


def filters_of(body):
    """The filters of a ranking: a post_filter, or leading the query (a paper is a must-have)."""
    if "post_filter" in body:
        return body["post_filter"]["bool"]["filter"]
    return body["query"]["bool"]["filter"]


def points_of(body):
    query = body["query"]["bool"]
    return query["must"][0]["bool"]["should"] if "must" in query else query["should"]


def test_the_filters_lead_only_when_a_must_have_asks_for_a_paper():
    """Otherwise the query is a pure sum of points and the filters a post_filter: Lucene can
    then skip who cannot enter the page (benchmarks/matching_bench.py)."""
    search, _ranking = build_candidates_for_offer(OFFER, CTX)  # the licence is a must-have
    body = search.to_dict()
    assert "post_filter" not in body
    assert body["track_total_hits"] is False
    relaxed = {**OFFER, "must_licence": False}
    body = build_candidates_for_offer(relaxed, CTX)[0].to_dict()
    assert set(body["query"]["bool"]) == {"should"}
    assert "'papers': ['C', 'CE']" not in str(filters_of(body))
    assert "'consent_search': True" in str(filters_of(body))


def test_must_haves_are_filters_and_the_rest_is_points():
    search, _ranking = build_candidates_for_offer(OFFER, CTX)
    body = search.to_dict()
    text = str(filters_of(body))
    assert "'consent_search': True" in text
    assert "'active': True" in text
    assert "{'range': {'italian_rank': {'gte': 2}}}" in text  # Italian is a must-have here
    assert "'papers': ['C', 'CE']" in text  # so is the licence
    assert "available_" not in text  # availability is not: points only
    assert "script" not in str(body)  # no per-document script anywhere


def test_the_radius_is_one_term_the_municipalities_in_reach_indexed_with_the_profile():
    _search, ranking = build_candidates_for_offer(OFFER, CTX)
    radius = next(f for f in ranking.filters if f.key == "radius")
    assert radius.cond.q().to_dict() == {"term": {"reach": "9"}}


@pytest.mark.parametrize(
    ("distance_km", "radius_km", "inside"),
    [
        (29.94, 30, True),
        (29.99, 30, True),
        (30.01, 30, False),
        (30.06, 30, False),
        (19.4, 20, True),
        (24.9, 25, True),
        (25.2, 25, False),
    ],
)
def test_radius_boundaries_are_exact(distance_km, radius_km, inside):
    """A person's radius is never rounded: 10 m inside is inside, 10 m outside is outside (the
    closest pairs of the relevance set are 60 m and 100 m from a radius)."""
    lat = GROSSETO["lat"] + distance_km / 111.195  # due north: 1 degree of latitude
    here = {"lat": lat, "lon": GROSSETO["lon"]}
    assert arc_distance_km(GROSSETO["lat"], GROSSETO["lon"], lat, GROSSETO["lon"]) == pytest.approx(
        distance_km, abs=0.01
    )
    _search, ranking = build_candidates_for_offer(OFFER, CTX)
    radius = next(f for f in ranking.filters if f.key == "radius").cond
    places = Vocabulary(
        isco={},
        links={},
        qualifications={},
        tagger=None,
        places={"9": (GROSSETO["lat"], GROSSETO["lon"]), "10": (lat + 1, GROSSETO["lon"])},
    )
    reach = places.reach(lat, GROSSETO["lon"], radius_km)
    assert reach == (["9"] if inside else [])
    moved = {**CANDIDATE, "location": here, "radius_km": radius_km, "reach": reach}
    assert radius.holds(moved) is inside
    reverse = next(
        f
        for f in R.for_offers({**CANDIDATE, "location": here, "radius_km": radius_km}, CTX).filters
        if f.key == "radius"
    ).cond
    assert isinstance(reverse, Within)
    assert reverse.holds(OFFER) is inside


def test_points_of_a_pair_and_both_directions_agree():
    by_offer = R.for_candidates(OFFER, CTX).points(CANDIDATE)
    by_candidate = R.for_offers(CANDIDATE, CTX).points(OFFER)
    assert by_offer == pytest.approx(by_candidate)
    assert by_offer["trade"] == R.TRADE  # has worked as the offer's occupation
    # one essential skill held, the other missing: half the essential points
    assert by_offer["essential"] == R.ESSENTIAL / 2
    # the useful skill found in their own words: TAGGED of the useful points
    assert by_offer["useful"] == pytest.approx(R.USEFUL * R.TAGGED)
    # two years worked in the trade reach the first three experience steps
    assert by_offer["experience"] == pytest.approx(
        R.EXPERIENCE * sum(s for _y, s in R.EXPERIENCE_STEPS[:3])
    )
    assert by_offer["italian"] == R.ITALIAN * R.ITALIAN_ONE_SHORT  # A1 for A2
    assert by_offer["availability"] == R.AVAILABILITY * R.LATE_SHARE  # 31 days late
    assert by_offer["hours"] == R.HOURS
    assert by_offer["qualifications"] == R.QUALIFICATIONS
    assert by_offer["distance"] == pytest.approx(R.DISTANCE)


def test_text_in_own_words_counts_less_than_a_pick():
    picked = R.for_candidates(OFFER, CTX).points(CANDIDATE)["trade"]
    described = R.for_candidates(OFFER, CTX).points(
        {**CANDIDATE, "occ_worked": [], "occ_described": ["20"]}
    )["trade"]
    wanted = R.for_candidates(OFFER, CTX).points(
        {**CANDIDATE, "occ_worked": [], "occ_wanted": ["20"]}
    )["trade"]
    related = R.for_candidates(OFFER, CTX).points({**CANDIDATE, "occ_worked": ["21"]})["trade"]
    assert picked > described > wanted > related > 0


def test_experience_counts_only_in_the_offers_trade():
    other_trade = {**CANDIDATE, "exp": ["99:0", "99:1", "99:2", "99:3"]}
    assert "experience" not in R.for_candidates(OFFER, CTX).points(other_trade)


def test_licences_and_papers():
    assert R.licences_satisfying("B") == ["B", "BE", "C", "CE", "D"]
    twins = {"FORKLIFT": "FORKLIFT_CERT", "CQC": "CQC_GOODS"}
    assert set(R.papers_held(["FORKLIFT"], [], twins)) == {"FORKLIFT", "FORKLIFT_CERT"}
    assert set(R.papers_held(["CE"], ["CQC_GOODS"], twins)) >= {"CE", "C", "BE", "B", "CQC"}


def test_rules_are_out_of_100_and_the_readme_shows_them():
    assert math.isclose(sum(rule.points for rule in R.RULES), 100.0)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert R.rules_markdown() in readme, "README's rule table differs: paste rules_markdown()"


def test_filters_become_clauses():
    f = CandidateFilters(municipality="Follonica", italian_min=3, licence="B", available="now")
    text = str([c.q().to_dict() for c in f.conds(CTX.today)])
    assert "'municipality': 'Follonica'" in text
    assert "'gte': 3" in text
    search = build_candidate_search(
        "badante", occupations=["5"], skills=[], today=CTX.today, filters=f
    )
    body = search.to_dict()
    assert body["query"]["bool"]["should"][0]["multi_match"]["query"] == "badante"
    assert "occ_worked" in str(body)


def test_reverse_query_filters_by_the_candidates_radius_and_must_haves():
    search, _ranking = build_offers_for_candidate(CANDIDATE, CTX)
    text = str(search.to_dict())
    assert "'distance': '30.0km'" in text
    assert "must_licence" in text
    assert "must_italian" in text


def test_proximity_matches_opensearchs_distance_feature():
    assert R.proximity(0) == 1.0
    assert R.proximity(R.DISTANCE_PIVOT_KM) == 0.5


def test_the_score_is_a_sum_of_constant_scores_and_ladders_take_the_best_rung():
    search, ranking = build_candidates_for_offer(OFFER, CTX)
    should = points_of(search.to_dict())
    kinds = {next(iter(clause)) for clause in should}
    assert kinds == {"constant_score", "dis_max", "distance_feature"}
    single, ladders = ranking.groups()
    assert len(should) == len(single) + len(ladders) + 1
    # a candidate who worked in the trade AND named it gets the worked rung only
    both = {**CANDIDATE, "occ_named": ["20"]}
    assert ranking.points(both)["trade"] == R.TRADE
