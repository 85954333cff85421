"""Page types, the iCal feed, the contact form's spam protection, translations, moderation."""

import datetime as dt
import time

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page

from cms.models import ContactPage, EventIndexPage, EventPage, HomePage, NewsPage
from cms.services import contact_form_token
from cms.tasks import publish_scheduled_pages
from notify.models import OutboundEmail

pytestmark = pytest.mark.django_db


def test_demo_builds_the_site_tree_in_menu_order(demo_site):
    home = HomePage.objects.get(locale__language_code="it")
    slugs = [p.slug for p in home.get_children()]
    expected = ["corsi", "sportelli", "notizie", "eventi", "chi-siamo", "contatti"]
    assert [s for s in slugs if s in expected] == expected
    events = EventPage.objects.filter(locale__language_code="it")
    now = timezone.now()
    assert events.filter(starts_at__lte=now + dt.timedelta(days=31)).count() >= 8
    assert all(e.sample for e in events)  # the programme's presence on a day is a plan
    assert NewsPage.objects.filter(locale__language_code="it", sample=True).exists()
    assert NewsPage.objects.filter(locale__language_code="it", sample=False).exists()


def test_pages_render_with_what_people_need(client, demo_site):
    desk = client.get("/sportelli/grosseto/").content.decode()
    assert "Via Giuseppe Verdi 5" in desk
    assert "dati di esempio" in desk
    assert "Permessi di soggiorno" in desk or "Residence permits" in desk
    events = client.get("/eventi/").content.decode()
    assert "Sportello volante a Grosseto" in events
    event = EventPage.objects.filter(locale__language_code="it").order_by("starts_at").first()
    event_html = client.get(event.url).content.decode()
    assert event.place_name in event_html
    assert "openstreetmap.org" in event_html
    news = client.get("/notizie/").content.decode()
    assert "Follonica, lo sportello per gli stranieri" in news
    item = client.get("/notizie/al-via-ali/").content.decode()
    assert "<picture>" in item
    assert "image/webp" in item
    assert 'property="og:image"' in item
    assert 'property="og:locale" content="it_IT"' in item


def test_news_image_needs_alt_text(demo_site):
    item = NewsPage.objects.filter(image__isnull=False).first()
    item.image_alt = ""
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "image_alt" in error.value.message_dict


def test_event_must_end_after_it_starts(demo_site):
    event = EventPage.objects.first()
    event.ends_at = event.starts_at - dt.timedelta(hours=1)
    with pytest.raises(ValidationError):
        event.full_clean()


def test_ical_feed_lists_upcoming_events_in_utc(client, demo_site):
    index = EventIndexPage.objects.get(locale__language_code="it")
    response = client.get(index.ical_url())
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == index.upcoming().count() >= 8
    first = index.upcoming().first()
    match = next(e for e in events if str(e["summary"]) == first.title)
    assert match.decoded("dtstart") == first.starts_at
    assert "Grosseto" in str(match["location"]) or first.town in str(match["location"])


# --- Contact form -----------------------------------------------------------------------------


def _contact_post(client, page, **extra):
    data = {
        "nome": "Fatima",
        "email": "fatima@example.org",
        "telefono": "",
        "lingua_in_cui_preferisci_la_risposta": "Italiano",
        "messaggio": "Vorrei informazioni sul corso A1.",
        "ho_letto_linformativa_sulla_privacy": "on",
        "form_token": contact_form_token(issued_at=time.time() - 30),
        "website": "",
    }
    ip = extra.pop("ip", "10.0.0.1")
    data.update(extra)
    return client.post(page.url, data, REMOTE_ADDR=ip)


def test_contact_message_is_stored_and_emailed_through_the_outbox(client, demo_site):
    page = ContactPage.objects.get(locale__language_code="it")
    response = _contact_post(client, page)
    assert response.status_code == 200
    assert "Grazie" in response.content.decode()
    assert FormSubmission.objects.filter(page=page).count() == 1
    stored = FormSubmission.objects.get(page=page).form_data
    assert "website" not in stored
    assert "form_token" not in stored
    email = OutboundEmail.objects.get()
    assert email.to == "sportello@ali.example.org"
    assert "Vorrei informazioni sul corso A1." in email.body_text


def test_contact_message_written_in_arabic_reaches_the_same_inbox(client, demo_site):
    italian = ContactPage.objects.get(locale__language_code="it")
    arabic = ContactPage.objects.get(locale__language_code="ar")
    assert "الرسالة" in client.get(arabic.url).content.decode()  # the form's labels
    response = _contact_post(client, arabic, messaggio="أريد معلومات عن الدورة")
    assert "شكرًا" in response.content.decode()
    stored = FormSubmission.objects.get(page=italian).form_data
    assert stored["messaggio"] == "أريد معلومات عن الدورة"
    assert "Messaggio: أريد معلومات" in OutboundEmail.objects.get().body_text


