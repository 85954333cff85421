from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def portal(request):
    return {
        "LANGUAGE_IS_RTL": get_language_bidi(),
        "CURRENT_LANGUAGE": get_language(),
        "PORTAL_PROGRAMME_NAME": settings.PORTAL_PROGRAMME_NAME,
        "PORTAL_PARTNERS": PARTNERS,
    }


# The consortium and its partners, as named in the programme (see ../DESIGN.md).
PARTNERS = [
    "COeSO SdS Grosseto",
    "Arcisolidarietà",
    "Auxilium Vitae",
    "Olympia de Gouges",
    "Partecipazione e Sviluppo",
    "Solidarietà è Crescita",
]
