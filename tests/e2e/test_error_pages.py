"""Error pages and the sign-in limit, as a person sees them on a phone, in Italian and Arabic."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from portal.accounts.roles import Role
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("language", ["it", "ar"])
def test_error_pages_on_a_phone(page, live_server, demo_site, screenshot, language):
    prefix = "" if language == "it" else f"/{language}"
    page.set_viewport_size(PHONE)
    response = page.goto(f"{live_server.url}{prefix}/no-such-page/")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", language)
    screenshot(f"error-404-{language}-phone")
    response = page.goto(f"{live_server.url}{prefix}/search/?q=a%00")
    assert response.status == 400
    screenshot(f"error-400-{language}-phone")
    learner, other = UserFactory(role=Role.LEARNER), UserFactory(role=Role.LEARNER)
    client = Client()
    client.force_login(learner)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    response = page.goto(f"{live_server.url}{prefix}/jobs/desk/{other.pk}/cv/")
    assert response.status == 403
    screenshot(f"error-403-{language}-phone")


@pytest.mark.parametrize("language", ["it", "ar"])
def test_too_many_sign_in_attempts_on_a_phone(page, live_server, demo_site, screenshot, language):
    prefix = "" if language == "it" else f"/{language}"
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}{prefix}/accounts/login/")
    for _ in range(6):
        page.locator("#id_login").fill("amina")
        page.locator("#id_password").fill("not-the-password")
        page.locator("form button[type=submit]").first.click()
        page.wait_for_load_state()
    alert = page.locator(".alert-danger")
    expect(alert).to_contain_text("Troppi tentativi" if language == "it" else "محاولات كثيرة")
    screenshot(f"signin-too-many-{language}-phone")
