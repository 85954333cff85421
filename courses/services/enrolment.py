"""Enrolment: a seat or a place in the waiting list, at the desk or online; withdrawal; the
end of the course with the level reached."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from common.choices import CefrLevel
from common.types import User
from courses.errors import ErrorCode
from courses.models import ACTIVE_STATUSES, CourseKind, Edition, Enrolment
from courses.permissions import PERM_DESK_ENROL, PERM_MANAGE_ENROLMENTS, is_teacher_of
from courses.selectors import seats_taken

from .emails import enrolment_email_queue
from .waiting_list import edition_lock, waiting_list_advance

# The text a person agrees to when enrolling; bump the version whenever the text changes.
CONSENT_TEXT_VERSION = "courses-2026-11"
DESK_CONSENT_TEXT_VERSION = "courses-desk-2026-11"  # read aloud and signed on paper at a desk
CLOSED_AT_DESK = (Edition.Status.COMPLETED, Edition.Status.CANCELLED)


@transaction.atomic
def enrolment_create(
    *,
    edition: Edition,
    person: User,
    consent_given: bool,
    by: User | None = None,
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
    edition = edition_lock(edition=edition)
    closed = edition.status in CLOSED_AT_DESK if at_desk else not edition.accepts_enrolments
    if closed:
        raise ValidationError(
            _("Enrolment for this edition is closed."), code=ErrorCode.ENROLMENT_CLOSED
        )
    already = _("You are already enrolled in this edition.")
    existing = edition.enrolments.filter(person=person, status__in=ACTIVE_STATUSES).first()
    if existing is not None and existing.status == Enrolment.Status.WALK_IN:
        existing.edition = edition
        return _walk_in_takes_a_seat(
            enrolment=existing, by=by, consent_text_version=consent_text_version
        )
    if existing is not None:
        raise ValidationError(already, code=ErrorCode.ALREADY_ENROLLED)

    enrolment = Enrolment(
        person=person,
        edition=edition,
        consent_text_version=consent_text_version,
        consent_given_at=timezone.now(),
        enrolled_by=by,
    )
    if seats_taken(edition=edition) < edition.capacity:
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
    enrolment_email_queue(
        enrolment=enrolment, template=template, dedupe_key=f"courses:{template}:{enrolment.pk}"
    )
    return enrolment


def _walk_in_takes_a_seat(
    *, enrolment: Enrolment, by: User | None, consent_text_version: str
) -> Enrolment:
    """Someone who came as a walk-in (linked to their account) enrols: their row in the register
    takes a seat, with its marks. Call with the edition locked."""
    if seats_taken(edition=enrolment.edition) >= enrolment.edition.capacity:
        raise ValidationError(
            _(
                "This edition is full. You can keep coming as a walk-in; ask the teacher or a "
                "help desk about the next edition."
            ),
            code=ErrorCode.EDITION_FULL,
        )
    enrolment.status = Enrolment.Status.ENROLLED
    enrolment.consent_text_version = consent_text_version
    enrolment.consent_given_at = timezone.now()
    enrolment.enrolled_by = by
    enrolment.status_changed_at = timezone.now()
    enrolment.save(
        update_fields=[
            "status",
            "consent_text_version",
            "consent_given_at",
            "enrolled_by",
            "status_changed_at",
        ]
    )
    return enrolment


def enrolment_create_at_desk(*, edition: Edition, person: User, by: User) -> Enrolment:
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
def enrolment_withdraw(*, enrolment: Enrolment, by: User) -> Enrolment | None:
    """Withdraw a person; if they held a seat, the first person waiting takes it (and is told).

    Returns the promoted enrolment, if any.
    """
    if by.pk != enrolment.person_id and not by.has_perm(PERM_MANAGE_ENROLMENTS):
        raise PermissionDenied
    edition = edition_lock(edition=enrolment.edition)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status not in (Enrolment.Status.ENROLLED, Enrolment.Status.WAITING):
        raise ValidationError(_("This enrolment is no longer active."), code=ErrorCode.NOT_ACTIVE)
    held_seat = enrolment.holds_seat
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.waiting_position = None
    enrolment.status_changed_at = timezone.now()
    enrolment.save(update_fields=["status", "waiting_position", "status_changed_at"])
    if held_seat:
        return waiting_list_advance(edition=edition)
    return None


@transaction.atomic
def enrolment_complete(
    *, enrolment: Enrolment, by: User, cefr_level_reached: str = ""
) -> Enrolment:
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
