import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from . import services
from .models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# A row still "sending" after this long belongs to a worker that died: it becomes "interrupted".
SENDING_LEASE = timedelta(minutes=15)


@shared_task(bind=True, max_retries=MAX_ATTEMPTS, default_retry_delay=60, acks_late=True)
def send_email(self, email_id: int) -> str:
    """Send one outbox email at most once, even if the task is delivered twice or the worker
    dies while sending (see notify.models)."""
    email = services.email_claim(email_id)
    if email is None:
        return "skipped"  # sent, failed, or interrupted: never sent twice
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        headers={"Message-ID": services.message_id(email)},
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    try:
        message.send()
    except Exception as exc:
        # The server refused the message or could not be reached: it was not delivered.
        failed = services.email_release(
            email, error=str(exc), last_try=email.attempts >= MAX_ATTEMPTS
        )
        logger.warning("Sending email %s failed (attempt %s): %s", email_id, email.attempts, exc)
        if failed:
            return "failed"
        raise self.retry(exc=exc) from exc
    services.email_mark_sent(email)
    return "sent"


@shared_task
def flush_outbox(older_than_seconds: int = 30) -> int:
    """Re-dispatch pending emails that no task picked up (e.g. Redis was down at commit); mark
    as interrupted the rows a dead worker left "sending"."""
    services.email_mark_interrupted(older_than=timezone.now() - SENDING_LEASE)
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    pending = OutboundEmail.objects.filter(
        status=OutboundEmail.Status.PENDING, created_at__lte=cutoff
    ).values_list("pk", flat=True)
    count = 0
    for email_id in pending:
        send_email.delay(email_id)
        count += 1
    return count
