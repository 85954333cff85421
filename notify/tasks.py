import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from .models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


@shared_task(bind=True, max_retries=MAX_ATTEMPTS, default_retry_delay=60, acks_late=True)
def send_email(self, email_id: int) -> str:
    """Send one outbox email, exactly once even if the task is delivered twice."""
    with transaction.atomic():
        email = (
            OutboundEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, status=OutboundEmail.Status.PENDING)
            .first()
        )
        if email is None:
            return "skipped"
        message = EmailMultiAlternatives(
            subject=email.subject,
            body=email.body_text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[email.to],
        )
        if email.body_html:
            message.attach_alternative(email.body_html, "text/html")
        email.attempts += 1
        try:
            message.send()
        except Exception as exc:
            email.last_error = str(exc)[:2000]
            if email.attempts >= MAX_ATTEMPTS:
                email.status = OutboundEmail.Status.FAILED
            email.save(update_fields=["attempts", "last_error", "status"])
            logger.warning(
                "Sending email %s failed (attempt %s): %s", email_id, email.attempts, exc
            )
            if email.status == OutboundEmail.Status.PENDING:
                raise self.retry(exc=exc) from exc
            return "failed"
        email.status = OutboundEmail.Status.SENT
        email.sent_at = timezone.now()
        email.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    return "sent"


@shared_task
def flush_outbox(older_than_seconds: int = 30) -> int:
    """Re-dispatch pending emails that no task picked up (e.g. Redis was down at commit)."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    pending = OutboundEmail.objects.filter(
        status=OutboundEmail.Status.PENDING, created_at__lte=cutoff
    ).values_list("pk", flat=True)
    count = 0
    for email_id in pending:
        send_email.delay(email_id)
        count += 1
    return count
