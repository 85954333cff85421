"""The matching as people see it, in Chromium: the operator's ranking at 1366 px (scores out of
100, the breakdown in plain words, clickable facets, online applications), candidate search
for "muletto", "Mi interessa" on a phone in Italian and Arabic, the CV's typeahead."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_jobs import PHONE, sign_in, tick
from tests.search.conftest import search_prefix  # noqa: F401 - per-session index prefix

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1366, "height": 768}


@pytest.fixture
def indexed_demo(demo_site):
    from search import indexing
    from search.models import DocType

    indexing.reindex(DocType.CANDIDATE)
    indexing.reindex(DocType.OFFER)


def _operator():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="operatore.cpi")


def test_the_operators_ranking_fits_a_laptop_and_explains_itself(
    page, live_server, indexed_demo, screenshot
):
    from jobs import services
    from jobs.models import CandidateProfile, JobOfferPage

    offer = JobOfferPage.objects.get(title="Cameriere di sala per ristorante sul mare")
    someone = CandidateProfile.objects.filter(user__username__startswith="demo.").first()
    services.application_create(offer=offer, profile=someone, by=someone.user)
    page.set_viewport_size(LAPTOP)
    sign_in(page, live_server.url, _operator())
    page.goto(f"{live_server.url}/admin/matching/offer/{offer.pk}/")
    ranking = page.locator("[data-testid=ranking]")
    expect(ranking).to_be_visible()
    screenshot("matching-operator-ranking-1366")
    # the filter form fits on one row at 1366 px
    fields = page.locator("form.match-filters .match-field")
    boxes = [fields.nth(i).bounding_box() for i in range(fields.count())]
    bottoms = [box["y"] + box["height"] for box in boxes]
    assert max(bottoms) - min(bottoms) < 8, bottoms  # one row, aligned at the bottom
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # scores out of 100, must-haves met only because the offer has some
    scores = [int(s) for s in ranking.locator("[data-testid=score]").all_inner_texts()]
    assert scores
    assert all(0 <= s <= 100 for s in scores)
    assert scores == sorted(scores, reverse=True)
    expect(page.locator("[data-testid=must-haves]")).to_contain_text("A2")
    first = ranking.locator("li.match-row").first
    expect(first.locator("[data-testid=meets]")).to_be_visible()
    first.locator("details summary").click()
    breakdown = first.locator("table.match-lines")
    expect(breakdown).to_be_visible()
    text = breakdown.inner_text()
    assert not re.search(r"ISCO|\b\d{4}-\d{2}-\d{2}\b|FORKLIFT|_", text), text
    screenshot("matching-operator-ranking-1366")
    # the online application beside the ranking
    expect(page.locator("[data-testid=applications]")).to_contain_text(someone.user.get_full_name())
    # every facet is a link that filters
    facet = page.locator("[data-testid=facets] a").first
    label = facet.inner_text()
    facet.click()
    expect(page.locator("[data-testid=facets] a[aria-current=true]")).to_contain_text(
        label.split(" (")[0]
    )
    screenshot("matching-operator-ranking-filtered-1366")


def test_muletto_finds_forklift_licence_holders_with_the_reason(
    page, live_server, indexed_demo, screenshot
):
    page.set_viewport_size(LAPTOP)
    sign_in(page, live_server.url, _operator())
    page.goto(live_server.url + "/admin/candidates/?q=muletto")
    rows = page.locator("[data-testid=candidates] tbody tr")
    expect(rows.first).to_be_visible()
    reasons = page.locator("[data-testid=reasons]").first
    expect(reasons).to_contain_text("carrello elevatore")
    screenshot("matching-candidate-search-muletto-1366")


@pytest.mark.parametrize("language", ["it", "ar"])
def test_a_candidate_says_mi_interessa_on_a_phone(
    page, live_server, indexed_demo, screenshot, language
):
    from wagtail.models import Locale

    from demo.builders import CandidateSpec, candidate_build
    from jobs.models import JobOfferPage
    from search import indexing

    offer = JobOfferPage.objects.get(title="Cameriera ai piani in hotel")
    profile = candidate_build(
        CandidateSpec(
            f"e2e.rooms.{language}",
            "Mariama",
            "Barry",
            "Follonica",
            radius_km=15,
            occupations=["Cameriera ai piani"],
            skills=["riassetto delle camere"],
            italian="A2",
            presentation="J'ai été femme de chambre dans un hôtel pendant deux saisons.",
            seasonal_ok=True,
        )
    )
    indexing.sync_pending()
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, profile.user)
    prefix = "" if language == "it" else "/ar"
    page.goto(live_server.url + prefix + "/jobs/offers-for-me/")
    screenshot(f"matching-offers-for-me-{language}-phone")
    if language != "it":  # "offers for me" lists the offer's page in the person's language
        offer = offer.get_translation(Locale.objects.get(language_code=language))
    page.locator("[data-testid=offer]", has_text=offer.title).get_by_role("link").last.click()
    expect(page.locator("[data-testid=agreement]")).to_be_visible()
    button = page.locator("[data-testid=interest]")
    if language == "it":
        expect(button).to_have_text("Mi interessa")
    screenshot(f"matching-offer-page-{language}-phone")
    button.click()
    expect(page.locator("[data-testid=applied]")).to_be_visible()
    screenshot(f"matching-offer-applied-{language}-phone")


def test_the_cv_typeahead_narrows_the_list_as_the_person_types(
    page, live_server, indexed_demo, screenshot
):
    from tests.factories.users import UserFactory

    user = UserFactory(username="e2e.typeahead", role="Learners")
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, user)
    page.goto(live_server.url + "/jobs/cv/work/")
    finder = page.locator("[data-term-filter]").first
    expect(finder).to_be_visible()
    finder.fill("badante")
    options = page.locator("#id_desired_occupations li[data-terms]:visible")
    expect(options).to_have_count(1)
    tick(page, options.first.locator("input"))
    screenshot("matching-cv-typeahead-it-phone")
    page.goto(live_server.url + "/ar/jobs/cv/skills/")
    finder = page.locator("[data-term-filter]").first
    finder.fill("موليتو")
    expect(page.locator("#id_skills li[data-terms]:visible")).to_have_count(1)
    screenshot("matching-cv-typeahead-ar-phone")
