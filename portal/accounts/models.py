"""People who use the portal. Roles are groups (see roles.py); personal data is kept minimal."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person with an account. People registered at a desk may have no email address."""

    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="it",
        help_text=_("Emails and printed documents are written in this language."),
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    registered_by = models.ForeignKey(
        "self",
        verbose_name=_("registered at the desk by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        help_text=_(
            "For operators: the partner they work for. They see and record only its desk "
            "contacts and bookings."
        ),
    )
    claim_code_hash = models.CharField(max_length=128, blank=True, editable=False)
    claim_code_expires_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [("register_at_desk", _("Can register a person at the help desk"))]

    def __str__(self) -> str:
        return self.get_full_name() or self.email or self.username


class Consent(models.Model):
    """A consent given by a person: what text, which version, when; withdrawable."""

    class Purpose(models.TextChoices):
        PRIVACY_NOTICE = "privacy", _("Privacy notice for the portal account")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=32, choices=Purpose.choices)
    text_version = models.CharField(_("text version"), max_length=32)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_purpose_display()} v{self.text_version}"
