"""A candidate builds a CV on a phone; an operator ranks candidates for an offer and
shortlists one. Real Chromium, real PostgreSQL and OpenSearch."""

import pytest
from playwright.sync_api import expect

from tests.search.conftest import search_prefix  # noqa: F401 - per-session index prefix

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}


@pytest.fixture
def indexed_demo(demo_site):
    from search import indexing
    from search.models import DocType

    indexing.reindex(DocType.CANDIDATE)
    indexing.reindex(DocType.OFFER)


def tick(page, input_locator):
    """Bootstrap Italia draws its own check boxes: click the label, as a person does."""
    page.locator(f"label[for={input_locator.get_attribute('id')}]").click()
    expect(input_locator).to_be_checked()


def sign_in(page, base, user):
    """A session made by Django's test client, handed to the browser (sign-in itself is
    covered by the foundation's tests)."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )


def test_a_candidate_builds_a_cv_on_a_phone(page, live_server, indexed_demo, screenshot):
    from tests.factories.users import UserFactory

    user = UserFactory(
        username="e2e.cand", first_name="Aissatou", last_name="Camara", role="Learners"
    )
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, user)
    page.goto(live_server.url + "/jobs/cv/")
    expect(page.locator("h1")).to_be_visible()
    screenshot("jobs-cv-overview-empty-phone")
    page.locator("[data-testid=cv-steps] a").first.click()

    # 1. place
    page.locator("#id_home_municipality").select_option(label="Follonica")
    page.locator("#id_travel_radius_km").select_option("30")
    tick(page, page.locator("input[name=driving_licences][value=B]"))
    screenshot("jobs-cv-step-place-phone")
    page.locator("form button.btn-primary[type=submit]").click()
    # 2. work
    tick(page, page.get_by_label("Cameriera ai piani"))
    page.locator("#id_presentation").fill("Ho lavorato due stagioni in un hotel a Follonica.")
    page.locator("form button.btn-primary[type=submit]").click()
    # 3. skills
    tick(page, page.get_by_label("riassetto delle camere"))
    page.locator("#id_free_skills").fill("stiro, lavanderia")
    screenshot("jobs-cv-step-skills-phone")
    page.locator("form button.btn-primary[type=submit]").click()
    # 4. languages: Italian A2 on every skill
    page.locator("#id_language").select_option("it")
    for field in ("listening", "reading", "spoken_interaction", "spoken_production", "writing"):
        page.locator(f"#id_{field}").select_option("A2")
    page.locator("button[name=add_another]").click()
    expect(page.locator("[data-testid=rows]")).to_contain_text("A2/A2/A2/A2/A2")
    screenshot("jobs-cv-step-languages-phone")
    page.locator("form a.btn-outline-primary").click()
    # 5. experience, with a mistake first: nothing typed is lost
    page.locator("#id_job_title").fill("Cameriera ai piani")
    page.locator("#id_employer").fill("Hotel Golfo")
    page.locator("#id_start_date").fill("2024-05-01")
    page.locator("#id_end_date").fill("2023-09-30")
    page.locator("button[name=add_another]").click()
    expect(page.locator("#id_job_title")).to_have_value("Cameriera ai piani")
    expect(page.locator(".invalid-feedback, .text-danger").first).to_be_visible()
    screenshot("jobs-cv-step-experience-error-phone")
    page.locator("#id_end_date").fill("2024-09-30")
    page.locator("button[name=add_another]").click()
    expect(page.locator("[data-testid=rows]")).to_contain_text("Hotel Golfo")
    page.locator("form a.btn-outline-primary").click()
    # 6. education: skip
    page.locator("form a.btn-outline-primary").click()
    # 7. consent
    tick(page, page.locator("#id_search_consent"))
    if not page.locator("#id_is_active").is_checked():
        tick(page, page.locator("#id_is_active"))
    screenshot("jobs-cv-step-consent-phone")
    page.locator("form button.btn-primary[type=submit]").click()

    expect(page.locator("[data-testid=searchable]")).to_contain_text("S")  # Sì
    screenshot("jobs-cv-overview-phone")
    # Offers that fit: the room-attendant offer in Follonica.
    page.goto(live_server.url + "/jobs/offers-for-me/")
    expect(page.get_by_text("Cameriera ai piani in hotel")).to_be_visible()
    screenshot("jobs-offers-for-me-phone")
    # Public listing with a filter.
    page.goto(live_server.url + "/offerte-di-lavoro/?contract=seasonal")
    expect(page.locator("[data-testid=offers]")).to_contain_text("Cameriera ai piani")
    screenshot("jobs-offer-list-phone")
    page.get_by_role("link", name="Cameriera ai piani in hotel").click()
    expect(page.locator("h1")).to_contain_text("Cameriera ai piani in hotel")
    expect(page.locator("[data-testid=agreement]")).to_be_visible()
    screenshot("jobs-offer-page-phone")
    # The same CV in Arabic (right to left).
    page.goto(live_server.url + "/ar/jobs/cv/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_contain_text("سيرتي الذاتية")
    screenshot("jobs-cv-overview-ar-phone")
    # Erasing asks first; cancelling keeps everything.
    page.goto(live_server.url + "/jobs/cv/erase/")
    expect(page.locator("form button.btn-danger")).to_be_visible()
    screenshot("jobs-cv-erase-phone")
    page.locator("form a.btn-link").click()
    expect(page.locator("[data-testid=searchable]")).to_be_visible()


def test_an_operator_ranks_candidates_and_shortlists_one(
    page, live_server, indexed_demo, screenshot
):
    from django.contrib.auth import get_user_model

    page.set_viewport_size(DESK)
    sign_in(page, live_server.url, get_user_model().objects.get(username="operatore.cpi"))
    page.goto(live_server.url + "/admin/matching/")
    row = page.locator("tr", has_text="Assistente familiare convivente")
    row.get_by_role("link").first.click()
    ranking = page.locator("[data-testid=ranking]")
    expect(ranking).to_be_visible()
    first = ranking.locator("li.match-row").first
    first.locator("details summary").click()
    expect(first).to_contain_text("km")
    name = first.locator("a.match-name").inner_text()
    screenshot("jobs-operator-ranking")
    first.locator("form button").click()
    expect(page.locator(".messages")).to_contain_text(name)
    page.locator("a[href*='/shortlist/']").first.click()
    shortlist = page.locator("[data-testid=shortlist]")
    expect(shortlist).to_contain_text(name)
    shortlist.locator("select[name=outcome]").first.select_option("interview")
    shortlist.locator("input[name=note]").first.fill("Colloquio lunedì alle 10")
    shortlist.locator("button").first.click()
    expect(page.locator("[data-testid=shortlist] select[name=outcome]").first).to_have_value(
        "interview"
    )
    screenshot("jobs-operator-shortlist")
    # The CV view is logged.
    page.locator("[data-testid=shortlist] a").first.click()
    expect(
        page.get_by_text("recorded", exact=False).or_(page.get_by_text("registrata", exact=False))
    ).to_be_visible()
    screenshot("jobs-operator-cv-view")
    # Finding a person to fill in the CV at the desk.
    page.goto(live_server.url + "/admin/jobs/desk/?q=Traor")
    expect(page.locator("[data-testid=people]")).to_contain_text("Moussa")
    screenshot("jobs-operator-desk-people")
    # Free-text search with facets, on a phone-sized window too.
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/admin/candidates/?q=badante")
    expect(page.locator("[data-testid=candidates] tbody tr").first).to_be_visible()
    screenshot("jobs-operator-candidate-search-phone")
