"""Test settings: real PostgreSQL, OpenSearch and Redis started by the test command."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
os.environ.setdefault("OPENSEARCH_INDEX_PREFIX", "ali-test")
os.environ.setdefault("CELERY_QUEUE", "ali-test")
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "0")
# the search circuit breaker pauses briefly, so tests that restart OpenSearch go on at once
os.environ.setdefault("OPENSEARCH_BREAKER_SECONDS", "1")

from .base import *  # noqa: F403
from .base import VAR_DIR

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "test-media"
EMAIL_FILE_PATH = str(VAR_DIR / "test-mail")
WAGTAILADMIN_BASE_URL = "http://testserver"
