"""Command 1's settings (portal.settings.local): production-like, yet usable on plain http on
this machine, with a secret key that is generated once and never committed; and no avatar
requests to anyone outside the site."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SHOW = (
    "import json, django; from django.conf import settings; django.setup(); print(json.dumps({"
    "'debug': settings.DEBUG, 'key': settings.SECRET_KEY, 'ssl': settings.SECURE_SSL_REDIRECT,"
    "'hsts': settings.SECURE_HSTS_SECONDS, 'secure_cookie': settings.SESSION_COOKIE_SECURE,"
    "'hosts': settings.ALLOWED_HOSTS, 'page_cache': settings.PAGE_CACHE_ENABLED,"
    "'gravatar': settings.WAGTAIL_GRAVATAR_PROVIDER_URL,"
    "'db': settings.DATABASES['default']['ENGINE'],"
    "'static': settings.STORAGES['staticfiles']['BACKEND']}))"
)


def _settings(module: str, var_dir: Path) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SECRET_KEY", "DATABASE_URL", "PAGE_CACHE_ENABLED", "DJANGO_DEBUG")
    }
    env.update(DJANGO_SETTINGS_MODULE=module, ALI_VAR_DIR=str(var_dir))
    out = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.splitlines()[-1])


def test_command_one_runs_production_settings_over_plain_http_on_loopback(tmp_path):
    shown = _settings("portal.settings.local", tmp_path)
    assert shown["debug"] is False
    assert shown["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert shown["page_cache"] is True
    assert shown["db"] == "django.db.backends.postgresql"
    assert shown["hosts"] == ["127.0.0.1", "localhost"]
    # http://127.0.0.1:8000 works: no redirect to https, no HSTS, cookies sent over http
    assert (shown["ssl"], shown["hsts"], shown["secure_cookie"]) == (False, 0, False)
    assert shown["gravatar"] is None


def test_the_local_secret_key_is_generated_once_and_kept_private(tmp_path):
    first = _settings("portal.settings.local", tmp_path)["key"]
    again = _settings("portal.settings.local", tmp_path)["key"]
    dev = _settings("portal.settings.dev", tmp_path)["key"]
    assert len(first) >= 50
    assert first == again == dev
    key_file = tmp_path / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert _settings("portal.settings.local", tmp_path / "other")["key"] != first


@pytest.mark.django_db
def test_the_staff_area_asks_no_outside_site_for_avatars(client, demo_site):
    from portal.accounts.models import User

    client.force_login(User.objects.get(username="admin"))
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "/static/wagtailadmin/images/default-user-avatar" in html


def test_sqlite_when_asked_for_is_set_up_for_concurrent_writers(tmp_path):
    """The zero-service switch: writers wait for each other instead of failing."""
    show = (
        "import json, django; from django.db import connection; django.setup();"
        "cursor = connection.cursor(); cursor.execute('PRAGMA journal_mode');"
        "mode = cursor.fetchone()[0]; cursor.execute('PRAGMA busy_timeout');"
        "print(json.dumps({'journal': mode, 'busy_ms': cursor.fetchone()[0],"
        "'transaction_mode': connection.transaction_mode}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        ALI_VAR_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'ali.sqlite3'}",
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", show], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    shown = json.loads(out.splitlines()[-1])
    assert shown == {"journal": "wal", "busy_ms": 20000, "transaction_mode": "IMMEDIATE"}
