"""Editorial content: news (with generated illustrations), a month of events at the markets and
squares of the desk towns, and the contact page. Idempotent: a second run adds only what is
missing."""

import datetime as dt
import io
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.models import (
    ContactFormField,
    ContactPage,
    EventIndexPage,
    EventKind,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)
from demo.data.news import NEWS
from demo.data.places import EVENTS_PLACES
from demo.data.programme_pages import EVENT_RUN_BY
from demo.site import add_page

ROME = ZoneInfo("Europe/Rome")

# --- Images (generated: no photo of ours has a licence to publish) --------------------------


def demo_image(title: str, colour: tuple[int, int, int]):
    """A plain illustration generated here (sample), so news items have a picture to show."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    if Collection.get_first_root_node() is None:  # a test database flush removes it
        Collection.add_root(name="Root")
    picture = PILImage.new("RGB", (1600, 900), colour)
    draw = ImageDraw.Draw(picture)
    for i in range(0, 1600, 80):
        draw.line([(i, 900), (i + 400, 0)], fill=tuple(min(255, c + 25) for c in colour), width=6)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    image = Image(title=title, file=ImageFile(buffer, name=f"{slugify(title)}.jpg"))
    image.save()
    return image


# --- News ------------------------------------------------------------------------------------

NEWS_IMAGE_COLOURS = [(0, 102, 204), (0, 89, 80), (153, 51, 0)]


def ensure_news(home: HomePage) -> NewsIndexPage:
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = add_page(
            home,
            NewsIndexPage(
                title="Notizie",
                slug="notizie",
                show_in_menus=True,
                intro="<p>Novità dagli sportelli, dai corsi e dai servizi per il lavoro.</p>",
            ),
        )
    for n, item in enumerate(NEWS):
        if NewsPage.objects.child_of(index).filter(slug=item["slug"]).exists():
            continue
        image = None
        alt = ""
        if n < len(NEWS_IMAGE_COLOURS):
            image = demo_image(f"Illustrazione notizia {n + 1}", NEWS_IMAGE_COLOURS[n])
            alt = "Illustrazione astratta a righe diagonali (immagine di esempio)"
        add_page(
            index,
            NewsPage(
                title=item["title"],
                slug=item["slug"],
                date=dt.date.fromisoformat(item["date"]),
                intro=item["intro"],
                body=[("paragraph", "".join(f"<p>{p}</p>" for p in item["body"]))],
                image=image,
                image_alt=alt,
                sample=bool(item.get("sample")),
                source=item.get("source") or "",
                search_description=item["intro"][:300],
            ),
        )
    return index


# --- Events: a month of mobile desks and info points ---------------------------------------

INFO_POINT_HOURS = {"opens": "09:30", "closes": "12:30"}
MARKET_HOURS = {"opens": "09:00", "closes": "12:30"}  # where the source gives no market hours


def _event_slots(today: dt.date, days: int = 31):
    """Planned presences: a mobile desk at every market on its day, an info point weekly on
    the squares without a market."""
    slots = []
    for offset in range(1, days + 1):
        day = today + dt.timedelta(days=offset)
        for place in EVENTS_PLACES:
            if place.get("market_day") == day.weekday():
                hours = place.get("hours") or MARKET_HOURS
                slots.append((day, place, EventKind.MOBILE_DESK, hours))
        for place in EVENTS_PLACES:
            if place.get("info_point_day") == day.weekday():
                slots.append((day, place, EventKind.INFO_POINT, INFO_POINT_HOURS))
    return slots


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=ROME)


def ensure_events(home: HomePage) -> EventIndexPage:
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = add_page(
            home,
            EventIndexPage(
                title="Eventi",
                slug="eventi",
                show_in_menus=True,
                intro=(
                    "<p>Dove trovare gli sportelli volanti e i punti informativi itineranti "
                    "A.L.I. nelle prossime settimane: mercati e piazze dei comuni.</p>"
                ),
            ),
        )
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    for day, place, kind, hours in _event_slots(timezone.localdate()):
        slug = f"{slugify(place['town'])}-{day.isoformat()}"
        if slug in existing:
            continue
        kind_label = "Sportello volante" if kind == EventKind.MOBILE_DESK else "Punto informativo"
        where = place["place"].split(" (")[0]
        add_page(
            index,
            EventPage(
                title=f"{kind_label} a {place['town']}: {where}",
                slug=slug,
                kind=kind,
                starts_at=_at(day, hours["opens"]),
                ends_at=_at(day, hours["closes"]),
                place_name=place["place"],
                town=place["town"],
                latitude=Decimal(str(place["lat"])),
                longitude=Decimal(str(place["lon"])),
                run_by=EVENT_RUN_BY[kind],
                summary=(
                    "Informazioni su permesso di soggiorno, corsi di italiano, casa e lavoro; "
                    "appuntamenti agli sportelli. Con mediazione linguistica."
                ),
                # the place is sourced; A.L.I.'s presence on that day is a plan, i.e. sample data
                sample=True,
                sources="\n".join(place.get("sources", [])),
            ),
        )
        existing.add(slug)
    return index


# --- Contact page ----------------------------------------------------------------------------

CONTACT_FIELDS = [
    ("Nome", "singleline", True, "", ""),
    ("Email", "email", False, "", "Per ricevere la risposta per email."),
    ("Telefono", "singleline", False, "", "Se preferisci essere richiamato."),
    (
        "Lingua in cui preferisci la risposta",
        "dropdown",
        True,
        "Italiano\nEnglish\nFrançais\nالعربية",
        "",
    ),
    ("Messaggio", "multiline", True, "", ""),
    (
        "Ho letto l'informativa sulla privacy",
        "checkbox",
        True,
        "",
        "Usiamo i tuoi dati solo per risponderti.",
    ),
]


def ensure_contact(home: HomePage) -> ContactPage:
    page = ContactPage.objects.child_of(home).first()
    if page is not None:
        return page
    page = ContactPage(
        title="Contatti",
        slug="contatti",
        show_in_menus=True,
        intro=(
            "<p>Scrivici per informazioni su sportelli, corsi e lavoro. Puoi scrivere anche in "
            "inglese, francese o arabo. Per un aiuto subito, vai a uno sportello.</p>"
        ),
        privacy_note=(
            "<p>I dati che scrivi qui servono solo a risponderti e sono conservati per 12 mesi "
            "(dato di esempio).</p>"
        ),
        thank_you_text="<p>Grazie! Ti risponderemo il prima possibile.</p>",
        to_address="sportello@ali.example.org",
        from_address="noreply@ali.example.org",
        subject="Messaggio dal sito A.L.I.",
    )
    for n, (label, field_type, required, choices, help_text) in enumerate(CONTACT_FIELDS):
        page.form_fields.add(
            ContactFormField(
                sort_order=n,
                label=label,
                field_type=field_type,
                required=required,
                choices=choices,
                help_text=help_text,
            )
        )
    return add_page(home, page)
