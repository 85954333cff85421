"""The operator's shortlist for an offer, with the outcome of each candidate."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .offers import JobOfferPage
from .profiles import CandidateProfile


class Outcome(models.TextChoices):
    APPLIED = "applied", _("Applied online, to review")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    CONTACTED = "contacted", _("Contacted")
    INTERVIEW = "interview", _("Interview")
    HIRED = "hired", _("Hired")
    NOT_SUITABLE = "not_suitable", _("Not suitable")


class Origin(models.TextChoices):
    STAFF = "staff", _("Proposed by the employment centre")
    CANDIDATE = "candidate", _("Applied online")


class ShortlistEntry(models.Model):
    """A candidate considered for an offer: proposed by an operator, or who applied online
    ("I am interested"); either way the operator records the outcome here."""

    offer = models.ForeignKey(
        JobOfferPage, on_delete=models.CASCADE, related_name="shortlist", verbose_name=_("offer")
    )
    profile = models.ForeignKey(
        CandidateProfile,
        on_delete=models.CASCADE,
        related_name="shortlists",
        verbose_name=_("candidate"),
    )
    outcome = models.CharField(
        _("outcome"), max_length=16, choices=Outcome.choices, default=Outcome.SHORTLISTED
    )
    origin = models.CharField(
        _("how they came"), max_length=16, choices=Origin.choices, default=Origin.STAFF
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    score = models.FloatField(_("score when added"), null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("shortlist entry")
        verbose_name_plural = _("shortlist entries")
        ordering = ["offer", "-score", "added_at"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "profile"], name="shortlist_once_per_offer")
        ]

    def __str__(self) -> str:
        return f"{self.offer_id}/{self.profile_id}: {self.outcome}"
