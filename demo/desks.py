"""The help desks: *Sportelli* and one page per desk of demo/data/desks.py, with its services as
the site's codes and its public-holiday closures. Idempotent: what exists is kept."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from cms.models import DeskExceptionalHours, DeskIndexPage, DeskOpeningHours, DeskPage, HomePage
from courses.calendar import closed_days
from demo.data.desks import DESKS
from demo.site import add_page

# Closures are loaded for the coming months; a later run adds the ones that come into range.
CLOSURES_AHEAD = dt.timedelta(days=120)
HOLIDAY_SOURCE = "Legge 27 maggio 1949, n. 260 e successive modifiche (festività nazionali)"

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


def _time(value: str) -> dt.time:
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


def ensure_desks(home: HomePage) -> DeskIndexPage:
    index = DeskIndexPage.objects.child_of(home).first()
    if index is None:
        index = add_page(
            home,
            DeskIndexPage(
                title="Sportelli",
                slug="sportelli",
                show_in_menus=True,
                intro=(
                    "<p>Gli sportelli A.L.I. danno informazioni e accompagnamento su permesso di "
                    "soggiorno, ricongiungimento familiare, cittadinanza, corsi di italiano, casa "
                    "e lavoro. L'accesso è gratuito.</p>"
                ),
            ),
        )
    for desk in DESKS:
        if DeskPage.objects.child_of(index).filter(slug=desk["slug"]).exists():
            continue
        page = DeskPage(
            title=desk["title"],
            slug=desk["slug"],
            town=desk["town"],
            address=desk["address"],
            postcode=desk.get("postcode", ""),
            latitude=Decimal(str(desk["lat"])),
            longitude=Decimal(str(desk["lon"])),
            phone=desk.get("phone", ""),
            email=desk.get("email", ""),
            run_by=desk.get("partner", ""),
            services=service_codes(desk.get("services", [])),
            languages=desk.get("languages", []),
            notes=f"<p>{desk['notes']}</p>" if desk.get("notes") else "",
            sample_fields=desk.get("sample_fields", []),
            sources="\n".join(desk.get("sources", [])),
        )
        for hours in desk.get("opening_hours", []):
            page.opening_hours.add(
                DeskOpeningHours(
                    weekday=hours["weekday"],
                    opens=_time(hours["opens"]),
                    closes=_time(hours["closes"]),
                )
            )
        add_page(index, page)
    return index


def ensure_desk_closures(*, today: dt.date | None = None) -> None:
    """Close every Italian desk page on the public holidays and its town's patron saint's day
    of the coming months (courses/calendar.py), and fill in services where they are missing."""
    today = today or timezone.localdate()
    by_slug = {d["slug"]: d for d in DESKS}
    for desk in DeskPage.objects.filter(locale__language_code="it"):
        spec = by_slug.get(desk.slug)
        changed = False
        if spec and not desk.services:
            desk.services = service_codes(spec.get("services", []))
            changed = True
        existing = {e.date for e in desk.exceptions.all()}
        closures = closed_days(municipality=desk.town, start=today, end=today + CLOSURES_AHEAD)
        for day, name in closures.items():
            if day not in existing:
                desk.exceptions.add(DeskExceptionalHours(date=day, closed=True, reason=name))
                changed = True
        if changed:
            if HOLIDAY_SOURCE not in desk.sources:
                desk.sources = (desk.sources + "\n" + HOLIDAY_SOURCE).strip()
            desk.save_revision().publish()
