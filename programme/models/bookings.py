"""Appointments and accompaniments (E.1.1) booked in a free slot of a desk's opening hours."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.choices import LANGUAGE_CHOICES
from partners.models import Partner

from .choices import BookingKind, ContactService, Office
from .points import ServicePoint


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")
    CANCELLED = "cancelled", _("Cancelled")


# The one definition of which bookings hold their slot (no one else may book it).
SLOT_HOLDING_STATUSES = [BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW]


class Booking(models.Model):
    Status = BookingStatus
    Kind = BookingKind

    service_point = models.ForeignKey(
        ServicePoint, verbose_name=_("desk"), on_delete=models.PROTECT, related_name="bookings"
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name="+"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,  # kept, without the person, for the figures once an account is erased
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=BookingKind.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    topic = models.CharField(
        _("what it is about"), max_length=16, choices=ContactService.choices, blank=True
    )
    office = models.CharField(_("office"), max_length=12, choices=Office.choices, blank=True)
    interpreter_language = models.CharField(
        _("interpreter or mediator language"), max_length=8, choices=LANGUAGE_CHOICES, blank=True
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.BOOKED
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    sample = models.BooleanField(
        _("sample data"),
        default=False,
        editable=False,
        help_text=_('Made up for the demo ("dati di esempio"); never real people.'),
    )

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["starts_at"]
        indexes = [
            models.Index(fields=["starts_at"], name="programme_booking_starts"),
            models.Index(fields=["partner", "starts_at"], name="programme_booking_partner"),
        ]
        constraints = [
            # A slot of a desk is held by one booking at most: the database refuses a second
            # one even when two requests arrive together.
            models.UniqueConstraint(
                fields=["service_point", "starts_at"],
                condition=models.Q(status__in=SLOT_HOLDING_STATUSES),
                name="programme_booking_one_per_slot",
                violation_error_message=_("This time has just been booked by someone else."),
            ),
            models.UniqueConstraint(
                fields=["person", "starts_at"],
                condition=models.Q(status=BookingStatus.BOOKED),
                name="programme_booking_person_once_at_a_time",
                violation_error_message=_("You already have an appointment at this time."),
            ),
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="programme_booking_starts_before_ends",
            ),
            models.CheckConstraint(
                condition=models.Q(kind=BookingKind.ACCOMPANIMENT) | models.Q(office=""),
                name="programme_booking_office_only_for_accompaniment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service_point} · {self.starts_at:%d/%m/%Y %H:%M}"
