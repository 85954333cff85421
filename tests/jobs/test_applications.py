"""Applying online ("Mi interessa") and what the operator sees of it."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from jobs import services
from jobs.models import Municipality, Occupation, Origin, Outcome, ShortlistEntry
from search import indexing
from search.models import DocType
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(shared_world, db):
    """The matching world, built and indexed once for this module (each test's own writes are
    rolled back)."""
    return shared_world


@pytest.fixture
def person(client):
    user = UserFactory(
        username="applicant", first_name="Moussa", last_name="Traoré", role="Learners"
    )
    client.force_login(user)
    return user


def _cv(user, *, consent=True):
    profile = services.profile_get_or_create(user=user)
    services.profile_update(
        profile=profile,
        data={
            "home_municipality": Municipality.objects.get(name="Grosseto"),
            "travel_radius_km": 20,
            "presentation": "Je suis cariste depuis cinq ans.",
            "desired_occupations": list(Occupation.objects.filter(label_it="Magazziniere")),
        },
    )
    if consent:
        services.consent_set(profile=profile, purpose="search", given=True)
    return profile


def test_applying_needs_the_search_consent_and_says_so(client, person, world):
    _profiles, offers = world
    offer = offers["warehouse"]
    profile = _cv(person, consent=False)
    page = client.get(offer.url).content.decode()
    assert 'data-testid="consent-needed"' in page
    with translation.override("it"):
        r = client.post(reverse("jobs:offer_interest", args=[offer.pk]), follow=True)
    assert "consenso" in r.content.decode().lower() or "allow the employment" in r.content.decode()
    assert not ShortlistEntry.objects.filter(profile=profile).exists()


def test_a_candidate_applies_and_the_operator_sees_it_beside_the_ranking(client, person, world):
    _profiles, offers = world
    offer = offers["warehouse"]
    profile = _cv(person)
    r = client.post(reverse("jobs:offer_interest", args=[offer.pk]))
    assert r.status_code == 302
    entry = ShortlistEntry.objects.get(offer=offer, profile=profile)
    assert (entry.origin, entry.outcome, entry.added_by) == (
        Origin.CANDIDATE,
        Outcome.APPLIED,
        person,
    )
    assert 'data-testid="applied"' in client.get(offer.url).content.decode()
    # twice: told, not duplicated
    client.post(reverse("jobs:offer_interest", args=[offer.pk]))
    assert ShortlistEntry.objects.filter(offer=offer, profile=profile).count() == 1

    indexing.reindex(DocType.CANDIDATE)
    staff = Client()
    staff.force_login(UserFactory(username="cpi.op", role="Operators"))
    page = staff.get(reverse("search_match_offer", args=[offer.pk])).content.decode()
    applied = page.split('data-testid="applications"')[1]
    assert "Moussa Traoré" in applied
    shortlist = staff.get(reverse("jobs_shortlist", args=[offer.pk])).content.decode()
    assert "Moussa Traoré" in shortlist
    # the operator records the outcome there
    staff.post(
        reverse("jobs_shortlist", args=[offer.pk]), {"entry": entry.pk, "outcome": "interview"}
    )
    entry.refresh_from_db()
    assert entry.outcome == Outcome.INTERVIEW


def test_an_applicant_who_fails_a_must_have_is_marked(client, person, world):
    """The truck offer requires the C licence: the applicant is listed beside the ranking with
    what they do not meet (they never appear in the ranking itself)."""
    _profiles, offers = world
    offer = offers["truck"]
    _cv(person)
    client.post(reverse("jobs:offer_interest", args=[offer.pk]))
    staff = Client()
    staff.force_login(UserFactory(username="cpi.op2", role="Operators"))
    with translation.override("en"):
        page = staff.get(
            reverse("search_match_offer", args=[offer.pk]), HTTP_ACCEPT_LANGUAGE="en"
        ).content.decode()
    applied = page.split('data-testid="applications"')[1]
    assert "Moussa Traoré" in applied
    assert "match-badge--no" in applied
    ranking = page.split('data-testid="ranking"')[1].split('data-testid="applications"')[0]
    assert "Moussa Traoré" not in ranking


def test_only_a_signed_in_person_may_apply_and_only_by_post(client, world):
    _profiles, offers = world
    url = reverse("jobs:offer_interest", args=[offers["warehouse"].pk])
    anonymous = Client()
    r = anonymous.post(url)
    assert r.status_code == 302
    assert "login" in r.url
    person = UserFactory(username="getter", role="Learners")
    client.force_login(person)
    assert client.get(url).status_code == 405
    assert client.post(reverse("jobs:offer_interest", args=[999999])).status_code == 404


def test_a_closed_offer_takes_no_application(client, person, world):
    _profiles, offers = world
    offer = offers["cook"]
    _cv(person)
    offer.unpublish()
    assert client.post(reverse("jobs:offer_interest", args=[offer.pk])).status_code == 404


def test_the_public_offer_page_says_which_employment_centre_agreed_it(client, world):
    _profiles, offers = world
    offer = offers["waiter"]
    with translation.override("it"):
        page = Client().get(offer.url, HTTP_ACCEPT_LANGUAGE="it").content.decode()
    agreement = page.split('data-testid="agreement"')[1].split("</p>")[0]
    assert offer.cpi_reference in agreement
    assert "Grosseto" in agreement


def test_applying_from_the_offer_in_another_language_applies_for_the_vacancy(client, person, world):
    from cms.locales import page_aliases_ensure
    from jobs.models import JobOfferPage

    _profiles, offers = world
    offer = offers["warehouse"]
    profile = _cv(person)
    page_aliases_ensure(offer)  # its French page (an alias until translated)
    french = JobOfferPage.objects.get(
        translation_key=offer.translation_key, locale__language_code="fr"
    )
    r = client.post(reverse("jobs:offer_interest", args=[french.pk]))
    assert r.status_code == 302
    assert r.url == french.url
    assert ShortlistEntry.objects.filter(offer=offer, profile=profile).exists()
    assert 'data-testid="applied"' in client.get(french.url).content.decode()


def test_public_offer_listing_filters(client, world):
    _profiles, offers = world
    index = offers["truck"].get_parent()
    r = client.get(index.url)
    body = r.content.decode()
    assert "Autista patente C" in body
    assert "Cameriere di sala per la stagione" in body
    grosseto = Municipality.objects.get(name="Grosseto")
    body = client.get(index.url, {"municipality": grosseto.pk}).content.decode()
    assert "Autista patente C" in body
    assert "Cameriere di sala per la stagione" not in body
    body = client.get(index.url, {"contract": "seasonal"}).content.decode()
    assert "Braccianti per la raccolta" in body
    assert "Autista patente C" not in body
    r = client.get(offers["truck"].url)
    assert r.status_code == 200
    body = r.content.decode()
    assert "Autista di camion (patente C)" in body
    assert "ISCO" not in body  # no internal codes for the public
    assert 'data-testid="agreement"' in body  # which employment centre agreed it, when, ref.
    assert offers["truck"].cpi_reference in body
