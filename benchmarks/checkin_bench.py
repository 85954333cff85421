"""A class of 40 checks itself in within 10 seconds, over HTTP, on the command-1 stack (self
check-in, issue 12), while the teacher's phone polls the arrivals as checkin.js does.

    .venv/bin/python benchmarks/checkin_bench.py            # the stack of scripts/run.sh
    .venv/bin/python benchmarks/checkin_bench.py --learners 40 --spread 10 --url http://127.0.0.1:8010

It uses the same settings, database and secret key as the server (DJANGO_SETTINGS_MODULE,
default portal.settings.local, DATABASE_URL or PGPORT, and ALI_VAR_DIR as scripts/run.sh sets
them) to create an edition of a demo course with a teacher and the learners, each signed in with
a real session, and one lesson per run that started five minutes ago, with check-in opened by
the teacher through the service. Each learner's phone first opens the check-in page (its CSRF
token). Then, per run:

- "typed code": arrivals spread evenly over --spread seconds; each learner reads the code on the
  teacher's phone at that moment (the benchmark derives it exactly as the server does) and sends
  it; a learner told "the code has just changed" reads it again and sends it once more, as a
  person would;
- "QR code": the same with the scan: the QR code's address (GET, remembered in the session), then
  the confirmation (POST);
- "all at once": every typed code released at the same instant, the worst case.

During every run the teacher's phone polls the live endpoint every 3 seconds. Afterwards the
database is read: one mark per learner (present), each with its history row. The edition and the
people are deleted at the end (--keep keeps them). Only the loopback address is a valid target.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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

from courses import checkin, selectors, services  # noqa: E402
from courses.models import AttendanceChange, AttendanceMark, CoursePage, Edition, Lesson  # noqa: E402
from portal.accounts.models import User  # noqa: E402

PREFIX = "bench.checkin."
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CHANGED = ("just changed", "appena cambiato")
POLL_SECONDS = 3.0


def session_of(user: User) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def prepare(learners: int) -> tuple[Edition, User, list[str], str]:
    """An edition with a teacher and `learners` enrolled: (edition, teacher, learner sessions,
    teacher session)."""
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
        starts_on=today - dt.timedelta(days=7),
        ends_on=today + dt.timedelta(days=60),
        capacity=learners,
        status=Edition.Status.RUNNING,
        checkin_on_time_minutes=30,
        checkin_grace_minutes=60,
    )
    teacher = User.objects.create_user(username=f"{PREFIX}teacher")
    edition.teachers.add(teacher)
    sessions = []
    for number in range(learners):
        person = User.objects.create_user(username=f"{PREFIX}{number:03d}")
        services.enrolment_create(  # at a desk: the edition is already running
            edition=edition, person=person, consent_given=True, at_desk=True, notify_person=False
        )
        sessions.append(session_of(person))
    return edition, teacher, sessions, session_of(teacher)


def open_lesson(edition: Edition, teacher: User, minutes_ago: int) -> Lesson:
    now = timezone.localtime()
    start = max(now - dt.timedelta(minutes=minutes_ago), now.replace(hour=0, minute=0))
    lesson = Lesson.objects.create(
        edition=edition,
        date=start.date(),
        starts_at=start.time().replace(second=0, microsecond=0),
        ends_at=dt.time(23, 59, 59),
    )
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    return services.checkin_open(lesson=lesson, by=teacher)


def client_for(base: str, cookie: str) -> aiohttp.ClientSession:
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for 127.0.0.1
    jar.update_cookies({settings.SESSION_COOKIE_NAME: cookie}, URL(base))
    return aiohttp.ClientSession(cookie_jar=jar, timeout=aiohttp.ClientTimeout(60))


async def run(
    base: str, lesson: Lesson, sessions: list[str], teacher: str, mode: str, spread: float
):
    code_url = f"{base}/courses/checkin/"
    clients = [client_for(base, cookie) for cookie in sessions]
    board = client_for(base, teacher)
    try:
        tokens = []
        for client in clients:  # each phone opens the check-in page first
            async with client.get(code_url) as response:
                match = TOKEN.search(await response.text())
                if response.status != 200 or not match:
                    raise SystemExit(f"check-in page: HTTP {response.status}")
                tokens.append(match.group(1))
        done = asyncio.Event()
        polls: list[float] = []

        async def poll() -> None:
            live = f"{base}/courses/lesson/{lesson.pk}/checkin/live.json"
            while not done.is_set():
                began = time.perf_counter()
                async with board.get(live) as response:
                    await response.read()
                    if response.status == 200:
                        polls.append((time.perf_counter() - began) * 1000)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(done.wait(), POLL_SECONDS)

        async def typed(client: aiohttp.ClientSession, token: str) -> tuple[bool, int]:
            retries = 0
            for _attempt in range(3):
                code = checkin.typed_code(lesson, checkin.window_at())  # read off the screen
                data = {"csrfmiddlewaretoken": token, "code": code}
                async with client.post(code_url, data=data, allow_redirects=False) as r:
                    text = await r.text()
                    if r.status == 302:
                        return True, retries
                    if not any(words in text for words in CHANGED):
                        return False, retries
                    retries += 1
            return False, retries

        async def scanned(client: aiohttp.ClientSession, token: str) -> tuple[bool, int]:
            retries = 0
            for _attempt in range(3):
                scan = checkin.scan_token(lesson, checkin.window_at())  # the QR code on screen
                url = f"{base}/courses/checkin/{lesson.pk}/s/{scan}/"
                async with client.get(url, allow_redirects=False) as r:
                    await r.read()
                    if r.status != 302:
                        retries += 1
                        continue
                confirm = f"{base}{r.headers['Location']}"
                data = {"csrfmiddlewaretoken": token}
                async with client.post(confirm, data=data, allow_redirects=False) as r:
                    await r.read()
                    return r.status == 302, retries
            return False, retries

        async def learner(index: int, client: aiohttp.ClientSession, token: str, start: float):
            delay = 0.0 if spread == 0 else spread * index / max(len(clients) - 1, 1)
            await asyncio.sleep(max(0.0, start + delay - time.perf_counter()))
            began = time.perf_counter()
            ok, retries = await (scanned if mode == "scan" else typed)(client, token)
            return ok, retries, (time.perf_counter() - began) * 1000, time.perf_counter()

        poller = asyncio.create_task(poll())
        start = time.perf_counter() + 0.2
        results = await asyncio.gather(
            *(learner(i, c, t, start) for i, (c, t) in enumerate(zip(clients, tokens, strict=True)))
        )
        wall = max(finished for *_rest, finished in results) - start
        done.set()
        await poller
    finally:
        await asyncio.gather(*(client.close() for client in [*clients, board]))
    return {
        "ok": sum(1 for ok, *_ in results if ok),
        "retries": sum(retries for _ok, retries, *_ in results),
        "latencies": sorted(ms for _ok, _retries, ms, _finished in results),
        "wall": wall,
        "polls": sorted(polls),
    }


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_url = f"http://127.0.0.1:{os.environ.get('ALI_PORT', '8000')}"
    parser.add_argument("--url", default=default_url)
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--spread", type=float, default=10.0, help="seconds over which they arrive")
    parser.add_argument("--keep", action="store_true", help="keep the edition and the people")
    args = parser.parse_args()
    if urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        print("Only this machine's loopback address may be tested.", file=sys.stderr)
        return 2
    if not 0 < args.learners <= 200:
        print("Expected 0 < --learners <= 200.", file=sys.stderr)
        return 2
    base = args.url.rstrip("/")
    edition, teacher, sessions, teacher_session = prepare(args.learners)
    plan = [
        ("typed code", "code", args.spread),
        ("QR code", "scan", args.spread),
        ("all at once (typed code)", "code", 0.0),
    ]
    rows, all_ok = [], True
    try:
        lessons = [open_lesson(edition, teacher, minutes_ago=5 + n) for n in range(len(plan))]
        for lesson, (name, mode, spread) in zip(lessons, plan, strict=True):
            result = asyncio.run(run(base, lesson, sessions, teacher_session, mode, spread))
            marks = AttendanceMark.objects.filter(lesson=lesson)
            history = AttendanceChange.objects.filter(mark__lesson=lesson).count()
            present = marks.filter(status="present", source="check_in").count()
            ok = present == args.learners == result["ok"] == history
            # the whole class is in within 10 s (of the first arrival, or of the last when they
            # arrive over longer), and, arriving over time, 95% wait less than 2 s for the page
            in_time = result["wall"] <= max(spread, 10) + 2
            quick = spread == 0 or p95(result["latencies"]) < 2000
            all_ok = all_ok and ok and in_time and quick
            rows.append((name, spread, result, present, history))
    finally:
        if not args.keep:
            User.objects.filter(username__startswith=PREFIX).delete()
            edition.delete()
    database = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"\n{args.learners} learners check in, {database}, {args.url}\n")
    print(
        "| run | arrivals over s | checked in | marks present | history rows | code changed, "
        "sent again | all done in s | p50 ms | p95 ms | max ms | teacher polls | poll p95 ms |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, spread, result, present, history in rows:
        lat = result["latencies"]
        print(
            f"| {name} | {spread:g} | {result['ok']} | {present} | {history} | {result['retries']} "
            f"| {result['wall']:.2f} | {statistics.median(lat):.0f} | {p95(lat):.0f} "
            f"| {max(lat):.0f} | {len(result['polls'])} | {p95(result['polls']):.0f} |"
        )
    print("\nresult:", "as expected" if all_ok else "NOT as expected")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
