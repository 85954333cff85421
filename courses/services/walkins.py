"""Walk-ins: a teacher adds someone who came without a seat (name, phone if they wish); later an
operator links them to an account without losing a mark. The model is explained in
courses/models/walkins.py."""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from courses.errors import ErrorCode
from courses.models import (
    ACTIVE_STATUSES,
    ATTENDED_STATUSES,
    AttendanceChange,
    AttendanceMark,
    AttendanceStatus,
    Enrolment,
    Lesson,
    MarkSource,
    WalkIn,
)
from courses.permissions import PERM_LINK_WALK_INS, can_run_lessons

from .registers import register_is_editable
from .waiting_list import edition_lock

# What the teacher reads out before writing a walk-in's name and phone: kept for the register
# and the programme's figures, and to call them about the course.
WALK_IN_CONSENT_TEXT_VERSION = "courses-walk-in-2026-11"


@transaction.atomic
def walk_in_add(
    *, lesson: Lesson, name: str, phone: str = "", consent_given: bool, by: User
) -> WalkIn:
    """Add a walk-in to a lesson's register, marked present. They have a row in every register
    of the edition from now on (with no mark on the days they do not come)."""
    if not can_run_lessons(by, lesson.edition):
        raise PermissionDenied
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Please write the person's name."), code=ErrorCode.NAME_MISSING)
    if not consent_given:
        raise ValidationError(
            _("Please confirm that the person agrees that we write down their name."),
            code=ErrorCode.CONSENT_MISSING,
        )
    if lesson.date > timezone.localdate() or lesson.cancelled:
        raise ValidationError(
            _("You can fill in the register from the day of the lesson."),
            code=ErrorCode.REGISTER_TOO_EARLY,
        )
    if not register_is_editable(lesson=lesson, user=by):
        raise ValidationError(
            _("This register can no longer be changed by the teacher."),
            code=ErrorCode.REGISTER_LOCKED,
        )
    Lesson.objects.select_for_update().filter(pk=lesson.pk).values_list("pk").get()
    now = timezone.now()
    enrolment = Enrolment.objects.create(
        person=None,
        edition_id=lesson.edition_id,
        status=Enrolment.Status.WALK_IN,
        consent_text_version=WALK_IN_CONSENT_TEXT_VERSION,
        consent_given_at=now,
        enrolled_by=by,
    )
    walk_in = WalkIn.objects.create(
        enrolment=enrolment,
        name=name[:150],
        phone=" ".join(phone.split())[:32],
        first_lesson=lesson,
        added_by=by,
        added_at=now,
    )
    mark = AttendanceMark.objects.create(
        lesson=lesson,
        enrolment=enrolment,
        status=AttendanceStatus.PRESENT,
        marked_by=by,
        marked_at=now,
        source=MarkSource.WALK_IN,
    )
    AttendanceChange.objects.create(
        mark=mark,
        old_status="",
        new_status=mark.status,
        changed_by=by,
        changed_at=now,
        source=MarkSource.WALK_IN,
    )
    return walk_in


@transaction.atomic
def walk_in_link(*, walk_in: WalkIn, person: User, by: User) -> Enrolment:
    """Link a walk-in to a person's account (existing, or just made at the desk).

    When the person has no place in the edition, the walk-in's row becomes theirs (still a
    walk-in: no seat is taken). When they already have one (enrolled, or an earlier walk-in
    row), the marks move to it: where both have a mark for the same lesson, the one saying the
    person came is kept. Every mark keeps its history, and the move is written in it.
    Returns the enrolment that now holds the marks.
    """
    if not by.has_perm(PERM_LINK_WALK_INS):
        raise PermissionDenied
    edition = edition_lock(edition=walk_in.enrolment.edition)
    walk_in = WalkIn.objects.select_for_update().select_related("enrolment").get(pk=walk_in.pk)
    if walk_in.is_linked:
        raise ValidationError(
            _("This walk-in is already linked to an account."),
            code=ErrorCode.WALK_IN_ALREADY_LINKED,
        )
    source = walk_in.enrolment
    target = (
        Enrolment.objects.filter(edition=edition, person=person, status__in=ACTIVE_STATUSES)
        .exclude(pk=source.pk)
        .first()
    )
    now = timezone.now()
    if target is None:
        source.person = person
        source.save(update_fields=["person"])
        target = source
    elif target.status == Enrolment.Status.WAITING:
        raise ValidationError(
            _(
                "%(name)s is on the waiting list of this edition. Give them a seat or take them "
                "off the waiting list first, then link the walk-in."
            )
            % {"name": person},
            code=ErrorCode.WALK_IN_PERSON_WAITING,
        )
    else:
        _move_marks(source=source, target=target, by=by, now=now)
        WalkIn.objects.filter(enrolment=source).update(enrolment=target)
        source.delete()
    walk_in.enrolment = target
    walk_in.linked_person = person
    walk_in.linked_by = by
    walk_in.linked_at = now
    walk_in.save(update_fields=["enrolment", "linked_person", "linked_by", "linked_at"])
    return target


def _move_marks(*, source: Enrolment, target: Enrolment, by: User, now: dt.datetime) -> None:
    moving = list(AttendanceMark.objects.select_for_update().filter(enrolment=source))
    kept = {
        mark.lesson_id: mark
        for mark in AttendanceMark.objects.select_for_update().filter(
            enrolment=target, lesson_id__in=[m.lesson_id for m in moving]
        )
    }
    for mark in moving:
        other = kept.get(mark.lesson_id)
        if other is None:
            mark.enrolment = target
            mark.save(update_fields=["enrolment"])
            AttendanceChange.objects.create(
                mark=mark,
                old_status=mark.status,
                new_status=mark.status,
                changed_by=by,
                changed_at=now,
                source=MarkSource.LINK,
            )
            continue
        # Both rows have a mark for this lesson: keep the history of both on one mark.
        AttendanceChange.objects.filter(mark=mark).update(mark=other)
        new_status = (
            mark.status
            if mark.status in ATTENDED_STATUSES and other.status not in ATTENDED_STATUSES
            else other.status
        )
        AttendanceChange.objects.create(
            mark=other,
            old_status=other.status,
            new_status=new_status,
            changed_by=by,
            changed_at=now,
            source=MarkSource.LINK,
        )
        if new_status != other.status:
            other.status, other.marked_by, other.marked_at = new_status, by, now
            other.source = MarkSource.LINK
            other.save(update_fields=["status", "marked_by", "marked_at", "source"])
        mark.delete()
