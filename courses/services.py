"""Business rules for courses: enrolment with waiting list, lessons, registers, certificates.

Every write goes through a function here: keyword-only, one transaction, emails queued in the
same transaction through the outbox (sent by Celery after commit, in the person's language).
"""

import datetime as dt
import secrets
from collections.abc import Mapping
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Min
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.calendar import closed_days
from courses.models import (
    AttendanceChange,
    AttendanceMark,
    AttendanceStatus,
    CefrLevel,
    CourseKind,
    Edition,
    Enrolment,
    Lesson,
)
from courses.permissions import PERM_DESK_ENROL, PERM_MANAGE_ENROLMENTS, is_teacher_of
from notify.services import email_enqueue

# The text a person agrees to when enrolling; bump the version whenever the text changes.
CONSENT_TEXT_VERSION = "courses-2026-11"
DESK_CONSENT_TEXT_VERSION = "courses-desk-2026-11"  # read aloud and signed on paper at a desk
TEACHER_CORRECTION_DAYS = 7
CERTIFICATE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class ErrorCode(StrEnum):
    ENROLMENT_CLOSED = "enrolment_closed"
    ALREADY_ENROLLED = "already_enrolled"
    CONSENT_MISSING = "consent_missing"
    NOT_ACTIVE = "not_active"
    NOT_ALLOWED = "not_allowed"
    REGISTER_TOO_EARLY = "register_too_early"
    REGISTER_LOCKED = "register_locked"
    UNKNOWN_PERSON = "unknown_person"
    BAD_STATUS = "bad_status"
    NOT_ELIGIBLE = "not_eligible"
    LEVEL_ONLY_ITALIAN = "level_only_italian"


# --- Emails -----------------------------------------------------------------------------------


def _site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _email_person(*, enrolment: Enrolment, template: str, dedupe_key: str = "", **extra) -> None:
    """Queue an email to the enrolled person in their own language (nothing if no address)."""
    person = enrolment.person
    if not person.email:
        return
    language = person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        edition = enrolment.edition
        context = {
            "person": person,
            "enrolment": enrolment,
            "edition": edition,
            "course": edition.course,
            "timetable": list(edition.timetable.all()),
            "my_courses_url": _site_url(reverse("courses:my_courses")),
            **extra,
        }
        subject = render_to_string(f"courses/email/{template}_subject.txt", context)
        body = render_to_string(f"courses/email/{template}_body.txt", context)
    email_enqueue(
        to=person.email,
        subject=subject,
        body_text=body,
        language=language,
        dedupe_key=dedupe_key,
    )


# --- Enrolment --------------------------------------------------------------------------------


def _lock_edition(edition: Edition) -> Edition:
    """Lock the edition row: enrolments in the same edition are serialised from here on."""
    return Edition.objects.select_for_update().get(pk=edition.pk)


def _seats_taken(edition: Edition) -> int:
    return edition.enrolments.filter(
        status__in=[Enrolment.Status.ENROLLED, Enrolment.Status.COMPLETED]
    ).count()


@transaction.atomic
def enrolment_create(
    *,
    edition: Edition,
    person,
    consent_given: bool,
    by=None,
    consent_text_version: str = CONSENT_TEXT_VERSION,
    at_desk: bool = False,
    notify_person: bool = True,
) -> Enrolment:
    """Give the person a seat, or a place in the waiting list when the edition is full.

    The edition row is locked for the whole transaction, so concurrent enrolments are counted
    one after another and never exceed the capacity.
    """
    if not consent_given:
        raise ValidationError(
            _("Please confirm that you agree to the processing of your data."),
            code=ErrorCode.CONSENT_MISSING,
        )
    edition = _lock_edition(edition)
    if not at_desk and not edition.accepts_enrolments:
        raise ValidationError(
            _("Enrolment for this edition is closed."), code=ErrorCode.ENROLMENT_CLOSED
        )
    if at_desk and edition.status in (Edition.Status.COMPLETED, Edition.Status.CANCELLED):
        raise ValidationError(
            _("Enrolment for this edition is closed."), code=ErrorCode.ENROLMENT_CLOSED
        )
    already = _("You are already enrolled in this edition.")
    if edition.enrolments.filter(person=person, status__in=Enrolment.ACTIVE_STATUSES).exists():
        raise ValidationError(already, code=ErrorCode.ALREADY_ENROLLED)

    now = timezone.now()
    enrolment = Enrolment(
        person=person,
        edition=edition,
        consent_text_version=consent_text_version,
        consent_given_at=now,
        enrolled_by=by,
    )
    if _seats_taken(edition) < edition.capacity:
        enrolment.status = Enrolment.Status.ENROLLED
    else:
        enrolment.status = Enrolment.Status.WAITING
        last = edition.enrolments.filter(status=Enrolment.Status.WAITING).aggregate(
            last=Max("waiting_position")
        )["last"]
        enrolment.waiting_position = (last or 0) + 1
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError as exc:  # the unique constraint is the last line of defence
        raise ValidationError(already, code=ErrorCode.ALREADY_ENROLLED) from exc
    enrolment.edition = edition
    if not notify_person:  # demo data and imports
        return enrolment
    template = "confirmation" if enrolment.status == Enrolment.Status.ENROLLED else "waiting"
    _email_person(
        enrolment=enrolment, template=template, dedupe_key=f"courses:{template}:{enrolment.pk}"
    )
    return enrolment


