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
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verifica")

    # The verification email is written by the real Celery worker.
    text = wait_for_mail(mail_dir, "confirm-email")
    link = re.search(r"http://\S+/accounts/confirm-email/\S+/", text).group(0)
    page.goto(link)
    page.get_by_role("button", name="Conferma").click()
    page.locator("input[name=login]").fill("mariam@example.org")
    page.locator("input[name=password]").fill("Maremma-2026!")
    screenshot("login-it-phone")
    page.get_by_role("button", name="Accedi").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Il mio account")
    screenshot("profile-it-phone")
