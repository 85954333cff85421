"""Job offers agreed with employers by the employment centres, as Wagtail pages."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from common import richtext
from common.choices import CefrLevel, cefr_rank

from .vocabulary import DrivingLicence, Municipality, Occupation, Qualification, Skill


class ContractType(models.TextChoices):
    PERMANENT = "permanent", _("Permanent")
    FIXED_TERM = "fixed_term", _("Fixed-term")
    SEASONAL = "seasonal", _("Seasonal")
    APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
    TRAINEESHIP = "traineeship", _("Traineeship (tirocinio)")
    AGENCY = "agency", _("Temporary agency work")
    OCCASIONAL = "occasional", _("Occasional work")


class EmploymentCentre(models.TextChoices):
    """The public employment centres (Centri per l'Impiego, run by ARTI) of the province that
    agree vacancies with employers. The values are the slugs of their pages."""

    GROSSETO = "cpi-grosseto", _("Employment centre (CPI) of Grosseto")
    FOLLONICA = "cpi-follonica", _("Employment centre (CPI) of Follonica")
    ORBETELLO = "cpi-orbetello", _("Employment centre (CPI) of Orbetello")
    ARCIDOSSO = "cpi-arcidosso", _("Employment centre (CPI) of Arcidosso")


class AtecoSection(models.TextChoices):
    """ATECO 2007 sections (the Italian version of NACE Rev. 2)."""

    A = "A", _("A — Agriculture, forestry and fishing")
    C = "C", _("C — Manufacturing")
    F = "F", _("F — Construction")
    G = "G", _("G — Wholesale and retail trade")
    H = "H", _("H — Transport and storage")
    I = "I", _("I — Accommodation and food service")  # noqa: E741
    N = "N", _("N — Administrative and support services")
    Q = "Q", _("Q — Health and social work")
    S = "S", _("S — Other services")
    T = "T", _("T — Households as employers")


class JobOfferIndexPage(Page):
    """The public list of job offers, filtered by occupation, place and contract."""

    intro = RichTextField(_("introduction"), blank=True, features=richtext.INLINE)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["jobs.JobOfferPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job offers index")

    def get_context(self, request, *args, **kwargs):
        from jobs.selectors import offer_list_public

        context = super().get_context(request, *args, **kwargs)
        filters = {
            "occupation": request.GET.get("occupation", ""),
            "municipality": request.GET.get("municipality", ""),
            "contract": request.GET.get("contract", ""),
        }
        offers = offer_list_public(index=self, **filters)
        context["filters"] = filters
        context["offers"] = Paginator(offers, 20).get_page(request.GET.get("page"))
        context["occupations"] = Occupation.objects.filter(
            pk__in=offer_list_public(index=self).values("occupation")
        )
        context["municipalities"] = Municipality.objects.filter(
            pk__in=offer_list_public(index=self).values("municipality")
        )
        context["contract_types"] = ContractType.choices
        return context


def default_content_language() -> str:
    """The language the offers are written in (the default one), without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


class JobOfferPageQuerySet(PageQuerySet):
    def vacancies(self) -> "JobOfferPageQuerySet":
        """The offers themselves: the pages in the default language. Their translations (and
        the aliases standing in for them) are the same vacancy in another language, so the
        matching index, shortlists and the staff's lists use only these."""
        return self.filter(locale__language_code=default_content_language())

    def open(self, *, today: date | None = None) -> "JobOfferPageQuerySet":
        """Offers people can still apply for: published, and their vacancy published, not
        expired, and its "applications until" date (if any) not yet past. The one definition
        of an open offer, in every language: a translation is open while its vacancy is."""
        today = today or timezone.localdate()
        open_vacancies = (
            JobOfferPage.objects.vacancies()
            .live()
            .filter(expired=False)
            .exclude(applications_until__lt=today)
        )
        return self.live().filter(translation_key__in=open_vacancies.values("translation_key"))


JobOfferPageManager = PageManager.from_queryset(JobOfferPageQuerySet)


class JobOfferPage(Page):
    """A vacancy agreed with an employer. Wagtail gives drafts, moderation, go-live and expiry."""

    objects = JobOfferPageManager()

    employer_name = models.CharField(_("employer"), max_length=160)
    hide_employer = models.BooleanField(
        _("hide the employer on the public site"),
        default=True,
        help_text=_("Only staff see the employer's name."),
    )
    ateco_section = models.CharField(
        _("sector (ATECO)"), max_length=2, choices=AtecoSection.choices
    )
    occupation = models.ForeignKey(
        Occupation, on_delete=models.PROTECT, related_name="offers", verbose_name=_("occupation")
    )
    essential_skills = ParentalManyToManyField(
        Skill, blank=True, related_name="+", verbose_name=_("essential skills")
    )
    optional_skills = ParentalManyToManyField(
        Skill, blank=True, related_name="+", verbose_name=_("optional skills")
    )
    required_qualifications = ParentalManyToManyField(
        Qualification, blank=True, related_name="+", verbose_name=_("qualifications required")
    )
    min_italian_level = models.CharField(
        _("minimum Italian level"), max_length=8, choices=CefrLevel.choices, blank=True
    )
    other_languages = models.CharField(
        _("other languages"), max_length=200, blank=True, help_text=_("E.g. English A2.")
    )
    licence_required = models.CharField(
        _("driving licence required"), max_length=8, choices=DrivingLicence.choices, blank=True
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("place of work")
    )
    contract_type = models.CharField(_("contract"), max_length=16, choices=ContractType.choices)
    hours_per_week = models.PositiveSmallIntegerField(_("hours per week"), null=True, blank=True)
    shifts = models.BooleanField(_("shifts, evenings or weekends"), default=False)
    seasonal = models.BooleanField(_("seasonal work"), default=False)
    own_transport_needed = models.BooleanField(
        _("own transport needed"),
        default=False,
        help_text=_("The workplace cannot be reached by public transport at working hours."),
    )
    positions = models.PositiveSmallIntegerField(_("positions"), default=1)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    applications_until = models.DateField(
        _("applications until"),
        null=True,
        blank=True,
        help_text=_("Shown to candidates. The page itself goes offline at its expiry time."),
    )
    must_italian = models.BooleanField(
        _("the Italian level is a must-have"),
        default=False,
        help_text=_("Candidates below it are not listed at all."),
    )
    must_start = models.BooleanField(
        _("availability by the start date is a must-have"), default=False
    )
    must_licence = models.BooleanField(_("the licence is a must-have"), default=False)
    must_shifts = models.BooleanField(_("shifts are a must-have"), default=False)
    must_qualifications = models.BooleanField(
        _("the qualifications are a must-have"), default=False
    )
    employment_centre = models.CharField(
        _("agreed by the employment centre"),
        max_length=32,
        choices=EmploymentCentre.choices,
        default="",
    )
    agreed_on = models.DateField(_("agreed on"), null=True)
    cpi_reference = models.CharField(
        _("reference of the agreement"),
        max_length=40,
        default="",
        help_text=_("The employment centre's reference for this vacancy."),
    )
    description = RichTextField(_("description"), blank=True, features=richtext.WITH_LISTS)
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("Marks an invented offer (demo content).")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("employer_name"), FieldPanel("ateco_section")]),
                FieldPanel("hide_employer"),
            ],
            heading=_("Employer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("occupation"),
                FieldPanel("essential_skills"),
                FieldPanel("optional_skills"),
                FieldRowPanel([FieldPanel("min_italian_level"), FieldPanel("must_italian")]),
                FieldRowPanel([FieldPanel("licence_required"), FieldPanel("must_licence")]),
                FieldRowPanel(
                    [FieldPanel("required_qualifications"), FieldPanel("must_qualifications")]
                ),
                FieldPanel("other_languages"),
            ],
            heading=_("Who we look for"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("own_transport_needed")]),
                FieldRowPanel([FieldPanel("contract_type"), FieldPanel("hours_per_week")]),
                FieldRowPanel([FieldPanel("positions"), FieldPanel("seasonal")]),
                FieldRowPanel([FieldPanel("shifts"), FieldPanel("must_shifts")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("must_start")]),
                FieldPanel("applications_until"),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("employment_centre"),
                FieldRowPanel([FieldPanel("agreed_on"), FieldPanel("cpi_reference")]),
            ],
            heading=_("Agreement with the employment centre"),
        ),
        FieldPanel("description"),
        FieldPanel("is_sample"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.FilterField("contract_type"),
    ]
    parent_page_types = ["jobs.JobOfferIndexPage"]
    subpage_types: list[str] = []
    # the same vacancy in every language: only the title and the texts are translated
    override_translatable_fields = [
        SynchronizedField("employer_name"),
        SynchronizedField("essential_skills"),
        SynchronizedField("optional_skills"),
        SynchronizedField("required_qualifications"),
        SynchronizedField("cpi_reference"),
    ]

    class Meta:
        verbose_name = _("job offer")
        verbose_name_plural = _("job offers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(positions__gte=1), name="offer_positions_min_1"
            ),
            # A must-have needs the criterion it makes compulsory.
            models.CheckConstraint(
                condition=models.Q(must_italian=False) | ~models.Q(min_italian_level=""),
                name="offer_must_italian_has_level",
            ),
            models.CheckConstraint(
                condition=models.Q(must_start=False) | models.Q(start_date__isnull=False),
                name="offer_must_start_has_date",
            ),
            models.CheckConstraint(
                condition=models.Q(must_licence=False) | ~models.Q(licence_required=""),
                name="offer_must_licence_has_licence",
            ),
            models.CheckConstraint(
                condition=models.Q(must_shifts=False) | models.Q(shifts=True),
                name="offer_must_shifts_has_shifts",
            ),
        ]

    @property
    def min_italian_rank(self) -> int:
        return cefr_rank(self.min_italian_level)

    def get_context(self, request, *args, **kwargs):
        from jobs.selectors import application_for, profile_for_user

        context = super().get_context(request, *args, **kwargs)
        profile = profile_for_user(request.user)
        context["profile"] = profile
        context["application"] = application_for(self.vacancy(), profile)
        return context

    def vacancy(self) -> "JobOfferPage":
        """The offer itself: this page in the default language (a translation, or the alias
        standing in for it, is the same vacancy in another language). Applications, shortlists
        and matching belong to it."""
        if self.alias_of_id is None and self.locale.language_code == default_content_language():
            return self
        page = JobOfferPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=default_content_language()
        ).first()
        return page or self

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.must_italian and not self.min_italian_level:
            errors["must_italian"] = _("Choose the minimum Italian level first.")
        if self.must_start and not self.start_date:
            errors["must_start"] = _("Set the start date first.")
        if self.must_licence and not self.licence_required:
            errors["must_licence"] = _("Choose the licence first.")
        if self.must_shifts and not self.shifts:
            errors["must_shifts"] = _("Tick 'shifts' first.")
        if errors:
            raise ValidationError(errors)
