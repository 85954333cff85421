"""Booking a free slot of a desk's hours; no double booking under concurrency; reminders."""

import datetime as dt
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from cms.models import DeskExceptionalHours
from notify.models import CallListItem, OutboundEmail
from programme import services
from programme.errors import ErrorCode
from programme.models import Booking, BookingStatus
from programme.slots import slots_for
from programme.tasks import send_booking_reminders
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def book(point, person, slot, by=None, **kwargs):
    return services.booking_create(
        point=point,
        person=person,
        starts_at=slot.starts_at,
        kind=kwargs.pop("kind", "appointment"),
        by=by or person,
        **kwargs,
    )


def test_slots_come_from_the_desks_hours_and_skip_closures(bookable_point, desk_page):
    slots = slots_for(point=bookable_point, notice=dt.timedelta(0))
    rome = timezone.get_default_timezone()
    starts = [timezone.localtime(s.starts_at, rome) for s in slots]
    assert {s.time() for s in starts} <= {
        dt.time(9),
        dt.time(9, 30),
        dt.time(10),
        dt.time(10, 30),
        dt.time(11),
        dt.time(11, 30),
    }
    assert all(s.ends_at - s.starts_at == dt.timedelta(minutes=30) for s in slots)
    closed = timezone.localdate() + dt.timedelta(days=3)
    DeskExceptionalHours.objects.create(page=desk_page, date=closed, closed=True, reason="Festa")
    later = slots_for(point=bookable_point, notice=dt.timedelta(0))
    assert closed in {timezone.localtime(s.starts_at, rome).date() for s in slots}
    assert closed not in {timezone.localtime(s.starts_at, rome).date() for s in later}


def test_a_booked_slot_is_no_longer_offered_and_cannot_be_booked_again(bookable_point):
    first, second = UserFactory(), UserFactory()
    slot = slots_for(point=bookable_point)[0]
    booking = book(bookable_point, first, slot, interpreter_language="ar")
    assert booking.interpreter_language == "ar"
    assert slot.starts_at not in {s.starts_at for s in slots_for(point=bookable_point)}
    with pytest.raises(ValidationError) as error:
        book(bookable_point, second, slot)
    assert error.value.code == ErrorCode.SLOT_NOT_FREE
    # cancelling frees the slot again
    services.booking_cancel(booking=booking, by=first)
    assert book(bookable_point, second, slot).person == second


def test_the_database_refuses_a_second_booking_of_a_slot(bookable_point, partners):
    """The last line of defence, without the service's check: the unique constraint."""
    from django.db import IntegrityError, transaction

    slot = slots_for(point=bookable_point)[0]
    fields = {
        "service_point": bookable_point,
        "partner": partners["coeso"],
        "kind": "appointment",
        "starts_at": slot.starts_at,
        "ends_at": slot.ends_at,
    }
    Booking.objects.create(person=UserFactory(), **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(person=UserFactory(), **fields)


@pytest.mark.django_db(transaction=True)
def test_concurrent_bookings_of_one_slot_give_it_to_exactly_one_person(
    bookable_point, coeso_operator
):
    """Twelve people press "Book" for the same slot at the same moment, each request in its own
    thread and database connection, on PostgreSQL: one gets it, the others a clear message."""
    assert connection.vendor == "postgresql"
    crowd = [UserFactory() for _ in range(12)]
    slot = slots_for(point=bookable_point)[0]
    barrier = threading.Barrier(len(crowd))
    booked, refused, errors = [], [], []

    def press_book(person):
        try:
            barrier.wait(timeout=30)
            booked.append(book(bookable_point, person, slot))
        except ValidationError as exc:
            refused.append(exc.code)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=press_book, args=(p,)) for p in crowd]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(booked) == 1
    assert set(refused) <= {ErrorCode.SLOT_TAKEN, ErrorCode.SLOT_NOT_FREE}
    assert ErrorCode.SLOT_TAKEN in refused  # at least one lost the race at the constraint
    assert Booking.objects.filter(starts_at=slot.starts_at, status="booked").count() == 1


def test_an_operator_books_an_accompaniment_for_a_person_without_email(
    bookable_point, coeso_operator
):
    person = UserFactory(email="", phone="+39 333 0000000", preferred_language="ar")
    slot = slots_for(point=bookable_point, notice=dt.timedelta(0))[0]
    booking = book(
        bookable_point, person, slot, by=coeso_operator, kind="accompaniment", office="questura"
    )
    assert booking.booked_by == coeso_operator
    assert booking.office == "questura"
    confirmation = CallListItem.objects.get(dedupe_key=f"programme:booking:{booking.pk}")
    assert confirmation.language == "ar"
    assert not OutboundEmail.objects.filter(dedupe_key=f"programme:booking:{booking.pk}").exists()


def test_an_operator_of_another_partner_cannot_book_here(bookable_point, arci_operator):
    slot = slots_for(point=bookable_point, notice=dt.timedelta(0))[0]
    with pytest.raises(ValidationError) as error:
        book(bookable_point, UserFactory(), slot, by=arci_operator)
    assert error.value.code == ErrorCode.NOT_YOUR_PARTNER


def test_a_person_cancels_only_their_own_booking(bookable_point):
    owner, stranger = UserFactory(), UserFactory()
    booking = book(bookable_point, owner, slots_for(point=bookable_point)[0])
    with pytest.raises(ValidationError):
        services.booking_cancel(booking=booking, by=stranger)
    services.booking_cancel(booking=booking, by=owner)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED


def test_reminders_go_once_the_day_before_by_email_or_on_the_call_list(
    without_sample_year, bookable_point
):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    rome = timezone.get_default_timezone()
    slots = [
        s
        for s in slots_for(point=bookable_point)
        if timezone.localtime(s.starts_at, rome).date() == tomorrow
    ]
    with_email = UserFactory(email="awa@example.org", preferred_language="fr")
    without_email = UserFactory(email="", preferred_language="ar")
    book(bookable_point, with_email, slots[0])
    book(bookable_point, without_email, slots[1])
    later = book(bookable_point, UserFactory(), slots_for(point=bookable_point)[-1])
    assert send_booking_reminders.run() == 2
    assert send_booking_reminders.run() == 0  # the beat runs hourly: each reminder goes once
    email = OutboundEmail.objects.get(dedupe_key__startswith="programme:reminder:")
    assert email.to == "awa@example.org"
    assert email.language == "fr"
    assert timezone.localtime(slots[0].starts_at, rome).strftime("%H:%M") in email.body_text
    call = CallListItem.objects.get(dedupe_key__startswith="programme:reminder:")
    assert call.person == without_email
    assert call.language == "ar"
    later.refresh_from_db()
    assert later.reminded_at is None
