"""Every public page type in Chromium, in Italian and Arabic at phone width: axe-core finds no
WCAG 2.1 AA violations; skip link and mobile menu work by keyboard. Screenshots are kept."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from cms.models import EventPage, NewsPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def page_paths() -> dict[str, str]:
    event = EventPage.objects.filter(locale__language_code="it").order_by("starts_at").first()
    news = NewsPage.objects.filter(locale__language_code="it", slug="al-via-ali").first()
    return {
        "home": "/",
        "standard": "/chi-siamo/",
        "desk-index": "/sportelli/",
        "desk": "/sportelli/grosseto/",
        "course-index": "/corsi/",
        "course": "/corsi/italiano-a1-grosseto/",
        "event-index": "/eventi/",
        "event": event.url,
        "news-index": "/notizie/",
        "news": news.url,
        "contact": "/contatti/",
        "search": "/search/?q=sportello",
        "login": "/accounts/login/",
        "signup": "/accounts/signup/",
    }


def arabic(path: str) -> str:
    # every page has its Arabic page (translated, or the Italian text marked lang="it")
    return "/ar" + path


def axe_violations(page) -> list[dict]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return results.response["violations"]


def describe(violations) -> str:
    return "\n".join(
        f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']][:4]}" for v in violations
    )


@pytest.fixture
def site(demo_site, search_index):
    from django.core.management import call_command

    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return page_paths()


def test_every_page_type_passes_axe_in_italian_and_arabic(site, live_server, page, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    failures = {}
    for name, path in site.items():
        for lang, url in (("it", path), ("ar", arabic(path))):
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            expected = "rtl" if lang == "ar" else "ltr"
            assert page.locator("html").get_attribute("dir") == expected, url
            screenshot(f"cms-{name}-{lang}-phone")
            violations = axe_violations(page)
            if violations:
                failures[url] = describe(violations)
    assert not failures, "\n\n".join(f"{u}\n{d}" for u, d in failures.items())


def test_skip_link_and_mobile_menu_by_keyboard(site, live_server, page, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skiplinks a").first
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    # the menu button, reached by Tab, opens the menu with Enter
    toggler = page.locator(".custom-navbar-toggler")
    page.goto(live_server.url + "/")
    for _ in range(25):
        page.keyboard.press("Tab")
        if toggler.evaluate("el => el === document.activeElement"):
            break
    assert toggler.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    menu = page.locator("#main-nav")
    menu.locator("a.nav-link").first.wait_for(state="visible")
    assert toggler.get_attribute("aria-expanded") == "true"
    screenshot("cms-menu-open-it-phone")
    page.keyboard.press("Escape")


def test_contact_form_in_the_browser(site, live_server, page, screenshot, settings):
    settings.CMS_CONTACT_MIN_SECONDS = 0
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/contatti/")
    page.get_by_label("Nome").fill("Fatima")
    page.get_by_label("Email").fill("fatima@example.org")
    page.get_by_label("Messaggio").fill("Vorrei informazioni sul corso A1.")
    page.get_by_label("Lingua in cui preferisci la risposta").select_option("Italiano")
    page.locator("label[for=id_ho_letto_linformativa_sulla_privacy]").click()
    page.get_by_role("button", name="Invia").click()
    page.get_by_text("Grazie!").wait_for()
    screenshot("cms-contact-sent-it-phone")


def test_language_switcher_in_the_browser(site, live_server, page):
    page.goto(live_server.url + "/sportelli/grosseto/")
    page.locator("#language-switcher").click()
    page.locator('a[hreflang="ar"]').click()
    page.wait_for_url("**/ar/sportelli/grosseto/")
    assert page.locator("html").get_attribute("lang") == "ar"
    page.locator("#language-switcher").click()
    page.locator('a[hreflang="fr"]').click()
    page.wait_for_url("**/fr/sportelli/grosseto/")
    assert page.locator("html").get_attribute("lang") == "fr"
