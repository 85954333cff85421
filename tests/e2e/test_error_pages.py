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


@pytest.mark.parametrize("language", ["it", "ar"])
def test_too_large_and_too_many_on_a_phone(
    page, live_server, demo_site, screenshot, settings, language
):
    prefix = "" if language == "it" else f"/{language}"
    page.set_viewport_size(PHONE)
    settings.MAX_REQUEST_BYTES = 2000
    page.goto(f"{live_server.url}{prefix}/account/claim/")
    page.locator("#id_username").evaluate("field => field.removeAttribute('maxlength')")
    page.locator("#id_username").fill("x" * 3000)
    page.locator("#id_code").fill("AAAA-AAAA")
    page.locator("#id_password1").fill("Maremma-2026!")
    page.locator("#id_password2").fill("Maremma-2026!")
    page.locator("form button[type=submit]").first.click()
    expect(page.locator("h1")).to_have_text(
        "File troppo grande" if language == "it" else "الملف كبير جدًا"
    )
    screenshot(f"error-413-{language}-phone")
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "1/m/ip"}
    for _ in range(2):
        page.goto(f"{live_server.url}{prefix}/accounts/signup/")
        page.locator("#id_email").fill("someone@example.org")
        page.locator("form button[type=submit]").first.click()
    expect(page.locator("h1")).to_have_text(
        "Troppi tentativi" if language == "it" else "محاولات كثيرة جدًا"
    )
    screenshot(f"error-429-{language}-phone")


def test_search_unavailable_in_the_staff_area(page, live_server, demo_site, screenshot, settings):
    from django.contrib.auth import get_user_model

    from search.client import breaker, get_client

    closed = "http://127.0.0.1:9"  # nothing listens: OpenSearch is down
    settings.OPENSEARCH_URL = closed
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": [closed]}
    }
    get_client.cache_clear()
    try:
        client = Client()
        client.force_login(get_user_model().objects.get(username="admin"))
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        response = page.goto(f"{live_server.url}/admin/pages/search/?q=sportello")
        assert response.status == 503
        expect(page.get_by_test_id("search-unavailable")).to_be_visible()
        screenshot("search-unavailable-staff")
    finally:
        get_client.cache_clear()
        breaker.reset()
