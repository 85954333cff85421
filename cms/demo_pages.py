"""Demo content for the public site beyond the foundation's: news, a month of events, the
contact page, holiday closures, the page tree's order, the moderation workflow, a promoted
search result. Idempotent: a second run adds only what is missing."""

import datetime as dt
import io
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.search_promotions.models import Query
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from cms.demo_data import facts
from cms.models import (
    ContactFormField,
    ContactPage,
    DeskExceptionalHours,
    DeskIndexPage,
    DeskPage,
    EventIndexPage,
    EventKind,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)

ROME = ZoneInfo("Europe/Rome")
HOLIDAY_SOURCE = "Legge 27 maggio 1949, n. 260 e successive modifiche (festività nazionali)"


def _add(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


# --- Desks: services as codes, national holidays as closures ---------------------------------

SERVICE_KEYWORDS = [
    ("permesso", "permit"),
    ("ricongiungiment", "family"),
    ("cittadinanza", "citizenship"),
    ("rimpatrio", "return"),
    ("pubblica amministrazione", "social"),
    ("segretariato", "social"),
    ("curricul", "cv"),
    ("lavoro", "cv"),
    ("corsi di italiano", "courses"),
    ("test di italiano", "courses"),
    ("casa", "housing"),
    ("abitare", "housing"),
]


def service_codes(services: list[str]) -> list[str]:
    """Map the sourced Italian service descriptions of a desk onto the site's service list."""
    codes: list[str] = []
    for text in services:
        lowered = text.lower()
        for keyword, code in SERVICE_KEYWORDS:
            if keyword in lowered and code not in codes:
                codes.append(code)
    return codes


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = ((h + ell - 7 * m + 114) % 31) + 1
    return dt.date(year, month, day)


def italian_holidays(year: int) -> list[tuple[dt.date, str]]:
    fixed = [
        ((1, 1), "Capodanno"),
        ((1, 6), "Epifania"),
        ((4, 25), "Festa della Liberazione"),
        ((5, 1), "Festa del lavoro"),
        ((6, 2), "Festa della Repubblica"),
        ((8, 15), "Ferragosto"),
        ((11, 1), "Ognissanti"),
        ((12, 8), "Immacolata Concezione"),
        ((12, 25), "Natale"),
        ((12, 26), "Santo Stefano"),
    ]
    days = [(dt.date(year, m, d), name) for (m, d), name in fixed]
    days.append((_easter(year) + dt.timedelta(days=1), "Lunedì dell'Angelo (Pasquetta)"))
    return sorted(days)


def ensure_desk_details() -> None:
    today = timezone.localdate()
    horizon = today + dt.timedelta(days=120)
    by_slug = {d["slug"]: d for d in facts.DESKS}
    for desk in DeskPage.objects.filter(locale__language_code="it"):
        spec = by_slug.get(desk.slug)
        changed = False
        if spec and not desk.services:
            desk.services = service_codes(spec.get("services", []))
            changed = True
        existing = {e.date for e in desk.exceptions.all()}
        closures = [
            (day, name)
            for year in {today.year, horizon.year}
            for day, name in italian_holidays(year)
            if today <= day <= horizon
        ]
        if desk.town == "Grosseto":
            patron = dt.date(today.year, 8, 10)
            if today <= patron <= horizon:
                closures.append((patron, "San Lorenzo, patrono di Grosseto"))
        for day, name in closures:
            if day not in existing:
                desk.exceptions.add(DeskExceptionalHours(date=day, closed=True, reason=name))
                changed = True
        if changed:
            if HOLIDAY_SOURCE not in desk.sources:
                desk.sources = (desk.sources + "\n" + HOLIDAY_SOURCE).strip()
            desk.save_revision().publish()


# --- Images (generated: no photo of ours has a licence to publish) --------------------------


def demo_image(title: str, colour: tuple[int, int, int]):
    """A plain illustration generated here (sample), so news items have a picture to show."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    if Collection.get_first_root_node() is None:  # a test database flush removes it
        Collection.add_root(name="Root")
    from PIL import Image as PILImage
    from PIL import ImageDraw

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
        index = _add(
            home,
            NewsIndexPage(
                title="Notizie",
                slug="notizie",
                show_in_menus=True,
                intro="<p>Novità dagli sportelli, dai corsi e dai servizi per il lavoro.</p>",
            ),
        )
    for n, item in enumerate(facts.NEWS):
        if NewsPage.objects.child_of(index).filter(slug=item["slug"]).exists():
            continue
        image = None
        alt = ""
        if n < len(NEWS_IMAGE_COLOURS):
            image = demo_image(f"Illustrazione notizia {n + 1}", NEWS_IMAGE_COLOURS[n])
            alt = "Illustrazione astratta a righe diagonali (immagine di esempio)"
        _add(
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


def _event_slots(today: dt.date, days: int = 31):
    """Planned presences: every market day at its place, plus the other squares weekly."""
    slots = []
    for offset in range(1, days + 1):
        day = today + dt.timedelta(days=offset)
        for place in facts.EVENTS_PLACES:
            market_day = place.get("market_day")
            if market_day is not None and day.weekday() == market_day:
                hours = place.get("hours") or {"opens": "09:00", "closes": "12:30"}
                slots.append((day, place, EventKind.MOBILE_DESK, hours))
        # squares without a market: one info point a week, on a fixed weekday per town
        weekly = {
            1: ("Castiglione della Pescaia", "Piazza Garibaldi"),
            2: ("Roccastrada", "Corso Roma"),
            5: ("Scansano", "Centro storico"),
        }
        if day.weekday() in weekly:
            town, prefix = weekly[day.weekday()]
            for place in facts.EVENTS_PLACES:
                if place["town"] == town and place["place"].startswith(prefix):
                    slots.append(
                        (day, place, EventKind.INFO_POINT, {"opens": "09:30", "closes": "12:30"})
                    )
    return slots


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=ROME)


def ensure_events(home: HomePage) -> EventIndexPage:
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = _add(
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
        _add(
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
                run_by="Operatori e mediatori A.L.I. (COeSO SdS Grosseto e partner)",
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
    return _add(home, page)


def ensure_jobs_index(home: HomePage) -> Page | None:
    """Offerte di lavoro: created only once the jobs app provides its index page model."""
    for name in ("JobOfferIndexPage", "JobIndexPage", "JobOffersIndexPage"):
        try:
            model = apps.get_model("jobs", name)
        except LookupError:
            continue
        found = model.objects.child_of(home).first()
        if found is not None:
            return found
        try:
            with transaction.atomic():
                return _add(
                    home,
                    model(title="Offerte di lavoro", slug="offerte-di-lavoro", show_in_menus=True),
                )
        except Exception:  # noqa: BLE001 - its required fields are the jobs app's business
            return None
    return None


# --- The tree's order, as the site's menu ---------------------------------------------------

MENU_ORDER = [
    "corsi",
    "offerte-di-lavoro",
    "sportelli",
    "notizie",
    "eventi",
    "chi-siamo",
    "contatti",
]


def order_menu(home: HomePage) -> None:
    children = {p.slug: p for p in home.get_children()}
    wanted = [children[s] for s in MENU_ORDER if s in children]
    current = [p for p in home.get_children() if p.slug in MENU_ORDER]
    if [p.pk for p in current] == [p.pk for p in wanted]:
        return
    for page in wanted:
        page.refresh_from_db()
        page.move(home, pos="last-child")


# --- Moderation: editors submit, approvers publish ------------------------------------------

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
APPROVER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def ensure_moderation(home: HomePage) -> Workflow:
    editors = Group.objects.get(name="Editors")
    approvers = Group.objects.get(name="Moderators")
    for group, codenames in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (approvers, APPROVER_PAGE_PERMISSIONS),
    ):
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
    # Editors never publish, wherever a permission may have been given before
    GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").delete()
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(approvers)
    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:
        workflow = Workflow.objects.create(name="Moderators approval", active=True)
    if not workflow.workflow_tasks.filter(task=task).exists():
        workflow.workflow_tasks.create(task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


# --- Promoted search result -----------------------------------------------------------------


def ensure_promotions() -> None:
    desks = DeskIndexPage.objects.filter(locale__language_code="it").first()
    about = StandardPage.objects.filter(locale__language_code="it", slug="chi-siamo").first()
    for text, page, description in (
        ("permesso di soggiorno", desks, "Gli sportelli aiutano con richiesta e rinnovo."),
        ("orari", desks, "Orari e indirizzi di tutti gli sportelli."),
        ("ali", about, "Chi siamo: il programma e i partner."),
    ):
        if page is None:
            continue
        query = Query.get(text)
        query.editors_picks.get_or_create(
            page=page, defaults={"sort_order": 0, "description": description}
        )


def strip_html(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)
