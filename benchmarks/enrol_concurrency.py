"""100 people enrol at the same moment in an edition with 5 seats, over HTTP, on the command-1
stack: nobody may get an error, 5 get a seat and 95 join the waiting list in order.

    .venv/bin/python benchmarks/enrol_concurrency.py            # the stack of scripts/run.sh
    .venv/bin/python benchmarks/enrol_concurrency.py --people 100 --seats 5 --url http://127.0.0.1:8010

It uses the same settings and database as the server (DJANGO_SETTINGS_MODULE, default
portal.settings.local, and DATABASE_URL or PGPORT as scripts/run.sh sets them) to create a new
edition of a demo course and the people, each signed in with a real session (the server cannot
tell it from a sign-in through the form). Each person's browser then opens the enrolment screen
(which gives it its CSRF token), and all the "Enrol" POSTs are released at once: the real
enrolment flow, through gunicorn, the views and the service. Afterwards the database is read:
who has a seat, who waits, and whether the waiting positions are 1..N without gaps in the order
people arrived. The edition and the people are deleted at the end (--keep keeps them). Every
enrolment queues a confirmation or waiting-list email: the Celery worker writes them to
var/mail/. Only the loopback address is a valid target.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
from yarl import URL

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.local")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from courses.models import CoursePage, Edition, Enrolment  # noqa: E402
from portal.accounts.models import User  # noqa: E402

PREFIX = "bench.enrol."
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def prepare(people: int, seats: int) -> tuple[Edition, list[tuple[str, str]]]:
    """A fresh open edition and `people` signed-in sessions: [(username, session cookie)]."""
    User.objects.filter(username__startswith=PREFIX).delete()
    course = CoursePage.objects.live().filter(locale__language_code="it").first()
    if course is None:
        raise SystemExit("no live course page: is the demo loaded (scripts/run.sh)?")
    today = timezone.localdate()
    edition = Edition.objects.create(
        course=course,
        venue_name="Sportello A.L.I. Grosseto (benchmark)",
        venue_address="Via Giuseppe Verdi 5, Grosseto",
        municipality="Grosseto",
        starts_on=today + dt.timedelta(days=30),
        ends_on=today + dt.timedelta(days=90),
        capacity=seats,
        status=Edition.Status.OPEN,
    )
    sessions = []
    for number in range(people):
        user = User.objects.create_user(
            username=f"{PREFIX}{number:03d}", email=f"{PREFIX}{number:03d}@ali.example.org"
        )
        client = Client()
        client.force_login(user)
        sessions.append((user.username, client.cookies[settings.SESSION_COOKIE_NAME].value))
    return edition, sessions


async def enrol_all(base: str, edition_id: int, sessions: list[tuple[str, str]]) -> dict:
    url = f"{base}/courses/enrol/{edition_id}/"
    clients = []
    for _, cookie in sessions:
        jar = aiohttp.CookieJar(unsafe=True)  # cookies for 127.0.0.1
        jar.update_cookies({settings.SESSION_COOKIE_NAME: cookie}, URL(base))
        clients.append(aiohttp.ClientSession(cookie_jar=jar, timeout=aiohttp.ClientTimeout(60)))
    try:
        tokens = []
        for client in clients:  # each opens the enrolment screen first, as a person would
            async with client.get(url) as response:
                match = TOKEN.search(await response.text())
                if response.status != 200 or not match:
                    raise SystemExit(f"enrolment screen: HTTP {response.status} for {url}")
                tokens.append(match.group(1))
        start = asyncio.Event()

        async def post(client: aiohttp.ClientSession, token: str) -> tuple[int, float]:
            await start.wait()
            began = time.perf_counter()
            data = {"csrfmiddlewaretoken": token, "consent": "on"}
            headers = {"Referer": url}
            async with client.post(url, data=data, headers=headers, allow_redirects=False) as r:
                await r.read()
                return r.status, (time.perf_counter() - began) * 1000

        tasks = [asyncio.create_task(post(c, t)) for c, t in zip(clients, tokens, strict=True)]
        await asyncio.sleep(0.2)  # every task is waiting at the barrier
        began = time.perf_counter()
        start.set()
        results = await asyncio.gather(*tasks)
        wall = time.perf_counter() - began
    finally:
        await asyncio.gather(*(client.close() for client in clients))
    statuses = [status for status, _ in results]
    latencies = sorted(ms for _, ms in results)
    return {"statuses": statuses, "latencies": latencies, "wall": wall}


def check(edition: Edition) -> dict:
    enrolments = Enrolment.objects.filter(edition=edition)
    waiting = list(enrolments.filter(status=Enrolment.Status.WAITING).order_by("waiting_position"))
    positions = [e.waiting_position for e in waiting]
    arrival = [e.created_at for e in waiting]
    return {
        "enrolled": enrolments.filter(status=Enrolment.Status.ENROLLED).count(),
        "waiting": len(waiting),
        "in_order": positions == list(range(1, len(waiting) + 1)) and arrival == sorted(arrival),
        "rows": enrolments.count(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_url = f"http://127.0.0.1:{os.environ.get('ALI_PORT', '8000')}"
    parser.add_argument("--url", default=default_url)
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--seats", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the edition and the people")
    args = parser.parse_args()
    if urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        print("Only this machine's loopback address may be tested.", file=sys.stderr)
        return 2
    if not 0 < args.seats <= args.people <= 500:
        print("Expected 0 < --seats <= --people <= 500.", file=sys.stderr)
        return 2
    edition, sessions = prepare(args.people, args.seats)
    try:
        run = asyncio.run(enrol_all(args.url.rstrip("/"), edition.pk, sessions))
        found = check(edition)
    finally:
        if not args.keep:
            User.objects.filter(username__startswith=PREFIX).delete()
            edition.delete()
    redirected = sum(1 for status in run["statuses"] if status == 302)
    errors = len(run["statuses"]) - redirected
    lat = run["latencies"]
    p95 = statistics.quantiles(lat, n=100, method="inclusive")[94]
    database = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    expected_ok = (
        errors == 0
        and found["enrolled"] == args.seats
        and found["waiting"] == args.people - args.seats
        and found["in_order"]
    )
    print(f"\n{args.people} simultaneous enrolments, {args.seats} seats, {database}, {args.url}\n")
    print(
        "| database | POSTs | redirected to 'done' | errors | enrolled | waiting "
        "| waiting list 1..N in arrival order | all answered in s | p50 ms | p95 ms |"
    )
    print("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|")
    print(
        f"| {database} | {len(run['statuses'])} | {redirected} | {errors} | {found['enrolled']} "
        f"| {found['waiting']} | {'yes' if found['in_order'] else 'NO'} | {run['wall']:.2f} "
        f"| {statistics.median(lat):.0f} | {p95:.0f} |"
    )
    if errors:
        print("statuses:", sorted(set(run["statuses"])))
    print("\nresult:", "as expected" if expected_ok else "NOT as expected")
    return 0 if expected_ok else 1


if __name__ == "__main__":
    sys.exit(main())
