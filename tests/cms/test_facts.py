"""Every statement about the programme matches its project document (Regione Toscana, DD 20998
del 29/11/2019): funding, partners, who carries out each activity; the programme's pages of
issue 11 (housing, work and training, help for women, the itinerant desk)."""

import datetime as dt
import html as htmllib
import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from cms.models import DeskPage, EventKind, EventPage, SafeHelpPage
from courses.models import CourseKind, CoursePage
from demo.data.programme import ACTIVITIES
from demo.site import add_page
from jobs.models import JobOfferPage

pytestmark = pytest.mark.django_db

COESO = "COeSO SdS Grosseto"


def html(client, url: str) -> str:
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(markup: str) -> str:
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_about_page_states_the_funding_decrees_partners_and_who_does_what(client, demo_site):
    about = html(client, "/chi-siamo/")
    text = text_of(about)
    for fact in ("Regione Toscana", "n. 20998 del 29/11/2019", "n. 12595 del 19/07/2019"):
        assert fact in text
    assert "Capofila: COeSO" in text
    for partner in (
        "Arcisolidarietà",
        "Auxilium Vitae",
        "Olympia de Gouges",
        "Partecipazione e Sviluppo",
        "Solidarietà è Crescita",
    ):
        assert partner in text
    # each activity's line names the partners the document names
    items = {m[0]: m[1] for m in re.findall(r"<li><b>([A-E]\.\d)</b>(.*?)</li>", about)}
    assert set(items) == {code for code, _t, _p in ACTIVITIES}
    for code, _text, partners in ACTIVITIES:
        for partner in partners:
            assert partner.split(" SdS")[0] in items[code], (code, partner)
    assert "Progetto A.L.I." in text  # the source, under "Fonti"
    # translated, decree numbers included
    for language in ("en", "fr", "ar"):
        translated = text_of(html(client, f"/{language}/chi-siamo/"))
        assert "20998" in translated, language
        assert "12595" in translated, language


def test_no_page_says_the_programme_is_funded_by_fami(client, demo_site):
    pages = Page.objects.live().exclude(depth=1).specific()
    events_seen: set[tuple[str, int]] = set()
    for page in pages:
        if isinstance(page, EventPage):  # one event of each kind per language is enough
            key = (page.kind, page.locale_id)
            if key in events_seen:
                continue
            events_seen.add(key)
        if not page.url:
            continue
        body = html(client, page.url)
        assert not re.search(r"\bFAMI\b|Fondo Asilo|AMIF", body), page.url


def test_who_runs_what_as_the_document_says(client, demo_site):
    # C.1: the five desks are COeSO's own; C.3: the itinerant desk is Partecipazione e Sviluppo's
    desks = DeskPage.objects.filter(locale__language_code="it")
    assert {d.run_by for d in desks if not d.itinerant} == {COESO}
    assert desks.filter(itinerant=True).get().run_by == "Partecipazione e Sviluppo"
    assert not any("partner" in d.sample_fields for d in desks)  # sourced now
    # D.2 open Italian courses: Arcisolidarietà; D.1 paths: Auxilium Vitae
    courses = CoursePage.objects.filter(locale__language_code="it")
    for course in courses:
        expected = "Arcisolidarietà" if course.kind == CourseKind.ITALIAN else "Auxilium Vitae"
        assert course.partner.startswith(expected), course.title
    # C.2 flying desks and E.2 info points: Arcisolidarietà
    for event in EventPage.objects.filter(locale__language_code="it"):
        expected = {
            EventKind.MOBILE_DESK: "Arcisolidarietà",
            EventKind.INFO_POINT: "Arcisolidarietà",
            EventKind.ITINERANT_DESK: "Partecipazione e Sviluppo",
        }[event.kind]
        assert event.run_by.startswith(expected), event.title


def test_activity_pages_name_their_partners(client, demo_site):
    housing = text_of(html(client, "/casa/"))
    for fact in ("Solidarietà è Crescita", "COeSO SdS Grosseto", "Il Poggio", "Auxilium Vitae"):
        assert fact in housing
    work = text_of(html(client, "/lavoro-e-formazione/"))
    for fact in (
        "COeSO, Arcisolidarietà e Partecipazione e Sviluppo",
        "Olympia de Gouges",
        "Centro per l'Impiego di Grosseto",
        "Sportello decentrato ARTI di Roccastrada",
        "Corso Roma 8",
        "mer 09:00–13:00",
        "CPIA 1 Grosseto – sede di Follonica",
        "Viale Europa 20",
        "dati di esempio",
    ):
        assert fact in work, fact
    # every job offer says where to find the employment centres, in the visitor's language
    offer = JobOfferPage.objects.live().filter(locale__language_code="it").first()
    assert 'href="/work-and-training/"' in html(client, offer.url)
    assert client.get("/ar/work-and-training/")["Location"] == "/ar/lavoro-e-formazione/"
    arabic = text_of(html(client, "/ar/lavoro-e-formazione/"))
    assert "الأربعاء 09:00–13:00" in arabic
    assert "Fonti" in html(client, "/casa/") or "Sources" in html(client, "/casa/")


def test_safe_help_page_gives_numbers_not_protected_addresses(client, demo_site):
    response = client.get("/aiuto-donne/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    page = response.content.decode()
    assert 'href="tel:1522"' in page
    assert 'href="tel:112"' in page
    assert "0564 413884" in page  # the anti-violence centre's public number
    assert "Ansedonia" not in page  # not even the centre's street
    assert re.search(r'<a [^>]*href="https://www.google.com/"[^>]*data-quick-exit', page)
    assert "cms/quick-exit" in page  # its script, a static file (no inline script)
    # the footer of every page leads there, in the visitor's language
    home = html(client, "/ar/")
    assert 'href="/ar/help/women/"' in home
    redirect = client.get("/ar/help/women/")
    assert redirect.status_code == 302
    arabic = SafeHelpPage.objects.get(locale__language_code="ar")
    assert redirect["Location"] == arabic.url
    assert "1522" in html(client, arabic.url)


def test_itinerant_desk_shows_its_next_stops_and_is_open_during_one(client, demo_site):
    desk = DeskPage.objects.get(locale__language_code="it", itinerant=True)
    page = html(client, desk.url)
    assert 'data-testid="desk-stops"' in page
    first = desk.next_stops()[0]
    assert first.place_name in page
    # a stop happening now makes the desk "open now", until the stop ends
    now = timezone.now()
    ends = now + dt.timedelta(minutes=20)
    index = EventPage.objects.filter(locale__language_code="it").first().get_parent()
    add_page(
        index,
        EventPage(
            title="Sportello itinerante: tappa di prova",
            slug="itinerante-prova",
            kind=EventKind.ITINERANT_DESK,
            starts_at=now - dt.timedelta(minutes=10),
            ends_at=ends,
            place_name="Piazza della prova",
            town="Gavorrano",
            run_by="Partecipazione e Sviluppo",
            desk=desk,
        ),
    )
    desk = DeskPage.objects.get(pk=desk.pk)
    status = desk.status_now()
    assert status["open"]
    assert status["closes_at"] == ends  # the stop's end
    page = html(client, desk.url)
    assert "Piazza della prova" in page
    assert "desk-open" in page
    # a desk with fixed hours is not affected by events
    assert not DeskPage.objects.get(locale__language_code="it", slug="grosseto").itinerant
