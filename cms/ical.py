"""The events calendar as iCalendar (RFC 5545), for phones' calendar apps."""

import datetime as dt

from django.utils import timezone
from icalendar import Calendar, Event, vGeo


def calendar_for_events(*, events, request, name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//A.L.I. Antenne Locali per l'Integrazione//Eventi//IT")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Rome")
    stamp = timezone.now().astimezone(dt.UTC)
    for event in events:
        item = Event()
        item.add("uid", f"{event.translation_key}-{event.locale.language_code}@ali-portal")
        item.add("dtstamp", stamp)
        item.add("dtstart", event.starts_at.astimezone(dt.UTC))
        item.add("dtend", event.ends_at.astimezone(dt.UTC))
        item.add("summary", event.title)
        item.add("location", f"{event.place_name}, {event.town}")
        if event.latitude is not None and event.longitude is not None:
            item.add("geo", vGeo((float(event.latitude), float(event.longitude))))
        description = event.summary or ""
        if event.run_by:
            description = f"{description}\n{event.run_by}".strip()
        if description:
            item.add("description", description)
        item.add("url", event.get_full_url(request))
        if event.last_published_at:
            item.add("last-modified", event.last_published_at.astimezone(dt.UTC))
        cal.add_component(item)
    return cal.to_ical()
