"""The programme's pages of issue 11 (demo/data/programme_pages.py): housing support, work and
training, help for women, and the itinerant desk with its stops. Idempotent: what exists is kept
(the stops are added for the days that come into range)."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from cms.models import (
    DeskIndexPage,
    DeskPage,
    EventIndexPage,
    EventKind,
    EventPage,
    HomePage,
    SafeHelpPage,
    StandardPage,
)
from demo.data.places import EVENTS_PLACES
from demo.data.programme_pages import (
    EVENT_RUN_BY,
    HOUSING,
    ITINERANT_DESK,
    SAFE_HELP,
    STOP_SUMMARY,
    WORK,
    stop_title,
)
from demo.editorial import _at
from demo.site import add_page

STOPS_AHEAD_DAYS = 28


def _ensure_standard(home: HomePage, spec: dict) -> StandardPage:
    page = StandardPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if page is not None:
        return page
    return add_page(
        home,
        StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            show_in_menus=True,
            intro=spec["intro"],
            body=spec["body"],
            sources="\n".join(spec["sources"]),
            search_description=spec["intro"][:300],
        ),
    )


def ensure_safe_help(home: HomePage) -> SafeHelpPage:
    page = SafeHelpPage.objects.child_of(home).first()
    if page is not None:
        return page
    return add_page(
        home,
        SafeHelpPage(
            title=SAFE_HELP["title"],
            slug=SAFE_HELP["slug"],
            show_in_menus=True,
            intro=SAFE_HELP["intro"],
            body=SAFE_HELP["body"],
            sources="\n".join(SAFE_HELP["sources"]),
            search_description=SAFE_HELP["intro"][:300],
        ),
    )


def ensure_itinerant_desk() -> DeskPage | None:
    index = DeskIndexPage.objects.filter(locale__language_code="it").first()
    if index is None:
        return None
    spec = ITINERANT_DESK
    desk = DeskPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if desk is not None:
        return desk
    return add_page(
        index,
        DeskPage(
            title=spec["title"],
            slug=spec["slug"],
            town=spec["town"],
            address=spec["address"],
            latitude=Decimal(str(spec["lat"])),
            longitude=Decimal(str(spec["lon"])),
            run_by=spec["partner"],
            itinerant=True,
            services=spec["services"],
            languages=spec["languages"],
            notes=f"<p>{spec['notes']}</p>",
            sample_fields=spec["sample_fields"],
            sources="\n".join(spec["sources"]),
        ),
    )


def ensure_itinerant_stops(desk: DeskPage, *, today: dt.date | None = None) -> int:
    """The itinerant desk's stops (sample) from today for STOPS_AHEAD_DAYS, as events linked to
    the desk. Returns how many were added."""
    index = EventIndexPage.objects.filter(locale__language_code="it").first()
    if index is None:
        return 0
    today = today or timezone.localdate()
    places = {p["town"]: p for p in EVENTS_PLACES}
    opens, closes = ITINERANT_DESK["stop_hours"]
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    added = 0
    for offset in range(STOPS_AHEAD_DAYS):
        day = today + dt.timedelta(days=offset)
        town = ITINERANT_DESK["stops"].get(day.weekday())
        if town is None:
            continue
        place = places[town]
        slug = f"itinerante-{slugify(town)}-{day.isoformat()}"
        if slug in existing:
            continue
        add_page(
            index,
            EventPage(
                title=stop_title(town),
                slug=slug,
                kind=EventKind.ITINERANT_DESK,
                starts_at=_at(day, opens),
                ends_at=_at(day, closes),
                place_name=place["place"],
                town=town,
                latitude=Decimal(str(place["lat"])),
                longitude=Decimal(str(place["lon"])),
                run_by=EVENT_RUN_BY[EventKind.ITINERANT_DESK],
                desk=desk,
                summary=STOP_SUMMARY,
                sample=True,
                sources="\n".join(place.get("sources", [])),
            ),
        )
        existing.add(slug)
        added += 1
    return added


def ensure_programme_pages(home: HomePage) -> None:
    _ensure_standard(home, HOUSING)
    _ensure_standard(home, WORK)
    ensure_safe_help(home)
    desk = ensure_itinerant_desk()
    if desk is not None:
        ensure_itinerant_stops(desk)
