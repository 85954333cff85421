"""Proves that Celery tasks run in a real worker process (not eagerly) on the real Redis."""

import re
import time

import pytest
from django.urls import reverse

from notify.models import OutboundEmail
from tests.conftest import wait_for_mail


@pytest.mark.django_db(transaction=True)
def test_welcome_email_is_written_by_the_worker(client, celery_worker_process, mail_dir):
    response = client.post(
        reverse("account_signup"),
        {
            "first_name": "Ines",
            "last_name": "Ben Ali",
            "email": "ines@example.org",
            "password1": "Maremma-2026!",
            "password2": "Maremma-2026!",
            "preferred_language": "it",
            "privacy": "on",
        },
    )
    assert response.status_code == 302
    text = wait_for_mail(mail_dir, "confirm-email")
    assert "ines@example.org" in text
    assert "Ines" in text  # greeted by first name
    link = re.search(r"http://\S+(/accounts/confirm-email/\S+/)", text).group(1)
    client.post(link)
    # the welcome comes once the address is confirmed
    welcome = wait_for_mail(mail_dir, "i percorsi di orientamento e gli sportelli")
    assert "ines@example.org" in welcome

    # the worker marks each outbox row as sent once its email is out
    deadline = time.monotonic() + 15
    while OutboundEmail.objects.filter(to="ines@example.org", status="sent").count() < 2:
        assert time.monotonic() < deadline, "outbox rows were not marked as sent"
        time.sleep(0.2)
