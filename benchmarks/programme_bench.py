"""Benchmark (not a test): how fast the programme dashboard opens with a year of data at ten
times the project document's scale (60,000 desk contacts, 1,000 trainees, and bookings, monthly
counts and training in proportion). Prints a table: the full page (the view, through Django's
test client, signed in as a programme manager), the figures alone, and the period report.

It needs a database with the demo loaded (the first run makes one: `--fresh`, or when the
database named by --database does not exist yet; about three minutes), then replaces the demo's
sample year with one at `--scale`:

    DJANGO_SETTINGS_MODULE=portal.settings.test \\
    DATABASE_URL=postgres://postgres@127.0.0.1:5433/ali \\
        python benchmarks/programme_bench.py [--scale 10] [--repeat 7] [--fresh]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
parser.add_argument("--scale", type=int, default=10)
parser.add_argument("--repeat", type=int, default=7)
parser.add_argument("--database", default="ali_programme_bench")
parser.add_argument("--fresh", action="store_true", help="drop and rebuild the database")
args = parser.parse_args()

import dj_database_url  # noqa: E402
import psycopg  # noqa: E402

base = dj_database_url.parse(
    os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5433/ali")
)
admin = psycopg.connect(
    dbname="postgres", user=base["USER"], host=base["HOST"], port=base["PORT"], autocommit=True
)
exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [args.database]).fetchone()
if args.fresh and exists:
    admin.execute(f'DROP DATABASE "{args.database}"')
    exists = None
if not exists:
    admin.execute(f'CREATE DATABASE "{args.database}"')
admin.close()
os.environ["DATABASE_URL"] = (
    f"postgres://{base['USER']}@{base['HOST']}:{base['PORT']}/{args.database}"
)
os.environ.setdefault("OPENSEARCH_INDEX_PREFIX", "ali-bench")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

settings.ALLOWED_HOSTS = ["testserver"]


def measure(fn, repeat: int) -> tuple[float, float, int]:
    """Median and worst wall time in ms, and the query count of the last run."""
    times, queries = [], 0
    fn()  # warm: the first run pays for connections and imports
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        queries = len(ctx.captured_queries)
    return statistics.median(times), max(times), queries


def main() -> None:
    from courses.models import Enrolment
    from demo.programme import ensure_programme_year, programme_year_reset
    from programme import indicators, reports
    from programme.models import Booking, DeskContact

    if not exists:
        print("Building the database (migrate, demo) ...", flush=True)
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
    started = time.perf_counter()
    if DeskContact.objects.filter(sample=True).count() != indicators_scale_contacts(args.scale):
        programme_year_reset()
        ensure_programme_year(scale=args.scale)
    print(f"Sample year at scale {args.scale}: ready in {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    filters = indicators.Filters(start=indicators.first_record_date(), end=timezone.localdate())
    figures = indicators.figures(filters)
    manager = _manager()
    client = Client()
    client.force_login(manager)
    setup_test_environment()

    def page():
        response = client.get("/admin/programme/")
        assert response.status_code == 200, response.status_code

    def page_partner():
        response = client.get(
            "/admin/programme/",
            {"start": filters.start, "end": filters.end, "partner": _partner_id("arcisolidarieta")},
        )
        assert response.status_code == 200, response.status_code

    def report():
        response = client.get("/admin/programme/report.xlsx")
        assert response.status_code == 200, response.status_code

    rows = [
        ("dashboard page, whole year, all partners", *measure(page, args.repeat)),
        ("dashboard page, one partner", *measure(page_partner, args.repeat)),
        (
            "figures only (indicators.figures)",
            *measure(lambda: indicators.figures(filters), args.repeat),
        ),
        ("period report (XLSX)", *measure(report, args.repeat)),
    ]
    trainees = figures.trainees["enrolled"]
    print()
    print(
        f"Data: {DeskContact.objects.count():,} desk contacts, {Enrolment.objects.count():,} "
        f"enrolments ({trainees:,} trainees), {Booking.objects.count():,} bookings; "
        f"PostgreSQL {connection.pg_version // 10000}; median of {args.repeat} runs"
    )
    print()
    print("| case | median ms | worst ms | SQL queries |")
    print("|---|---:|---:|---:|")
    for name, median, worst, queries in rows:
        print(f"| {name} | {median:.0f} | {worst:.0f} | {queries} |")
    del reports


def indicators_scale_contacts(scale: int) -> int:
    from demo.programme import CONTACTS_PER_YEAR

    return CONTACTS_PER_YEAR * scale


def _partner_id(slug: str) -> int:
    from partners.models import Partner

    return Partner.objects.get(slug=slug).pk


def _manager():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="programma")


if __name__ == "__main__":
    main()
