"""Reads for editorial pages, with related rows fetched up front."""

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Max, Q
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from courses.models import CoursePage
from jobs.models import JobOfferPage

from .models import DeskPage, EventPage, NewsPage


def in_locale_or_default(queryset: PageQuerySet, *, locale: Locale | None) -> PageQuerySet:
    """Pages in the visitor's language and, for those not translated yet, their Italian original
    (so that a visitor reading Arabic still finds every course, offer, event and news item)."""
    default = Locale.get_default()
    if locale is None or locale.pk == default.pk:
        return queryset.filter(locale=default).select_related("locale")
    translated = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(
        Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated))
    ).select_related("locale")


def desks_for_locale(*, locale: Locale) -> PageQuerySet:
    return (
        DeskPage.objects.live()
        .public()
        .filter(locale=locale)
        .prefetch_related("opening_hours", "exceptions")
        .order_by("title")
    )


def events_upcoming(
    *, locale: Locale, parent: Page | None = None, now: datetime | None = None
) -> PageQuerySet:
    """Events not yet over, soonest first."""
    now = now or timezone.now()
    events = in_locale_or_default(
        EventPage.objects.live().public().filter(ends_at__gt=now), locale=locale
    )
    if parent is not None:
        events = events.child_of(parent)
    return events.order_by("starts_at")


def news_latest(*, locale: Locale, parent: Page | None = None) -> PageQuerySet:
    news = in_locale_or_default(NewsPage.objects.live().public(), locale=locale).select_related(
        "image"
    )
    if parent is not None:
        news = news.child_of(parent)
    return news.order_by("-date", "-first_published_at")


def content_stamp() -> str:
    """Changes whenever any page is published: part of the home page's fragment-cache key."""
    last = Page.objects.live().aggregate(last=Max("last_published_at"))["last"]
    return last.strftime("%Y%m%d%H%M%S%f") if last else "0"


def home_context(*, home: Page) -> dict[str, Any]:
    locale = home.locale
    offers = in_locale_or_default(
        JobOfferPage.objects.open().public().select_related("occupation", "municipality"),
        locale=locale,
    )
    now = timezone.now()
    cache_key = f"{home.latest_revision_id}-{content_stamp()}-{int(now.timestamp()) // 300}"
    return {
        "featured_courses": in_locale_or_default(
            CoursePage.objects.live().public(), locale=locale
        ).order_by("-first_published_at")[:3],
        "featured_offers": offers.order_by("-first_published_at")[:3],
        "next_events": events_upcoming(locale=locale, now=now)[:4],
        "latest_news": news_latest(locale=locale)[:3],
        "desks": desks_for_locale(locale=locale),
        # the desks' "open now" badges change with the clock: a 5-minute slot in the key
        "home_cache_key": cache_key,
    }


def desk_with_hours(*, page_id: int) -> DeskPage | None:
    """A live desk page with its weekly hours and exceptions fetched (for bookings)."""
    desk: DeskPage | None = (
        DeskPage.objects.live()
        .filter(pk=page_id)
        .prefetch_related("opening_hours", "exceptions")
        .first()
    )
    return desk


def desk_opening_intervals(
    *, desk: DeskPage, first: date, days: int
) -> dict[date, list[tuple[time, time]]]:
    """The desk's opening intervals (local time, Europe/Rome) for `days` days from `first`,
    exceptions (closures, special hours) applied; days it is closed are left out."""
    intervals = {}
    for offset in range(days):
        day = first + timedelta(days=offset)
        hours = desk.hours_on(day)
        if hours:
            intervals[day] = hours
    return intervals


def desk_translation_key(*, page_id: int) -> str | None:
    """The translation key of a desk page in any language (its translations share it)."""
    key = DeskPage.objects.filter(pk=page_id).values_list("translation_key", flat=True).first()
    return str(key) if key else None
