"""A transactional outbox for email.

Every email is first written to the database in the same transaction as the change that causes
it; a Celery task sends it after commit. If Redis is down at that moment, the row stays pending
and the periodic flush sends it once the broker is back: nothing is lost.

Each row is sent at most once. Before talking to the mail server the task marks the row
"sending" and commits; only a row still "pending" is sent. If a worker dies between the mark and
the end of the send, nobody can know whether the server took the message: the row becomes
"interrupted" (the retry record) instead of being sent a second time, and staff decide
(`manage.py outbox_resend`).
"""

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
