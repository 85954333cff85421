"""The programme's partnership and its activities, as the project document states them.

A leaf app: it imports none of our other apps, so courses, jobs, cms and programme may all
refer to a partner ("who runs it") or an activity code (A.1 … E.4). The rows are written by a
data migration from the project document ("Progetto A.L.I.", Regione Toscana, Decreto
Dirigenziale n. 20998 del 29/11/2019); they are facts, not settings, and change only with it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Partner(models.Model):
    """The lead partner (capofila) or one of the five partners of the programme."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead partner")
        PARTNER = "partner", _("Partner")

    slug = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200, unique=True)
    legal_name = models.CharField(_("full name in the project document"), max_length=300)
    role = models.CharField(_("role"), max_length=8, choices=Role.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["role"], condition=models.Q(role="lead"), name="partners_one_lead"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Activity(models.Model):
    """One activity of the project document (A.1 … E.4) and the partners who carry it out."""

    class Action(models.TextChoices):
        A = "A", _("A. Social emergency response for people's essential needs")
        B = "B", _("B. Temporary accommodation and support towards housing autonomy")
        C = "C", _("C. Information and legal advice")
        D = "D", _("D. Social cohesion and skills")
        E = "E", _("E. Orientation to local services and work")

    code = models.CharField(_("code"), max_length=8, unique=True)
    action = models.CharField(_("type of action"), max_length=1, choices=Action.choices)
    title = models.TextField(_("title in the project document"))
    partners = models.ManyToManyField(
        Partner, verbose_name=_("carried out by"), related_name="activities"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code} {self.label}"

    @property
    def label(self) -> str:
        """A short name in the reader's language (the document's own title is `title`)."""
        return str(ACTIVITY_LABELS.get(self.code, self.title))


# Short names of the activities, in the reader's language (source strings in English).
ACTIVITY_LABELS = {
    "A.1": _("First-reception centre “La Rugginosa”"),
    "A.2": _("Emergency accommodation for women after the emergency room"),
    "B.1": _("Shelter for women victims of violence"),
    "B.2": _("Temporary accommodation for people in housing emergency"),
    "B.3": _("Co-housing for families leaving reception centres"),
    "B.4": _("Emergency housing “Il Poggio” for families"),
    "C.1": _("COeSO help desks"),
    "C.2": _("Flying desks"),
    "C.3": _("Itinerant desk"),
    "D.1": _("Paths for transversal skills (Italian, housing, work)"),
    "D.2": _("Italian courses open to all foreign citizens"),
    "E.1": _("Accompaniment, job matching with the employment centres and CV support"),
    "E.2": _("Itinerant info points"),
    "E.3": _("Work-and-housing autonomy path"),
    "E.4": _("Personalised work-autonomy projects for women"),
}
