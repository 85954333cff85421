"""Reads for courses: QuerySets with their joins already applied, and attendance figures."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Max,
    Min,
    Prefetch,
    Q,
    QuerySet,
    Sum,
)
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from common.choices import cefr_rank
from common.types import User
from courses.models import (
    ACTIVE_STATUSES,
    ATTENDED_STATUSES,
    REGISTER_STATUSES,
    SEAT_STATUSES,
    AttendanceChange,
    AttendanceMark,
    AttendanceStatus,
    AttendanceWarning,
    CoursePage,
    Edition,
    Enrolment,
    Lesson,
    MarkSource,
    TimetableSlot,
    WalkIn,
)

TIME_OF_DAY = {  # start time of a weekly slot
    "morning": (dt.time(0, 0), dt.time(12, 0)),
    "afternoon": (dt.time(12, 0), dt.time(17, 0)),
    "evening": (dt.time(17, 0), dt.time(23, 59, 59)),
}


def editions_with_seats(queryset: QuerySet[Edition] | None = None) -> QuerySet[Edition]:
    """Editions with their course, timetable, teachers and the count of seats and waiting."""
    queryset = queryset if queryset is not None else Edition.objects.all()
    editions: QuerySet[Edition] = (
        queryset.select_related("course", "partner", "activity")
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
    childcare: bool = False,
    women_only: bool = False,
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
    if childcare:
        editions = editions.filter(childcare=True)
    if women_only:
        editions = editions.filter(women_only=True)
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


def attendance_percentage(attended: int, counted: int) -> int | None:
    """The one attendance formula: lessons attended (present or late) over lessons that count
    (excused absences are left out), as a rounded percentage."""
    if not counted:
        return None
    return round(100 * attended / counted)


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
        return attendance_percentage(self.attended, self.counted)

    def best_possible(self, remaining: int) -> int | None:
        """The percentage if the person came to all `remaining` lessons."""
        return attendance_percentage(self.attended + remaining, self.counted + remaining)

    def cannot_reach(self, remaining: int) -> bool:
        """Even coming to every remaining lesson would leave them below the threshold."""
        best = self.best_possible(remaining)
        return self.counted > 0 and best is not None and best < self.threshold

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
    enrolment_ids = edition.enrolments.filter(status__in=REGISTER_STATUSES).values_list(
        "pk", flat=True
    )
    return {pk: _to_stats(rows.get(pk), edition.attendance_threshold) for pk in enrolment_ids}


def edition_percentage(stats: dict[int, AttendanceStats]) -> int | None:
    attended = sum(s.attended for s in stats.values())
    counted = sum(s.counted for s in stats.values())
    return attendance_percentage(attended, counted)


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
    """Everyone in the register: seats by surname, then walk-ins (no account) in the order they
    came."""
    return (
        Enrolment.objects.filter(edition_id=edition.pk, status__in=REGISTER_STATUSES)
        .select_related("person")
        .prefetch_related("walk_ins")
        .order_by(
            F("person__last_name").asc(nulls_last=True), "person__first_name", "created_at", "pk"
        )
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
        .with_waiting_place()
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
        .with_waiting_place()
        .select_related("person")
        .order_by("waiting_position")
    )


def enrolment_of_person(*, enrolment_id: int, person: User) -> Enrolment:
    """One of a person's own enrolments, with its place in the waiting list (404 otherwise)."""
    enrolment: Enrolment = get_object_or_404(
        Enrolment.objects.with_waiting_place().select_related("edition__course"),
        pk=enrolment_id,
        person=person,
    )
    return enrolment


def waiting_place(*, enrolment: Enrolment) -> int | None:
    """The enrolment's place in its waiting list now (None if not waiting)."""
    place: int | None = (
        Enrolment.objects.with_waiting_place()
        .filter(pk=enrolment.pk)
        .values_list("waiting_place", flat=True)
        .first()
    )
    return place


def enrolment_for_certificate(*, enrolment_id: int) -> Enrolment:
    return Enrolment.objects.select_related("person", "edition__course").get(pk=enrolment_id)


def course_dates(*, edition: Edition) -> tuple[dt.date, dt.date]:
    """The first and last day of lessons actually held (the planned dates if none)."""
    dates = edition.lessons.filter(cancelled=False).aggregate(first=Min("date"), last=Max("date"))
    return dates["first"] or edition.starts_on, dates["last"] or edition.ends_on


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


# --- past registers, history, check-in, walk-ins, warnings -----------------------------------


# A change to a mark after it was first set (moving a walk-in's mark to their account is not).
CORRECTION = ~Q(old_status="") & ~Q(old_status=F("new_status"))


class RegisterState:
    """What an edition's page says about each lesson's register."""

    TO_COME = "to_come"
    CANCELLED = "cancelled"
    NOT_TAKEN = "not_taken"
    TAKEN = "taken"
    CORRECTED = "corrected"


