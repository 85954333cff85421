"""Writes for editorial pages: contact-form submissions (with spam protection)."""

import logging
import time
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

import limits
from notify.services import email_enqueue

if TYPE_CHECKING:
    from wagtail.contrib.forms.models import FormSubmission

    from cms.models.forms import ContactPage

logger = logging.getLogger(__name__)

TOKEN_SALT = "cms.contact-form"  # noqa: S105 - a signing salt, not a secret
TOKEN_MAX_AGE = 60 * 60 * 24  # a form left open for a day must be reloaded


class ContactErrorCode(models.TextChoices):
    TOO_FAST = "too_fast", "too fast"
    TOO_MANY = "too_many", "too many"
    EXPIRED = "expired", "expired"


def _min_seconds() -> float:
    return float(getattr(settings, "CMS_CONTACT_MIN_SECONDS", 3))


def contact_form_token(*, issued_at: float | None = None) -> str:
    """A signed time stamp put in the form when it is shown."""
    return signing.dumps(
        {"t": issued_at if issued_at is not None else time.time()}, salt=TOKEN_SALT
    )


def client_ip(request: HttpRequest) -> str:
    return limits.client_ip(request)


def contact_spam_check(*, ip: str, token: str, sender: str = "", now: float | None = None) -> None:
    """Raise a ValidationError (translated, with a code) if the message looks automated."""
    now = time.time() if now is None else now
    try:
        issued = float(signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise ValidationError(
            _("This form has expired. Please check your message and send it again."),
            code=ContactErrorCode.EXPIRED,
        ) from None
    if now - issued < _min_seconds():
        raise ValidationError(
            _("That was very quick. Please check your message and send it again."),
            code=ContactErrorCode.TOO_FAST,
        )
    # per address typed and per connection (generous: a help desk shares one); shared by every
    # web process through Redis, and skipped if Redis is down (see limits/)
    if limits.exceeded(limits.CONTACT, ip=ip, key=sender):
        raise ValidationError(
            _(
                "Too many messages were sent from this connection or this email address. Please "
                "try again in an hour, or call one of our help desks."
            ),
            code=ContactErrorCode.TOO_MANY,
        )


@transaction.atomic
def contact_submit(*, page: "ContactPage", form: forms.Form, ip: str) -> "FormSubmission | None":
    """Store a contact-form message and email it to the page's addresses, through the outbox.

    A filled honeypot field means a robot: nothing is stored or sent, and the robot is shown the
    usual thank-you page (returns None). Too fast or too many: ValidationError with a code.
    """
    from cms.models.forms import HONEYPOT_FIELD, TOKEN_FIELD

    data = dict(form.cleaned_data)
    honeypot = data.pop(HONEYPOT_FIELD, "")
    token = data.pop(TOKEN_FIELD, "")
    if honeypot:
        logger.info("Contact form: honeypot filled, message dropped")
        return None
    sender = next((str(data[name]) for name in sender_fields(form) if data.get(name)), "")
    contact_spam_check(ip=ip, token=token, sender=sender)
    # one inbox whatever language the message was written in, labelled in the inbox's language
    inbox = page.inbox_page()
    submission = inbox.get_submission_class().objects.create(form_data=data, page=inbox)
    if inbox.to_address:
        labels = {field.clean_name: field.label for field in inbox.form_fields.all()}
        lines = []
        for field in form:
            if field.name in data:
                value = data[field.name]
                if isinstance(value, list):
                    value = ", ".join(value)
                lines.append(f"{labels.get(field.name, field.label)}: {value}")
        body = "\n".join(lines)
        subject = inbox.subject or _("Message from the contact form")
        for address in (a.strip() for a in inbox.to_address.split(",")):
            if address:
                email_enqueue(
                    to=address,
                    subject=f"{subject} ({submission.pk})",
                    body_text=body,
                    language=get_language() or "",
                    dedupe_key=f"cms-contact-{submission.pk}-{address}",
                )
    limits.count(limits.CONTACT, ip=ip, key=sender)
    return submission


def sender_fields(form: forms.Form) -> list[str]:
    """The names of the email fields of an editor-built form (the sender's address)."""
    return [name for name, field in form.fields.items() if isinstance(field, forms.EmailField)]
