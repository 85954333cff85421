"""Request and response rules that hold for every page: the size of what may be sent, the access
rules' deny-by-default, and the security headers (CSP, Permissions-Policy, no-store)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_cache_control

from .access_rules import rule_for

logger = logging.getLogger(__name__)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class RequestLimitsMiddleware:
    """What a request may carry, checked before any view reads it:
    - a body larger than settings.MAX_REQUEST_BYTES is refused unread (Django limits form
      fields, not uploaded files): a 60 MB upload gets a clear 413 page;
    - a NUL character in a parameter is a 400 (no person types one, and PostgreSQL refuses
      them in text: every query or form that would pass it on would fail)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            return render(
                request,
                "413.html",
                {"limit_mb": settings.MAX_REQUEST_BYTES // (1024 * 1024)},
                status=413,
            )
        if _has_nul(request.GET) or (request.method == "POST" and _has_nul(request.POST)):
            return render(request, "400.html", status=400)
        return self.get_response(request)


def _has_nul(params) -> bool:
    return any("\x00" in key or any("\x00" in v for v in params.getlist(key)) for key in params)


class AccessRulesMiddleware:
    """Deny by default: a URL with no row in portal/access_rules.py is refused (403), and a form
    sent to a URL whose row allows no POST is refused (405). The views check who may see what;
    the matrix test checks them against the same table."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request: HttpRequest, *_view):  # the rule depends on the URL only
        match = request.resolver_match
        if match is None:  # process_view runs after URL resolution: never None here
            return None
        rule = rule_for(match.view_name, match.route)
        if rule is None:
            logger.error("No access rule for %s (%s): refused", match.view_name, request.path)
            raise PermissionDenied
        if request.method not in SAFE_METHODS and not rule.post:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        request.access_rule = rule  # type: ignore[attr-defined]
        return None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Content-Security-Policy (the public site's strict one; the staff area's allows Wagtail's
    own inline scripts), Permissions-Policy, and Cache-Control: no-store on personal pages and
    on every page shown to a signed-in person (help-desk computers are shared)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:  # Wagtail's document view sets its own
            staff_area = request.path.startswith(settings.STAFF_AREA_PREFIX)
            policy = settings.CSP_STAFF_AREA if staff_area else settings.CSP_PUBLIC
            response["Content-Security-Policy"] = _policy_header(policy)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        rule = getattr(request, "access_rule", None)
        user = getattr(request, "user", None)
        if (rule is not None and rule.personal) or (user is not None and user.is_authenticated):
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
        return response


def _policy_header(policy: dict[str, list[str]]) -> str:
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())