@dataclass(frozen=True)
class LessonRow:
    lesson: Lesson
    marked: int  # marks in the register
    attended: int
    corrections: int  # changes to a mark after it was first set

    @property
    def state(self) -> str:
        if self.lesson.cancelled:
            return RegisterState.CANCELLED
        if not self.marked:
            if self.lesson.date > timezone.localdate():
                return RegisterState.TO_COME
            return RegisterState.NOT_TAKEN
        return RegisterState.CORRECTED if self.corrections else RegisterState.TAKEN


def edition_lessons(*, edition: Edition) -> list[LessonRow]:
    """Every lesson of an edition with the state of its register, in two queries."""
    lessons = list(Lesson.objects.filter(edition_id=edition.pk).order_by("date", "starts_at"))
    marks: dict[int, tuple[int, int]] = {
        row["lesson_id"]: (row["marked"], row["attended"])
        for row in AttendanceMark.objects.filter(lesson__edition_id=edition.pk)
        .values("lesson_id")
        .annotate(
            marked=Count("pk"),
            attended=Count("pk", filter=Q(status__in=ATTENDED_STATUSES)),
        )
    }
    corrections = dict(
        AttendanceChange.objects.filter(CORRECTION, mark__lesson__edition_id=edition.pk)
        .values("mark__lesson_id")
        .annotate(n=Count("pk"))
        .values_list("mark__lesson_id", "n")
    )
    return [
        LessonRow(
            lesson=lesson,
            marked=marks.get(lesson.pk, (0, 0))[0],
            attended=marks.get(lesson.pk, (0, 0))[1],
            corrections=corrections.get(lesson.pk, 0),
        )
        for lesson in lessons
    ]


def lesson_history(*, lesson: Lesson) -> list[AttendanceChange]:
    """Every change to the lesson's register (who, when, from → to, how), oldest first."""
    return list(
        AttendanceChange.objects.filter(mark__lesson_id=lesson.pk)
        .select_related("changed_by", "mark__enrolment__person")
        .prefetch_related("mark__enrolment__walk_ins")
        .order_by("changed_at", "pk")
    )


@dataclass(frozen=True)
class FirstMarks:
    """Marks first set together: by one person in one save, or by self check-in."""

    by: User | None
    source: str
    count: int
    first_at: dt.datetime
    last_at: dt.datetime


def history_summary(
    history: list[AttendanceChange],
) -> tuple[list[FirstMarks], list[AttendanceChange]]:
    """The register's history for people: first marks grouped by who set them and how (a
    class of 40 is one line, and so are all the self check-ins), and every later change on its
    own."""
    groups: dict[tuple[int | None, str], list[AttendanceChange]] = {}
    changes = []
    for change in history:
        if change.old_status:
            changes.append(change)
            continue
        who = None if change.source == MarkSource.CHECK_IN else change.changed_by_id
        groups.setdefault((who, change.source), []).append(change)
    firsts = [
        FirstMarks(
            by=None if who is None else items[0].changed_by,
            source=source,
            count=len(items),
            first_at=items[0].changed_at,
            last_at=items[-1].changed_at,
        )
        for (who, source), items in groups.items()
    ]
    return sorted(firsts, key=lambda first: first.first_at), changes


def lesson_marks_full(*, lesson: Lesson) -> dict[int, AttendanceMark]:
    """The lesson's marks by enrolment id (status, when, how)."""
    return {mark.enrolment_id: mark for mark in AttendanceMark.objects.filter(lesson=lesson)}


def own_mark(*, lesson: Lesson, person: User) -> AttendanceMark | None:
    """A person's own mark for a lesson (none when they are not in its register)."""
    return AttendanceMark.objects.filter(lesson=lesson, enrolment__person=person).first()


def checkin_lessons_for(*, person: User, day: dt.date) -> QuerySet[Lesson]:
    """Lessons of `day` with check-in open in the editions where the person is in the register."""
    return (
        Lesson.objects.filter(
            date=day,
            cancelled=False,
            edition__enrolments__person=person,
            edition__enrolments__status__in=REGISTER_STATUSES,
        )
        .exclude(checkin_key="")
        .select_related("edition__course")
        .distinct()
    )


def learner_lessons_today(*, person: User, day: dt.date | None = None) -> QuerySet[Lesson]:
    """Today's lessons of the person's courses (for the check-in button on "My courses")."""
    return (
        Lesson.objects.filter(
            date=day or timezone.localdate(),
            cancelled=False,
            edition__enrolments__person=person,
            edition__enrolments__status__in=REGISTER_STATUSES,
        )
        .select_related("edition__course")
        .distinct()
        .order_by("starts_at")
    )


