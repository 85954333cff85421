"""Command 1 (scripts/run.sh): the production settings on this machine, over plain http.

DEBUG off, gunicorn, static files through WhiteNoise (hashed names), PostgreSQL, the page cache
on Redis, the portal's own 404 and 500 pages. What differs from production, and only because
the site is served on http://127.0.0.1 to this machine: no HTTPS redirect, no HSTS, cookies
without the Secure flag, a secret key generated once into var/secret_key, emails written to
var/mail/, and Wagtail's images served by Django (production serves media from the web server).
"""

import os
from pathlib import Path

from .env import persisted_secret_key, var_dir

_BASE_DIR = Path(__file__).resolve().parent.parent.parent
os.environ.setdefault("DJANGO_SECRET_KEY", persisted_secret_key(var_dir(_BASE_DIR) / "secret_key"))
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
# The PostgreSQL cluster that scripts/run.sh starts in var/pg (SQLite only if DATABASE_URL says so).
os.environ.setdefault(
    "DATABASE_URL", f"postgres://postgres@127.0.0.1:{os.environ.get('PGPORT') or 5433}/ali"
)

from .production import *  # noqa: E402, F403

SECURE_SSL_REDIRECT = False
SECURE_PROXY_SSL_HEADER = None  # type: ignore[assignment]  # no proxy in front on loopback
SECURE_HSTS_SECONDS = 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_HSTS_PRELOAD = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SERVE_IMAGES = True
