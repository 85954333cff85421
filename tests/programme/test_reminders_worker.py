"""The day-before reminder of a booking goes out through a real Celery worker."""

import datetime as dt

import pytest
from django.utils import timezone

from programme import services
from programme.models import Booking
from programme.slots import slots_for
from programme.tasks import send_booking_reminders
from tests.conftest import wait_for_mail
from tests.factories.users import UserFactory


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_reminder_in_the_persons_language(
    celery_worker_process, mail_dir, bookable_point
):
    Booking.objects.filter(sample=True).delete()  # the demo's own bookings of tomorrow
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    rome = timezone.get_default_timezone()
    slot = next(
        s
        for s in slots_for(point=bookable_point)
        if timezone.localtime(s.starts_at, rome).date() == tomorrow
    )
    person = UserFactory(email="fatou@example.org", preferred_language="fr", first_name="Fatou")
    services.booking_create(
        point=bookable_point,
        person=person,
        starts_at=slot.starts_at,
        kind="appointment",
        by=person,
    )
    send_booking_reminders.delay()  # what celery beat does every hour
    text = wait_for_mail(mail_dir, "Subject: ", timeout=30)
    text = wait_for_mail(mail_dir, timezone.localtime(slot.starts_at, rome).strftime("%H:%M"))
    assert "fatou@example.org" in text
    assert "Bonjour Fatou" in text
    assert Booking.objects.get(person=person).reminded_at is not None
