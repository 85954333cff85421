"""OpenSearch and web requests: calls made while a request is served use the short web timeout
(search/client.py), and a view that does not handle an OpenSearch outage itself (Wagtail's own
staff-area searches) shows a clear "search unavailable" page (503) instead of a server error."""

from django.conf import settings
from django.template.response import TemplateResponse
from opensearchpy.exceptions import ConnectionError as OSConnectionError

from .client import web_request


class WebRequestTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with web_request():
            return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OSConnectionError):  # refused, reset, timed out, breaker
            return None
        staff_area = request.path.startswith(settings.STAFF_AREA_PREFIX)
        response = TemplateResponse(
            request,
            "search/unavailable.html",
            {
                "base_template": "wagtailadmin/base.html" if staff_area else "base.html",
                "home_url": settings.STAFF_AREA_PREFIX if staff_area else "/",
            },
            status=503,
        )
        response["Retry-After"] = str(int(settings.OPENSEARCH_BREAKER_SECONDS) or 1)
        return response.render()
