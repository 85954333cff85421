"""The page cache for anonymous visitors: Wagtail pages served from Redis.

What is cached: GET requests for Wagtail pages (the ``wagtail_serve`` view) answered with 200,
keyed by host, language and full path (query string included, so each catalogue filter is its
own entry). Site search and every other view are never cached.

Never cached, never served from the cache:
- anyone who sends a session cookie (signed-in people, and anyone whose session holds
  something: messages, a half-finished form) or a messages cookie;
- a response that sets a cookie (this is how a page that rendered a CSRF token or consumed
  messages shows itself), that is marked private/no-store/no-cache, or that changed the
  session.

Invalidation: every entry carries the cache *generation* it was rendered in; publishing,
unpublishing, moving or deleting a page, saving a site setting, and any change to an edition
or an enrolment (the catalogue and course pages show the seats left) start a new generation
after the transaction commits, so every page is rendered afresh at its next visit. Entries
also expire after PAGE_CACHE_SECONDS (60 s): the time-dependent bits — a desk's "open now",
upcoming events — are at most that old.

Redis down: the cache is skipped (a miss) for a few seconds at a time, logged once per outage,
and pages are rendered as if there were no cache. Never a server error.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
GENERATION_KEY = "generation"
HEADER = "X-Page-Cache"
PAGE_VIEW_NAME = "wagtail_serve"
RETRY_AFTER_FAILURE = 5.0  # seconds without trying Redis after an error
_UNCACHEABLE = ("private", "no-store", "no-cache")

_down_until = 0.0


def _cache_available() -> bool:
    return time.monotonic() >= _down_until


def _cache_failed(exc: Exception) -> None:
    global _down_until
    if _cache_available():
        logger.warning("Page cache unavailable (%s): serving without it", exc)
    _down_until = time.monotonic() + RETRY_AFTER_FAILURE


def _generation(value: Any) -> int:
    return int(value) if value is not None else 0


def _key(request: HttpRequest) -> str:
    raw = f"{request.get_host()}|{translation.get_language()}|{request.get_full_path()}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def _may_use_cache(request: HttpRequest) -> bool:
    cookies = request.COOKIES
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
        and _cache_available()
    )


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in _UNCACHEABLE)
        and not (session is not None and session.modified)
    )


class PageCacheMiddleware:
    """Serve and store anonymous Wagtail page responses (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        state = getattr(request, "_page_cache", None)
        if state is None or response.get(HEADER) == "hit":
            return response
        generation, key = state
        if _may_store(request, response):
            entry = (generation, response.status_code, list(response.items()), response.content)
            try:
                caches[CACHE_ALIAS].set(key, entry)
            except Exception as exc:  # noqa: BLE001 - any Redis failure is a miss, not an error
                _cache_failed(exc)
                return response
            response[HEADER] = "miss"
        return response

    def process_view(self, request: HttpRequest, *_view):  # the view itself is not needed
        match = request.resolver_match
        if not (match and match.url_name == PAGE_VIEW_NAME and _may_use_cache(request)):
            return None
        key = _key(request)
        try:
            found = caches[CACHE_ALIAS].get_many([GENERATION_KEY, key])
        except Exception as exc:  # noqa: BLE001
            _cache_failed(exc)
            return None
        generation = _generation(found.get(GENERATION_KEY))
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            _, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response
        request._page_cache = (generation, key)  # type: ignore[attr-defined]
        return None


def invalidate() -> None:
    """Start a new generation: every cached page is rendered afresh at its next visit."""
    if not settings.PAGE_CACHE_ENABLED:
        return
    cache = caches[CACHE_ALIAS]
    try:
        if not cache.add(GENERATION_KEY, 1, timeout=None):
            cache.incr(GENERATION_KEY)
    except Exception as exc:  # noqa: BLE001 - entries expire on their own (PAGE_CACHE_SECONDS)
        _cache_failed(exc)


def invalidate_on_commit(**kwargs: Any) -> None:
    """Signal receiver: invalidate once the change is committed (never before: a request in
    between would cache the old page again)."""
    transaction.on_commit(invalidate)


def _shows_on_pages(sender: type, instance: Any, *, deleted: bool) -> bool:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return True
    if deleted and isinstance(instance, Page):  # drafts are saved too: only deletions count
        return True
    meta = sender._meta  # type: ignore[attr-defined]
    return meta.app_label == "courses" and meta.model_name in ("edition", "enrolment")


def _on_save(sender: type, instance: Any, **kwargs: Any) -> None:
    if _shows_on_pages(sender, instance, deleted=False):
        invalidate_on_commit()


def _on_delete(sender: type, instance: Any, **kwargs: Any) -> None:
    if _shows_on_pages(sender, instance, deleted=True):
        invalidate_on_commit()


def connect_signals() -> None:
    """Called once from PortalConfig.ready()."""
    from django.db.models.signals import post_delete, post_save
    from wagtail import signals

    for signal in (
        signals.page_published,
        signals.page_unpublished,
        signals.post_page_move,
        signals.published,
        signals.unpublished,
    ):
        signal.connect(invalidate_on_commit, dispatch_uid=f"pagecache-{id(signal)}")
    # Page deletions (any page type), site settings, and the seats left: editions and
    # enrolments, whichever service or screen changes them.
    post_save.connect(_on_save, dispatch_uid="pagecache-save")
    post_delete.connect(_on_delete, dispatch_uid="pagecache-delete")
