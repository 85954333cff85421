"""Health of the backing services, each checked with a short timeout."""

import redis
from django.conf import settings
from django.db import connection

from search.health import opensearch_health


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return f"down: {exc.__class__.__name__}"


def _redis() -> str:
    try:
        redis.Redis.from_url(
            settings.CELERY_BROKER_URL, socket_connect_timeout=1, socket_timeout=1
        ).ping()
        return "ok"
    except Exception as exc:  # noqa: BLE001
        return f"down: {exc.__class__.__name__}"


def services_health() -> dict[str, str]:
    return {"database": _database(), "redis": _redis(), "opensearch": opensearch_health()}
