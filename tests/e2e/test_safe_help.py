"""The programme's pages of issue 11 in Chromium at phone width: the safe-help page reached from
the footer, its quick exit (leaves for a neutral site and out of the back button; a plain link
without JavaScript), and axe-core's WCAG 2.1 AA check of the new pages in Italian and Arabic."""

import pytest

from cms.models import QUICK_EXIT_URL, DeskPage
from tests.e2e.test_cms_pages import axe_violations, describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Search</title><p>Search</p></html>"


def test_quick_exit_leaves_and_is_gone_from_the_back_button(
    demo_site, live_server, page, screenshot
):
    # the neutral site is outside this machine: the browser gets a stand-in page for it
    page.route(
        QUICK_EXIT_URL + "**",
        lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"),
    )
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/notizie/")
    page.get_by_test_id("footer-safe-help").click()
    page.wait_for_url("**/aiuto-donne/")
    assert page.get_by_test_id("call-1522").is_visible()
    exit_button = page.get_by_test_id("quick-exit")
    assert exit_button.is_visible()
    screenshot("safe-help-it-phone")
    page.mouse.wheel(0, 2000)  # the button stays in view while reading
    assert exit_button.is_visible()
    exit_button.click()
    page.wait_for_url(QUICK_EXIT_URL)
    page.go_back()
    page.wait_for_load_state()
    assert page.url.endswith("/notizie/")  # the safe-help page was replaced in the history


def test_quick_exit_is_a_plain_link_without_javascript(demo_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.route(
        QUICK_EXIT_URL + "**",
        lambda route: route.fulfill(body=NEUTRAL_PAGE, content_type="text/html"),
    )
    page.goto(live_server.url + "/ar/aiuto-donne/")
    page.get_by_test_id("quick-exit").click()
    page.wait_for_url(QUICK_EXIT_URL)
    context.close()


def test_new_pages_pass_axe_in_italian_and_arabic(demo_site, live_server, page, screenshot):
    page.set_viewport_size(PHONE)
    desk = DeskPage.objects.get(locale__language_code="it", itinerant=True)
    failures = {}
    for name, path in (
        ("safe-help", "/aiuto-donne/"),
        ("housing", "/casa/"),
        ("work", "/lavoro-e-formazione/"),
        ("itinerant-desk", desk.url),
        ("about", "/chi-siamo/"),
    ):
        for lang, url in (("it", path), ("ar", "/ar" + path)):
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            screenshot(f"facts-{name}-{lang}-phone")
            violations = axe_violations(page)
            if violations:
                failures[url] = describe(violations)
    assert not failures, "\n\n".join(f"{u}\n{d}" for u, d in failures.items())
