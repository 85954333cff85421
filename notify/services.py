"""Queue emails through the outbox. Domain apps call `email_enqueue`; nothing else sends mail."""

import logging

from django.db import IntegrityError, transaction

from .models import OutboundEmail

logger = logging.getLogger(__name__)


def dispatch(email_id: int) -> bool:
    """Hand an outbox row to Celery. Returns False (and leaves it pending) if the broker is down."""
    from .tasks import send_email

    try:
        send_email.delay(email_id)
    except Exception:  # noqa: BLE001 - kombu raises several types when Redis is unreachable
        logger.warning("Broker unavailable: email %s stays in the outbox for later", email_id)
        return False
    return True


@transaction.atomic
def email_enqueue(
    *,
    to: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    language: str = "",
    dedupe_key: str = "",
) -> OutboundEmail | None:
    """Write an email to the outbox; it is sent by a Celery task after the transaction commits.

    With a `dedupe_key` already used, nothing is queued and None is returned.
    """
    try:
        with transaction.atomic():
            email = OutboundEmail.objects.create(
                to=to,
                subject=" ".join(subject.splitlines()).strip()[:255],
                body_text=body_text,
                body_html=body_html,
                language=language,
                dedupe_key=dedupe_key,
            )
    except IntegrityError:
        if dedupe_key:
            return None
        raise
    transaction.on_commit(lambda: dispatch(email.pk))
    return email
