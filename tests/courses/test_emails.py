"""Emails about enrolment go out from the real Celery worker, in the person's language, and are
not lost when Redis is down at the moment a person enrols."""

import datetime as dt
import shutil
import socket
import subprocess
import time

import kombu.pools
import pytest
from celery import current_app
from django.utils import timezone

from courses import services
from courses.models import Enrolment, Lesson
from courses.tasks import send_first_lesson_reminders
from notify.models import OutboundEmail
from notify.tasks import flush_outbox
from tests.conftest import start_celery_worker, stop_celery_worker, wait_for_mail
from tests.factories.courses import EditionFactory, learners


@pytest.mark.django_db(transaction=True)
def test_the_confirmation_email_is_sent_by_the_worker_in_italian(celery_worker_process, mail_dir):
    edition = EditionFactory(course__title="Italiano per la vita quotidiana (A1)")
    (person,) = learners(1, preferred_language="it")
    services.enrolment_create(edition=edition, person=person, consent_given=True, by=person)
    text = wait_for_mail(mail_dir, person.email)
    assert "Iscrizione confermata: Italiano per la vita quotidiana (A1)" in text
    assert "Via Giuseppe Verdi 5" in text


@pytest.mark.django_db
def test_the_reminder_goes_once_the_day_before_the_first_lesson_in_their_language():
    edition = EditionFactory(course__title="Italiano A1")
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    Lesson.objects.create(
        edition=edition, date=tomorrow, starts_at=dt.time(9, 30), ends_at=dt.time(11, 30)
    )
    Lesson.objects.create(
        edition=edition,
        date=tomorrow + dt.timedelta(days=7),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
    )
    arabic, italian = learners(2)
    arabic.preferred_language = "ar"
    arabic.save()
    for person in (arabic, italian):
        services.enrolment_create(edition=edition, person=person, consent_given=True)
    assert send_first_lesson_reminders.run() == 2
    assert send_first_lesson_reminders.run() == 2  # the beat runs hourly ...
    reminders = OutboundEmail.objects.filter(dedupe_key__startswith="courses:reminder:")
    assert reminders.count() == 2  # ... but each person gets one reminder
    assert "09:30" in reminders.get(to=arabic.email).body_text
    assert reminders.get(to=arabic.email).language == "ar"
    assert "غدًا" in reminders.get(to=arabic.email).subject


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_redis(port: int, folder) -> None:
    subprocess.run(  # noqa: S603
        [
            shutil.which("redis-server"),
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--daemonize",
            "yes",
            "--dir",
            str(folder),
            "--save",
            "",
            "--appendonly",
            "no",
            "--logfile",
            str(folder / "redis.log"),
        ],
        check=True,
    )
    ping = [shutil.which("redis-cli"), "-p", str(port), "ping"]
    for _ in range(50):
        if subprocess.run(ping, capture_output=True).returncode == 0:  # noqa: S603
            return
        time.sleep(0.1)
    raise RuntimeError("second Redis did not start")


def _stop_redis(port: int) -> None:
    command = [shutil.which("redis-cli"), "-p", str(port), "shutdown", "nosave"]
    subprocess.run(command, capture_output=True)  # noqa: S603


def _point_producer_at(url: str) -> None:
    """The web process's Celery producer reads the broker URL once: switch it and drop its pool."""
    current_app.conf.broker_url = url
    kombu.pools.reset()  # closes and forgets every pooled connection
    current_app._after_fork()  # what Celery does in a new process: rebuild the producer pool


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_the_enrolment_is_saved_and_the_email_goes_out_when_it_is_back(
    tmp_path, mail_dir
):
    """A second Redis (not the one the other tests use) is stopped while a person enrols."""
    port = _free_port()
    url = f"redis://127.0.0.1:{port}/1"
    original = current_app.conf.broker_url
    _start_redis(port, tmp_path)
    worker = start_celery_worker(url, "celery-redis-down.log")
    try:
        _point_producer_at(url)
        _stop_redis(port)  # Redis goes down

        edition = EditionFactory(course__title="Trovare casa")
        (person,) = learners(1)
        enrolment = services.enrolment_create(
            edition=edition, person=person, consent_given=True, by=person
        )
        assert Enrolment.objects.get(pk=enrolment.pk).status == Enrolment.Status.ENROLLED
        email = OutboundEmail.objects.get(to=person.email)
        assert email.status == OutboundEmail.Status.PENDING  # kept, not lost

        _start_redis(port, tmp_path)  # Redis is back
        _point_producer_at(url)
        assert flush_outbox.run(older_than_seconds=0) == 1  # what celery beat runs every minute
        text = wait_for_mail(mail_dir, person.email, timeout=60)
        assert "Trovare casa" in text
        for _ in range(50):
            email.refresh_from_db()
            if email.status == OutboundEmail.Status.SENT:
                break
            time.sleep(0.2)
        assert email.status == OutboundEmail.Status.SENT
    finally:
        _point_producer_at(original)
        stop_celery_worker(worker)
        _stop_redis(port)
