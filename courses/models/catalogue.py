"""The catalogue as Wagtail pages: the index and one page per course or path."""

from typing import Any

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from common import richtext
from common.choices import CefrLevel
from courses.blocks import CourseBodyBlock

# Editions (and their enrolments) belong to the course page in the default language; its
# translations, and the aliases that stand in for them, show those editions (see
# `CoursePage.editions_owner`). They are never copied to another page: not by wagtail-localize
# (neither translated nor synchronised), not into aliases, not by "copy page".
EDITIONS = "editions"


class NotCopied(BaseTranslatableField):
    """For wagtail-localize: a child relation that is neither translated nor synchronised."""


class CourseKind(models.TextChoices):
    ITALIAN = "italian", _("Italian-language course")
    HOUSING = "housing", _("Housing-orientation path")
    WORK = "work", _("Work-orientation path")


class CourseIndexPage(Page):
    """The catalogue of courses and paths."""

    intro = RichTextField(_("introduction"), blank=True, features=richtext.INLINE)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from courses.forms import CatalogueFilterForm
        from courses.selectors import catalogue_editions, municipalities, with_shown_courses

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None, places=municipalities())
        filters = form.cleaned_data if form.is_valid() else {}
        courses = CoursePage.objects.child_of(self).live()
        editions = catalogue_editions(
            courses=courses,
            kind=filters.get("kind", ""),
            level=filters.get("level", ""),
            municipality=filters.get("place", ""),
            weekday=filters.get("weekday"),
            time_of_day=filters.get("time", ""),
            language=filters.get("language", ""),
            childcare=bool(filters.get("childcare")),
            women_only=bool(filters.get("women_only")),
        )
        context.update(
            filter_form=form,
            editions=with_shown_courses(editions=editions, courses=courses),
            filtered=bool(filters),
        )
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
    # the partner running the course is a name: the same in every language
    override_translatable_fields = [NotCopied(EDITIONS), SynchronizedField("partner")]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from courses.selectors import course_page_editions, my_edition_ids

        context = super().get_context(request, *args, **kwargs)
        owner = self.editions_owner()
        context["editions"] = course_page_editions(course=owner)
        if request.user.is_authenticated:
            context["my_edition_ids"] = my_edition_ids(person=request.user, course=owner)
        return context

    def editions_owner(self) -> "CoursePage":
        """The page whose editions this page shows: the course in the default language.
        Enrolment is per edition, whatever language the person reads the course in."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        owner = CoursePage.objects.filter(
            translation_key=self.translation_key, locale__language_code=default
        ).first()
        return self if owner is None or owner.pk == self.pk else owner

    def copy_all_child_relations(
        self, target: Any, exclude: list[str] | None = None, **kwargs: Any
    ) -> dict:
        # every copy (alias, translation, "copy page") leaves the editions where they are
        return super().copy_all_child_relations(
            target, exclude=[*(exclude or []), EDITIONS], **kwargs
        )

    def with_content_json(self, content: dict[str, Any]) -> "CoursePage":
        # Wagtail fills an alias from the original page's content: never with its editions
        # (saving them on the alias would move the original's editions and enrolments)
        if content.get("pk") != self.pk:
            content = {key: value for key, value in content.items() if key != EDITIONS}
        page: CoursePage = super().with_content_json(content)
        return page

    class Meta:
        verbose_name = _("course or path")
        verbose_name_plural = _("courses and paths")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind=CourseKind.ITALIAN) | models.Q(cefr_level=""),
                name="courses_coursepage_level_only_for_italian",
            )
        ]
