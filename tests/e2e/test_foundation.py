"""The home page in Italian and Arabic, and signing up in the browser, in real Chromium."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import wait_for_mail

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def test_home_page_in_italian_and_arabic(page, live_server, demo_site, screenshot):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Antenne Locali")
    expect(page.get_by_text("Sportello A.L.I. Follonica").first).to_be_visible()
    screenshot("home-it-phone")

    page.goto(live_server.url + "/ar/")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    stylesheet = page.locator("link[rel=stylesheet]").first
    expect(stylesheet).to_have_attribute("href", re.compile(r"rtl"))
    screenshot("home-ar-phone")


def test_a_new_person_signs_up_in_the_browser(
    page, live_server, demo_site, celery_worker_process, mail_dir, screenshot
):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/accounts/signup/")
    page.get_by_label("Nome", exact=False).first.fill("Mariam")
    page.get_by_label("Cognome").fill("Tahir")
    page.locator("#id_email").fill("mariam@example.org")
    page.locator("#id_password1").fill("Maremma-2026!")
    page.locator("#id_password2").fill("Maremma-2026!")
    page.locator("label[for=id_privacy]").click()
    expect(page.locator("#id_privacy")).to_be_checked()
    screenshot("signup-it-phone")
    page.get_by_role("button", name="Registrazione").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Controlla la tua email")

    # The verification email is written by the real Celery worker.
    text = wait_for_mail(mail_dir, "confirm-email")
    link = re.search(r"http://\S+/accounts/confirm-email/\S+/", text).group(0)
    page.goto(link)
    page.get_by_role("button", name="Conferma").click()
    # confirmed in the browser that signed up: signed in, on their page
    expect(page.get_by_role("heading", level=1)).to_contain_text("Il mio account")
    screenshot("profile-it-phone")


def test_operator_registers_a_person_who_then_claims_the_account(
    page, live_server, demo_site, screenshot
):
    from demo.accounts import DEMO_PASSWORD

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("operatrice")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("button[type=submit]").click()
    page.goto(live_server.url + "/admin/desk/register/")
    page.locator("#id_first_name").fill("Fatima")
    page.locator("#id_last_name").fill("Zahra")
    page.locator("#id_preferred_language").select_option("ar")
    page.locator("label[for=id_privacy]").click()
    screenshot("desk-register-admin")
    page.get_by_role("button", name="Registra e stampa il foglio").click()
    sheet = page.locator("#claim-sheet")
    expect(sheet).to_have_attribute("lang", "ar")
    username = page.get_by_test_id("claim-username").inner_text()
    code = page.get_by_test_id("claim-code").inner_text()
    screenshot("desk-register-sheet")

    person = page.context.browser.new_page(viewport=PHONE)
    person.goto(live_server.url + "/ar/account/claim/")
    expect(person.locator("html")).to_have_attribute("dir", "rtl")
    person.locator("#id_username").fill(username)
    person.locator("#id_code").fill(code.lower())
    person.locator("#id_password1").fill("Maremma-2026!")
    person.locator("#id_password2").fill("Maremma-2026!")
    person.screenshot(path=str(_shots() / "claim-ar-phone.png"), full_page=True)
    person.locator("button[type=submit]").click()
    expect(person.get_by_role("heading", level=1)).to_contain_text("حسابي")


def test_site_search_finds_a_desk(page, live_server, demo_site, search_index, screenshot):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/search/?q=Follonica")
    expect(page.locator(".search-results")).to_contain_text("Sportello A.L.I. Follonica")
    screenshot("search-it-phone")


def _shots():
    from tests.conftest import ROOT

    return ROOT / "screenshots"
