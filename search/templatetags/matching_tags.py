from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

CRITERIA = {
    "essential_skills": _("Essential skills"),
    "optional_skills": _("Useful skills"),
    "occupation": _("Occupation"),
    "italian": _("Italian level"),
    "distance": _("Distance"),
    "availability": _("Availability"),
    "experience": _("Experience"),
}


@register.filter
def criterion_label(name: str) -> str:
    """The readable, translated name of a ranking criterion."""
    return str(CRITERIA.get(name, name))
