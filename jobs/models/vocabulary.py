"""The shared vocabulary: occupations (ISCO-08), skills, qualifications, driving licences,
municipalities.

Occupations, skills and qualifications carry their name and the words people type for them in
the four languages of the portal, as plain per-language fields: the portal has exactly four
interface languages, an operator edits all of them in one form, and the matching reads them in
one query when it builds its tagger (a translations table would add a join and a second editing
screen for the same four columns). CEFR levels and language choices are shared with other apps
and live in common.choices."""

import re

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from jobs.vocabulary import LANGUAGES


class DrivingLicence(models.TextChoices):
    """Italian driving licence categories, and two papers people list among their licences."""

    AM = "AM", _("AM (moped)")
    A = "A", _("A (motorcycle)")
    B = "B", _("B (car)")
    BE = "BE", _("BE (car with trailer)")
    C = "C", _("C (truck)")
    CE = "CE", _("CE (truck with trailer)")
    D = "D", _("D (bus)")
    CQC = "CQC", _("CQC (professional driver qualification)")
    FORKLIFT = "FORKLIFT", _("Forklift operator licence")


SYNONYM_SEPARATORS = re.compile(r"[,،;\n]+")


def current_language() -> str:
    """The active interface language among the four of the vocabulary (Italian otherwise)."""
    language = (get_language() or "it")[:2]
    return language if language in LANGUAGES else "it"


class MultilingualTerm(models.Model):
    """A concept named in the four languages, with the other words people type for it."""

    label_it = models.CharField(_("name (Italian)"), max_length=160, unique=True)
    label_en = models.CharField(_("name (English)"), max_length=160)
    label_fr = models.CharField(_("name (French)"), max_length=160, blank=True)
    label_ar = models.CharField(_("name (Arabic)"), max_length=160, blank=True)
    synonyms_it = models.TextField(
        _("other words (Italian)"),
        blank=True,
        help_text=_("Other names and the words people type for it, separated by commas."),
    )
    synonyms_en = models.TextField(_("other words (English)"), blank=True)
    synonyms_fr = models.TextField(_("other words (French)"), blank=True)
    synonyms_ar = models.TextField(_("other words (Arabic)"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.label

    def label_in(self, language: str) -> str:
        """The name in a language, the Italian one when it is not translated yet."""
        return getattr(self, f"label_{language}", "") or self.label_it

    @property
    def label(self) -> str:
        return self.label_in(current_language())

    def synonyms_in(self, language: str) -> list[str]:
        raw = getattr(self, f"synonyms_{language}", "") or ""
        return [word.strip() for word in SYNONYM_SEPARATORS.split(raw) if word.strip()]

    def terms(self) -> dict[str, list[str]]:
        """Every name and synonym, by language (the Italian and English names always)."""
        return {
            language: [term for term in [getattr(self, f"label_{language}", "")] if term]
            + self.synonyms_in(language)
            for language in LANGUAGES
        }


class Occupation(MultilingualTerm):
    """An occupation with its ISCO-08 unit group code, names and typical skills."""

    isco_code = models.CharField(
        _("ISCO-08 code"), max_length=4, help_text=_("The 4-digit ISCO-08 unit group.")
    )
    typical_skills = models.ManyToManyField(
        "jobs.Skill", blank=True, related_name="occupations", verbose_name=_("typical skills")
    )
    related = models.ManyToManyField(
        "self",
        blank=True,
        symmetrical=True,
        verbose_name=_("related occupations"),
        help_text=_(
            "Trades an operator would propose for each other (e.g. warehouse worker and "
            "forklift operator). Occupations of the same ISCO-08 minor group are related anyway."
        ),
    )

    class Meta:
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")
        ordering = ["label_it"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(isco_code__regex=r"^[0-9]{4}$"), name="occupation_isco_4_digits"
            )
        ]

    @property
    def isco_group(self) -> str:
        """The 3-digit ISCO-08 minor group."""
        return self.isco_code[:3]


class Skill(MultilingualTerm):
    """A skill from the vocabulary (ESCO-like); candidates may also type free-text skills."""

    code = models.CharField(_("code"), max_length=64, blank=True, help_text=_("Optional."))

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["label_it"]


class Qualification(MultilingualTerm):
    """A professional qualification (certificate, licence or course) a CV records and an offer
    may require. Holding it counts as holding the skills it implies."""

    code = models.SlugField(
        _("code"),
        max_length=32,
        unique=True,
        allow_unicode=False,
        help_text=_("A short stable code, e.g. HACCP."),
    )
    implies_skills = models.ManyToManyField(
        Skill, blank=True, related_name="+", verbose_name=_("skills it implies")
    )
    licence = models.CharField(
        _("same paper as the licence"),
        max_length=8,
        choices=DrivingLicence.choices,
        blank=True,
        help_text=_(
            "When people also list this paper among their driving licences (the forklift "
            "licence, the CQC), either entry counts."
        ),
    )
    needs_course = models.BooleanField(
        _("takes a real course"),
        default=True,
        help_text=_(
            "Untick for papers of a few hours that employers usually pay for (HACCP, general "
            "safety): lacking them then does not lower a candidate's rank."
        ),
    )

    class Meta:
        verbose_name = _("qualification")
        verbose_name_plural = _("qualifications")
        ordering = ["label_it"]


class Municipality(models.Model):
    """A municipality of the province of Grosseto with the approximate centre of its main town."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
