"""'Open now' for help desks: weekdays, exceptions and the daylight-saving changes (Europe/Rome)."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from cms.models import DeskExceptionalHours, DeskOpeningHours, DeskPage

pytestmark = pytest.mark.django_db

ROME = ZoneInfo("Europe/Rome")
UTC = dt.UTC


def desk_with_hours() -> DeskPage:
    """Open Monday-Friday 09:00-13:00, Sunday 02:30-03:30 (a test of the DST gap)."""
    desk = DeskPage(title="Test", town="Grosseto", address="Via Verdi 5", latitude=0, longitude=0)
    for weekday in range(5):
        desk.opening_hours.add(
            DeskOpeningHours(weekday=weekday, opens=dt.time(9), closes=dt.time(13))
        )
    desk.opening_hours.add(DeskOpeningHours(weekday=6, opens=dt.time(2, 30), closes=dt.time(3, 30)))
    return desk


def test_open_on_a_weekday_morning_closed_in_the_afternoon_and_at_the_weekend():
    desk = desk_with_hours()
    assert desk.is_open_at(dt.datetime(2026, 3, 23, 10, 0, tzinfo=ROME))  # Monday
    assert not desk.is_open_at(dt.datetime(2026, 3, 23, 13, 0, tzinfo=ROME))  # closing time
    assert not desk.is_open_at(dt.datetime(2026, 3, 28, 10, 0, tzinfo=ROME))  # Saturday


def test_spring_forward_2026_03_29_uses_local_time():
    desk = desk_with_hours()
    # Friday 27 March, still CET (UTC+1): 08:30 UTC is 09:30 in Rome
    assert desk.is_open_at(dt.datetime(2026, 3, 27, 8, 30, tzinfo=UTC))
    # Monday 30 March, CEST (UTC+2): 07:30 UTC is 09:30 in Rome -> open
    assert desk.is_open_at(dt.datetime(2026, 3, 30, 7, 30, tzinfo=UTC))
    # ...and 06:30 UTC is 08:30 in Rome -> closed, though it would be 07:30 in winter time
    assert not desk.is_open_at(dt.datetime(2026, 3, 30, 6, 30, tzinfo=UTC))
    # 11:30 UTC is 13:30 in Rome: closed (in winter time it would have been 12:30, open)
    assert not desk.is_open_at(dt.datetime(2026, 3, 30, 11, 30, tzinfo=UTC))
    # Sunday 29 March: 02:00-03:00 local does not exist; 01:15 UTC is 03:15 CEST -> open
    assert desk.is_open_at(dt.datetime(2026, 3, 29, 1, 15, tzinfo=UTC))
    # 00:45 UTC is 01:45 CET -> closed
    assert not desk.is_open_at(dt.datetime(2026, 3, 29, 0, 45, tzinfo=UTC))


def test_fall_back_2026_10_25_uses_local_time():
    desk = desk_with_hours()
    # Friday 23 October, CEST: 07:30 UTC is 09:30 -> open; 11:30 UTC is 13:30 -> closed
    assert desk.is_open_at(dt.datetime(2026, 10, 23, 7, 30, tzinfo=UTC))
    assert not desk.is_open_at(dt.datetime(2026, 10, 23, 11, 30, tzinfo=UTC))
    # Monday 26 October, CET: 08:30 UTC is 09:30 -> open; 07:30 UTC is 08:30 -> closed
    assert desk.is_open_at(dt.datetime(2026, 10, 26, 8, 30, tzinfo=UTC))
    assert not desk.is_open_at(dt.datetime(2026, 10, 26, 7, 30, tzinfo=UTC))
    assert desk.is_open_at(dt.datetime(2026, 10, 26, 11, 30, tzinfo=UTC))  # 12:30 CET
    # Sunday 25 October: 02:30-03:00 happens twice; both are open (00:30 and 01:30 UTC)
    assert desk.is_open_at(dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    assert desk.is_open_at(dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    # 02:45 UTC is 03:45 CET -> closed
    assert not desk.is_open_at(dt.datetime(2026, 10, 25, 2, 45, tzinfo=UTC))


def test_exception_closes_a_normal_day_and_special_hours_replace_the_usual_ones():
    desk = desk_with_hours()
    desk.exceptions.add(
        DeskExceptionalHours(date=dt.date(2026, 4, 6), closed=True, reason="Pasquetta")
    )
    desk.exceptions.add(
        DeskExceptionalHours(
            date=dt.date(2026, 4, 7), closed=False, opens=dt.time(15), closes=dt.time(17)
        )
    )
    assert not desk.is_open_at(dt.datetime(2026, 4, 6, 10, 0, tzinfo=ROME))  # Easter Monday
    assert not desk.is_open_at(dt.datetime(2026, 4, 7, 10, 0, tzinfo=ROME))  # usual hours replaced
    assert desk.is_open_at(dt.datetime(2026, 4, 7, 16, 0, tzinfo=ROME))
    assert desk.is_open_at(dt.datetime(2026, 4, 8, 10, 0, tzinfo=ROME))  # back to normal


def test_next_opening_crosses_the_weekend_and_the_dst_change():
    desk = desk_with_hours()
    # Saturday 28 March 14:00 CET -> Sunday 29 March 03:00 is skipped? no: 02:30 does not exist,
    # the Sunday interval starts in the gap; the next opening after Sunday is Monday 09:00 CEST
    after_sunday = desk.next_opening_after(dt.datetime(2026, 3, 29, 4, 0, tzinfo=ROME))
    assert after_sunday == dt.datetime(2026, 3, 30, 9, 0, tzinfo=ROME)
    assert after_sunday.utcoffset() == dt.timedelta(hours=2)
    closes = desk.closes_at(dt.datetime(2026, 3, 30, 10, 0, tzinfo=ROME))
    assert closes == dt.datetime(2026, 3, 30, 13, 0, tzinfo=ROME)


def test_demo_desks_show_their_opening_status(client, demo_site):
    response = client.get("/sportelli/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "Sportello A.L.I. Grosseto" in text
    assert (
        ("Aperto ora" in text)
        or ("Chiuso ora" in text)
        or ("Open now" in text)
        or ("Closed now" in text)
    )
