"""Reads for courses: QuerySets with their joins already applied, and attendance figures."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    QuerySet,
    Sum,
)
from django.utils import timezone
from django.utils.translation import get_language

from common.choices import cefr_rank
from common.types import User
from courses.models import (
    ACTIVE_STATUSES,
    SEAT_STATUSES,
    AttendanceMark,
    AttendanceStatus,
    CoursePage,
    Edition,
    Enrolment,
    Lesson,
    TimetableSlot,
)
from courses.models.lessons import ATTENDED_STATUSES

TIME_OF_DAY = {  # start time of a weekly slot
    "morning": (dt.time(0, 0), dt.time(12, 0)),
    "afternoon": (dt.time(12, 0), dt.time(17, 0)),
    "evening": (dt.time(17, 0), dt.time(23, 59, 59)),
}


def editions_with_seats(queryset: QuerySet[Edition] | None = None) -> QuerySet[Edition]:
    """Editions with their course, timetable, teachers and the count of seats and waiting."""
    queryset = queryset if queryset is not None else Edition.objects.all()
    editions: QuerySet[Edition] = (
        queryset.select_related("course")
        .prefetch_related(
            Prefetch("timetable", queryset=TimetableSlot.objects.order_by("weekday", "starts_at")),
            "teachers",
        )
        .annotate(
            seats_taken=Count("enrolments", filter=Q(enrolments__status__in=SEAT_STATUSES)),
            waiting_count=Count(
                "enrolments", filter=Q(enrolments__status=Enrolment.Status.WAITING)
            ),
        )
    )
    return editions


def catalogue_editions(
    *,
    kind: str = "",
    level: str = "",
    municipality: str = "",
    weekday: int | None = None,
    time_of_day: str = "",
    language: str = "",
    courses: QuerySet[CoursePage] | None = None,
) -> QuerySet[Edition]:
    """Editions shown in the public catalogue (live courses, not finished), filtered. `courses`
    may be the course pages of any language: editions are found through the translation key
    (they belong to the page in the default language)."""
    pages = courses if courses is not None else CoursePage.objects.live()
    editions = Edition.objects.filter(
        course__translation_key__in=pages.values("translation_key"),
        status__in=[Edition.Status.OPEN, Edition.Status.PLANNED, Edition.Status.RUNNING],
    )
    if kind:
        editions = editions.filter(course__kind=kind)
    if level:
        editions = editions.filter(course__cefr_level=level)
    if municipality:
        editions = editions.filter(municipality__iexact=municipality)
    if language:
        editions = editions.filter(course__support_languages__contains=[language])
    slot_filter = Q()
    if weekday is not None:
        slot_filter &= Q(weekday=weekday)
    if time_of_day in TIME_OF_DAY:
        start, end = TIME_OF_DAY[time_of_day]
        slot_filter &= Q(starts_at__gte=start, starts_at__lt=end)
    if slot_filter:
        editions = editions.filter(
            pk__in=TimetableSlot.objects.filter(slot_filter).values("edition_id")
        )
    return editions_with_seats(editions).order_by("starts_on", "pk")


def with_shown_courses(
    *, editions: QuerySet[Edition], courses: QuerySet[CoursePage]
) -> list[Edition]:
    """The editions, each with `shown_course`: its course as a page of `courses` (the
    visitor's language), or its own course page when `courses` has none. One more query."""
    shown = {page.translation_key: page for page in courses.select_related("locale")}
    rows = list(editions)
    for edition in rows:
        edition.shown_course = shown.get(edition.course.translation_key, edition.course)
    return rows


def course_pages_in_language(
    *, editions: list[Edition], language: str | None = None
) -> list[Edition]:
    """Set `shown_course` on each edition: its course's live page in `language` (the active
    one by default; a translation, or the alias standing in for it), else its own. One query."""
    language = language or get_language()
    pages = CoursePage.objects.live().filter(
        translation_key__in={edition.course.translation_key for edition in editions},
        locale__language_code=language,
    )
    shown = {page.translation_key: page for page in pages.select_related("locale")}
    for edition in editions:
        edition.shown_course = shown.get(edition.course.translation_key, edition.course)
    return editions


def course_page_editions(*, course: CoursePage) -> QuerySet[Edition]:
    """The editions shown on a course's page (all but cancelled ones), first one first."""
    return editions_with_seats(
        Edition.objects.filter(course=course).exclude(status=Edition.Status.CANCELLED)
    ).order_by("starts_on")


def my_edition_ids(*, person: User, course: CoursePage) -> set[int]:
    """The editions of a course in which the person has a seat or waits for one."""
    return set(
        Enrolment.objects.filter(
            person=person, edition__course=course, status__in=ACTIVE_STATUSES
        ).values_list("edition_id", flat=True)
    )


def seats_taken(*, edition: Edition) -> int:
    """How many seats of an edition are held (call with the edition row locked to rely on it)."""
    taken: int = edition.enrolments.filter(status__in=SEAT_STATUSES).count()
    return taken


def municipalities() -> list[str]:
    return list(
        Edition.objects.order_by("municipality").values_list("municipality", flat=True).distinct()
    )


@dataclass(frozen=True)
class AttendanceStats:
    attended: int  # present or late
    excused: int
    absent: int
    hours_attended: float
    threshold: int

    @property
    def counted(self) -> int:
        """Lessons that count: excused absences are left out."""
        return self.attended + self.absent

    @property
    def percentage(self) -> int | None:
        if not self.counted:
            return None
        return round(100 * self.attended / self.counted)

    @property
    def flagged(self) -> bool:
        return self.percentage is not None and self.percentage < self.threshold

    @property
    def eligible(self) -> bool:
        return self.percentage is not None and self.percentage >= self.threshold


def _stats_rows(marks: QuerySet[AttendanceMark]) -> dict[int, dict[str, Any]]:
    duration = ExpressionWrapper(
        F("lesson__ends_at") - F("lesson__starts_at"), output_field=DurationField()
    )
    rows = marks.values("enrolment_id").annotate(
        attended=Count("pk", filter=Q(status__in=ATTENDED_STATUSES)),
        excused=Count("pk", filter=Q(status=AttendanceStatus.EXCUSED)),
        absent=Count("pk", filter=Q(status=AttendanceStatus.ABSENT)),
        duration=Sum(duration, filter=Q(status__in=ATTENDED_STATUSES)),
    )
    return {row["enrolment_id"]: dict(row) for row in rows}


def _to_stats(row: dict[str, Any] | None, threshold: int) -> AttendanceStats:
    if row is None:
        return AttendanceStats(0, 0, 0, 0.0, threshold)
    hours = row["duration"].total_seconds() / 3600 if row["duration"] else 0.0
    return AttendanceStats(row["attended"], row["excused"], row["absent"], hours, threshold)


def edition_attendance(*, edition: Edition) -> dict[int, AttendanceStats]:
    """Attendance per enrolment of an edition, in one query."""
    rows = _stats_rows(
        AttendanceMark.objects.filter(lesson__edition_id=edition.pk, lesson__cancelled=False)
    )
    enrolment_ids = edition.enrolments.filter(status__in=SEAT_STATUSES).values_list("pk", flat=True)
    return {pk: _to_stats(rows.get(pk), edition.attendance_threshold) for pk in enrolment_ids}


def edition_percentage(stats: dict[int, AttendanceStats]) -> int | None:
    attended = sum(s.attended for s in stats.values())
    counted = sum(s.counted for s in stats.values())
    return round(100 * attended / counted) if counted else None


def enrolment_attendance(*, enrolment: Enrolment) -> AttendanceStats:
    rows = _stats_rows(
        AttendanceMark.objects.filter(enrolment_id=enrolment.pk, lesson__cancelled=False)
    )
    return _to_stats(rows.get(enrolment.pk), enrolment.edition.attendance_threshold)


def flagged_enrolments(
    *, editions: QuerySet[Edition] | None = None
) -> list[tuple[Enrolment, AttendanceStats]]:
    """People below their edition's threshold, for teachers and operators."""
    editions = (
        editions
        if editions is not None
        else Edition.objects.exclude(status=Edition.Status.CANCELLED)
    )
    enrolments = Enrolment.objects.filter(
        edition__in=editions, status__in=SEAT_STATUSES
    ).select_related("person", "edition__course")
    rows = _stats_rows(
        AttendanceMark.objects.filter(lesson__edition__in=editions, lesson__cancelled=False)
    )
    result = []
    for enrolment in enrolments:
        stats = _to_stats(rows.get(enrolment.pk), enrolment.edition.attendance_threshold)
        if stats.flagged:
            result.append((enrolment, stats))
    return result


def register_enrolments(*, edition: Edition) -> QuerySet[Enrolment]:
    return (
        Enrolment.objects.filter(edition_id=edition.pk, status__in=SEAT_STATUSES)
        .select_related("person")
        .order_by("person__last_name", "person__first_name", "pk")
    )


def lesson_marks(*, lesson: Lesson) -> dict[int, str]:
    return dict(AttendanceMark.objects.filter(lesson=lesson).values_list("enrolment_id", "status"))


def lessons_for_register() -> QuerySet[Lesson]:
    return Lesson.objects.select_related("edition__course").prefetch_related("edition__teachers")


def teacher_lessons(
    *, teacher: User, day: dt.date | None = None, days_back: int = 7
) -> QuerySet[Lesson]:
    """The teacher's lessons from `days_back` days ago up to `day` (default: today)."""
    day = day or timezone.localdate()
    return (
        Lesson.objects.filter(
            edition__teachers=teacher,
            date__gte=day - dt.timedelta(days=days_back),
            date__lte=day,
        )
        .select_related("edition__course")
        .annotate(marked=Count("marks"))
        .order_by("-date", "starts_at")
    )


def teacher_editions(*, teacher: User) -> QuerySet[Edition]:
    return editions_with_seats(Edition.objects.filter(teachers=teacher)).order_by("starts_on")


def learner_enrolments(*, person: User) -> QuerySet[Enrolment]:
    """A person's own enrolments with their lessons and their own marks."""
    return (
        Enrolment.objects.filter(person=person)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("edition__course")
        .prefetch_related(
            Prefetch("edition__lessons", queryset=Lesson.objects.order_by("date", "starts_at")),
            Prefetch(
                "marks", queryset=AttendanceMark.objects.only("lesson_id", "status", "enrolment_id")
            ),
            "edition__timetable",
        )
        .order_by("-edition__starts_on")
    )


@dataclass(frozen=True)
class LearnerCourse:
    """One of a learner's enrolments with its lessons (and their own mark on each)."""

    enrolment: Enrolment
    lessons: list[tuple[Lesson, AttendanceMark | None]]
    stats: AttendanceStats


def learner_courses(*, person: User) -> list[LearnerCourse]:
    """A person's own courses for "My courses", in a fixed number of queries however many."""
    enrolments = list(learner_enrolments(person=person))
    rows = _stats_rows(
        AttendanceMark.objects.filter(enrolment__person=person, lesson__cancelled=False)
    )
    course_pages_in_language(editions=[enrolment.edition for enrolment in enrolments])
    courses = []
    for enrolment in enrolments:
        marks = {mark.lesson_id: mark for mark in enrolment.marks.all()}
        lessons = [(lesson, marks.get(lesson.pk)) for lesson in enrolment.edition.lessons.all()]
        stats = _to_stats(rows.get(enrolment.pk), enrolment.edition.attendance_threshold)
        courses.append(LearnerCourse(enrolment=enrolment, lessons=lessons, stats=stats))
    return courses


def waiting_list(*, edition: Edition) -> QuerySet[Enrolment]:
    return (
        Enrolment.objects.filter(edition=edition, status=Enrolment.Status.WAITING)
        .select_related("person")
        .order_by("waiting_position")
    )


def enrolment_for_certificate(*, enrolment_id: int) -> Enrolment:
    return Enrolment.objects.select_related("person", "edition__course").get(pk=enrolment_id)


def certificate_by_code(*, code: str) -> Enrolment | None:
    return (
        Enrolment.objects.filter(certificate_code=code.strip().upper())
        .select_related("person", "edition__course")
        .first()
    )


def italian_level_reached(*, person: User) -> str:
    """The highest CEFR level recorded at the end of an Italian course ("" if none), for the
    CV profile (jobs reads it through this function)."""
    levels = (
        Enrolment.objects.filter(person=person, status=Enrolment.Status.COMPLETED)
        .exclude(cefr_level_reached="")
        .values_list("cefr_level_reached", flat=True)
    )
    return max(levels, key=cefr_rank, default="")
