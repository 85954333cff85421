"""The candidate's CV profile, shaped like the Europass CV, with consents and the view log."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from common.choices import LANGUAGE_CHOICES, CefrLevel
from jobs.vocabulary import RADIUS_STEPS_KM

from .vocabulary import Municipality, Occupation, Qualification, Skill


def validate_radius_step(value: int) -> None:
    if value not in RADIUS_STEPS_KM:
        raise ValidationError(
            _("Choose one of: %(steps)s km.") % {"steps": ", ".join(map(str, RADIUS_STEPS_KM))},
            code="radius_step",
        )


class WorkingTime(models.TextChoices):
    FULL = "full", _("Full time")
    PART = "part", _("Part time")
    ANY = "any", _("Full or part time")


class ConsentPurpose(models.TextChoices):
    SEARCH = "search", _("Employment-centre staff may search my profile")
    EMPLOYERS = "employers", _("My profile may be shown to employers")


CONSENT_TEXT_VERSION = "2026-11"


class CandidateProfileQuerySet(models.QuerySet["CandidateProfile"]):
    def searchable(self) -> "CandidateProfileQuerySet":
        """Profiles staff may find (candidate search, matching): active, with search consent."""
        return self.filter(is_active=True, search_consent_at__isnull=False)


class CandidateProfile(models.Model):
    """One person's CV profile. It is searchable only while active and with search consent."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cv_profile"
    )
    presentation = models.TextField(
        _("short presentation"),
        max_length=800,
        blank=True,
        help_text=_("A few lines about you: what work you look for and what you can do."),
    )
    desired_occupations = models.ManyToManyField(
        Occupation, blank=True, related_name="+", verbose_name=_("jobs you are looking for")
    )
    skills = models.ManyToManyField(Skill, blank=True, related_name="+", verbose_name=_("skills"))
    qualifications = models.ManyToManyField(
        Qualification,
        blank=True,
        related_name="+",
        verbose_name=_("certificates and courses"),
        help_text=_("Only what you hold in Italy: the employment centre may ask to see it."),
    )
    free_skills = models.CharField(
        _("other skills"),
        max_length=400,
        blank=True,
        help_text=_("Other skills in your words, separated by commas."),
    )
    driving_licences = models.JSONField(_("driving licences"), default=list, blank=True)
    own_vehicle = models.BooleanField(_("I have my own car or van"), default=False)
    home_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("where you live"),
    )
    travel_radius_km = models.PositiveSmallIntegerField(
        _("how far you can travel (km)"), default=20, validators=[validate_radius_step]
    )
    available_from = models.DateField(_("available from"), null=True, blank=True)
    working_time = models.CharField(
        _("working time"), max_length=8, choices=WorkingTime.choices, default=WorkingTime.ANY
    )
    shifts_ok = models.BooleanField(_("I can work in shifts, evenings or weekends"), default=False)
    seasonal_ok = models.BooleanField(_("I accept seasonal work"), default=False)
    search_consent_at = models.DateTimeField(_("search consent given at"), null=True, blank=True)
    employers_consent_at = models.DateTimeField(
        _("consent to be shown to employers given at"), null=True, blank=True
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CandidateProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("CV profile")
        verbose_name_plural = _("CV profiles")
        ordering = ["-updated_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(travel_radius_km__in=RADIUS_STEPS_KM),
                name="profile_radius_in_steps",
            )
        ]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def searchable(self) -> bool:
        """The same rule as CandidateProfileQuerySet.searchable, for a profile in hand."""
        return self.is_active and self.search_consent_at is not None

    @property
    def free_skill_list(self) -> list[str]:
        return [s.strip() for s in self.free_skills.split(",") if s.strip()]


class WorkExperience(models.Model):
    profile = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="experiences"
    )
    occupation = models.ForeignKey(
        Occupation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("occupation"),
    )
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    employer = models.CharField(_("employer"), max_length=160, blank=True)
    place = models.CharField(_("place (town, country)"), max_length=120, blank=True)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("to"), null=True, blank=True, help_text=_("Empty if ongoing."))
    tasks = models.TextField(_("main tasks"), max_length=800, blank=True)

    class Meta:
        verbose_name = _("work experience")
        verbose_name_plural = _("work experience")
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="experience_dates_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.job_title or str(self.occupation or "")


