"""The shared vocabulary: occupations (ISCO-08), skills, driving licences, municipalities.

CEFR levels and language choices are shared with other apps and live in common.choices."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class DrivingLicence(models.TextChoices):
    AM = "AM", "AM"
    A = "A", "A"
    B = "B", "B"
    BE = "BE", "BE"
    C = "C", "C"
    CE = "CE", "CE"
    D = "D", "D"
    CQC = "CQC", _("CQC (professional driver qualification)")
    FORKLIFT = "FORKLIFT", _("Forklift operator licence")


class Occupation(models.Model):
    """An occupation with its ISCO-08 unit group code, labels and typical skills."""

    isco_code = models.CharField(
        _("ISCO-08 code"), max_length=4, help_text=_("The 4-digit ISCO-08 unit group.")
    )
    label_it = models.CharField(_("label (Italian)"), max_length=120, unique=True)
    label_en = models.CharField(_("label (English)"), max_length=120)
    synonyms = models.CharField(
        _("other names"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    typical_skills = models.ManyToManyField(
        "jobs.Skill", blank=True, related_name="occupations", verbose_name=_("typical skills")
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

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.label_it if (get_language() or "it").startswith("it") else self.label_en

    @property
    def isco_group(self) -> str:
        """The 3-digit ISCO-08 minor group."""
        return self.isco_code[:3]


class Skill(models.Model):
    """A skill from the vocabulary (ESCO-like); candidates may also type free-text skills."""

    label_it = models.CharField(_("label (Italian)"), max_length=120, unique=True)
    label_en = models.CharField(_("label (English)"), max_length=120)
    code = models.CharField(_("code"), max_length=64, blank=True, help_text=_("Optional."))

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["label_it"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.label_it if (get_language() or "it").startswith("it") else self.label_en


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
