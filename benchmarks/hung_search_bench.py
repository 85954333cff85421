"""Benchmark (not a test): how long pages take when OpenSearch hangs (accepts connections and
never answers). Prints a table: each page with OpenSearch healthy, as the first request after the
node hung (the circuit breaker still closed: the worst case, one per web process), and once the
breaker is open (every later request for OPENSEARCH_BREAKER_SECONDS).

The hung node is, by default, a local TCP server that accepts and never answers; with --sigstop
it is the real OpenSearch node of the test services, frozen with SIGSTOP (and thawed after).
Runs on a throwaway copy of the tests' demo database (test_ali_demo, made by a test run):

    DJANGO_SETTINGS_MODULE=portal.settings.test \\
        DATABASE_URL=postgres://postgres@127.0.0.1:5433/ali REDIS_URL=redis://127.0.0.1:6379/1 \\
        OPENSEARCH_BREAKER_SECONDS=15 python benchmarks/hung_search_bench.py [--sigstop]
"""

import argparse
import os
import signal
import socket
import statistics
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psutil
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

TEMPLATE = "test_ali_demo"
BENCH_DB = "ali_bench_hung"


def _copy_demo_database() -> str:
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5433/ali")
    parts = urlsplit(url)
    admin = psycopg.connect(
        host=parts.hostname,
        port=parts.port,
        user=parts.username,
        dbname="postgres",
        password=parts.password,
        autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}"')
    admin.execute(f'CREATE DATABASE "{BENCH_DB}" TEMPLATE "{TEMPLATE}"')
    admin.close()
    return urlunsplit(parts._replace(path=f"/{BENCH_DB}"))


os.environ["DATABASE_URL"] = _copy_demo_database()
os.environ["DATABASE_CONN_MAX_AGE"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from jobs import services  # noqa: E402
from jobs.models import ConsentPurpose, JobOfferPage  # noqa: E402
from search.client import breaker, get_client  # noqa: E402

RUNS = 3


class HungNode:
    """Accepts every connection, never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(100)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)


@contextmanager
def hung_opensearch(sigstop: bool):
    if sigstop:
        port = urlsplit(settings.OPENSEARCH_URL).port
        pids = {
            c.pid
            for c in psutil.net_connections("tcp")
            if c.laddr and c.laddr.port == port and c.status == psutil.CONN_LISTEN and c.pid
        }
        assert pids, f"no process listens on port {port}"
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            yield
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)
        return
    node = HungNode()
    url = f"http://127.0.0.1:{node.port}"
    old_url, old_backends = settings.OPENSEARCH_URL, settings.WAGTAILSEARCH_BACKENDS
    settings.OPENSEARCH_URL = url
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**old_backends["default"], "URLS": [url]}}
    get_client.cache_clear()
    try:
        yield
    finally:
        node.sock.close()
        settings.OPENSEARCH_URL, settings.WAGTAILSEARCH_BACKENDS = old_url, old_backends
        get_client.cache_clear()


def clients() -> dict[str, Client]:
    User = get_user_model()
    result = {"anonymous": Client()}
    for name in ("amina", "operatrice", "admin"):
        client = Client()
        client.force_login(User.objects.get(username=name))
        result[name] = client
    return result


def withdraw_consent(client: Client):
    """The candidate withdraws search consent (committed); consent is given back afterwards."""
    response = client.post("/jobs/cv/consent/", {"is_active": "on"})
    profile = get_user_model().objects.get(username="amina").cv_profile
    services.consent_set(profile=profile, purpose=ConsentPurpose.SEARCH, given=True)
    return response


def pages() -> list[tuple[str, str, object]]:
    offer = JobOfferPage.objects.live().first()
    return [
        ("home page", "anonymous", "/"),
        ("job offers list", "anonymous", offer.get_parent().url),
        ("site search", "anonymous", "/search/?q=sportello"),
        ("CV overview", "amina", "/jobs/cv/"),
        ("offers for me", "amina", "/jobs/offers-for-me/"),
        ("withdraw search consent (POST)", "amina", withdraw_consent),
        ("candidate search", "operatrice", "/admin/candidates/?q=cameriere"),
        ("matching for an offer", "operatrice", f"/admin/matching/offer/{offer.pk}/"),
        ("staff page search", "admin", "/admin/pages/search/?q=sportello"),
        ("staff dashboard", "admin", "/admin/"),
    ]


def timed(client: Client, target) -> tuple[float, int]:
    start = time.perf_counter()
    response = target(client) if callable(target) else client.get(target)
    return (time.perf_counter() - start) * 1000, response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sigstop", action="store_true", help="freeze the real node instead")
    args = parser.parse_args()
    setup_test_environment()
    by_role = clients()
    rows = []
    for label, role, target in pages():
        client = by_role[role]
        timed(client, target)  # warm up
        breaker.reset()
        healthy = statistics.median(timed(client, target)[0] for _ in range(RUNS))
        with hung_opensearch(args.sigstop):
            breaker.reset()
            first, status = timed(client, target)  # the breaker is closed: the worst case
            later = statistics.median(timed(client, target)[0] for _ in range(RUNS))
        breaker.reset()
        rows.append((label, healthy, first, later, status))
    node = "real node frozen with SIGSTOP" if args.sigstop else "a TCP server that never answers"
    print(
        f"\nPages with OpenSearch hung ({node}); web timeout {settings.OPENSEARCH_WEB_TIMEOUT} s, "
        f"breaker {settings.OPENSEARCH_BREAKER_SECONDS} s; ms, median of {RUNS} where repeated\n"
    )
    print("| page | healthy | hung: first request | hung: later requests | status |")
    print("|---|---:|---:|---:|---:|")
    for label, healthy, first, later, status in rows:
        print(f"| {label} | {healthy:.0f} | {first:.0f} | {later:.0f} | {status} |")
    slowest = max(rows, key=lambda row: row[2])
    print(f"\nslowest page with a hung OpenSearch: {slowest[0]}, {slowest[2]:.0f} ms")


if __name__ == "__main__":
    main()
