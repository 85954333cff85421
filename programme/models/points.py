"""Where the programme meets people: the desks, flying desks, itinerant desk and info points."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from partners.models import Activity, Partner


class ServicePoint(models.Model):
    """A place where contacts are recorded and (for desks with a public page) appointments are
    booked. Each belongs to the partner that runs it and to one activity of the document."""

    class Kind(models.TextChoices):
        DESK = "desk", _("Help desk")
        FLYING_DESK = "flying", _("Flying desk")
        ITINERANT_DESK = "itinerant", _("Itinerant desk")
        INFO_POINT = "infopoint", _("Info point")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    town = models.CharField(_("town"), max_length=100)
    partner = models.ForeignKey(
        Partner, verbose_name=_("run by"), on_delete=models.PROTECT, related_name="service_points"
    )
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activity"),
        on_delete=models.PROTECT,
        related_name="service_points",
    )
    desk_page = models.ForeignKey(
        "cms.DeskPage",
        verbose_name=_("desk page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The public page with the opening hours; bookings use its hours."),
    )
    bookable = models.BooleanField(_("takes bookings"), default=False)
    slot_minutes = models.PositiveSmallIntegerField(
        _("length of an appointment (minutes)"),
        default=30,
        validators=[MinValueValidator(10), MaxValueValidator(120)],
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("service point")
        verbose_name_plural = _("service points")
        ordering = ["partner__order", "kind", "name"]
        permissions = [
            ("view_programme_dashboard", _("Can see the programme dashboard")),
            ("export_programme_report", _("Can download the programme's period report")),
            ("see_all_partners", _("Can see the activities of every partner, not only their own")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(slot_minutes__gte=10, slot_minutes__lte=120),
                name="programme_servicepoint_slot_minutes_range",
            ),
            models.CheckConstraint(
                condition=models.Q(bookable=False) | models.Q(desk_page__isnull=False),
                name="programme_servicepoint_bookable_needs_hours",
            ),
        ]

    def __str__(self) -> str:
        return self.name