def enrolment_create_at_desk(*, edition: Edition, person, by) -> Enrolment:
    """An operator enrols a person at a help desk (consent read aloud and signed on paper)."""
    if not by.has_perm(PERM_DESK_ENROL):
        raise PermissionDenied
    return enrolment_create(
        edition=edition,
        person=person,
        consent_given=True,
        by=by,
        consent_text_version=DESK_CONSENT_TEXT_VERSION,
        at_desk=True,
    )


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment, by) -> Enrolment | None:
    """Withdraw a person; if they held a seat, the first person waiting takes it (and is told).

    Returns the promoted enrolment, if any.
    """
    if by.pk != enrolment.person_id and not by.has_perm(PERM_MANAGE_ENROLMENTS):
        raise PermissionDenied
    edition = _lock_edition(enrolment.edition)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status not in (Enrolment.Status.ENROLLED, Enrolment.Status.WAITING):
        raise ValidationError(_("This enrolment is no longer active."), code=ErrorCode.NOT_ACTIVE)
    held_seat = enrolment.status == Enrolment.Status.ENROLLED
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.waiting_position = None
    enrolment.status_changed_at = timezone.now()
    enrolment.save(update_fields=["status", "waiting_position", "status_changed_at"])
    if held_seat:
        return _promote_waiting(edition=edition)
    return None


def _promote_waiting(*, edition: Edition) -> Enrolment | None:
    """Fill free seats from the head of the waiting list. Call with the edition locked."""
    promoted = None
    while _seats_taken(edition) < edition.capacity:
        first = (
            edition.enrolments.filter(status=Enrolment.Status.WAITING)
            .select_related("person", "edition__course")
            .order_by("waiting_position")
            .first()
        )
        if first is None:
            break
        first.status = Enrolment.Status.ENROLLED
        first.waiting_position = None
        first.status_changed_at = timezone.now()
        first.save(update_fields=["status", "waiting_position", "status_changed_at"])
        _email_person(
            enrolment=first, template="promotion", dedupe_key=f"courses:promotion:{first.pk}"
        )
        promoted = promoted or first
    return promoted


@transaction.atomic
def waiting_list_promote(*, edition: Edition, by) -> int:
    """Fill free seats from the waiting list (e.g. after the capacity was raised in the page
    editor). Returns how many people got a seat."""
    if not by.has_perm(PERM_MANAGE_ENROLMENTS):
        raise PermissionDenied
    edition = _lock_edition(edition)
    before = _seats_taken(edition)
    _promote_waiting(edition=edition)
    return _seats_taken(edition) - before


@transaction.atomic
def enrolment_complete(*, enrolment: Enrolment, by, cefr_level_reached: str = "") -> Enrolment:
    """Close a person's enrolment at the end of the course, with the CEFR level reached."""
    if not (is_teacher_of(by, enrolment.edition) or by.has_perm(PERM_MANAGE_ENROLMENTS)):
        raise PermissionDenied
    if enrolment.status != Enrolment.Status.ENROLLED:
        raise ValidationError(
            _("Only people holding a seat can complete the course."), code=ErrorCode.NOT_ACTIVE
        )
    if cefr_level_reached:
        if enrolment.edition.course.kind != CourseKind.ITALIAN:
            raise ValidationError(
                _("A language level applies only to Italian-language courses."),
                code=ErrorCode.LEVEL_ONLY_ITALIAN,
            )
        if cefr_level_reached not in CefrLevel.values:
            raise ValidationError(_("Unknown language level."), code=ErrorCode.BAD_STATUS)
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.cefr_level_reached = cefr_level_reached
    enrolment.status_changed_at = timezone.now()
    enrolment.save(update_fields=["status", "cefr_level_reached", "status_changed_at"])
    return enrolment


# --- Lessons ----------------------------------------------------------------------------------


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
    lessons, skipped = [], {}
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


# --- Registers --------------------------------------------------------------------------------


def register_is_editable(*, lesson: Lesson, user, today: dt.date | None = None) -> bool:
    """Teachers mark and correct within TEACHER_CORRECTION_DAYS; operators at any time."""
    today = today or timezone.localdate()
    if lesson.date > today or lesson.cancelled:
        return False
    if user.has_perm("courses.change_attendancemark"):
        return True
    return (
        is_teacher_of(user, lesson.edition)
        and (today - lesson.date).days <= TEACHER_CORRECTION_DAYS
    )


