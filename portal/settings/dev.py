"""Local run (the README's first command): SQLite unless DATABASE_URL is set, emails to files."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "dev-only-insecure-key-change-me")  # noqa: S105
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")

from .base import *  # noqa: E402, F403

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
