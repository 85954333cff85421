"""At the desk, a person's CV without consent is refused with a clear message, and the operator
records the person's own request (with a reason) before seeing it. Phone width, Italian and
Arabic, real Chromium."""

import pytest
from playwright.sync_api import expect

from tests.e2e.test_jobs import PHONE, sign_in, tick

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["", "/ar"])
def test_the_desk_asks_for_the_persons_request_before_showing_a_cv(
    page, live_server, screenshot, language
):
    from jobs.models import CandidateProfile, ConsentEvent
    from tests.factories.users import UserFactory

    person = UserFactory(username="e2e.desk", first_name="Mariam", last_name="Diallo")
    operator = UserFactory(username="e2e.op", first_name="Sara", last_name="Neri", role="Operators")
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, operator)
    page.goto(f"{live_server.url}{language}/jobs/desk/{person.pk}/cv/")
    expect(page.locator("[data-testid=cv-refused]")).to_be_visible()
    assert not CandidateProfile.objects.filter(user=person).exists()  # reading wrote nothing
    name = "ar" if language else "it"
    screenshot(f"jobs-desk-cv-refused-{name}-phone")
    page.locator("#id_reason").fill("Presente allo sportello di Grosseto, chiede di cercare lavoro")
    tick(page, page.locator("#id_confirm"))
    page.locator("form button[type=submit]").last.click()
    expect(page.locator("[data-testid=cv-steps]")).to_be_visible()
    screenshot(f"jobs-desk-cv-after-request-{name}-phone")
    event = ConsentEvent.objects.get(profile__user=person)
    assert event.changed_by == operator
    assert "Grosseto" in event.reason
