"""The catalogue (Wagtail pages) and the operational records behind it (plain models)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.blocks import CourseBodyBlock


class CourseKind(models.TextChoices):
    ITALIAN = "italian", _("Italian-language course")
    HOUSING = "housing", _("Housing-orientation path")
    WORK = "work", _("Work-orientation path")


class CefrLevel(models.TextChoices):
    PRE_A1 = "preA1", _("Pre-A1")
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class CourseIndexPage(Page):
    """The catalogue of courses and paths."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.forms import CatalogueFilterForm
        from courses.selectors import catalogue_editions, municipalities

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None, places=municipalities())
        filters = form.cleaned_data if form.is_valid() else {}
        editions = catalogue_editions(
            courses=CoursePage.objects.child_of(self).live(),
            kind=filters.get("kind", ""),
            level=filters.get("level", ""),
            municipality=filters.get("place", ""),
            weekday=filters.get("weekday"),
            time_of_day=filters.get("time", ""),
            language=filters.get("language", ""),
        )
        context.update(filter_form=form, editions=editions, filtered=bool(filters))
        return context


class CoursePage(Page):
    """A course or path: Italian language (with CEFR level), housing or work orientation."""

    kind = models.CharField(_("kind"), max_length=16, choices=CourseKind.choices)
    cefr_level = models.CharField(
        _("CEFR level"),
        max_length=8,
        choices=CefrLevel.choices,
        blank=True,
        help_text=_("Only for Italian-language courses."),
    )
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(CourseBodyBlock(), blank=True, verbose_name=_("description"))
    audience = models.TextField(_("who it is for"), blank=True)
    partner = models.CharField(_("partner that runs it"), max_length=200)
    support_languages = models.JSONField(
        _("languages of support"), default=list, blank=True, help_text=_("ISO codes")
    )
    requirements = models.TextField(_("requirements"), blank=True)
    free_of_charge = models.BooleanField(_("free of charge"), default=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("kind"), FieldPanel("cefr_level")]), FieldPanel("summary")],
            heading=_("What"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("requirements"),
                FieldPanel("partner"),
                FieldPanel("support_languages"),
                FieldPanel("free_of_charge"),
            ],
            heading=_("For whom"),
        ),
        InlinePanel("editions", label=_("Edition"), heading=_("Editions")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.FilterField("kind"),
        index.FilterField("cefr_level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types: list[str] = []

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import editions_with_seats

        context = super().get_context(request, *args, **kwargs)
        context["editions"] = editions_with_seats(
            Edition.objects.filter(course=self).exclude(status=Edition.Status.CANCELLED)
        ).order_by("starts_on")
        if request.user.is_authenticated:
            context["my_edition_ids"] = set(
                Enrolment.objects.filter(
                    person=request.user, edition__course=self, status__in=Enrolment.ACTIVE_STATUSES
                ).values_list("edition_id", flat=True)
            )
        return context

    class Meta:
        verbose_name = _("course or path")
        verbose_name_plural = _("courses and paths")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="italian") | models.Q(cefr_level=""),
                name="courses_coursepage_level_only_for_italian",
            )
        ]


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
    attendance_threshold = models.PositiveSmallIntegerField(
        _("attendance threshold (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Below this share of lessons attended a person is flagged; at or above it "
            "they receive a certificate."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("venue_name"), FieldPanel("municipality")]),
        FieldPanel("venue_address"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("status")]),
        FieldPanel("attendance_threshold"),
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


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


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


class Enrolment(models.Model):
    """A person's place in an edition (or in its waiting list)."""

    class Status(models.TextChoices):
        ENROLLED = "enrolled", _("Enrolled")
        WAITING = "waiting", _("On the waiting list")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        COMPLETED = "completed", _("Completed")

    ACTIVE_STATUSES = (Status.ENROLLED, Status.WAITING, Status.COMPLETED)

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    waiting_position = models.PositiveIntegerField(
        _("place in the waiting list"), null=True, blank=True
    )
    consent_text_version = models.CharField(_("consent text version"), max_length=32)
    consent_given_at = models.DateTimeField(_("consent given at"))
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed"), auto_now_add=True)
    cefr_level_reached = models.CharField(
        _("CEFR level reached"), max_length=8, choices=CefrLevel.choices, blank=True
    )
    certificate_code = models.CharField(
        _("certificate verification code"), max_length=16, null=True, blank=True, unique=True
    )
    certificate_issued_at = models.DateTimeField(_("certificate issued"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["edition", "status", "waiting_position", "created_at"]
        indexes = [models.Index(fields=["edition", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "edition"],
                condition=models.Q(status__in=["enrolled", "waiting", "completed"]),
                name="courses_enrolment_one_active_per_person",
                violation_error_message=_("This person is already enrolled in this edition."),
            ),
            models.UniqueConstraint(
                fields=["edition", "waiting_position"],
                condition=models.Q(status="waiting"),
                name="courses_enrolment_unique_waiting_position",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status="waiting", waiting_position__isnull=False)
                    | (~models.Q(status="waiting") & models.Q(waiting_position__isnull=True))
                ),
                name="courses_enrolment_position_only_when_waiting",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.edition} ({self.get_status_display()})"


class Lesson(models.Model):
    """One meeting of an edition; generated from the timetable, then editable."""

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="lessons"
    )
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    topic = models.CharField(_("topic"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["date", "starts_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "date", "starts_at"], name="courses_lesson_unique_slot"
            ),
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="courses_lesson_starts_before_ends",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition.course.title} · {self.date:%d/%m/%Y} {self.starts_at:%H:%M}"

    @property
    def hours(self) -> float:
        minutes = (self.ends_at.hour * 60 + self.ends_at.minute) - (
            self.starts_at.hour * 60 + self.starts_at.minute
        )
        return minutes / 60


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


class AttendanceMark(models.Model):
    """Whether a person came to a lesson. Every change is kept in AttendanceChange."""

    lesson = models.ForeignKey(
        Lesson, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="marks"
    )
    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="marks"
    )
    status = models.CharField(_("attendance"), max_length=8, choices=AttendanceStatus.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"))

    class Meta:
        verbose_name = _("attendance mark")
        verbose_name_plural = _("attendance marks")
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "enrolment"], name="courses_attendancemark_one_per_lesson"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment.person} · {self.lesson} · {self.get_status_display()}"


class AttendanceChange(models.Model):
    """History of attendance marks: who changed what, when (old status blank when new)."""

    mark = models.ForeignKey(
        AttendanceMark, verbose_name=_("mark"), on_delete=models.CASCADE, related_name="changes"
    )
    old_status = models.CharField(
        _("before"), max_length=8, choices=AttendanceStatus.choices, blank=True
    )
    new_status = models.CharField(_("after"), max_length=8, choices=AttendanceStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.mark_id}: {self.old_status or '—'} → {self.new_status}"
