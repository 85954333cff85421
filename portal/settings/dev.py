"""Development switch of command 1 (`ALI_DEV=1 bash scripts/run.sh`): runserver with autoreload
and DEBUG, no page cache; the same database, services and persisted secret key as command 1."""

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

from .base import *  # noqa: E402, F403

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
