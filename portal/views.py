import logging

from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .health import services_health

logger = logging.getLogger(__name__)

# Shown if even the error page cannot be rendered: every language of the site, no template.
_LAST_RESORT_500 = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>A.L.I.</title></head><body><main><h1>Qualcosa non ha funzionato</h1>
<p>Riprova tra qualche minuto.</p><p lang="en">Something went wrong. Please try again later.</p>
<p lang="fr">Une erreur s'est produite. Réessayez plus tard.</p>
<p lang="ar" dir="rtl">حدث خطأ. حاول مرة أخرى لاحقًا.</p><p><a href="/">A.L.I.</a></p></main>
</body></html>"""


def bad_request(request, exception=None):
    """400, in the person's language, inside the site's layout."""
    return render(request, "400.html", status=400)


def server_error(request):
    """500, in the person's language; the template needs no database and no context."""
    try:
        return HttpResponseServerError(loader.render_to_string("500.html"))
    except Exception:
        logger.exception("The 500 page could not be rendered")
        return HttpResponseServerError(_LAST_RESORT_500)


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /account/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def healthz(request):
    """Liveness of the site and of each backing service. The site is up even if one is down."""
    report = services_health()
    return JsonResponse(report, status=200 if report["database"] == "ok" else 503)
