"""A transactional outbox for email.

Every email is first written to the database in the same transaction as the change that causes
it; a Celery task sends it after commit. If Redis is down at that moment, the row stays pending
and the periodic flush sends it once the broker is back: nothing is lost.

Each row is sent at most once. Before talking to the mail server the task marks the row
"sending" and commits; only a row still "pending" is sent. If a worker dies between the mark and
the end of the send, nobody can know whether the server took the message: the row becomes
"interrupted" (the retry record) instead of being sent a second time, and staff decide
(`manage.py outbox_resend`).

People without an email address (many are registered at a desk) get the same messages through
the call list: the desk operator phones them and records the outcome.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        INTERRUPTED = "interrupted", _("Interrupted while sending (maybe not sent)")

    to = models.EmailField(_("recipient"))
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField(_("text body"))
    body_html = models.TextField(_("HTML body"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    dedupe_key = models.CharField(
        _("deduplication key"),
        max_length=200,
        blank=True,
        help_text=_("Emails with the same key are sent once (e.g. one reminder per lesson)."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbound emails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["dedupe_key"],
                condition=~models.Q(dedupe_key=""),
                name="notify_outboundemail_unique_dedupe_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to} ({self.status})"


class CallListItem(models.Model):
    """A message for a person without an email address: it reaches them through a phone call
    by the desk operator instead. Written in the same transaction as the change that causes it,
    like an outbox email, in the person's language and in the staff's language."""

    class Outcome(models.TextChoices):
        REACHED = "reached", _("Reached: message given")
        MESSAGE_LEFT = "message_left", _("Message left (voicemail or family member)")
        NO_ANSWER = "no_answer", _("No answer")
        WRONG_NUMBER = "wrong_number", _("Wrong or missing number")
        NOT_NEEDED = "not_needed", _("No longer needed")

    # Outcomes after which the call is not tried again.
    CLOSING_OUTCOMES = frozenset({Outcome.REACHED, Outcome.MESSAGE_LEFT, Outcome.NOT_NEEDED})

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="call_list_items",
    )
    kind = models.CharField(_("kind"), max_length=64)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject, in the person's language"), max_length=255)
    message = models.TextField(_("message, in the person's language"))
    staff_subject = models.CharField(_("subject, for the operator"), max_length=255)
    staff_message = models.TextField(_("message, for the operator"))
    due_on = models.DateField(_("call on"))
    dedupe_key = models.CharField(_("deduplication key"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("calls made"), default=0)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("call-list item")
        verbose_name_plural = _("call list")
        ordering = ["due_on", "created_at"]
        indexes = [models.Index(fields=["done_at", "due_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["dedupe_key"],
                condition=~models.Q(dedupe_key=""),
                name="notify_calllistitem_unique_dedupe_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.staff_subject} → {self.person} ({self.due_on})"
