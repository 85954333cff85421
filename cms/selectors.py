"""Reads for editorial pages, with related rows fetched up front."""

from courses.models import CoursePage

from .models import DeskPage


def home_context(*, home, request) -> dict:
    locale = home.locale
    return {
        "featured_courses": CoursePage.objects.live()
        .filter(locale=locale)
        .order_by("-first_published_at")[:3],
        "desks": DeskPage.objects.live()
        .filter(locale=locale)
        .prefetch_related("opening_hours", "exceptions")
        .order_by("title"),
    }
