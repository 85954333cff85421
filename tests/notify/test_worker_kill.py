"""Each email is sent at most once even when a Celery worker dies while sending (issue #9,
deliver 5): a real worker process is killed right after the mail server took each message."""

import re
import time
from collections import Counter

import pytest
import redis
from django.conf import settings

from notify.models import OutboundEmail
from notify.tasks import flush_outbox, send_email
from tests.conftest import read_mails, start_celery_worker, stop_celery_worker

QUEUE = "ali-test-kill"
EMAILS = 10


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_send_sends_no_duplicate(mail_dir):
    redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(QUEUE)
    emails = [
        OutboundEmail.objects.create(
            to=f"persona{n}@example.org", subject=f"[kill] conferma {n}", body_text="Testo"
        )
        for n in range(EMAILS)
    ]
    worker = start_celery_worker(
        settings.CELERY_BROKER_URL,
        "celery-kill.log",
        env={"EMAIL_BACKEND": "tests.notify.backends.KillAfterDeliveryBackend"},
        pool="prefork",  # the default pool: the parent requeues the task of a killed child
        queue=QUEUE,
    )
    try:
        for email in emails:
            send_email.apply_async(args=[email.pk], queue=QUEUE)
        deadline = time.monotonic() + 120
        open_states = ["pending", "sending"]
        while time.monotonic() < deadline:
            if not OutboundEmail.objects.filter(status__in=open_states).exists():
                break
            time.sleep(0.5)
        flush_outbox.run(older_than_seconds=0)  # the periodic catch-up resends nothing either
        time.sleep(2)
    finally:
        stop_celery_worker(worker)
    subjects = Counter(
        re.search(r"^Subject: (.*)$", text, re.M).group(1) for text in read_mails(mail_dir)
    )
    killed = len(list(mail_dir.glob("killed-*.marker")))
    duplicates = sum(count - 1 for count in subjects.values() if count > 1)
    statuses = Counter(OutboundEmail.objects.values_list("status", flat=True))
    print(f"workers killed mid-send: {killed}; duplicates: {duplicates}; rows: {dict(statuses)}")
    assert killed == EMAILS  # every message was sent by a worker that then died
    assert duplicates == 0
    assert set(subjects) == {e.subject for e in emails}  # each went out once
    # the outbox cannot know the server took them: each is kept as interrupted for staff
    assert statuses == {"interrupted": EMAILS}
