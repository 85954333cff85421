"""Demo courses in Italian: catalogue pages, editions with timetables, enrolments (one edition
full, with a waiting list), past lessons with attendance, all made through the courses services.
The running A1 course also has last month's registers with corrections and their history, lesson
topics and notes, a walk-in, two people at risk (warned through the call list: they have no
email) and a lesson today with self check-in open. Idempotent: existing courses are left alone."""

import datetime as dt
import random

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from courses import selectors, services
from courses.models import (
    AttendanceMark,
    CourseIndexPage,
    CoursePage,
    Edition,
    Enrolment,
    Lesson,
    TimetableSlot,
)
from demo.accounts import demo_learner
from demo.data.courses import A1_TOPICS, COURSES, DESK_LEARNERS, EXTRA_LEARNERS, WALK_INS
from demo.site import add_page
from portal.accounts.roles import Role
from portal.accounts.services import user_set_role

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
    desk_learners = [_desk_learner(*spec, operator=operator) for spec in DESK_LEARNERS]
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
            people = people[: ed["learners"]]
            if edition.status == Edition.Status.RUNNING:
                people += desk_learners
            for person in people:
                services.enrolment_create(
                    edition=edition,
                    person=person,
                    consent_given=True,
                    by=person,
                    at_desk=True,  # the demo may enrol in running editions too
                    notify_person=False,  # no emails to sample people
                )
            if edition.status == Edition.Status.RUNNING:
                _demo_attendance(
                    edition=edition,
                    teacher=teacher,
                    operator=operator,
                    rng=rng,
                    irregular={p.pk for p in desk_learners},
                )
                _demo_registers_month(edition=edition, teacher=teacher, operator=operator)
                _demo_today(edition=edition, teacher=teacher, learner=users["amina"])
                # the two irregular learners are warned (call list: they have no email)
                services.attendance_warnings_check(edition=edition)
    return index


def _desk_learner(username, first_name, last_name, language, phone, *, operator):
    """A sample learner registered at a desk, without email (reached by phone)."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "preferred_language": language,
            "phone": phone,
            "registered_by": operator,
        },
    )
    if created:
        user.set_unusable_password()
        user.save()
    user_set_role(user=user, role=Role.LEARNER)
    return user


def _demo_attendance(*, edition: Edition, teacher, operator, rng: random.Random, irregular) -> None:
    """Past registers: most people come, two people (`irregular`, person ids) often miss."""
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
    for lesson in edition.lessons.filter(date__lt=today, cancelled=False):
        marks = {}
        for enrolment in enrolments:
            roll = rng.random()
            if enrolment.person_id in irregular:
                status = "present" if roll < 0.35 else "absent"
            else:
                status = (
                    "present"
                    if roll < 0.84
                    else "late"
                    if roll < 0.92
                    else "excused"
                    if roll < 0.97
                    else "absent"
                )
            marks[enrolment.pk] = status
        recent = (today - lesson.date).days <= services.TEACHER_CORRECTION_DAYS
        # older paper registers were typed in at the desk
        services.register_save(lesson=lesson, marks=marks, by=teacher if recent else operator)


def _correct(lesson: Lesson, changes: dict[int, str], by) -> None:
    """Change some marks of a saved register (the rest as they are): kept in its history."""
    marks = dict(AttendanceMark.objects.filter(lesson=lesson).values_list("enrolment_id", "status"))
    marks.update(changes)
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk), marks=marks, by=by
    )


def _demo_registers_month(*, edition: Edition, teacher, operator) -> None:
    """Topics and notes, corrections in last month's registers (by the desk, after the teacher's
    7 days; by the teacher within them), and a walk-in."""
    today = timezone.localdate()
    past = list(edition.lessons.filter(date__lt=today, cancelled=False).order_by("date"))
    for number, lesson in enumerate(past):
        lesson.topic = A1_TOPICS[number % len(A1_TOPICS)]
        if number == 2:
            lesson.note = "Esercizi sul libro, pagine 12-14. Recuperare con chi era assente."
        lesson.save(update_fields=["topic", "note"])
    regular = list(
        edition.enrolments.filter(
            status=Enrolment.Status.ENROLLED, person__username__in=["amina", "samir"]
        ).order_by("person__username")
    )
    old = [lesson for lesson in past if (today - lesson.date).days > 20]
    recent = [
        lesson for lesson in past if (today - lesson.date).days <= services.TEACHER_CORRECTION_DAYS
    ]
    if old and regular:  # a medical certificate brought to the desk afterwards
        _correct(old[0], {regular[0].pk: "excused"}, operator)
        _correct(old[-1], {regular[-1].pk: "late"}, operator)
    if recent and regular:  # the teacher fixes a slip of the finger the next day
        _correct(recent[0], {regular[-1].pk: "absent"}, teacher)
        _correct(recent[0], {regular[-1].pk: "present"}, teacher)
    if recent:
        first = selectors.lessons_for_register().get(pk=recent[0].pk)
        for name, phone in WALK_INS:
            walk_in = services.walk_in_add(
                lesson=first, name=name, phone=phone, consent_given=True, by=teacher
            )
            for lesson in recent[1:]:
                _correct(lesson, {walk_in.enrolment_id: "present"}, teacher)


def _demo_today(*, edition: Edition, teacher, learner) -> None:
    """A lesson that started a few minutes before the demo was loaded, with self check-in open
    (latecomers may check in for four hours: the demo is looked at later), one person in."""
    now = timezone.localtime()
    start = max(now - dt.timedelta(minutes=10), now.replace(hour=0, minute=0))
    start = start.replace(minute=start.minute - start.minute % 5, second=0, microsecond=0)
    end = min(start + dt.timedelta(hours=4), now.replace(hour=23, minute=59, second=0))
    edition.checkin_on_time_minutes = 15
    edition.checkin_grace_minutes = 240
    edition.save(update_fields=["checkin_on_time_minutes", "checkin_grace_minutes"])
    lesson, _created = Lesson.objects.get_or_create(
        edition=edition,
        date=start.date(),
        starts_at=start.time(),
        defaults={"ends_at": end.time(), "topic": "Conversazione: raccontare la propria giornata"},
    )
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    lesson = services.checkin_open(lesson=lesson, by=teacher)
    services.checkin_with_scan(lesson=lesson, person=learner, scanned_at=timezone.now())
