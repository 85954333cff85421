"""Fixtures shared by every suite. The servers are real: PostgreSQL, OpenSearch and Redis are
started by scripts/test.sh; a Celery worker process is started here, on the test database."""

import datetime
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis.database import DirectoryBasedExampleDatabase

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright + live_server

# Hypothesis (tests/security/test_fuzz.py): a bounded run in the suite, a long one on demand
# (HYPOTHESIS_PROFILE=ali-long). Examples that failed are kept in var/ and tried first next time.
_HYPOTHESIS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "database": DirectoryBasedExampleDatabase(str(ROOT / "var" / "hypothesis")),
}
hypothesis_settings.register_profile("ali", max_examples=10, **_HYPOTHESIS)
hypothesis_settings.register_profile("ali-long", max_examples=400, **_HYPOTHESIS)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ali"))


@pytest.fixture
def mail_dir() -> Path:
    """The folder where the worker's file email backend writes; emptied for each test."""
    path = Path(settings.EMAIL_FILE_PATH)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    return path


MAIL_SEPARATOR = "\n" + "-" * 79 + "\n"


def read_mails(path: Path) -> list[str]:
    """One text per message. Django's file backend names a file by the second and the backend
    object's id, so two worker processes forked alike can append to the same file."""
    return [
        text
        for p in sorted(path.glob("*.log"))
        for text in p.read_text(encoding="utf-8").split(MAIL_SEPARATOR)
        if text.strip()
    ]


def wait_for_mail(path: Path, contains: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for text in read_mails(path):
            if contains in text:
                return text
        time.sleep(0.2)
    raise AssertionError(f"no email containing {contains!r} arrived within {timeout} s")


def _database_url() -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start_celery_worker(
    broker_url: str,
    log_name: str = "celery-test.log",
    *,
    env: dict[str, str] | None = None,
    pool: str = "solo",
    queue: str | None = None,
) -> subprocess.Popen:
    """Start a real Celery worker process on `broker_url`, reading the test database."""
    log = Path(settings.VAR_DIR) / "log" / log_name
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": _database_url(),
        "DATABASE_CONN_MAX_AGE": "0",
        "CELERY_BROKER_URL": broker_url,
        **(env or {}),
    }
    proc = subprocess.Popen(  # noqa: S603 - our own worker
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "portal",
            "worker",
            "--loglevel=INFO",
            "--concurrency=1",
            f"--pool={pool}",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            queue or settings.CELERY_TASK_DEFAULT_QUEUE,
            f"--logfile={log}",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while "ready" not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"Celery worker did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.2)
    return proc


def stop_celery_worker(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    """A real Celery worker in its own process, consuming the test queue on the real Redis and
    reading the test database. Tests that use it must commit (transactional_db / live_server)."""
    import redis

    redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(settings.CELERY_TASK_DEFAULT_QUEUE)
    proc = start_celery_worker(settings.CELERY_BROKER_URL)
    yield proc
    stop_celery_worker(proc)


def _is_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def _admin_connection():
    """A connection to the server's maintenance database, to copy the test database."""
    import psycopg

    db = settings.DATABASES["default"]
    return psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db.get("PASSWORD") or None,
        host=db["HOST"],
        port=db["PORT"],
        autocommit=True,
    )


def _demo_template_name() -> str:
    return f"{settings.DATABASES['default']['NAME']}_demo"


def _copy_database(*, source: str, target: str) -> None:
    from django.db import connections

    connections.close_all()
    with _admin_connection() as admin:
        for name in (source, target):
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
        admin.execute(f'DROP DATABASE IF EXISTS "{target}"')
        admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The Italian demo content is loaded once, committed, and kept as a PostgreSQL template:
    every test sees it, and tests that commit get a fresh copy in about a second instead of
    rebuilding it (which takes ~20 s)."""
    from demo.loader import load_demo

    with django_db_blocker.unblock():
        _DEMO_DAY.append(timezone.localdate())
        load_demo()
        # Wagtail's site-search index, rebuilt to match the demo the tests start from
        call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
        if _is_postgres():
            _copy_database(
                source=settings.DATABASES["default"]["NAME"], target=_demo_template_name()
            )


def _commits(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or (
        "live_server" in request.fixturenames or "transactional_db" in request.fixturenames
    )


@pytest.fixture(autouse=True)
def _fresh_database_for_committing_tests(request, django_db_blocker):
    """Tests that commit (`transaction=True`, live_server) are followed by a flush of every
    table, which also empties what migrations wrote (vocabularies, Wagtail's root page). Each
    of them starts from a fresh copy of the demo database instead (about a second)."""
    if not _commits(request):
        return
    request.getfixturevalue("django_db_setup")
    if _is_postgres():
        with django_db_blocker.unblock():
            _copy_database(
                source=_demo_template_name(), target=settings.DATABASES["default"]["NAME"]
            )
    else:
        from demo.loader import load_demo

        with django_db_blocker.unblock():
            load_demo()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in Italian, whatever language a test before it left active in this
    thread (a request or `translation.activate`): `reverse()` depends on it."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_limits_and_search_breaker():
    """Attempt limits live in Redis and the search circuit breaker in the process: each test
    starts with neither counting."""
    from django.core.cache import cache

    from portal.cache import FailOpenRedisCache
    from search.client import breaker

    FailOpenRedisCache.reset_circuit()
    cache.clear()
    breaker.reset()


# The local date the demo was built around ("today's lesson", "next week's bookings").
_DEMO_DAY: list[datetime.date] = []


@pytest.fixture
def demo_day(django_db_setup) -> datetime.date:
    """The local date the demo content was built for: a suite that runs past midnight still
    finds the demo's "today" (its lessons, bookings and stops stay where they were put)."""
    return _DEMO_DAY[0]


@pytest.fixture
def demo_site():
    """The Italian demo content (pages, desks, courses, candidates, offers, one user per role),
    loaded once per session: tests in a transaction see it, tests that commit get a fresh copy
    (see above). Ask for it to say that a test relies on it."""


@pytest.fixture(scope="session")
def search_index(django_db_setup):
    """Wagtail's site-search index on the real OpenSearch, built with the demo (see
    django_db_setup). Ask for it to say that a test relies on it."""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def screenshot(page, request):
    """Save a full-page screenshot into screenshots/ (git-ignored) for a person to look at."""
    folder = ROOT / "screenshots"
    folder.mkdir(exist_ok=True)

    def take(name: str):
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    return take
