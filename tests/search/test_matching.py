"""Matching against the real OpenSearch on a world where the right order is known."""

import pytest

from search.matching import rank_candidates, rank_offers, search_candidates
from search.queries.matching import CandidateFilters

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(shared_world, db):
    return shared_world


def usernames(result):
    return [profile.user.username for profile, _explanation, _score in result.items]


def test_the_only_c_licence_tops_the_truck_driver_offer(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["truck"])
    assert usernames(result)[0] == "camion.ahmed"
    # The licence is a hard filter: nobody without C or CE is listed at all.
    assert usernames(result) == ["camion.ahmed"]
    explanation = result.items[0][1]
    assert set(explanation.skills_matched) == {"guida di mezzi pesanti", "uso del cronotachigrafo"}
    assert explanation.essential_missing == []
    assert explanation.distance_km == 0.0


def test_a_candidate_beyond_their_travel_radius_is_excluded(indexed):
    _profiles, offers = indexed
    names = usernames(rank_candidates(offers["waiter"], size=100))
    assert "sala.far" not in names  # Pitigliano, 10 km radius: ~60 km away
    assert "sala.full" in names


def test_missing_essential_skill_ranks_below_a_full_match(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["waiter"], size=100)
    names = usernames(result)
    assert names.index("sala.full") < names.index("sala.missing")
    by_name = {p.user.username: e for p, e, _s in result.items}
    assert by_name["sala.missing"].essential_missing == ["accoglienza dei clienti"]
    assert by_name["sala.full"].essential_missing == []


def test_only_consenting_active_candidates_ever_appear(indexed):
    _profiles, offers = indexed
    for offer in offers.values():
        names = usernames(rank_candidates(offer, size=200))
        assert "sala.noconsent" not in names
        assert "sala.inactive" not in names
    names = usernames(search_candidates("cameriere", size=200))
    assert "sala.full" in names
    assert "sala.noconsent" not in names
    assert "sala.inactive" not in names


def test_language_gap_is_explained_and_costs_rank(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["carer"], size=100)
    by_name = {p.user.username: e for p, e, _s in result.items}
    assert by_name["cura.b1"].italian_gap == 0
    assert by_name["cura.a1"].italian_gap == 2
    names = usernames(result)
    assert names.index("cura.b1") < names.index("cura.a1")


def test_availability_after_start_date_ranks_lower(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["warehouse"], size=100)
    names = usernames(result)
    by_name = {p.user.username: e for p, e, _s in result.items}
    assert by_name["magazzino.later"].available is False
    assert by_name["magazzino.now"].available is True
    assert names.index("magazzino.now") < names.index("magazzino.later")


def test_explanations_add_up_to_the_scores_and_agree_with_the_order(indexed):
    _profiles, offers = indexed
    checked = 0
    for offer in offers.values():
        result = rank_candidates(offer, size=100, include_text=False)
        totals = [e.total for _p, e, _s in result.items]
        for _profile, explanation, score in result.items:
            assert explanation.total == pytest.approx(score, abs=2e-3), (offer.title, explanation)
            checked += 1
        assert totals == sorted(totals, reverse=True)
    assert checked >= 30


def test_offers_that_fit_a_candidate(indexed):
    profiles, _offers = indexed
    result = rank_offers(profiles["camion.ahmed"])
    assert result.items[0][0].title.startswith("Autista patente C")
    for _offer, explanation, score in result.items:
        assert explanation.total == pytest.approx(score, abs=0.6)  # + text tie-breaker
    # A candidate without a licence never sees the truck offer.
    titles = [o.title for o, _e, _s in rank_offers(profiles["sala.full"]).items]
    assert not any(t.startswith("Autista patente C") for t in titles)


def test_free_text_search_uses_the_italian_analyzer_and_synonyms(indexed):
    # "assistente familiare" is a synonym of "badante"; plural "camerieri" finds "cameriere".
    names = usernames(search_candidates("badante", size=100))
    assert {"cura.b1", "cura.a1"} <= set(names)
    names = usernames(search_candidates("camerieri", size=100))
    assert "sala.full" in names
    names = usernames(search_candidates("sala", size=100))
    assert "sala.full" in names


def test_facets_and_filters(indexed):
    result = search_candidates("", filters=CandidateFilters(licence="C"), size=100)
    assert usernames(result) == ["camion.ahmed"]
    result = search_candidates("", size=5)
    municipalities = dict(result.facets["municipality"])
    assert municipalities["Grosseto"] >= 5
    levels = dict(result.facets["italian_level"])
    assert levels.get("B1", 0) >= 2
    result = search_candidates("", filters=CandidateFilters(municipality="Pitigliano"), size=100)
    assert {p.home_municipality.name for p, _s, _sc in result.items} == {"Pitigliano"}
