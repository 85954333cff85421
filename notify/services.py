"""Messages to people. Domain apps call `person_notify` (email, or the desk operators' call list
for people without an address) or `email_enqueue` (an email to an address); nothing else sends
mail."""

import logging
from datetime import date, datetime
from email.utils import parseaddr
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from common.types import User

from .models import CallListItem, OutboundEmail

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


def _render(templates: tuple[str, str], context: dict[str, Any], language: str) -> tuple[str, str]:
    subject_template, body_template = templates
    with translation.override(language):
        subject = render_to_string(subject_template, context)
        body = render_to_string(body_template, context)
    return " ".join(subject.splitlines()).strip()[:255], body.strip()


@transaction.atomic
def person_notify(
    *,
    person: User,
    templates: tuple[str, str],
    context: dict[str, Any],
    kind: str,
    dedupe_key: str = "",
    due_on: date | None = None,
) -> OutboundEmail | CallListItem | None:
    """Give a person a message in their own language: by email when they have an address,
    otherwise as an item on the desk operators' call list (rendered in the person's language
    and in the staff's, with the person's phone shown to the operator).

    `templates` are the subject and body templates; they are rendered with `context` inside
    the language. With a `dedupe_key` already used, nothing is queued and None is returned.
    """
    language = person.preferred_language or settings.LANGUAGE_CODE
    subject, body = _render(templates, {"person": person, **context}, language)
    if person.email:
        return email_enqueue(
            to=person.email,
            subject=subject,
            body_text=body,
            language=language,
            dedupe_key=dedupe_key,
        )
    staff_subject, staff_body = _render(
        templates, {"person": person, **context}, settings.LANGUAGE_CODE
    )
    try:
        with transaction.atomic():
            return CallListItem.objects.create(
                person=person,
                kind=kind,
                language=language,
                subject=subject,
                message=body,
                staff_subject=staff_subject,
                staff_message=staff_body,
                due_on=due_on or timezone.localdate(),
                dedupe_key=dedupe_key,
            )
    except IntegrityError:
        if dedupe_key:
            return None
        raise


@transaction.atomic
def call_record(
    *, item: CallListItem, by: User, outcome: CallListItem.Outcome, note: str = ""
) -> CallListItem:
    """Record a call made by an operator. A closing outcome (reached, message left, no longer
    needed) takes the item off the list; otherwise it stays for another try."""
    item = CallListItem.objects.select_for_update().get(pk=item.pk)
    if item.done_at is not None:
        raise ValidationError(_("This call was already recorded as done."), code="call_done")
    item.attempts += 1
    item.outcome = outcome
    item.note = note.strip()[:500]
    item.done_by = by
    if outcome in CallListItem.CLOSING_OUTCOMES:
        item.done_at = timezone.now()
    item.save(update_fields=["attempts", "outcome", "note", "done_by", "done_at"])
    return item


@transaction.atomic
def email_claim(email_id: int) -> OutboundEmail | None:
    """Mark a pending email "sending" (committed before the mail server is called) and return
    it; None if it is not pending. A row found "sending" was left by a delivery of this task
    that died mid-send: it becomes "interrupted" and is not sent again."""
    email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
    if email is None:
        return None
    if email.status == OutboundEmail.Status.SENDING:
        email.status = OutboundEmail.Status.INTERRUPTED
        email.last_error = "The worker stopped while sending; the message may have gone out."
        email.save(update_fields=["status", "last_error"])
        logger.warning("Email %s was interrupted while sending; not sent again", email_id)
        return None
    if email.status != OutboundEmail.Status.PENDING:
        return None
    email.status = OutboundEmail.Status.SENDING
    email.claimed_at = timezone.now()
    email.attempts += 1
    email.save(update_fields=["status", "claimed_at", "attempts"])
    return email


def message_id(email: OutboundEmail) -> str:
    """One Message-ID per outbox row: a mail server or reader that sees it twice can tell."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return f"<outbox-{email.pk}-{email.created_at:%Y%m%d%H%M%S}@{domain}>"


@transaction.atomic
def email_release(email: OutboundEmail, *, error: str, last_try: bool) -> bool:
    """The mail server refused the message: pending again for a retry, or failed after the last
    attempt. Returns True when it is failed."""
    status = OutboundEmail.Status.FAILED if last_try else OutboundEmail.Status.PENDING
    OutboundEmail.objects.filter(pk=email.pk).update(status=status, last_error=error[:2000])
    return last_try


def email_mark_sent(email: OutboundEmail) -> None:
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=OutboundEmail.Status.SENT, sent_at=timezone.now(), last_error=""
    )


def email_mark_interrupted(*, older_than: datetime) -> int:
    """Rows left "sending" by a worker that died (no redelivery came): interrupted."""
    return OutboundEmail.objects.filter(
        status=OutboundEmail.Status.SENDING, claimed_at__lt=older_than
    ).update(
        status=OutboundEmail.Status.INTERRUPTED,
        last_error="The worker stopped while sending; the message may have gone out.",
    )


@transaction.atomic
def email_resend(*, email_ids: list[int]) -> int:
    """Staff checked that interrupted emails did not arrive: send them again."""
    ids = list(
        OutboundEmail.objects.filter(
            pk__in=email_ids, status=OutboundEmail.Status.INTERRUPTED
        ).values_list("pk", flat=True)
    )
    OutboundEmail.objects.filter(pk__in=ids).update(status=OutboundEmail.Status.PENDING)
    for email_id in ids:
        transaction.on_commit(partial(dispatch, email_id))
    return len(ids)
