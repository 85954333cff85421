"""Reading ids and numbers posted by the staff area's buttons. A value that is not what the page
sends (tampered with, or cut) is a 400 Bad Request with a page in the person's language, never a
server error."""

from __future__ import annotations

import math

from django.core.exceptions import BadRequest
from django.http import HttpRequest

MAX_ID = 2**63 - 1  # PostgreSQL's bigint


def posted_id(request: HttpRequest, name: str) -> int:
    """The positive integer id posted as `name`; BadRequest otherwise."""
    raw = request.POST.get(name, "").strip()
    if not raw.isdigit() or not 0 < int(raw) <= MAX_ID:
        raise BadRequest(f"{name} must be an id")
    return int(raw)


def posted_number(request: HttpRequest, name: str) -> float | None:
    """An optional finite number posted as `name` (None when empty); BadRequest otherwise."""
    raw = request.POST.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a number") from None
    if not math.isfinite(value):
        raise BadRequest(f"{name} must be a finite number")
    return value
