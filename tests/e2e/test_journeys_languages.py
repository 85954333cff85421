"""A newcomer who reads Arabic, French or English, on a 390 px phone: home → catalogue → course
→ sign up → confirm the address from the email → enrol → my courses; and the desks (open now)
and the events' calendar feed. Labels are looked up in the language's catalogue, so the test
reads the page as the person does.

Until the page trees of every language are synchronised (issue 8, pages half), the catalogue is
the language's own when it exists and the Italian one otherwise.
"""

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from cms.locales import page_aliases_ensure
from courses.models import CourseIndexPage
from notify.models import OutboundEmail
from tests.factories.courses import EditionFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
    }


def _catalogue(language: str) -> str:
    pages = CourseIndexPage.objects.live()
    page = pages.filter(locale__language_code=language).first()
    return (page or pages.get(locale__language_code=settings.LANGUAGE_CODE)).url


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_a_newcomer_finds_a_course_signs_up_enrols_and_finds_a_desk(
    page, live_server, demo_site, screenshot, language
):
    edition = EditionFactory(course__title="Italiano per iniziare", slots=[(2, "09:30", "11:30")])
    page_aliases_ensure(edition.course)  # what publishing it in the editor does
    with translation.override(language):
        enrol, see_mine = gettext("Enrol"), gettext("My courses")
    email = f"newcomer-{language}@example.org"

    page.goto(f"{live_server.url}/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.goto(live_server.url + _catalogue(language))
    page.get_by_role("link", name="Italiano per iniziare").first.click()
    expect(page.locator("html")).to_have_attribute("lang", language)  # the course's own page
    page.get_by_role("link", name=enrol).first.click()

    # not signed in: the sign-in page, then sign-up, with the enrolment kept as `next`
    page.locator("a[href*='/accounts/signup/']").first.click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator("#id_first_name").fill("Samira")
    page.locator("#id_last_name").fill("Bensalem")
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill("Maremma-2026!")
    page.locator("#id_password2").fill("Maremma-2026!")
    page.locator("#id_preferred_language").select_option(language)
    page.locator("label[for=id_privacy]").click()
    screenshot(f"journey-{language}-signup")
    page.locator("main form button[type=submit]").last.click()
    with translation.override(language):
        expect(page.get_by_role("heading", name=gettext("Check your email"))).to_be_visible()

    # the email, in their language, greets them by name and carries the enrolment
    message = OutboundEmail.objects.get(to=email)
    with translation.override(language):
        assert message.body_text.startswith(gettext("Hello %(name)s,") % {"name": "Samira"})
    link = next(line for line in message.body_text.splitlines() if "/confirm-email/" in line)
    page.goto(live_server.url + "/" + link.split("://", 1)[1].split("/", 1)[1])
    page.locator("main form button[type=submit]").click()

    # back on the enrolment, signed in
    expect(page).to_have_url(f"{live_server.url}/{language}/courses/enrol/{edition.pk}/")
    page.locator("label[for=id_consent]").click()
    screenshot(f"journey-{language}-enrol")
    page.get_by_role("button", name=enrol).click()
    page.goto(f"{live_server.url}/{language}/courses/mine/")
    expect(page.get_by_role("heading", name=see_mine)).to_be_visible()
    expect(page.get_by_text("Italiano per iniziare")).to_be_visible()
    screenshot(f"journey-{language}-my-courses")


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_a_desk_open_now_and_the_events_calendar_in_each_language(
    page, live_server, demo_site, language
):
    page.goto(f"{live_server.url}/{language}/sportelli/")
    expect(page.locator(".desk-open, .desk-closed").first).to_be_visible()
    page.goto(f"{live_server.url}/{language}/eventi/")
    feed = page.locator("a[href$='calendar/']").first.get_attribute("href")
    response = page.request.get(live_server.url + feed if feed.startswith("/") else feed)
    assert response.ok
    assert response.text().startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in response.text()
