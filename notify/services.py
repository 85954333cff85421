"""Messages to people. Domain apps call `person_notify` (email, or the desk operators' call list
for people without an address) or `email_enqueue` (an email to an address); nothing else sends
mail."""

import logging
from datetime import date
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
