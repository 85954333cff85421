"""The Content-Security-Policy holds in a real browser: the main page types of the public site
and of the staff area load in Chromium with no CSP violation (issue #9, deliver 7)."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from cms.models import EventPage, NewsPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
User = get_user_model()

COLLECT = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = `${e.sourceFile}:${e.lineNumber}`;
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${where}`);
});
"""


def _sign_in(page, live_server, username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def _violations(page, url, console) -> list[str]:
    console.clear()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    found = page.evaluate("window.__cspViolations || []")
    return found + [m for m in console if "Content Security Policy" in m]


def _watch(page) -> list[str]:
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(COLLECT)
    return console


def test_public_pages_pass_the_csp(page, live_server, demo_site, search_index):
    event = EventPage.objects.filter(locale__language_code="it").order_by("starts_at").first()
    news = NewsPage.objects.filter(locale__language_code="it", slug="al-via-ali").first()
    paths = [
        "/",
        "/corsi/italiano-a1-grosseto/",
        "/sportelli/grosseto/",
        event.url,
        news.url,
        "/search/?q=sportello",
        "/accounts/login/",
        "/ar/",
    ]
    console = _watch(page)
    found = {path: _violations(page, live_server.url + path, console) for path in paths}
    _sign_in(page, live_server, "amina")
    for path in ["/jobs/cv/place/", "/jobs/cv/languages/", "/courses/mine/"]:
        found[path] = _violations(page, live_server.url + path, console)
    assert {path: v for path, v in found.items() if v} == {}


def test_staff_area_passes_the_csp(page, live_server, demo_site):
    console = _watch(page)
    _sign_in(page, live_server, "admin")
    news = NewsPage.objects.filter(locale__language_code="it", slug="al-via-ali").first()
    paths = [
        "/admin/",
        f"/admin/pages/{news.pk}/edit/",
        "/admin/candidates/",
        "/admin/courses/",
        "/admin/users/",
        "/admin/desk/register/",
        # public pages seen by staff carry Wagtail's user bar
        "/",
        news.url,
    ]
    found = {path: _violations(page, live_server.url + path, console) for path in paths}
    assert {path: v for path, v in found.items() if v} == {}
