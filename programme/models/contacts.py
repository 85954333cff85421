"""A contact at a desk: the unit behind the programme's "6,000 desk users".

How people are counted without an account (one rule, in `person_key`, set by
programme.services.person_key_of):
- a person with an account (also one registered at the desk, without email) is the account's
  number;
- a person without an account may be given a card code ("ALI-7K3PQ", random, issued by the
  service on request); reusing it on later contacts makes them one person: the code read as a
  number (above every account number);
- an anonymous contact has no identity; it counts as a new person only when the operator ticks
  "first time at an A.L.I. desk" (so the total never counts a returning anonymous visitor twice,
  and may count fewer people than came: the figure errs low, as a funder expects).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.choices import LANGUAGE_CHOICES
from partners.models import Activity, Partner

from .choices import AgeBand, ContactService, Gender, Nationality
from .points import ServicePoint


class DeskContact(models.Model):
    service_point = models.ForeignKey(
        ServicePoint,
        verbose_name=_("service point"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    # copied from the service point when the contact is recorded: history stays as it was
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="+"
    )
    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.PROTECT, related_name="+"
    )
    date = models.DateField(_("date"))
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="desk_contacts",
    )
    person_code = models.CharField(_("card code"), max_length=12, blank=True)
    person_key = models.BigIntegerField(
        _("counted as"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The account's number, or the card code as a number; empty if anonymous."),
    )
    first_visit = models.BooleanField(_("first time at an A.L.I. desk"), default=False)
    # Kept by programme.services.contacts (contact_flags_refresh) so the dashboard adds instead
    # of counting distinct people per breakdown: the person's first contact in the programme,
    # and their first contact with this partner (an anonymous first visit is both).
    new_person = models.BooleanField(
        _("first contact of the person"), default=False, editable=False
    )
    new_at_partner = models.BooleanField(
        _("first contact of the person with this partner"), default=False, editable=False
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), validators=[MinValueValidator(1), MaxValueValidator(480)]
    )
    # statistics, only when the person agreed to give them
    stats_consent = models.BooleanField(_("agreed to give statistics"), default=False)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices, blank=True)
    nationality = models.CharField(
        _("citizenship"), max_length=2, choices=Nationality.choices, blank=True
    )
    age_band = models.CharField(_("age"), max_length=5, choices=AgeBand.choices, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    sample = models.BooleanField(
        _("sample data"),
        default=False,
        editable=False,
        help_text=_('Made up for the demo ("dati di esempio"); never real people.'),
    )

    class Meta:
        verbose_name = _("desk contact")
        verbose_name_plural = _("desk contacts")
        ordering = ["-date", "-recorded_at"]
        indexes = [
            models.Index(fields=["date"], name="programme_contact_date"),
            models.Index(fields=["partner", "date"], name="programme_contact_partner_date"),
            models.Index(fields=["person_key", "date"], name="programme_contact_person_key"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minutes__gte=1, minutes__lte=480),
                name="programme_deskcontact_minutes_range",
            ),
            models.CheckConstraint(
                condition=models.Q(stats_consent=True)
                | models.Q(gender="", nationality="", age_band=""),
                name="programme_deskcontact_stats_only_with_consent",
            ),
            models.CheckConstraint(
                condition=models.Q(person__isnull=True) | models.Q(person_code=""),
                name="programme_deskcontact_person_or_code",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service_point} · {self.date:%d/%m/%Y}"


class DeskContactService(models.Model):
    """One service given in a contact (a contact may have several)."""

    contact = models.ForeignKey(DeskContact, on_delete=models.CASCADE, related_name="services")
    service = models.CharField(_("service"), max_length=16, choices=ContactService.choices)

    class Meta:
        verbose_name = _("service given")
        verbose_name_plural = _("services given")
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "service"], name="programme_contactservice_once"
            )
        ]
        indexes = [models.Index(fields=["service"], name="programme_contactservice_code")]

    def __str__(self) -> str:
        return self.get_service_display()


class ContactTally(models.Model):
    """Desk contacts added up per month, service point, partner, activity and language: what
    the dashboard's breakdowns read (a few hundred rows a year instead of thousands of
    contacts). Kept in step by programme.services.contacts in the transaction that records a
    contact; `contact_tallies_rebuild` makes it again from the contacts."""

    month = models.DateField(_("month"))
    service_point = models.ForeignKey(ServicePoint, on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    contacts = models.PositiveIntegerField(default=0)
    anonymous = models.PositiveIntegerField(default=0)
    anonymous_new = models.PositiveIntegerField(default=0)
    new_people = models.PositiveIntegerField(default=0)
    new_at_partner = models.PositiveIntegerField(default=0)
    minutes = models.PositiveIntegerField(default=0)
    sample = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("monthly tally of desk contacts")
        verbose_name_plural = _("monthly tallies of desk contacts")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "service_point", "partner", "activity", "language"],
                name="programme_contacttally_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month:%m/%Y} {self.service_point_id} {self.language}: {self.contacts}"


class ServiceTally(models.Model):
    """How many contacts gave each service, per month, service point and partner (the
    dashboard's "services given"), kept like ContactTally."""

    month = models.DateField(_("month"))
    service_point = models.ForeignKey(ServicePoint, on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")
    service = models.CharField(max_length=16, choices=ContactService.choices)
    contacts = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("monthly tally of services given")
        verbose_name_plural = _("monthly tallies of services given")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "service_point", "partner", "service"],
                name="programme_servicetally_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month:%m/%Y} {self.service}: {self.contacts}"
