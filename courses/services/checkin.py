"""Self check-in: the teacher opens it for a lesson; learners prove they are in the room with
the code on the teacher's phone (scanned or typed) and are marked present, or late after the
edition's on-time minutes. How the codes work, and why they are derived and not stored, is in
courses/checkin.py.

A check-in never overrides a mark: when the person is already marked (by themselves, or by the
teacher, who always has the last word in the register) nothing changes and they are told so.
"""

import datetime as dt
import secrets
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from common.types import User
from courses import checkin
from courses.errors import ErrorCode
from courses.models import (
    REGISTER_STATUSES,
    AttendanceChange,
    AttendanceMark,
    Enrolment,
    Lesson,
    MarkSource,
)
from courses.permissions import can_run_lessons
from courses.selectors import checkin_lessons_for

# After a valid scan, the person has this long to confirm (time to sign in on their phone).
SCAN_CONFIRM_WINDOW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class CheckinResult:
    lesson: Lesson
    mark: AttendanceMark
    created: bool  # False: the person was already marked, and nothing changed


def _local_time(value: dt.datetime) -> str:
    return formats.time_format(timezone.localtime(value), "H:i")


def _outside_times(lesson: Lesson, times: checkin.CheckinTimes, now: dt.datetime) -> None:
    if lesson.cancelled:
        raise ValidationError(_("This lesson is cancelled."), code=ErrorCode.CHECKIN_OUTSIDE_TIMES)
    if now < times.opens_at:
        opens = _local_time(times.opens_at)
        raise ValidationError(
            _("Check-in for this lesson opens at %(time)s.") % {"time": opens},
            code=ErrorCode.CHECKIN_OUTSIDE_TIMES,
        )
    if now >= times.closes_at:
        raise ValidationError(
            _(
                "Check-in for this lesson closed at %(time)s. Please ask your teacher to mark "
                "you in the register."
            )
            % {"time": _local_time(times.closes_at)},
            code=ErrorCode.CHECKIN_OUTSIDE_TIMES,
        )


@transaction.atomic
def checkin_open(*, lesson: Lesson, by: User, now: dt.datetime | None = None) -> Lesson:
    """Open self check-in (idempotent: an open check-in keeps its codes)."""
    if not can_run_lessons(by, lesson.edition):
        raise PermissionDenied
    now = now or timezone.now()
    _outside_times(lesson, checkin.checkin_times(lesson), now)
    locked = Lesson.objects.select_for_update().select_related("edition").get(pk=lesson.pk)
    if not locked.checkin_key:
        locked.checkin_key = secrets.token_hex(32)
        locked.checkin_opened_at = now
        locked.checkin_opened_by = by
        locked.save(update_fields=["checkin_key", "checkin_opened_at", "checkin_opened_by"])
    return locked


@transaction.atomic
def checkin_close(*, lesson: Lesson, by: User) -> Lesson:
    """Close self check-in: every code of the lesson stops working at once."""
    if not can_run_lessons(by, lesson.edition):
        raise PermissionDenied
    locked = Lesson.objects.select_for_update().get(pk=lesson.pk)
    locked.checkin_key = ""
    locked.save(update_fields=["checkin_key"])
    return locked


def _checkin(*, lesson: Lesson, person: User, at: dt.datetime) -> CheckinResult:
    """Mark `person` present (or late) at `lesson`, as of `at`, the moment they showed a valid
    code. Call inside a transaction."""
    times = checkin.checkin_times(lesson)
    _outside_times(lesson, times, at)
    enrolment = Enrolment.objects.filter(
        edition_id=lesson.edition_id, person=person, status__in=REGISTER_STATUSES
    ).first()
    if enrolment is None:
        raise ValidationError(
            _(
                "You are not in the register of this course. Please speak to the teacher: they "
                "can add you."
            ),
            code=ErrorCode.NOT_IN_REGISTER,
        )
    # One writer per register at a time: the teacher's save and 40 check-ins queue up here.
    Lesson.objects.select_for_update().filter(pk=lesson.pk).values_list("pk").get()
    existing = AttendanceMark.objects.filter(lesson=lesson, enrolment=enrolment).first()
    if existing is not None:
        return CheckinResult(lesson=lesson, mark=existing, created=False)
    now = timezone.now()
    status = times.status_at(at)
    mark = AttendanceMark.objects.create(
        lesson=lesson,
        enrolment=enrolment,
        status=status,
        marked_by=person,
        marked_at=now,
        source=MarkSource.CHECK_IN,
    )
    AttendanceChange.objects.create(
        mark=mark,
        old_status="",
        new_status=status,
        changed_by=person,
        changed_at=now,
        source=MarkSource.CHECK_IN,
    )
    return CheckinResult(lesson=lesson, mark=mark, created=True)


@transaction.atomic
def checkin_with_code(*, person: User, code: str, now: dt.datetime | None = None) -> CheckinResult:
    """Check in with the typed code: it is compared with the current code of every lesson of the
    person's own courses that has check-in open today, so a code is of no use to anyone who is
    not in that register."""
    now = now or timezone.now()
    typed = checkin.normalise_code(code)
    lessons = list(checkin_lessons_for(person=person, day=timezone.localdate(now)))
    expired = False
    for lesson in lessons:
        outcome = checkin.check_typed_code(lesson, typed, now=now.timestamp())
        if outcome == checkin.CodeCheck.VALID:
            return _checkin(lesson=lesson, person=person, at=now)
        expired = expired or outcome == checkin.CodeCheck.EXPIRED
    if expired:
        raise ValidationError(
            _("The code has just changed. Please type the code on the screen now."),
            code=ErrorCode.CODE_EXPIRED,
        )
    if not lessons:
        raise ValidationError(
            _("None of your lessons has check-in open now."), code=ErrorCode.CHECKIN_NOT_OPEN
        )
    raise ValidationError(
        _("This is not the code on the screen. Please check it and try again."),
        code=ErrorCode.CODE_WRONG,
    )


def checkin_scan_check(*, lesson: Lesson, token: str, now: dt.datetime | None = None) -> None:
    """Check the token of a scanned QR code (no write): raise unless it is the current one."""
    now = now or timezone.now()
    outcome = checkin.check_scan_token(lesson, token, now=now.timestamp())
    if outcome == checkin.CodeCheck.EXPIRED:
        raise ValidationError(
            _(
                "This QR code has changed (it changes every %(seconds)s seconds). Please scan "
                "the screen again."
            )
            % {"seconds": checkin.ROTATION_SECONDS},
            code=ErrorCode.CODE_EXPIRED,
        )
    if outcome != checkin.CodeCheck.VALID:
        raise ValidationError(
            _("This QR code is not valid. Please scan the teacher's screen again."),
            code=ErrorCode.CODE_WRONG,
        )


@transaction.atomic
def checkin_with_scan(
    *, lesson: Lesson, person: User, scanned_at: dt.datetime, now: dt.datetime | None = None
) -> CheckinResult:
    """Complete a check-in whose QR code was valid when scanned (`checkin_scan_check`) in this
    person's browser session, at `scanned_at`; they confirm within SCAN_CONFIRM_WINDOW (long
    enough to sign in). The session is the proof, so the scanned address alone proves nothing
    once its 15 seconds have passed."""
    now = now or timezone.now()
    if not (scanned_at <= now <= scanned_at + SCAN_CONFIRM_WINDOW):
        raise ValidationError(
            _("Too much time has passed since you scanned the code. Please scan it again."),
            code=ErrorCode.CODE_EXPIRED,
        )
    return _checkin(lesson=lesson, person=person, at=scanned_at)
