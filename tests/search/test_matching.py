"""Matching against the real OpenSearch on a world where the right order is known."""

import pytest
from django.urls import reverse

from jobs.models import Skill
from search.matching import rank_candidates, rank_offers, search_candidates
from search.queries import rules as R
from search.queries.matching import CandidateFilters
from tests.factories.users import UserFactory
from tests.test_query_counts import queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(shared_world, db):
    return shared_world


def usernames(result):
    return [profile.user.username for profile, _match in result.items]


def missing_essential(match) -> list[str]:
    """The labels of the offer's essential skills the candidate does not have."""
    have = set(match.candidate.get("skills_held") or []) | set(
        match.candidate.get("skills_tagged") or []
    )
    ids = [int(s) for s in match.offer["essential"] if s not in have]
    return sorted(Skill.objects.filter(pk__in=ids).values_list("label_it", flat=True))


def test_the_only_c_licence_tops_the_truck_driver_offer(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["truck"])
    # The licence is a must-have of this offer: nobody without C or CE is listed at all.
    assert usernames(result) == ["camion.ahmed"]
    match = result.items[0][1]
    assert missing_essential(match) == []
    assert match.points["essential"] == R.ESSENTIAL
    assert 90 <= match.score <= 100


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
    by_name = {p.user.username: m for p, m in result.items}
    assert missing_essential(by_name["sala.missing"]) == ["accoglienza dei clienti"]
    assert missing_essential(by_name["sala.full"]) == []


def test_only_consenting_active_candidates_ever_appear(indexed):
    _profiles, offers = indexed
    for offer in offers.values():
        names = usernames(rank_candidates(offer, size=200))
        assert "sala.noconsent" not in names
        assert "sala.inactive" not in names
    names = [p.user.username for p, *_rest in search_candidates("cameriere", size=200).items]
    assert "sala.full" in names
    assert "sala.noconsent" not in names
    assert "sala.inactive" not in names


def test_language_gap_costs_the_italian_points(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["carer"], size=100)
    by_name = {p.user.username: m for p, m in result.items}
    assert by_name["cura.b1"].points["italian"] == R.ITALIAN
    assert by_name["cura.a1"].points.get("italian", 0) == 0  # two levels below B1
    names = usernames(result)
    assert names.index("cura.b1") < names.index("cura.a1")


def test_availability_after_start_date_ranks_lower(indexed):
    _profiles, offers = indexed
    result = rank_candidates(offers["warehouse"], size=100)
    names = usernames(result)
    by_name = {p.user.username: m for p, m in result.items}
    assert by_name["magazzino.later"].points.get("availability", 0) == 0  # 90 days late
    assert by_name["magazzino.now"].points["availability"] == R.AVAILABILITY
    assert names.index("magazzino.now") < names.index("magazzino.later")


def test_explanations_add_up_to_the_scores_both_ways(indexed):
    """The explanation is the rules evaluated in Python on the hit: it adds up to OpenSearch's
    score for every hit of every offer, and of the offers for every candidate."""
    profiles, offers = indexed
    checked = 0
    for offer in offers.values():
        result = rank_candidates(offer, size=100)
        totals = [m.total for _p, m in result.items]
        for _profile, match in result.items:
            assert match.total == pytest.approx(match.score, abs=2e-3), (offer.title, match.points)
            checked += 1
        assert totals == sorted(totals, reverse=True)
    assert checked >= 20
    reverse = 0
    for profile in profiles.values():
        if not profile.searchable:
            continue
        result = rank_offers(profile)
        for _offer, match in result.items:
            assert match.total == pytest.approx(match.score, abs=2e-3), (profile, match.points)
            reverse += 1
    assert reverse >= 20


def test_both_directions_give_a_pair_the_same_points(indexed):
    """One formula: the points of a pair do not depend on which side asked."""
    profiles, offers = indexed
    from_offers = {
        (offer.pk, p.pk): m.total
        for offer in offers.values()
        for p, m in rank_candidates(offer, size=200).items
    }
    from_candidates = {
        (o.pk, profile.pk): m.total
        for profile in profiles.values()
        if profile.searchable
        for o, m in rank_offers(profile).items
    }
    assert set(from_offers) == set(from_candidates)
    for pair, total in from_offers.items():
        assert from_candidates[pair] == pytest.approx(total, abs=1e-6), pair


def test_offers_that_fit_a_candidate(indexed):
    profiles, _offers = indexed
    result = rank_offers(profiles["camion.ahmed"])
    assert result.items[0][0].title.startswith("Autista patente C")
    # A candidate without the licence never sees the truck offer (a must-have there).
    titles = [o.title for o, _m in rank_offers(profiles["sala.full"]).items]
    assert not any(t.startswith("Autista patente C") for t in titles)


def test_candidate_search_understands_synonyms_and_other_languages(indexed):
    # "badante" names the home carer's job; plural "camerieri" the waiter's; "sala" is a word
    # of the text.
    names = [p.user.username for p, *_r in search_candidates("badante", size=100).items]
    assert {"cura.b1", "cura.a1"} <= set(names)
    names = [p.user.username for p, *_r in search_candidates("camerieri", size=100).items]
    assert "sala.full" in names
    names = [p.user.username for p, *_r in search_candidates("sala", size=100).items]
    assert "sala.full" in names


def test_muletto_finds_forklift_licence_holders_with_the_reason(indexed):
    result = search_candidates("muletto", size=100)
    by_name = {
        p.user.username: occupations_skills for p, _s, _sc, _f, occupations_skills in result.items
    }
    assert {"magazzino.now", "magazzino.later"} <= set(by_name)


def test_facets_and_filters(indexed):
    result = search_candidates("", filters=CandidateFilters(licence="C"), size=100)
    assert [p.user.username for p, *_r in result.items] == ["camion.ahmed"]
    result = search_candidates("", size=5)
    municipalities = dict(result.facets["municipality"])
    assert municipalities["Grosseto"] >= 5
    levels = dict(result.facets["italian_level"])
    assert levels.get("B1", 0) >= 2
    result = search_candidates("", filters=CandidateFilters(municipality="Pitigliano"), size=100)
    assert {p.home_municipality.name for p, *_r in result.items} == {"Pitigliano"}


def test_the_matching_page_makes_as_many_queries_for_a_short_ranking_as_for_a_full_one(
    indexed, client, django_assert_num_queries
):
    """The same number of SQL queries for a short and a full ranking (20 candidates),
    whatever the number of candidates shown."""
    _profiles, offers = indexed
    client.force_login(UserFactory(role="Operators"))
    url = reverse("search_match_offer", args=[offers["waiter"].pk])
    # The offer, the ranking's profiles, names for the reasons, the filters' lists, online
    # applications: a fixed number, whatever the page shows.
    few = queries(client, url, municipality="Castiglione della Pescaia")
    with django_assert_num_queries(few):  # every candidate of the page
        assert client.get(url).status_code == 200
    assert few <= 31
