"""Free appointment slots of a desk, generated from its opening hours (read from cms)."""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from cms.selectors import desk_opening_intervals, desk_with_hours
from programme.models import SLOT_HOLDING_STATUSES, Booking, ServicePoint

DAYS_AHEAD = 21  # how far ahead people can book
ONLINE_NOTICE = dt.timedelta(hours=2)  # online, a slot must start at least this much later


@dataclass(frozen=True)
class Slot:
    starts_at: dt.datetime
    ends_at: dt.datetime

    @property
    def key(self) -> str:
        """The slot as posted by a form: its start, ISO 8601 with the offset."""
        return self.starts_at.isoformat()


def slots_for(
    *,
    point: ServicePoint,
    now: dt.datetime | None = None,
    days: int = DAYS_AHEAD,
    notice: dt.timedelta = ONLINE_NOTICE,
) -> list[Slot]:
    """The free slots of a bookable point from `now` (+ `notice`) for `days` days, in order."""
    if not point.bookable or point.desk_page_id is None or not point.active:
        return []
    desk = desk_with_hours(page_id=point.desk_page_id)
    if desk is None:
        return []
    zone = timezone.get_default_timezone()
    now = now or timezone.now()
    earliest = now + notice
    length = dt.timedelta(minutes=point.slot_minutes)
    first = timezone.localtime(now, zone).date()
    candidates: list[Slot] = []
    for day, intervals in desk_opening_intervals(desk=desk, first=first, days=days).items():
        for opens, closes in intervals:
            start = dt.datetime.combine(day, opens, tzinfo=zone)
            end_of_opening = dt.datetime.combine(day, closes, tzinfo=zone)
            while start + length <= end_of_opening:
                if start >= earliest:
                    candidates.append(Slot(start, start + length))
                start += length
    if not candidates:
        return []
    taken = set(
        Booking.objects.filter(
            service_point=point,
            status__in=SLOT_HOLDING_STATUSES,
            starts_at__gte=candidates[0].starts_at,
            starts_at__lte=candidates[-1].starts_at,
        ).values_list("starts_at", flat=True)
    )
    return [slot for slot in candidates if slot.starts_at not in taken]


def slot_parse(value: str) -> dt.datetime | None:
    """A posted slot key back to an aware datetime (None if it is not one)."""
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if timezone.is_aware(parsed) else None
