"""Figures entered by the partners: people in each accommodation service per month, and the
training sessions of public-service and third-sector operators (indirect beneficiaries)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from partners.models import Activity, Partner

# The activities with a monthly count of the people (or families) they host.
ACCOMMODATION_ACTIVITIES = ("A.1", "A.2", "B.1", "B.2", "B.3", "B.4", "E.3")


class MonthlyCount(models.Model):
    """How many people an accommodation service took in during a month, and how many it hosted,
    entered by the partner that runs it (one row per service, partner and month)."""

    activity = models.ForeignKey(
        Activity, verbose_name=_("service"), on_delete=models.PROTECT, related_name="+"
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="+"
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    admitted = models.PositiveIntegerField(_("taken in during the month"))
    hosted = models.PositiveIntegerField(_("hosted during the month"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    sample = models.BooleanField(
        _("sample data"),
        default=False,
        editable=False,
        help_text=_('Made up for the demo ("dati di esempio"); never real people.'),
    )

    class Meta:
        verbose_name = _("monthly count of an accommodation service")
        verbose_name_plural = _("monthly counts of the accommodation services")
        ordering = ["-month", "activity__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "partner", "month"], name="programme_monthlycount_once"
            ),
            models.CheckConstraint(
                condition=models.Q(month__day=1), name="programme_monthlycount_first_day"
            ),
            models.CheckConstraint(
                condition=models.Q(admitted__lte=models.F("hosted")),
                name="programme_monthlycount_admitted_are_hosted",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.activity.code} {self.month:%m/%Y}"


class OrganisationType(models.TextChoices):
    PUBLIC = "public", _("Public service")
    THIRD_SECTOR = "third_sector", _("Third sector")


class TrainingSession(ClusterableModel):
    """A training session for operators of public services and of the third sector."""

    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    organiser = models.ForeignKey(
        Partner, verbose_name=_("organised by"), on_delete=models.PROTECT, related_name="+"
    )
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1)
    sample = models.BooleanField(_("sample data"), default=False, editable=False)

    class Meta:
        verbose_name = _("operator training session")
        verbose_name_plural = _("operator training sessions")
        ordering = ["-date"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.title}"


class TrainingAttendee(models.Model):
    """One operator at a session. The same name and organisation type at several sessions is
    one operator trained."""

    session = ParentalKey(TrainingSession, on_delete=models.CASCADE, related_name="attendees")
    full_name = models.CharField(_("name and surname"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=12, choices=OrganisationType.choices
    )

    class Meta:
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")

    def __str__(self) -> str:
        return self.full_name
