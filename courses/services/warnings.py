"""Warnings in time. After a register is saved (a Celery task, after commit) every person
holding a seat in the edition is looked at:

- they can no longer reach the threshold: even coming to every lesson left (lessons not
  cancelled that have no mark for them yet) would keep them below it;
- they were absent N lessons in a row (N per edition, default 3); excused absences are skipped:
  they neither count nor break the run (the person told us, but has still not come).

Each cause is sent at most once per enrolment (a unique constraint, and the message's dedupe
key), in the person's language, by email or — for people without email — on the desk
operators' call list. The warning then waits in the operators' follow-up list for the outcome.
Walk-ins are not warned: they have no seat to lose.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from courses.errors import ErrorCode
from courses.models import (
    AttendanceStatus,
    AttendanceWarning,
    Edition,
    Enrolment,
    FollowUpOutcome,
    Lesson,
    WarningCause,
)
from courses.permissions import PERM_FOLLOW_UP_WARNINGS
from courses.selectors import (
    AttendanceStats,
    MarkHistory,
    edition_attendance,
    edition_mark_histories,
)
from notify.models import CallListItem
from notify.services import call_record, person_notify

from .emails import site_url
from .enrolment import enrolment_withdraw

logger = logging.getLogger(__name__)

TEMPLATES = {
    WarningCause.CANNOT_REACH: (
        "courses/email/warning_cannot_reach_subject.txt",
        "courses/email/warning_cannot_reach_body.txt",
    ),
    WarningCause.ABSENCES: (
        "courses/email/warning_absences_subject.txt",
        "courses/email/warning_absences_body.txt",
    ),
}


def absences_in_a_row(statuses: list[str]) -> int:
    """Absences at the end of a run of marks in lesson order; excused ones are skipped."""
    run = 0
    for status in reversed(statuses):
        if status == AttendanceStatus.EXCUSED:
            continue
        if status != AttendanceStatus.ABSENT:
            break
        run += 1
    return run


def warning_causes(
    *, stats: AttendanceStats, history: MarkHistory, absences_before_warning: int
) -> list[WarningCause]:
    causes = []
    if stats.cannot_reach(history.remaining):
        causes.append(WarningCause.CANNOT_REACH)
    if absences_in_a_row(history.statuses) >= absences_before_warning:
        causes.append(WarningCause.ABSENCES)
    return causes


def notify_key(*, enrolment_id: int, cause: str) -> str:
    return f"courses:warning:{cause}:{enrolment_id}"


def attendance_warnings_check(
    *, edition: Edition, lesson: Lesson | None = None, notify: bool = True
) -> list[AttendanceWarning]:
    """Warn the people of an edition who need it now (each cause once). Returns the warnings
    created. `notify=False` records them without a message (demo data only)."""
    stats = edition_attendance(edition=edition)
    histories = edition_mark_histories(edition=edition)
    already = set(
        AttendanceWarning.objects.filter(enrolment__edition_id=edition.pk).values_list(
            "enrolment_id", "cause"
        )
    )
    due = [
        (enrolment_id, cause)
        for enrolment_id, history in histories.items()
        for cause in warning_causes(
            stats=stats[enrolment_id],
            history=history,
            absences_before_warning=edition.absences_before_warning,
        )
        if (enrolment_id, cause) not in already
    ]
    if not due:
        return []
    enrolments = Enrolment.objects.select_related("person", "edition__course").in_bulk(
        [enrolment_id for enrolment_id, _cause in due]
    )
    next_lesson = (
        Lesson.objects.filter(
            edition_id=edition.pk, cancelled=False, date__gte=timezone.localdate()
        )
        .order_by("date", "starts_at")
        .first()
    )
    created = []
    for enrolment_id, cause in due:
        warning = _warn(
            enrolment=enrolments[enrolment_id],
            cause=cause,
            stats=stats[enrolment_id],
            history=histories[enrolment_id],
            lesson=lesson,
            next_lesson=next_lesson,
            notify=notify,
        )
        if warning is not None:
            created.append(warning)
    return created


@transaction.atomic
def _warn(
    *,
    enrolment: Enrolment,
    cause: WarningCause,
    stats: AttendanceStats,
    history: MarkHistory,
    lesson: Lesson | None,
    next_lesson: Lesson | None,
    notify: bool,
) -> AttendanceWarning | None:
    person = enrolment.person
    assert person is not None  # noqa: S101 - only enrolments with a person are looked at
    key = notify_key(enrolment_id=enrolment.pk, cause=cause)
    warning = AttendanceWarning(
        enrolment=enrolment,
        cause=cause,
        lesson=lesson,
        created_at=timezone.now(),
        attendance_pct=stats.percentage,
        best_possible_pct=stats.best_possible(history.remaining),
        absences_in_a_row=absences_in_a_row(history.statuses),
        channel=(
            AttendanceWarning.Channel.EMAIL if person.email else AttendanceWarning.Channel.CALL_LIST
        ),
        notify_key=key,
    )
    try:
        with transaction.atomic():
            warning.save()
    except IntegrityError:  # another worker warned them a moment ago
        return None
    if notify:
        edition = enrolment.edition
        person_notify(
            person=person,
            templates=TEMPLATES[cause],
            context={
                "enrolment": enrolment,
                "edition": edition,
                "course": edition.course,
                "warning": warning,
                "threshold": edition.attendance_threshold,
                "next_lesson": next_lesson,
                "my_courses_url": site_url(reverse("courses:my_courses")),
            },
            kind=f"courses.warning.{cause}",
            dedupe_key=key,
        )
    return warning


@transaction.atomic
def warning_follow_up(
    *, warning: AttendanceWarning, by: User, outcome: FollowUpOutcome, note: str = ""
) -> AttendanceWarning:
    """Record what came of the contact. "Withdrew" also withdraws the enrolment, which gives the
    seat to the first person waiting. A call-list item still open for this warning is closed
    (the operator has spoken to the person)."""
    if not by.has_perm(PERM_FOLLOW_UP_WARNINGS):
        raise PermissionDenied
    warning = (
        AttendanceWarning.objects.select_for_update()
        .select_related("enrolment__edition")
        .get(pk=warning.pk)
    )
    if outcome not in FollowUpOutcome.values:
        raise ValidationError(_("Choose the outcome of the contact."), code=ErrorCode.BAD_STATUS)
    warning.outcome = outcome
    warning.outcome_note = note.strip()[:500]
    warning.outcome_by = by
    warning.outcome_at = timezone.now()
    warning.save(update_fields=["outcome", "outcome_note", "outcome_by", "outcome_at"])
    still_enrolled = warning.enrolment.status == Enrolment.Status.ENROLLED
    if outcome == FollowUpOutcome.WITHDREW and still_enrolled:
        enrolment_withdraw(enrolment=warning.enrolment, by=by)
    call = CallListItem.objects.filter(dedupe_key=warning.notify_key, done_at__isnull=True).first()
    if call is not None and outcome != FollowUpOutcome.NOT_REACHED:
        call_record(
            item=call,
            by=by,
            outcome=CallListItem.Outcome.REACHED,
            note=_("Followed up in the attendance follow-up list."),
        )
    return warning
