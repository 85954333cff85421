"""Every page in every language (issue 8): each page of the Italian tree has a page in en, fr
and ar at its own URL, new pages get theirs at once, untranslated text is marked lang="it"
with a note in the visitor's language, the switcher keeps the page, and the language's
listings, calendar and search are filled."""

import re

import pytest
from icalendar import Calendar
from wagtail.models import Page

from cms.locales import content_language_codes
from cms.models import HomePage, StandardPage
from courses.models import CoursePage

pytestmark = pytest.mark.django_db

PREFIX = {"it": "", "en": "/en", "fr": "/fr", "ar": "/ar"}


def test_every_italian_page_has_a_page_in_every_language(demo_site):
    italian = Page.objects.filter(locale__language_code="it", depth__gte=2)
    assert italian.count() > 30
    codes = content_language_codes()
    assert codes[0] == "it"
    assert set(codes) == {"it", "en", "fr", "ar"}
    for code in codes[1:]:
        keys = set(
            Page.objects.filter(locale__language_code=code).values_list(
                "translation_key", flat=True
            )
        )
        missing = [p.url_path for p in italian if p.translation_key not in keys]
        assert not missing, f"{code}: {missing[:5]}"


def test_a_new_italian_page_gets_its_page_in_every_language(client, demo_site):
    home = HomePage.objects.get(locale__language_code="it")
    page = home.add_child(
        instance=StandardPage(title="Orari estivi", slug="orari-estivi", intro="Dal 1 luglio.")
    )
    page.save_revision().publish()
    for code in ("en", "fr", "ar"):
        other = Page.objects.get(translation_key=page.translation_key, locale__language_code=code)
        assert other.live
        assert other.alias_of_id == page.pk
        html = client.get(f"/{code}/orari-estivi/").content.decode()
        assert re.search(r'<h1 lang="it" dir="ltr">Orari estivi</h1>', html), code


def test_a_translated_course_enrols_in_the_italian_page_editions(client, demo_site):
    course = CoursePage.objects.live().get(slug="italiano-a1-grosseto", locale__language_code="it")
    italian = client.get(course.url).content.decode()
    html = client.get("/fr" + course.url).content.decode()
    assert '<html lang="fr"' in html
    assert "<h1>L&#x27;italien de tous les jours (A1)</h1>" in html
    assert "Choisissez un groupe" in html
    assert "untranslated-note" not in html
    # the same editions: enrolling from the French page is enrolling in the same groups
    enrol = re.findall(r'href="/courses/enrol/(\d+)/"', italian)
    assert enrol
    assert re.findall(r'href="/fr/courses/enrol/(\d+)/"', html) == enrol
    catalogue = client.get("/ar/corsi/").content.decode()
    assert 'href="/ar/corsi/italiano-a1-grosseto/"' in catalogue
    assert "الإيطالية للحياة اليومية (A1)" in catalogue


def test_changed_italian_text_shows_in_italian_marked_until_translated(client, demo_site):
    about = StandardPage.objects.get(slug="chi-siamo", locale__language_code="it")
    about.intro = "Nuovo testo in italiano, non ancora tradotto."
    about.save_revision().publish()
    html = client.get("/fr/chi-siamo/").content.decode()
    assert "<h1>Qui sommes-nous</h1>" in html  # what is translated stays translated
    assert '<p class="lead" lang="it" dir="ltr">Nuovo testo in italiano' in html
    assert "Certaines parties de cette page n" in html  # the note, in French
    assert "untranslated-note" not in client.get("/fr/sportelli/").content.decode()


def test_language_switcher_keeps_the_page(client, demo_site):
    course = CoursePage.objects.live().filter(locale__language_code="it").first()
    html = client.get("/ar" + course.url).content.decode()
    for code, prefix in PREFIX.items():
        assert f'href="{prefix}{course.url}"' in html, code
    assert "untranslated=" not in html


def test_events_and_calendar_in_every_language(client, demo_site):
    for code, prefix in PREFIX.items():
        html = client.get(f"{prefix}/eventi/").content.decode()
        assert html.count('class="card card-bg"') >= 3, code
        feed = Calendar.from_ical(client.get(f"{prefix}/eventi/calendar/").content)
        assert len(feed.walk("VEVENT")) >= 3, code
    desks = client.get("/fr/sportelli/").content.decode()
    assert "Follonica" in desks
    assert '<html lang="fr"' in desks


def test_site_search_in_each_language_finds_that_language_pages(client, demo_site, search_index):
    for code, prefix in PREFIX.items():
        html = client.get(f"{prefix}/search/", {"q": "Follonica"}).content.decode()
        assert f'href="{prefix}/sportelli/follonica/"' in html, code
    html = client.get("/fr/search/", {"q": "jours"}).content.decode()
    assert 'href="/fr/corsi/italiano-a1-grosseto/"' in html
    assert 'href="/corsi/' not in html
    html = client.get("/en/search/", {"q": "cook"}).content.decode()
    assert 'href="/en/offerte-di-lavoro/cuoco-per-trattoria/"' in html
