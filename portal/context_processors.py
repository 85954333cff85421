from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def portal(request):
    return {
        "LANGUAGE_IS_RTL": get_language_bidi(),
        "CURRENT_LANGUAGE": get_language(),
        "PORTAL_PROGRAMME_NAME": settings.PORTAL_PROGRAMME_NAME,
        "PORTAL_PARTNERS": PARTNERS,
    }


# The lead partner (capofila) and the five partners, as the project document names them
# ("Progetto A.L.I.", Regione Toscana, Decreto Dirigenziale n. 20998 del 29/11/2019).
PARTNERS = [
    "COeSO SdS Grosseto",  # the lead partner
    "Arcisolidarietà",
    "Auxilium Vitae",
    "Olympia de Gouges",
    "Partecipazione e Sviluppo",
    "Solidarietà è Crescita",
]
