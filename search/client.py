"""The one OpenSearch connection of the project (opensearch-py, with its DSL), and how it behaves
when OpenSearch is slow or gone.

- A call made while a web request is served times out after settings.OPENSEARCH_WEB_TIMEOUT (1 s);
  elsewhere (Celery tasks, management commands) after settings.OPENSEARCH_TIMEOUT.
- A circuit breaker: after a connection error or a timeout, this process stops calling OpenSearch
  for settings.OPENSEARCH_BREAKER_SECONDS; calls fail at once (the pages say search is
  unavailable), then one call tries again. The state is per process, on purpose: it needs no
  other service (Redis may be down too), and each web process pays at most one slow request
  per pause.

The same connection class serves Wagtail's site search (WAGTAILSEARCH_BACKENDS' OPTIONS).
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.conf import settings
from opensearchpy import OpenSearch, Urllib3HttpConnection
from opensearchpy.exceptions import ConnectionError as OSConnectionError

_in_web_request: ContextVar[bool] = ContextVar("in_web_request", default=False)


@contextmanager
def web_request():
    """Mark the calls made inside as serving a web request (short timeout)."""
    token = _in_web_request.set(True)
    try:
        yield
    finally:
        _in_web_request.reset(token)


class CircuitBreaker:
    """Per-process: open after a failure, for `seconds`; then half-open (one call tries)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open_until = 0.0
        self.trips = 0  # how many times it opened (health checks, tests, the benchmark)

    def allow(self) -> bool:
        with self._lock:
            return not time.monotonic() < self._open_until

    def failed(self) -> None:
        with self._lock:
            self._open_until = time.monotonic() + float(settings.OPENSEARCH_BREAKER_SECONDS)
            self.trips += 1

    def succeeded(self) -> None:
        with self._lock:
            self._open_until = 0.0

    def reset(self) -> None:
        self.succeeded()

    @property
    def is_open(self) -> bool:
        return not self.allow()


breaker = CircuitBreaker()


class GuardedConnection(Urllib3HttpConnection):
    """opensearch-py's connection with the web timeout and the circuit breaker."""

    def perform_request(
        self, method, url, params=None, body=None, timeout=None, ignore=(), headers=None
    ):
        if not breaker.allow():
            raise OSConnectionError(
                "N/A", "OpenSearch failed moments ago; not calling it for a short while", None
            )
        if _in_web_request.get():
            limit = float(settings.OPENSEARCH_WEB_TIMEOUT)
            timeout = min(timeout or limit, limit)
        try:
            result = super().perform_request(
                method,
                url,
                params=params,
                body=body,
                timeout=timeout,
                ignore=ignore,
                headers=headers,
            )
        except OSConnectionError:  # refused, reset, or timed out (ConnectionTimeout)
            breaker.failed()
            raise
        breaker.succeeded()
        return result


@cache
def get_client() -> OpenSearch:
    return OpenSearch(
        hosts=[settings.OPENSEARCH_URL],
        timeout=settings.OPENSEARCH_TIMEOUT,
        max_retries=0,
        retry_on_timeout=False,
        connection_class=GuardedConnection,
    )


def index_name(name: str) -> str:
    return f"{settings.OPENSEARCH_INDEX_PREFIX}-{name}"
