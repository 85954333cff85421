"""Booking an appointment or an accompaniment (E.1.1) at a desk; cancelling; the reminder."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from notify.services import person_notify
from programme.errors import ErrorCode
from programme.models import Booking, BookingKind, BookingStatus, ServicePoint
from programme.permissions import PERM_MANAGE_BOOKINGS, partner_scope
from programme.slots import ONLINE_NOTICE, slots_for

CONFIRMATION = ("programme/email/booking_subject.txt", "programme/email/booking_body.txt")
REMINDER = ("programme/email/reminder_subject.txt", "programme/email/reminder_body.txt")
CANCELLED = ("programme/email/cancelled_subject.txt", "programme/email/cancelled_body.txt")


def _is_staff_booking(*, by: User, person: User) -> bool:
    return by.pk != person.pk


@transaction.atomic
def booking_create(
    *,
    point: ServicePoint,
    person: User,
    starts_at: dt.datetime,
    kind: str,
    by: User,
    topic: str = "",
    office: str = "",
    interpreter_language: str = "",
    note: str = "",
) -> Booking:
    """Book the slot starting at `starts_at` for `person`: by the person online, or by an
    operator of the desk's partner for a person at the desk (who may have no email).

    Only a free slot of the desk's hours can be booked. Two requests for the same slot at the
    same moment: the database's unique constraint lets one through; the other gets a
    ValidationError (SLOT_TAKEN) and books nothing.
    """
    staff = _is_staff_booking(by=by, person=person)
    if staff and not partner_scope(by).allows(point.partner_id):
        raise ValidationError(
            _("You can book only at your own partner's desks."), code=ErrorCode.NOT_YOUR_PARTNER
        )
    if not point.bookable or not point.active:
        raise ValidationError(
            _("This desk does not take bookings online."), code=ErrorCode.NOT_BOOKABLE
        )
    if not person.is_active:
        raise ValidationError(_("This account is not active."), code=ErrorCode.UNKNOWN_PERSON)
    notice = dt.timedelta(0) if staff else ONLINE_NOTICE
    slot = next(
        (s for s in slots_for(point=point, notice=notice) if s.starts_at == starts_at), None
    )
    if slot is None:
        raise ValidationError(
            _("This time is no longer free. Please choose another one."),
            code=ErrorCode.SLOT_NOT_FREE,
        )
    booking = Booking(
        service_point=point,
        partner_id=point.partner_id,
        person=person,
        kind=kind,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        topic=topic,
        office=office if kind == BookingKind.ACCOMPANIMENT else "",
        interpreter_language=interpreter_language,
        note=note.strip()[:300],
        booked_by=by,
    )
    try:
        with transaction.atomic():
            booking.save()
    except IntegrityError as exc:
        if Booking.objects.filter(
            person=person, starts_at=slot.starts_at, status=BookingStatus.BOOKED
        ).exists():
            raise ValidationError(
                _("You already have an appointment at this time."),
                code=ErrorCode.ALREADY_BOOKED,
            ) from exc
        raise ValidationError(
            _("This time has just been booked by someone else. Please choose another one."),
            code=ErrorCode.SLOT_TAKEN,
        ) from exc
    person_notify(
        person=person,
        templates=CONFIRMATION,
        context={"booking": booking},
        kind="programme.booking",
        dedupe_key=f"programme:booking:{booking.pk}",
    )
    return booking


@transaction.atomic
def booking_cancel(*, booking: Booking, by: User) -> Booking:
    """The person cancels their own booking, or an operator of the desk's partner cancels it
    (the person is then told). Only bookings still to come can be cancelled."""
    booking = (
        Booking.objects.select_for_update(of=("self",)).select_related("person").get(pk=booking.pk)
    )
    own = booking.person_id == by.pk
    if not own and not (
        by.has_perm(PERM_MANAGE_BOOKINGS) and partner_scope(by).allows(booking.partner_id)
    ):
        raise ValidationError(_("You cannot cancel this booking."), code=ErrorCode.NOT_YOUR_PARTNER)
    if booking.status != BookingStatus.BOOKED or booking.starts_at <= timezone.now():
        raise ValidationError(
            _("This booking can no longer be cancelled."), code=ErrorCode.NOT_CANCELLABLE
        )
    booking.status = BookingStatus.CANCELLED
    booking.cancelled_at = timezone.now()
    booking.save(update_fields=["status", "cancelled_at"])
    if not own and booking.person is not None:
        person_notify(
            person=booking.person,
            templates=CANCELLED,
            context={"booking": booking},
            kind="programme.booking_cancelled",
            dedupe_key=f"programme:cancelled:{booking.pk}",
        )
    return booking


@transaction.atomic
def booking_mark(*, booking: Booking, by: User, status: str) -> Booking:
    """The operator records whether the person came (attended or did not come)."""
    if status not in (BookingStatus.ATTENDED, BookingStatus.NO_SHOW):
        raise ValidationError(_("Choose attended or did not come."), code=ErrorCode.BAD_STATUS)
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if not (by.has_perm(PERM_MANAGE_BOOKINGS) and partner_scope(by).allows(booking.partner_id)):
        raise ValidationError(
            _("You can manage only your own partner's bookings."),
            code=ErrorCode.NOT_YOUR_PARTNER,
        )
    if booking.status == BookingStatus.CANCELLED:
        raise ValidationError(_("This booking was cancelled."), code=ErrorCode.BAD_STATUS)
    booking.status = status
    booking.save(update_fields=["status"])
    return booking


def booking_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind everyone with a booking tomorrow (local date): by email, or on the desk's call
    list for people without email. Each booking is reminded once, even if two runs overlap."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now).date() + dt.timedelta(days=1)
    due = Booking.objects.filter(
        status=BookingStatus.BOOKED,
        reminded_at__isnull=True,
        starts_at__date=tomorrow,
        person__isnull=False,
    ).values_list("pk", flat=True)
    sent = 0
    for booking_id in list(due):
        with transaction.atomic():
            booking = (
                Booking.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("person", "service_point__desk_page")
                .filter(pk=booking_id, reminded_at__isnull=True, status=BookingStatus.BOOKED)
                .first()
            )
            if booking is None or booking.person is None:
                continue
            person_notify(
                person=booking.person,
                templates=REMINDER,
                context={"booking": booking},
                kind="programme.reminder",
                dedupe_key=f"programme:reminder:{booking.pk}",
                due_on=timezone.localtime(now).date(),
            )
            booking.reminded_at = now
            booking.save(update_fields=["reminded_at"])
            sent += 1
    return sent
