"""Benchmark (not a test): time and SQL queries to save a class register and to render the
public catalogue. Runs against PostgreSQL in a throwaway database that it creates and drops.

    DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL=postgres://... \\
        python benchmarks/courses_bench.py
"""

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

REPEAT = 5


def measure(fn, repeat: int = REPEAT) -> tuple[float, int]:
    """Median wall time in ms and the query count of the last run."""
    times, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        queries = len(ctx.captured_queries)
    return statistics.median(times), queries


def make_people(n: int, prefix: str):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    User.objects.bulk_create(
        User(username=f"{prefix}{i}", first_name="Nome", last_name=f"Cognome {i:03d}")
        for i in range(n)
    )
    return list(User.objects.filter(username__startswith=prefix).order_by("pk"))


def bench_register(size: int) -> list[tuple[str, float, int]]:
    from courses import selectors, services
    from courses.models import CourseIndexPage, CoursePage, Edition, Lesson

    index = CourseIndexPage.objects.first()
    course = CoursePage(
        title=f"Italiano {size}",
        slug=f"bench-register-{size}",
        kind="italian",
        cefr_level="A1",
        summary="Benchmark",
        partner="Bench",
    )
    index.add_child(instance=course)
    teacher = make_people(1, f"teacher{size}-")[0]
    today = timezone.localdate()
    edition = Edition.objects.create(
        course=course,
        venue_name="Sede",
        venue_address="Via",
        municipality="Grosseto",
        starts_on=today,
        ends_on=today + dt.timedelta(days=60),
        capacity=size,
        status="open",
    )
    edition.teachers.add(teacher)
    for person in make_people(size, f"learner{size}-"):
        services.enrolment_create(edition=edition, person=person, consent_given=True)
    enrolment_ids = list(edition.enrolments.values_list("pk", flat=True))
    statuses = ["present", "late", "excused", "absent"]
    rows = []

    lessons = iter(
        [
            Lesson.objects.create(
                edition=edition, date=today, starts_at=dt.time(8 + n), ends_at=dt.time(9 + n)
            )
            for n in range(REPEAT)
        ]
    )

    def first_save():
        lesson = selectors.lessons_for_register().get(pk=next(lessons).pk)
        services.register_save(
            lesson=lesson, marks=dict.fromkeys(enrolment_ids, "present"), by=teacher
        )

    rows.append((f"register of {size}: first save (create marks)", *measure(first_save)))
    lesson = selectors.lessons_for_register().filter(edition=edition).first()
    turn = iter(range(1000))

    def correction():
        shift = next(turn)
        marks = {pk: statuses[(i + shift + 1) % 4] for i, pk in enumerate(enrolment_ids)}
        services.register_save(lesson=lesson, marks=marks, by=teacher)

    rows.append((f"register of {size}: correct every mark", *measure(correction)))

    client = Client()
    client.force_login(teacher)
    url = f"/courses/register/{lesson.pk}/"

    fresh = selectors.lessons_for_register().filter(edition=edition).exclude(pk=lesson.pk).first()

    def render_fresh():
        assert client.get(f"/courses/register/{fresh.pk}/").status_code == 200

    def render():
        assert client.get(url).status_code == 200

    rows.append((f"register of {size}: render page (GET), first marks", *measure(render_fresh)))
    rows.append(
        (f"register of {size}: render page (GET), {REPEAT} corrections of all", *measure(render))
    )
    posts = iter(range(1000))

    def post_register():  # every mark changes at each save (present <-> absent)
        status = ["absent", "present"][next(posts) % 2]
        data = {f"mark-{pk}": status for pk in enrolment_ids}
        assert client.post(url, data).status_code == 302

    rows.append((f"register of {size}: save page, all change (POST)", *measure(post_register)))
    return rows


def bench_catalogue(editions: int = 200, per_course: int = 10) -> list[tuple[str, float, int]]:
    from courses.models import CourseIndexPage, CoursePage, Edition, TimetableSlot

    index = CourseIndexPage.objects.first()
    today = timezone.localdate()
    for c in range(editions // per_course):
        course = CoursePage(
            title=f"Corso {c}",
            slug=f"bench-course-{c}",
            kind="italian",
            cefr_level="A1",
            summary="Benchmark",
            partner="Bench",
            support_languages=["en", "ar"],
        )
        index.add_child(instance=course)
        created = Edition.objects.bulk_create(
            Edition(
                course=course,
                venue_name="Sede",
                venue_address="Via",
                municipality="Grosseto",
                starts_on=today + dt.timedelta(days=e),
                ends_on=today + dt.timedelta(days=60 + e),
                capacity=20,
                status="open",
            )
            for e in range(per_course)
        )
        TimetableSlot.objects.bulk_create(
            TimetableSlot(edition=e, weekday=d, starts_at=dt.time(9, 30), ends_at=dt.time(11, 30))
            for e in created
            for d in (1, 3)
        )
    client = Client()
    url = index.url

    def render():
        response = client.get(url)
        assert response.status_code == 200
        assert response.content.count(b"card-title") >= editions

    def render_filtered():
        assert (
            client.get(url, {"kind": "italian", "weekday": 1, "time": "morning"}).status_code == 200
        )

    count = Edition.objects.filter(status="open", course__title__startswith="Corso").count()
    return [
        (f"catalogue of {count} editions: render", *measure(render)),
        (f"catalogue of {count} editions: render with 3 filters", *measure(render_filtered)),
    ]


def main() -> None:
    assert connection.vendor == "postgresql", "run against PostgreSQL (set DATABASE_URL)"
    settings.DATABASES["default"]["TEST"]["NAME"] = "ali_courses_bench"  # not pytest's test_ali
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from wagtail.models import Site

        from courses.models import CourseIndexPage
        from demo.site import ensure_locales

        ensure_locales()
        site = Site.objects.get(is_default_site=True)
        site.root_page.add_child(instance=CourseIndexPage(title="Corsi", slug="corsi"))
        rows = bench_register(30) + bench_register(40) + bench_register(100) + bench_catalogue()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    width = max(len(r[0]) for r in rows)
    print(f"\n{'case':<{width}}  {'median ms':>10}  {'SQL queries':>11}")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 11}")
    for name, ms, queries in rows:
        print(f"{name:<{width}}  {ms:>10.1f}  {queries:>11}")
    print(
        f"\n(median of {REPEAT} runs; PostgreSQL {connection.pg_version // 10000}; "
        f"{os.cpu_count()} CPUs shared)"
    )


if __name__ == "__main__":
    main()