@dataclass(frozen=True)
class AttendeeCount:
    """People who came to at least one lesson (present or late) of some editions."""

    with_account: int  # distinct accounts: seats, and walk-ins linked to an account
    walk_ins_without_account: int  # walk-ins not (yet) linked: each one a person

    @property
    def total(self) -> int:
        return self.with_account + self.walk_ins_without_account


def attendees_count(*, editions: QuerySet[Edition] | None = None) -> AttendeeCount:
    """Unique attendees of editions (all by default), walk-ins included, in one query: for the
    programme's figures. A person who came to several editions counts once; a walk-in without
    an account counts once (linking them to an account merges them with that person)."""
    enrolments = Enrolment.objects.filter(
        status__in=REGISTER_STATUSES,
        marks__status__in=ATTENDED_STATUSES,
        marks__lesson__cancelled=False,
    )
    if editions is not None:
        enrolments = enrolments.filter(edition__in=editions)
    counts = enrolments.aggregate(
        people=Count("person", distinct=True),
        walk_ins=Count("pk", distinct=True, filter=Q(person__isnull=True)),
    )
    return AttendeeCount(with_account=counts["people"], walk_ins_without_account=counts["walk_ins"])


def walk_ins(*, linked: bool | None = None) -> QuerySet[WalkIn]:
    """Walk-ins for the staff area, newest first, with their course and marks counted."""
    items = WalkIn.objects.select_related(
        "enrolment__edition__course", "first_lesson", "added_by", "linked_person", "linked_by"
    ).annotate(
        lessons_attended=Count(
            "enrolment__marks",
            filter=Q(enrolment__marks__status__in=ATTENDED_STATUSES),
            distinct=True,
        )
    )
    if linked is not None:
        items = items.filter(linked_at__isnull=not linked)
    return items.order_by("-added_at", "-pk")


def walk_in_for_staff(*, walk_in_id: int) -> WalkIn:
    return WalkIn.objects.select_related(
        "enrolment__edition__course", "first_lesson", "added_by", "linked_person"
    ).get(pk=walk_in_id)


def accounts_registered_today(*, by: User) -> QuerySet[User]:
    """People `by` registered at the desk today: the ones a walk-in is most often linked to."""
    from django.contrib.auth import get_user_model

    model: type[User] = get_user_model()
    return model.objects.filter(registered_by=by, date_joined__date=timezone.localdate()).order_by(
        "-date_joined"
    )


@dataclass(frozen=True)
class MarkHistory:
    """One person's marks in an edition, in lesson order, and how many lessons are left."""

    statuses: list[str]
    remaining: int  # lessons not cancelled with no mark for them yet


def edition_mark_histories(*, edition: Edition) -> dict[int, MarkHistory]:
    """For each enrolment holding a seat: their marks in lesson order, in two queries."""
    lessons = list(
        Lesson.objects.filter(edition_id=edition.pk, cancelled=False).values_list("pk", flat=True)
    )
    by_enrolment: dict[int, list[str]] = {
        pk: []
        for pk in Enrolment.objects.filter(
            edition_id=edition.pk, status=Enrolment.Status.ENROLLED, person__isnull=False
        ).values_list("pk", flat=True)
    }
    marks = (
        AttendanceMark.objects.filter(enrolment_id__in=list(by_enrolment), lesson_id__in=lessons)
        .order_by("lesson__date", "lesson__starts_at", "lesson_id")
        .values_list("enrolment_id", "status")
    )
    for enrolment_id, status in marks:
        by_enrolment[enrolment_id].append(status)
    return {
        pk: MarkHistory(statuses=statuses, remaining=len(lessons) - len(statuses))
        for pk, statuses in by_enrolment.items()
    }


def warnings_for_follow_up(*, open_only: bool = True) -> QuerySet[AttendanceWarning]:
    """Warnings for the operators' follow-up list: open ones (no outcome yet) oldest first."""
    items = AttendanceWarning.objects.select_related(
        "enrolment__person", "enrolment__edition__course", "lesson", "outcome_by"
    )
    if open_only:
        return items.filter(outcome="").order_by("created_at", "pk")
    return items.exclude(outcome="").order_by("-outcome_at", "-pk")


def open_warnings(*, editions: QuerySet[Edition]) -> QuerySet[AttendanceWarning]:
    """Warnings not yet followed up in some editions (a teacher's "at risk" list)."""
    return (
        AttendanceWarning.objects.filter(enrolment__edition__in=editions, outcome="")
        .select_related("enrolment__person", "enrolment__edition__course")
        .order_by("enrolment__edition__starts_on", "created_at")
    )


def edition_warnings(*, edition: Edition) -> dict[int, list[AttendanceWarning]]:
    """The edition's warnings by enrolment id."""
    result: dict[int, list[AttendanceWarning]] = {}
    for warning in AttendanceWarning.objects.filter(enrolment__edition_id=edition.pk):
        result.setdefault(warning.enrolment_id, []).append(warning)
    return result
