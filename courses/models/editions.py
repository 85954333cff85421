"""Editions of a course (one run: where, when, seats, teachers) and their weekly timetable."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from common.choices import Weekday
from partners.codes import EDITION_ACTIVITIES

from .catalogue import CoursePage


class Edition(ClusterableModel):
    """One run of a course: where, when, how many seats, who teaches."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        OPEN = "open", _("Enrolment open")
        RUNNING = "running", _("In progress")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="editions")
    venue_name = models.CharField(_("venue"), max_length=200)
    venue_address = models.CharField(_("venue address"), max_length=255)
    municipality = models.CharField(_("municipality"), max_length=100)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    capacity = models.PositiveSmallIntegerField(_("seats"))
    enrolment_opens = models.DateField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes = models.DateField(_("enrolment closes"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    teachers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teachers"),
        blank=True,
        related_name="teaching_editions",
    )
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("run by (partner)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="editions",
    )
    activity = models.ForeignKey(
        "partners.Activity",
        verbose_name=_("activity of the programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="editions",
        limit_choices_to={"code__in": EDITION_ACTIVITIES},
        help_text=_("D.1, D.2 or E.4 in the project document."),
    )
    childcare = models.BooleanField(
        _("childcare during the lessons"),
        default=False,
        help_text=_("Children are looked after while their parent attends (E.4)."),
    )
    women_only = models.BooleanField(_("for women only"), default=False)
    attendance_threshold = models.PositiveSmallIntegerField(
        _("attendance threshold (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Below this share of lessons attended a person is flagged; at or above it "
            "they receive a certificate."
        ),
    )

    absences_before_warning = models.PositiveSmallIntegerField(
        _("absences in a row before a warning"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_(
            "After this many absences in a row (excused ones are not counted) the person gets "
            "a message and appears in the operators' follow-up list."
        ),
    )
    checkin_on_time_minutes = models.PositiveSmallIntegerField(
        _("self check-in: on time up to (minutes after the start)"),
        default=10,
        validators=[MaxValueValidator(240)],
        help_text=_("People who check in later than this are marked late."),
    )
    checkin_grace_minutes = models.PositiveSmallIntegerField(
        _("self check-in: latecomers may check in up to (minutes after the start)"),
        default=45,
        validators=[MaxValueValidator(240)],
        help_text=_(
            "After this, check-in closes (at the latest when the lesson ends); the teacher can "
            "still mark people in the register."
        ),
    )

    # annotations added by courses.selectors.editions_with_seats
    seats_taken: int
    waiting_count: int
    # set by courses.selectors.with_shown_courses: the course page in the visitor's language
    shown_course: CoursePage

    panels = [
        FieldRowPanel([FieldPanel("venue_name"), FieldPanel("municipality")]),
        FieldPanel("venue_address"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("partner"), FieldPanel("activity")]),
        FieldRowPanel([FieldPanel("childcare"), FieldPanel("women_only")]),
        FieldRowPanel([FieldPanel("attendance_threshold"), FieldPanel("absences_before_warning")]),
        FieldRowPanel([FieldPanel("checkin_on_time_minutes"), FieldPanel("checkin_grace_minutes")]),
        FieldPanel("teachers"),
        InlinePanel("timetable", label=_("Weekly slot"), heading=_("Weekly timetable")),
    ]

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ["starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_on__lte=models.F("ends_on")),
                name="courses_edition_starts_before_ends",
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0), name="courses_edition_capacity_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(attendance_threshold__gte=1, attendance_threshold__lte=100),
                name="courses_edition_threshold_percentage",
            ),
            models.CheckConstraint(
                condition=models.Q(absences_before_warning__gte=1),
                name="courses_edition_absences_before_warning_positive",
            ),
            models.CheckConstraint(
                condition=models.Q(checkin_on_time_minutes__lte=models.F("checkin_grace_minutes")),
                name="courses_edition_checkin_on_time_within_grace",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.title} · {self.municipality} · {self.starts_on:%d/%m/%Y}"

    @property
    def seats_left(self) -> int:
        """Needs the `seats_taken` annotation of courses.selectors.editions_with_seats."""
        return max(self.capacity - self.seats_taken, 0)

    @property
    def accepts_enrolments(self) -> bool:
        today = timezone.localdate()
        return (
            self.status == self.Status.OPEN
            and not (self.enrolment_opens and today < self.enrolment_opens)
            and not (self.enrolment_closes and today > self.enrolment_closes)
        )


class TimetableSlot(Orderable):
    """One weekly meeting of an edition, e.g. Tuesday 9:30–11:30."""

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="timetable")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("starts_at"), FieldPanel("ends_at")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("weekly slot")
        verbose_name_plural = _("weekly timetable")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="courses_timetableslot_starts_before_ends",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"
