"""Lessons generated from an edition's weekly timetable; their topic and note."""

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db import transaction

from common.types import User
from courses.calendar import closed_days
from courses.models import Edition, Lesson
from courses.permissions import can_run_lessons


@transaction.atomic
def lessons_generate(*, edition: Edition) -> tuple[list[Lesson], dict[dt.date, str]]:
    """Create the lessons of an edition from its weekly timetable, between its first and last
    day, skipping public holidays and the town's patron saint. Existing lessons are kept.

    Returns the lessons created and the closed days that were skipped.
    """
    slots = list(edition.timetable.all())
    closed = closed_days(
        municipality=edition.municipality, start=edition.starts_on, end=edition.ends_on
    )
    lessons: list[Lesson] = []
    skipped: dict[dt.date, str] = {}
    day = edition.starts_on
    while day <= edition.ends_on:
        for slot in slots:
            if slot.weekday != day.weekday():
                continue
            if day in closed:
                skipped[day] = closed[day]
                continue
            lessons.append(
                Lesson(edition=edition, date=day, starts_at=slot.starts_at, ends_at=slot.ends_at)
            )
        day += dt.timedelta(days=1)
    existing = set(edition.lessons.values_list("date", "starts_at"))
    new = [lesson for lesson in lessons if (lesson.date, lesson.starts_at) not in existing]
    Lesson.objects.bulk_create(new, ignore_conflicts=True)
    return new, skipped


@transaction.atomic
def lesson_details_update(*, lesson: Lesson, topic: str, note: str, by: User) -> Lesson:
    """The teacher (or an operator) writes what the lesson was about, and a note."""
    if not can_run_lessons(by, lesson.edition):
        raise PermissionDenied
    lesson.topic = " ".join(topic.split())[:200]
    lesson.note = note.strip()[:2000]
    lesson.save(update_fields=["topic", "note"])
    return lesson
