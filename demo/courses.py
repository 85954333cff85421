"""Demo courses in Italian: catalogue pages, editions with timetables, enrolments (one edition
full, with a waiting list), past lessons with attendance, all made through the courses services.
Idempotent: existing courses are left alone."""

import datetime as dt
import random

from django.utils import timezone
from wagtail.models import Page

from courses import services
from courses.models import CourseIndexPage, CoursePage, Edition, Enrolment, Lesson, TimetableSlot
from demo.accounts import demo_learner
from demo.data.courses import COURSES, EXTRA_LEARNERS
from demo.site import add_page

SAMPLE_NOTE = "<p><i>Dati di esempio: orari, posti e iscritti sono inventati per la demo.</i></p>"


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def ensure_courses(*, home: Page, users: dict) -> CourseIndexPage:
    """Create the catalogue under `home`; `users` are the demo accounts by username."""
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = add_page(
            home,
            CourseIndexPage(
                title="Corsi e percorsi",
                slug="corsi",
                show_in_menus=True,
                intro="<p>Corsi di italiano e percorsi di orientamento all'abitare e al lavoro, "
                "gratuiti, con mediazione linguistica.</p>",
            ),
        )
    extra = [demo_learner(*spec) for spec in EXTRA_LEARNERS]
    demo_learners = [users["amina"], users["samir"]]
    teacher, operator = users["docente"], users["operatrice"]
    today = timezone.localdate()
    rng = random.Random(2026)  # noqa: S311 - sample attendance, reproducible

    for spec in COURSES:
        if CoursePage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        venue_name, venue_address, municipality = spec["venue"]
        page = CoursePage(
            title=spec["title"],
            slug=spec["slug"],
            kind=spec["kind"],
            cefr_level=spec["cefr_level"],
            summary=spec["summary"],
            audience=spec["audience"],
            requirements=spec["requirements"],
            partner=spec["partner"],
            support_languages=spec["support_languages"],
            body=[("paragraph", f"<p>{spec['summary']}</p>{SAMPLE_NOTE}")],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        for number, ed in enumerate(spec["editions"]):
            starts_on = _monday(today + dt.timedelta(days=ed["start"]))
            edition = Edition.objects.create(
                course=page,
                venue_name=venue_name,
                venue_address=venue_address,
                municipality=municipality,
                starts_on=starts_on,
                ends_on=starts_on + dt.timedelta(weeks=ed["weeks"], days=-1),
                enrolment_opens=min(today, starts_on) - dt.timedelta(days=20),
                enrolment_closes=starts_on - dt.timedelta(days=1),
                capacity=ed["capacity"],
                status=ed["status"],
            )
            edition.teachers.add(teacher)
            for weekday, start, end in ed["slots"]:
                TimetableSlot.objects.create(
                    edition=edition,
                    weekday=weekday,
                    starts_at=dt.time.fromisoformat(start),
                    ends_at=dt.time.fromisoformat(end),
                )
            services.lessons_generate(edition=edition)
            people = (demo_learners if ed.get("with_demo_learners") else []) + extra[
                number * 3 : number * 3 + ed["learners"]
            ]
            for person in people[: ed["learners"]]:
                services.enrolment_create(
                    edition=edition,
                    person=person,
                    consent_given=True,
                    by=person,
                    at_desk=True,  # the demo may enrol in running editions too
                    notify_person=False,  # no emails to sample people
                )
            if edition.status == Edition.Status.RUNNING:
                _demo_attendance(edition=edition, teacher=teacher, operator=operator, rng=rng)
    return index


def _demo_attendance(*, edition: Edition, teacher, operator, rng: random.Random) -> None:
    """Past registers: most people come, one person often misses lessons (flagged)."""
    today = timezone.localdate()
    if not edition.lessons.filter(date=today).exists():  # a lesson today for the teacher's page
        Lesson.objects.create(
            edition=edition,
            date=today,
            starts_at=dt.time(9, 30),
            ends_at=dt.time(11, 30),
            topic="Lezione di recupero",
        )
    enrolments = list(edition.enrolments.filter(status=Enrolment.Status.ENROLLED))
    irregular = {e.pk for e in enrolments[-2:]}  # the last two enrolled miss many lessons
    for lesson in edition.lessons.filter(date__lt=today, cancelled=False):
        marks = {}
        for enrolment in enrolments:
            roll = rng.random()
            if enrolment.pk in irregular:
                status = "present" if roll < 0.45 else "absent"
            else:
                status = (
                    "present"
                    if roll < 0.82
                    else "late"
                    if roll < 0.9
                    else "excused"
                    if roll < 0.95
                    else "absent"
                )
            marks[enrolment.pk] = status
        recent = (today - lesson.date).days <= services.TEACHER_CORRECTION_DAYS
        # older paper registers were typed in at the desk
        services.register_save(lesson=lesson, marks=marks, by=teacher if recent else operator)