@transaction.atomic
def register_save(*, lesson: Lesson, marks: Mapping[int, str], by) -> int:
    """Save the whole register of a lesson in one go: {enrolment id: status}.

    The number of SQL queries does not depend on the size of the class. Every change is kept in
    AttendanceChange. Returns the number of marks that changed.
    """
    edition = lesson.edition
    if not (is_teacher_of(by, edition) or by.has_perm("courses.change_attendancemark")):
        raise PermissionDenied
    today = timezone.localdate()
    if lesson.date > today or lesson.cancelled:
        raise ValidationError(
            _("You can fill in the register from the day of the lesson."),
            code=ErrorCode.REGISTER_TOO_EARLY,
        )
    if not register_is_editable(lesson=lesson, user=by, today=today):
        raise ValidationError(
            _(
                "This register can no longer be changed by the teacher (after %(days)s days). "
                "Please ask a help-desk operator."
            )
            % {"days": TEACHER_CORRECTION_DAYS},
            code=ErrorCode.REGISTER_LOCKED,
        )
    valid = set(AttendanceStatus.values)
    if any(status not in valid for status in marks.values()):
        raise ValidationError(_("Unknown attendance status."), code=ErrorCode.BAD_STATUS)
    enrolment_ids = set(
        Enrolment.objects.filter(
            edition_id=edition.pk,
            status__in=[Enrolment.Status.ENROLLED, Enrolment.Status.COMPLETED],
        ).values_list("pk", flat=True)
    )
    unknown = set(marks) - enrolment_ids
    if unknown:
        raise ValidationError(
            _("Some people are not enrolled in this edition."), code=ErrorCode.UNKNOWN_PERSON
        )
    now = timezone.now()
    existing = {
        mark.enrolment_id: mark
        for mark in AttendanceMark.objects.select_for_update().filter(lesson=lesson)
    }
    to_create, to_update, history_old = [], [], []
    for enrolment_id, status in marks.items():
        mark = existing.get(enrolment_id)
        if mark is None:
            to_create.append(
                AttendanceMark(
                    lesson=lesson,
                    enrolment_id=enrolment_id,
                    status=status,
                    marked_by=by,
                    marked_at=now,
                )
            )
        elif mark.status != status:
            history_old.append((mark, mark.status))
            mark.status, mark.marked_by, mark.marked_at = status, by, now
            to_update.append(mark)
    if to_create:
        AttendanceMark.objects.bulk_create(to_create)  # PostgreSQL returns the new ids
    if to_update:
        AttendanceMark.objects.bulk_update(to_update, ["status", "marked_by", "marked_at"])
    history = [
        AttendanceChange(mark=m, old_status="", new_status=m.status, changed_by=by, changed_at=now)
        for m in to_create
    ] + [
        AttendanceChange(mark=m, old_status=old, new_status=m.status, changed_by=by, changed_at=now)
        for m, old in history_old
    ]
    if history:
        AttendanceChange.objects.bulk_create(history)
    return len(history)


# --- Certificates -----------------------------------------------------------------------------


def _new_certificate_code() -> str:
    raw = "".join(secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment) -> Enrolment:
    """Give a verification code to a person who reached the attendance threshold (idempotent)."""
    from courses.selectors import enrolment_attendance

    enrolment = Enrolment.objects.select_for_update().select_related("edition").get(pk=enrolment.pk)
    if enrolment.certificate_code:
        return enrolment
    stats = enrolment_attendance(enrolment=enrolment)
    if enrolment.status not in (Enrolment.Status.ENROLLED, Enrolment.Status.COMPLETED) or not (
        stats.eligible
    ):
        raise ValidationError(
            _("The certificate is given to people who attended at least %(pct)s%% of lessons.")
            % {"pct": enrolment.edition.attendance_threshold},
            code=ErrorCode.NOT_ELIGIBLE,
        )
    enrolment.certificate_code = _new_certificate_code()
    enrolment.certificate_issued_at = timezone.now()
    enrolment.save(update_fields=["certificate_code", "certificate_issued_at"])
    return enrolment


# --- Reminders --------------------------------------------------------------------------------


def reminders_queue(*, today: dt.date | None = None) -> int:
    """Queue the reminder for everyone whose first lesson is tomorrow (each sent once)."""
    today = today or timezone.localdate()
    tomorrow = today + dt.timedelta(days=1)
    firsts = (
        Lesson.objects.filter(cancelled=False)
        .values("edition_id")
        .annotate(first=Min("date"))
        .filter(first=tomorrow)
    )
    edition_ids = [row["edition_id"] for row in firsts]
    lessons = {
        lesson.edition_id: lesson
        for lesson in Lesson.objects.filter(
            edition_id__in=edition_ids, date=tomorrow, cancelled=False
        ).order_by("-starts_at")
    }
    count = 0
    enrolments = Enrolment.objects.filter(
        edition_id__in=edition_ids, status=Enrolment.Status.ENROLLED
    ).select_related("person", "edition__course")
    for enrolment in enrolments:
        with transaction.atomic():
            _email_person(
                enrolment=enrolment,
                template="reminder",
                dedupe_key=f"courses:reminder:{enrolment.pk}",
                lesson=lessons[enrolment.edition_id],
            )
        count += 1
    return count
