"""Demo courses in Italian: catalogue pages, editions with timetables, enrolments (one edition
full, with a waiting list), past lessons with attendance. Called by the cms demo loader.

Course titles, partners and venues follow cms/demo_data/facts.py; the learners, their
attendance and the timetables are sample data ("dati di esempio").
"""

import datetime as dt
import random
from collections.abc import Callable

from django.utils import timezone

from courses import services
from courses.models import (
    CourseIndexPage,
    CourseKind,
    CoursePage,
    Edition,
    Enrolment,
    Lesson,
    TimetableSlot,
)

SAMPLE_NOTE = "<p><i>Dati di esempio: orari, posti e iscritti sono inventati per la demo.</i></p>"

# Sample learners (invented names), with the language they read best.
EXTRA_LEARNERS = [
    ("fatou.sow", "Fatou", "Sow", "fr"),
    ("omar.benali", "Omar", "Ben Ali", "ar"),
    ("joy.okafor", "Joy", "Okafor", "en"),
    ("mariam.traore", "Mariam", "Traoré", "fr"),
    ("youssef.amrani", "Youssef", "Amrani", "ar"),
    ("grace.mensah", "Grace", "Mensah", "en"),
    ("ibrahim.keita", "Ibrahim", "Keita", "fr"),
    ("nadia.haddou", "Nadia", "Haddou", "ar"),
    ("olena.kovalenko", "Olena", "Kovalenko", "en"),
    ("abdou.diop", "Abdou", "Diop", "fr"),
    ("leila.mansour", "Leila", "Mansour", "ar"),
    ("kwame.asante", "Kwame", "Asante", "en"),
    ("aicha.cisse", "Aïcha", "Cissé", "fr"),
    ("hassan.rahimi", "Hassan", "Rahimi", "en"),
    ("salma.idrissi", "Salma", "Idrissi", "ar"),
    ("moussa.camara", "Moussa", "Camara", "fr"),
]

COURSES = [
    {
        "slug": "italiano-a1-grosseto",
        "title": "Italiano per la vita quotidiana (A1)",
        "kind": CourseKind.ITALIAN,
        "cefr_level": "A1",
        "summary": "Corso di lingua italiana di livello A1: presentarsi, chiedere informazioni, "
        "fare la spesa, andare dal medico, leggere avvisi e moduli semplici.",
        "audience": "Persone straniere maggiorenni che conoscono poche parole di italiano.",
        "requirements": "Nessun titolo di studio richiesto. Portare un documento d'identità.",
        "partner": "Arcisolidarietà Grosseto",
        "support_languages": ["en", "fr", "ar"],
        "venue": ("Sportello A.L.I. Grosseto", "Via Giuseppe Verdi 5, Grosseto", "Grosseto"),
        "editions": [
            # running since five weeks, with past lessons and attendance
            {
                "start": -35,
                "weeks": 10,
                "capacity": 20,
                "status": Edition.Status.RUNNING,
                "slots": [(1, "09:30", "11:30"), (3, "09:30", "11:30")],
                "learners": 14,
                "with_demo_learners": True,
            },
            # the next one, enrolment open
            {
                "start": 21,
                "weeks": 10,
                "capacity": 20,
                "status": Edition.Status.OPEN,
                "slots": [(0, "17:30", "19:30"), (2, "17:30", "19:30")],
                "learners": 4,
            },
        ],
    },
    {
        "slug": "italiano-a2-follonica",
        "title": "Italiano per il lavoro e i servizi (A2)",
        "kind": CourseKind.ITALIAN,
        "cefr_level": "A2",
        "summary": "Corso di italiano di livello A2: parlare al telefono, capire un annuncio di "
        "lavoro, scrivere un messaggio, prenotare una visita, parlare con la scuola dei figli.",
        "audience": "Persone straniere che hanno già un livello A1 di italiano.",
        "requirements": "Italiano A1 (anche senza certificato: si fa un breve colloquio).",
        "partner": "Solidarietà è Crescita",
        "support_languages": ["en", "ar"],
        "venue": (
            "Sportello A.L.I. Follonica",
            "Via Roma (ex Casello idraulico), Follonica",
            "Follonica",
        ),
        "editions": [
            # full: every seat taken, three people waiting
            {
                "start": 10,
                "weeks": 8,
                "capacity": 8,
                "status": Edition.Status.OPEN,
                "slots": [(1, "15:00", "17:00"), (4, "15:00", "17:00")],
                "learners": 11,
            },
        ],
    },
    {
        "slug": "orientamento-abitare-follonica",
        "title": "Trovare casa: percorso di orientamento all'abitare",
        "kind": CourseKind.HOUSING,
        "cefr_level": "",
        "summary": "Quattro incontri per capire come cercare casa in affitto, leggere un "
        "contratto, conoscere diritti e doveri dell'inquilino e i contributi per l'affitto.",
        "audience": "Famiglie e persone straniere che cercano casa o sono in emergenza abitativa.",
        "requirements": "Conoscenza dell'italiano almeno di base; mediazione linguistica su "
        "richiesta.",
        "partner": "Solidarietà è Crescita",
        "support_languages": ["en", "ar"],
        "venue": (
            "Sportello A.L.I. Follonica",
            "Via Roma (ex Casello idraulico), Follonica",
            "Follonica",
        ),
        "editions": [
            {
                "start": 14,
                "weeks": 4,
                "capacity": 15,
                "status": Edition.Status.OPEN,
                "slots": [(3, "17:30", "19:30")],
                "learners": 3,
            },
        ],
    },
    {
        "slug": "orientamento-lavoro-grosseto",
        "title": "Cercare lavoro in Maremma: percorso di orientamento al lavoro",
        "kind": CourseKind.WORK,
        "cefr_level": "",
        "summary": "Scrivere il curriculum, prepararsi al colloquio, conoscere i contratti e "
        "i servizi del Centro per l'Impiego; al termine il profilo entra nel servizio di "
        "incontro domanda/offerta.",
        "audience": "Persone straniere in cerca di lavoro, con permesso di soggiorno che consente "
        "di lavorare.",
        "requirements": "Italiano almeno A2.",
        "partner": "Auxilium Vitae",
        "support_languages": ["en", "fr"],
        "venue": ("Sportello A.L.I. Grosseto", "Via Giuseppe Verdi 5, Grosseto", "Grosseto"),
        "editions": [
            {
                "start": 7,
                "weeks": 6,
                "capacity": 12,
                "status": Edition.Status.OPEN,
                "slots": [(2, "15:00", "17:00")],
                "learners": 5,
            },
        ],
    },
]


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def load_courses_demo(
    *, home, users: dict, make_learner: Callable[[str, str, str, str], object]
) -> CourseIndexPage:
    """Create the catalogue under `home` (idempotent: existing courses are left alone).

    `users` are the cms demo accounts by username; `make_learner(username, first_name,
    last_name, language)` creates (or returns) a learner account.
    """
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(
            title="Corsi e percorsi",
            slug="corsi",
            show_in_menus=True,
            intro="<p>Corsi di italiano e percorsi di orientamento all'abitare e al lavoro, "
            "gratuiti, con mediazione linguistica.</p>",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    extra = [make_learner(*spec) for spec in EXTRA_LEARNERS]
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
