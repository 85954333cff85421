"""The query builders are pure functions: their output is checked here without OpenSearch."""

from datetime import date

from search.queries import rules
from search.queries.matching import (
    CandidateContext,
    CandidateFilters,
    OfferContext,
    build_candidate_search,
    build_candidates_for_offer,
    build_offers_for_candidate,
    explain_candidate,
)

CTX = OfferContext(
    offer_id=1,
    isco_code="8332",
    lat=42.76,
    lon=11.114,
    start_date=date(2026, 12, 1),
    essential={"10": "guida di mezzi pesanti", "11": "uso del cronotachigrafo"},
    optional={"12": "carico e scarico merci"},
    min_italian_rank=2,
    licence_required="C",
    text="autista camion",
)


def test_hard_filters_consent_active_licence_and_own_radius():
    body = build_candidates_for_offer(CTX)
    filters = body["query"]["function_score"]["query"]["bool"]["filter"]
    assert {"term": {"consent_search": True}} in filters
    assert {"term": {"active": True}} in filters
    assert {"terms": {"licences": ["C", "CE"]}} in filters
    script = next(f for f in filters if "script" in f)["script"]["script"]
    assert "radius_km" in script["source"]
    assert script["params"] == {"lat": 42.76, "lon": 11.114}


def test_function_score_weights_essential_more_than_optional():
    functions = build_candidates_for_offer(CTX)["query"]["function_score"]["functions"]
    skill = [f for f in functions if "filter" in f and "skill_ids" in str(f["filter"])]
    weights = {f["filter"]["term"]["skill_ids"]: f["weight"] for f in skill}
    assert weights == {"10": 2.0, "11": 2.0, "12": 1.0}
    gauss = next(f for f in functions if "gauss" in f)
    assert gauss["gauss"]["location"]["scale"] == "15.0km"
    assert body_mode(CTX) == ("sum", "sum")


def body_mode(ctx):
    fs = build_candidates_for_offer(ctx)["query"]["function_score"]
    return fs["score_mode"], fs["boost_mode"]


def test_no_text_clause_when_asked_and_facets_present():
    body = build_candidates_for_offer(CTX, include_text=False)
    assert "should" not in body["query"]["function_score"]["query"]["bool"]
    assert set(body["aggs"]) == {"municipality", "italian_level", "licences", "availability"}


def test_filters_become_clauses():
    f = CandidateFilters(municipality="Follonica", italian_min=3, licence="B")
    clauses = f.clauses()
    assert {"term": {"municipality": "Follonica"}} in clauses
    assert {"range": {"italian_rank": {"gte": 3}}} in clauses
    body = build_candidate_search("badante", filters=f)
    assert body["query"]["bool"]["must"][0]["multi_match"]["query"] == "badante"


def test_reverse_query_filters_by_the_candidates_radius_and_licences():
    ctx = CandidateContext(1, 42.9, 10.76, 25.0, ["10"], ["9333"], ["933"], [], 2, ["B"], None)
    body = build_offers_for_candidate(ctx, today=date(2026, 11, 25))
    text = str(body)
    assert "'distance': '25.0km'" in text
    assert "'licence_required': ['AM', 'B']" in text


def test_explanation_rules():
    source = {
        "profile_id": 5,
        "skill_ids": ["10"],
        "occupation_codes": ["8332"],
        "occupation_groups": ["833"],
        "experience_groups": ["833"],
        "experience_years": 9.0,
        "italian_rank": 1,
        "italian_level": "A1",
        "location": {"lat": 42.76, "lon": 11.114},
        "radius_km": 30,
        "available_from": "2027-01-01",
    }
    e = explain_candidate(source, CTX)
    assert e.essential_missing == ["uso del cronotachigrafo"]
    assert e.optional_missing == ["carico e scarico merci"]
    assert e.italian_gap == 1
    assert e.points["italian"] == rules.W_ITALIAN_ONE_BELOW
    assert e.distance_km == 0.0
    assert e.points["distance"] == rules.W_DISTANCE
    assert e.available is False
    assert e.points["experience"] == 1.0 + 0.5  # same group + 0.5*log10(10)
    assert e.points["essential_skills"] == 2.0


def test_gauss_matches_its_definition():
    assert rules.gauss_decay(0) == 1.0
    assert abs(rules.gauss_decay(rules.DISTANCE_SCALE_KM + rules.DISTANCE_OFFSET_KM) - 0.5) < 1e-9
