"""Lessons from the weekly timetable, skipping Italian public holidays and the patron saint."""

import datetime as dt

import pytest

from courses.services import lessons_generate
from tests.factories.courses import EditionFactory

pytestmark = pytest.mark.django_db


def test_lessons_follow_the_timetable_and_skip_holidays_and_san_lorenzo():
    # Mondays and Thursdays, August 2026: 10 Aug (Mon) is San Lorenzo in Grosseto,
    # 15 Aug is a Saturday, so only San Lorenzo is skipped here.
    edition = EditionFactory(
        starts_on=dt.date(2026, 8, 1),
        ends_on=dt.date(2026, 8, 31),
        slots=[(0, "09:30", "11:30"), (3, "15:00", "17:00")],
    )
    created, skipped = lessons_generate(edition=edition)
    dates = [lesson.date for lesson in edition.lessons.all()]
    assert dt.date(2026, 8, 10) not in dates
    assert skipped == {dt.date(2026, 8, 10): "San Lorenzo, patrono di Grosseto"}
    assert dates == [
        dt.date(2026, 8, 3),
        dt.date(2026, 8, 6),
        dt.date(2026, 8, 13),
        dt.date(2026, 8, 17),
        dt.date(2026, 8, 20),
        dt.date(2026, 8, 24),
        dt.date(2026, 8, 27),
        dt.date(2026, 8, 31),
    ]
    assert len(created) == 8
    thursday = edition.lessons.get(date=dt.date(2026, 8, 6))
    assert (thursday.starts_at, thursday.ends_at) == (dt.time(15), dt.time(17))


def test_national_holidays_are_skipped_everywhere_but_san_lorenzo_only_in_grosseto():
    edition = EditionFactory(
        municipality="Follonica",
        starts_on=dt.date(2026, 4, 1),
        ends_on=dt.date(2026, 8, 31),
        slots=[(0, "09:30", "11:30")],  # Mondays: Easter Monday 6 Apr 2026, 10 Aug
    )
    _created, skipped = lessons_generate(edition=edition)
    dates = set(edition.lessons.values_list("date", flat=True))
    assert dt.date(2026, 4, 6) in skipped
    assert dt.date(2026, 4, 6) not in dates
    assert dt.date(2026, 8, 10) in dates  # not a holiday in Follonica


def test_generating_twice_keeps_edited_lessons():
    edition = EditionFactory(
        starts_on=dt.date(2026, 9, 7), ends_on=dt.date(2026, 9, 30), slots=[(0, "09:30", "11:30")]
    )
    lessons_generate(edition=edition)
    lesson = edition.lessons.first()
    lesson.topic = "Presentarsi"
    lesson.save()
    created, _skipped = lessons_generate(edition=edition)
    assert created == []
    assert edition.lessons.get(pk=lesson.pk).topic == "Presentarsi"


def test_each_town_skips_its_own_patron_saint():
    # Sundays and Wednesdays in November 2026: 1 Nov (Sunday) is All Saints' Day everywhere,
    # 15 Nov (Sunday) San Leopoldo in Follonica only.
    slots = [(6, "10:00", "12:00"), (2, "15:00", "17:00")]
    span = {"starts_on": dt.date(2026, 11, 1), "ends_on": dt.date(2026, 11, 30), "slots": slots}
    follonica = EditionFactory(municipality="Follonica", **span)
    grosseto = EditionFactory(municipality="Grosseto", **span)
    _created, skipped_follonica = lessons_generate(edition=follonica)
    _created, skipped_grosseto = lessons_generate(edition=grosseto)
    assert skipped_follonica[dt.date(2026, 11, 15)] == "San Leopoldo, patrono di Follonica"
    assert dt.date(2026, 11, 15) not in skipped_grosseto
    assert dt.date(2026, 11, 1) in skipped_follonica
    assert dt.date(2026, 11, 1) in skipped_grosseto
    assert grosseto.lessons.filter(date=dt.date(2026, 11, 15)).exists()
    assert not follonica.lessons.filter(date=dt.date(2026, 11, 15)).exists()
