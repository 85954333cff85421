"""The catalogue (Wagtail pages) and the operational records behind it (plain models)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
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

    panels = [
        FieldRowPanel([FieldPanel("venue_name"), FieldPanel("municipality")]),
        FieldPanel("venue_address"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("status")]),
        FieldPanel("teachers"),
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
        ]

    def __str__(self) -> str:
        return f"{self.course.title} · {self.municipality} · {self.starts_on:%d/%m/%Y}"
