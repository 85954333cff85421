"""Attempt limits for every way into an account and for the public forms that send mail.

Each limit counts, in fixed windows, per key (the account, the username on a sheet, the email
address typed) and per IP address. The per-key count is tight, the per-IP count generous: a
help-desk office where everyone shares one address is not locked out because one person keeps
getting their password wrong, while one account cannot be guessed at from anywhere.

The counts live in Django's default cache, which is Redis (see portal/cache.py): every web
process sees the same numbers. When Redis is down the cache fails open and so do these limits:
people can still sign in; a warning is logged. The numbers come from settings.ATTEMPT_LIMITS.

A leaf package: it imports only Django, so every app may use it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


@dataclass(frozen=True)
class Limit:
    """A named limit; its numbers are read from settings.ATTEMPT_LIMITS[name]."""

    name: str

    @property
    def numbers(self) -> tuple[int, int, int]:
        """(attempts per key, attempts per IP address, window in seconds)."""
        per_key, per_ip, window = settings.ATTEMPT_LIMITS[self.name]
        return int(per_key), int(per_ip), int(window)


SIGN_IN = Limit("sign-in")  # failed sign-ins: the site's form and the staff area's
CLAIM = Limit("claim")  # wrong claim codes (accounts registered at a desk)
PASSWORD_RESET = Limit("password-reset")  # reset emails asked for
CONTACT = Limit("contact")  # contact-form messages sent


def client_ip(request: HttpRequest) -> str:
    """The address the request came from. Behind TRUSTED_PROXY_COUNT proxies (nginx in front of
    gunicorn: 1), the address the first trusted proxy saw, from X-Forwarded-For; entries further
    left were written by the client and cannot be trusted."""
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))
    if proxies:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _cache_keys(limit: Limit, *, ip: str, key: str) -> list[tuple[str, int]]:
    per_key, per_ip, _window = limit.numbers
    keys = [(f"limits:{limit.name}:ip:{ip}", per_ip)]
    if key:
        digest = hashlib.sha256(key.strip().lower().encode()).hexdigest()[:32]
        keys.append((f"limits:{limit.name}:key:{digest}", per_key))
    return keys


def exceeded(limit: Limit, *, ip: str, key: str = "") -> bool:
    """Whether the key or the address has used up its attempts in the current window."""
    keys = _cache_keys(limit, ip=ip, key=key)
    counts = cache.get_many([name for name, _max in keys])
    return any(counts.get(name, 0) >= maximum for name, maximum in keys)


def count(limit: Limit, *, ip: str, key: str = "") -> None:
    """Count one attempt against the key and the address."""
    window = limit.numbers[2]
    for name, _max in _cache_keys(limit, ip=ip, key=key):
        if not cache.add(name, 1, timeout=window):
            try:
                cache.incr(name)
            except ValueError:  # expired between add and incr: start a new window
                cache.add(name, 1, timeout=window)


def forget(limit: Limit, *, key: str) -> None:
    """Clear the key's count (the person got in); the address's count stays."""
    if key.strip():
        cache.delete(_cache_keys(limit, ip="-", key=key)[1][0])
