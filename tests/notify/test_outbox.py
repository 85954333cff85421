import pytest
from django.core import mail

from notify.models import OutboundEmail
from notify.services import email_enqueue
from notify.tasks import send_email

pytestmark = pytest.mark.django_db


def test_an_email_is_sent_once_even_if_the_task_runs_twice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = email_enqueue(to="a@example.org", subject="Ciao", body_text="Testo")
    assert len(callbacks) == 1  # dispatched only after commit
    assert send_email.run(email.pk) == "sent"
    assert send_email.run(email.pk) == "skipped"
    assert len(mail.outbox) == 1
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert email.sent_at


def test_same_dedupe_key_queues_one_email():
    assert email_enqueue(to="a@example.org", subject="S", body_text="B", dedupe_key="k1")
    assert email_enqueue(to="a@example.org", subject="S", body_text="B", dedupe_key="k1") is None
    assert OutboundEmail.objects.count() == 1
