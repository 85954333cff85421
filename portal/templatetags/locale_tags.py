"""Filters that keep non-page data readable in every language.

- `cefr`: a CEFR level with its plain description in the active language ("A1 — beginner").
- `longdate`, `isolate`: dates and other text isolated in `<bdi>` in the locale's own format.
- `ltr`: text that must keep its left-to-right order inside an Arabic page (codes, addresses,
  emails, phone numbers, dates written with digits, "A.L.I."), isolated in `<bdi dir="ltr">`.
"""

import datetime as dt

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html

from common.choices import cefr_label

register = template.Library()


@register.filter
def cefr(level: str | None) -> str:
    return cefr_label(level)


@register.filter
def ltr(value: object) -> str:
    if value in (None, ""):
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.filter
def isolate(value: object) -> str:
    """Text in its own direction (a date with a month name, a place): `<bdi>`."""
    if value in (None, ""):
        return ""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def longdate(value: dt.date | None, year: str = "year") -> str:
    """A day with its weekday in the active language's own order, isolated ("martedì 26 novembre
    2026", "الثلاثاء 26 نوفمبر 2026"); `longdate:"noyear"` leaves the year out."""
    if not value:
        return ""
    day = date_format(value, "MONTH_DAY_FORMAT" if year == "noyear" else "DATE_FORMAT")
    return format_html("<bdi>{} {}</bdi>", date_format(value, "l"), day)
