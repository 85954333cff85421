"""The class register: who may fill it in and until when, and saving it in one go."""

import datetime as dt
import logging
from collections.abc import Mapping

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from courses.errors import ErrorCode
from courses.models import (
    REGISTER_STATUSES,
    AttendanceChange,
    AttendanceMark,
    AttendanceStatus,
    Enrolment,
    Lesson,
    MarkSource,
)
from courses.permissions import PERM_CORRECT_ANY_REGISTER, is_teacher_of

logger = logging.getLogger(__name__)

TEACHER_CORRECTION_DAYS = 7


def register_is_editable(
    *, lesson: Lesson, user: User | AnonymousUser, today: dt.date | None = None
) -> bool:
    """Teachers mark and correct within TEACHER_CORRECTION_DAYS; operators at any time."""
    today = today or timezone.localdate()
    if lesson.date > today or lesson.cancelled:
        return False
    if user.has_perm(PERM_CORRECT_ANY_REGISTER):
        return True
    return (
        is_teacher_of(user, lesson.edition)
        and (today - lesson.date).days <= TEACHER_CORRECTION_DAYS
    )


def _check_register(*, lesson: Lesson, marks: Mapping[int, str], by: User) -> None:
    """Raise unless `by` may save these marks for this lesson today."""
    if not (is_teacher_of(by, lesson.edition) or by.has_perm(PERM_CORRECT_ANY_REGISTER)):
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
            edition_id=lesson.edition_id, status__in=REGISTER_STATUSES
        ).values_list("pk", flat=True)
    )
    if set(marks) - enrolment_ids:
        raise ValidationError(
            _("Some people are not enrolled in this edition."), code=ErrorCode.UNKNOWN_PERSON
        )


@transaction.atomic
def register_save(*, lesson: Lesson, marks: Mapping[int, str], by: User) -> int:
    """Save the whole register of a lesson in one go: {enrolment id: status}. People left out
    keep their mark (walk-ins who did not come today have none).

    The number of SQL queries does not depend on the size of the class. Every change is kept in
    AttendanceChange. After commit, a Celery task looks for people to warn (services.warnings).
    Returns the number of marks that changed.
    """
    _check_register(lesson=lesson, marks=marks, by=by)
    # One writer per register at a time (self check-ins write to it too).
    Lesson.objects.select_for_update().filter(pk=lesson.pk).values_list("pk").get()
    now = timezone.now()
    existing = {
        mark.enrolment_id: mark
        for mark in AttendanceMark.objects.select_for_update().filter(lesson=lesson)
    }
    to_create: list[AttendanceMark] = []
    to_update: list[AttendanceMark] = []
    history_old: list[tuple[AttendanceMark, str]] = []
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
            mark.source = MarkSource.REGISTER
            to_update.append(mark)
    if to_create:
        AttendanceMark.objects.bulk_create(to_create)  # PostgreSQL returns the new ids
    if to_update:
        AttendanceMark.objects.bulk_update(
            to_update, ["status", "marked_by", "marked_at", "source"]
        )
    changes = [(m, "") for m in to_create] + history_old
    history = [
        AttendanceChange(mark=m, old_status=old, new_status=m.status, changed_by=by, changed_at=now)
        for m, old in changes
    ]
    if history:
        AttendanceChange.objects.bulk_create(history)
        warnings_check_after_commit(lesson=lesson)
    return len(history)


def warnings_check_after_commit(*, lesson: Lesson) -> None:
    """Queue the look for people to warn (courses.tasks) once the register is committed. With
    the broker down it is only logged: the nightly run (CELERY_BEAT_SCHEDULE) catches up."""
    from courses.tasks import attendance_warnings_check

    edition_id, lesson_id = lesson.edition_id, lesson.pk

    def send() -> None:
        try:
            attendance_warnings_check.delay(edition_id, lesson_id)
        except Exception:  # noqa: BLE001 - kombu raises several types when Redis is unreachable
            logger.warning("Broker unavailable: warnings of edition %s wait", edition_id)

    transaction.on_commit(send)