class EducationLevel(models.TextChoices):
    NONE = "none", _("No formal schooling")
    PRIMARY = "primary", _("Primary school")
    LOWER_SECONDARY = "lower_secondary", _("Lower secondary school")
    UPPER_SECONDARY = "upper_secondary", _("Upper secondary school")
    VOCATIONAL = "vocational", _("Vocational training")
    BACHELOR = "bachelor", _("University: bachelor")
    MASTER = "master", _("University: master or higher")


class Recognition(models.TextChoices):
    YES = "yes", _("Recognised in Italy")
    PENDING = "pending", _("Recognition requested")
    NO = "no", _("Not recognised")


class EducationEntry(models.Model):
    profile = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="education"
    )
    level = models.CharField(_("level"), max_length=20, choices=EducationLevel.choices)
    title = models.CharField(_("title or qualification"), max_length=160, blank=True)
    institution = models.CharField(_("school or institution"), max_length=160, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    year_end = models.PositiveSmallIntegerField(_("year finished"), null=True, blank=True)
    recognition = models.CharField(
        _("recognition in Italy"), max_length=8, choices=Recognition.choices, default=Recognition.NO
    )

    class Meta:
        verbose_name = _("education")
        verbose_name_plural = _("education")
        ordering = ["-year_end"]

    def __str__(self) -> str:
        return self.title or self.get_level_display()


class LanguageSkill(models.Model):
    """A language with the Europass self-assessment grid (CEFR level per skill)."""

    profile = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="languages"
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    mother_tongue = models.BooleanField(_("mother tongue"), default=False)
    listening = models.CharField(
        _("listening"), max_length=8, choices=CefrLevel.choices, blank=True
    )
    reading = models.CharField(_("reading"), max_length=8, choices=CefrLevel.choices, blank=True)
    spoken_interaction = models.CharField(
        _("spoken interaction"), max_length=8, choices=CefrLevel.choices, blank=True
    )
    spoken_production = models.CharField(
        _("spoken production"), max_length=8, choices=CefrLevel.choices, blank=True
    )
    writing = models.CharField(_("writing"), max_length=8, choices=CefrLevel.choices, blank=True)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["-mother_tongue", "language"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "language"], name="one_row_per_language")
        ]

    def __str__(self) -> str:
        return self.get_language_display()

    GRID = ("listening", "reading", "spoken_interaction", "spoken_production", "writing")


class ConsentEvent(models.Model):
    """Each time a consent is given or withdrawn: the version of the text shown, who made the
    change (the person, or an operator recording the person's request) and why."""

    profile = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="consent_events"
    )
    purpose = models.CharField(_("purpose"), max_length=16, choices=ConsentPurpose.choices)
    given = models.BooleanField(_("given"))
    text_version = models.CharField(_("text version"), max_length=16)
    at = models.DateTimeField(_("when"), auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_by_name = models.CharField(
        _("changed by"),
        max_length=160,
        blank=True,
        help_text=_("The person, or the operator who recorded the person's request."),
    )
    reason = models.CharField(
        _("reason"),
        max_length=300,
        blank=True,
        help_text=_("Why an operator recorded it: the person's request, in their words."),
    )

    class Meta:
        verbose_name = _("consent event")
        verbose_name_plural = _("consent events")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.purpose} {'+' if self.given else '-'} {self.at:%Y-%m-%d}"


class CvViewLog(models.Model):
    """Every time a member of staff opens a CV: who, when, which, why. Shown to the candidate."""

    profile = models.ForeignKey(CandidateProfile, on_delete=models.CASCADE, related_name="views")
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    viewer_name = models.CharField(_("viewed by"), max_length=160)
    context = models.CharField(_("why"), max_length=200, blank=True)
    viewed_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("CV view")
        verbose_name_plural = _("CV views")
        ordering = ["-viewed_at"]

    def __str__(self) -> str:
        return f"{self.viewer_name} {self.viewed_at:%Y-%m-%d %H:%M}"