def test_contact_honeypot_drops_the_message_silently(client, demo_site):
    page = ContactPage.objects.get(locale__language_code="it")
    response = _contact_post(client, page, website="http://spam.example")
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


def test_contact_too_fast_keeps_what_was_typed(client, demo_site):
    page = ContactPage.objects.get(locale__language_code="it")
    response = _contact_post(client, page, form_token=contact_form_token())
    html = response.content.decode()
    assert "molto veloce" in html or "very quick" in html
    assert "Vorrei informazioni sul corso A1." in html  # nothing typed is lost
    assert FormSubmission.objects.count() == 0


def test_contact_limits_per_sender_and_generously_per_connection(client, demo_site, settings):
    """Shared by every web process (Redis, see limits/); a help desk's one connection may send
    more than one person's messages."""
    settings.ATTEMPT_LIMITS = {**settings.ATTEMPT_LIMITS, "contact": (2, 4, 3600)}
    page = ContactPage.objects.get(locale__language_code="it")
    # one sender, from anywhere: the third message is refused, with what was typed kept
    _contact_post(client, page, ip="10.0.0.1")
    _contact_post(client, page, ip="10.0.0.2")
    html = _contact_post(client, page, ip="10.0.0.3", messaggio="Terzo messaggio").content.decode()
    assert "troppi messaggi" in html
    assert "Terzo messaggio" in html
    assert FormSubmission.objects.count() == 2
    # one office connection, other senders: allowed up to the connection's own limit
    _contact_post(client, page, ip="10.0.0.9", email="awa@example.org")
    _contact_post(client, page, ip="10.0.0.9", email="ibou@example.org")
    assert FormSubmission.objects.count() == 4
    for email in ("omar@example.org", "sara@example.org"):
        _contact_post(client, page, ip="10.0.0.9", email=email)
    html = _contact_post(client, page, ip="10.0.0.9", email="last@example.org").content.decode()
    assert "troppi messaggi" in html
    assert FormSubmission.objects.count() == 6


def test_contact_message_length_is_limited(client, demo_site):
    page = ContactPage.objects.get(locale__language_code="it")
    html = _contact_post(client, page, messaggio="x" * 1_000_000).content.decode()
    assert "5000" in html
    assert "caratteri" in html
    assert FormSubmission.objects.count() == 0
    assert not OutboundEmail.objects.filter(subject__contains="contatt").exists()
    assert _contact_post(client, page, messaggio="x" * 5000).status_code == 200
    assert FormSubmission.objects.count() == 1


# --- Translations and the language switcher ----------------------------------------------------


def test_demo_translated_page_in_arabic(client, demo_site):
    arabic = client.get("/ar/sportelli/grosseto/").content.decode()
    assert 'lang="ar" dir="rtl"' in arabic
    assert "مكتب \u2066A.L.I.\u2069 في غروسيتو" in arabic


@pytest.mark.django_db(transaction=True)
def test_demo_translations_exist_in_english_and_arabic(demo_site):
    for code in ("en", "ar"):
        locale = Locale.objects.get(language_code=code)
        home = HomePage.objects.get(locale=locale)
        assert home.live
        assert Page.objects.filter(locale=locale, live=True).count() >= 12


# --- Editors: moderation and scheduled publishing ---------------------------------------------


def test_editors_cannot_publish_moderators_can(demo_site):
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    home = HomePage.objects.get(locale__language_code="it")
    news = NewsPage.objects.filter(locale__language_code="it").first()
    editor = users.get(username="redattrice")
    approver = users.get(username="approvatore")
    assert news.permissions_for_user(editor).can_edit()
    assert not news.permissions_for_user(editor).can_publish()
    assert news.permissions_for_user(approver).can_publish()
    workflow = home.get_workflow()
    assert workflow is not None
    assert workflow.name == "Moderators approval"


def test_scheduled_publishing_goes_live_when_due(demo_site):
    index = NewsPage.objects.filter(locale__language_code="it").first().get_parent()
    item = NewsPage(title="Programmata", slug="programmata", intro="Uscirà più tardi.", live=False)
    index.add_child(instance=item)
    revision = item.save_revision(approved_go_live_at=timezone.now() - dt.timedelta(minutes=1))
    item.go_live_at = revision.approved_go_live_at
    item.save()
    publish_scheduled_pages.run()  # what celery beat runs every minute
    item.refresh_from_db()
    assert item.live


def test_sitemap_and_robots(client, demo_site):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/sportelli/grosseto/" in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap:" in robots
