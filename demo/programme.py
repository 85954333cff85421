"""A year of the programme's sample activity ("dati di esempio"): service points, desk
contacts, bookings, past editions with their trainees, shortlist outcomes, monthly counts of
the accommodation services and operator training. Deterministic (a fixed seed; dates relative
to today), bulk-inserted so that the scale used by benchmarks/programme_bench.py (×10) loads in
seconds. Every row is flagged `sample` where the model has the flag, and the dashboard says so.
"""

import datetime as dt
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.models import DeskPage
from courses.models import CourseKind, CoursePage, Edition, Enrolment, EnrolmentStatus
from demo.data.service_points import CONTACT_SHARES, SERVICE_POINTS
from jobs.models import CandidateProfile, JobOfferPage, ShortlistEntry
from jobs.models.shortlist import Outcome
from partners.models import Activity, Partner
from programme.models import (
    ACCOMMODATION_ACTIVITIES,
    AgeBand,
    Booking,
    BookingKind,
    BookingStatus,
    ContactService,
    DeskContact,
    DeskContactService,
    MonthlyCount,
    Nationality,
    Office,
    OrganisationType,
    ServicePoint,
    TrainingAttendee,
    TrainingSession,
)
from programme.services import contact_tallies_rebuild, person_key_of

CONTACTS_PER_YEAR = 6000  # the document's 6,000 desk users, as contacts in a year
TRAINEES_PER_YEAR = 100
SEED = 11
SAMPLE_PREFIX = "esempio-"  # usernames of the sample people

SERVICE_WEIGHTS = [
    (ContactService.RESIDENCE_PERMIT, 30),
    (ContactService.ONLINE_FORMS, 14),
    (ContactService.SOCIAL_SECRETARIAT, 14),
    (ContactService.FAMILY_REUNIFICATION, 7),
    (ContactService.CITIZENSHIP, 7),
    (ContactService.CV, 8),
    (ContactService.JOB_MATCHING, 7),
    (ContactService.HOUSING, 6),
    (ContactService.COURSE_ENROLMENT, 5),
    (ContactService.ACCOMPANIMENT, 4),
    (ContactService.VOLUNTARY_RETURN, 1),
]
LANGUAGE_WEIGHTS = [
    ("it", 40),
    ("en", 16),
    ("fr", 14),
    ("ar", 16),
    ("ro", 4),
    ("sq", 3),
    ("ur", 3),
    ("bn", 2),
    ("wo", 2),
]
MINUTES = [5, 10, 10, 15, 15, 15, 20, 30, 30, 45, 60]


def _pick(rng: random.Random, weighted):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _busy_day(rng: random.Random, start: dt.date) -> dt.date:
    """A working day of the sample year: the desks fill up over the first three months, August
    and the Christmas weeks are quieter (sample data)."""
    while True:
        offset = rng.randrange(365)
        day = start + dt.timedelta(days=offset)
        weight = min(1.0, 0.35 + offset / 120) * {8: 0.55, 12: 0.8}.get(day.month, 1.0)
        if day.weekday() < 5 and rng.random() < weight:
            return day


def ensure_service_points() -> dict[str, ServicePoint]:
    partners = {p.slug: p for p in Partner.objects.all()}
    activities = {a.code: a for a in Activity.objects.all()}
    desks = {d.slug: d for d in DeskPage.objects.filter(locale__language_code="it")}
    points = {}
    for slug, name, kind, town, partner, activity, desk_slug in SERVICE_POINTS:
        desk = desks.get(desk_slug) if desk_slug else None
        points[slug], _ = ServicePoint.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "town": town,
                "partner": partners[partner],
                "activity": activities[activity],
                "desk_page": desk,
                "bookable": desk is not None,
                "slot_minutes": 30,
            },
        )
    return points


def ensure_edition_partners() -> None:
    """The demo's own editions: the open Italian courses are D.2 (Arcisolidarietà), the housing
    and work paths D.1 (Auxilium Vitae), as the project document says."""
    partners = {p.slug: p for p in Partner.objects.all()}
    activities = {a.code: a for a in Activity.objects.all()}
    for edition in Edition.objects.filter(partner__isnull=True).select_related("course"):
        if edition.course.kind == CourseKind.ITALIAN:
            edition.partner, edition.activity = partners["arcisolidarieta"], activities["D.2"]
        else:
            edition.partner, edition.activity = partners["auxilium-vitae"], activities["D.1"]
        edition.save(update_fields=["partner", "activity"])


def _sample_people(count: int, rng: random.Random, start: int = 0) -> list:
    """Sample learner accounts (no password; a third without email, as at the desks)."""
    User = get_user_model()
    names = [
        "Awa",
        "Fatou",
        "Mohamed",
        "Ali",
        "Ioana",
        "Olena",
        "Bilal",
        "Aisha",
        "Ibrahima",
        "Mariam",
        "Karim",
        "Elena",
        "Samuel",
        "Grace",
        "Yusuf",
        "Nadia",
        "Omar",
        "Blessing",
    ]
    surnames = [
        "Diop",
        "Ndiaye",
        "El Amrani",
        "Popescu",
        "Kovalenko",
        "Hussain",
        "Traoré",
        "Okafor",
        "Hoxha",
        "Benali",
        "Rahman",
        "Sow",
        "Mensah",
        "Bah",
        "Camara",
    ]
    wanted = [f"{SAMPLE_PREFIX}{n:05d}" for n in range(start, start + count)]
    existing = set(User.objects.filter(username__in=wanted).values_list("username", flat=True))
    new = []
    for username in wanted:
        if username in existing:
            continue
        user = User(
            username=username,
            first_name=rng.choice(names),
            last_name=rng.choice(surnames),
            email="" if rng.random() < 0.35 else f"{username}@esempio.invalid",
            preferred_language=rng.choice(["it", "en", "fr", "ar"]),
            phone=f"+39 3{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
        )
        user.set_unusable_password()
        new.append(user)
    User.objects.bulk_create(new, batch_size=1000)
    return list(User.objects.filter(username__in=wanted).order_by("username"))


def _past_editions(*, today: dt.date, scale: int) -> list[Edition]:
    """Editions of the past year, all completed (the running classes, with their lessons, are
    demo/courses.py's), by the partners the document names: D.2 Arcisolidarietà, D.1 Auxilium
    Vitae, E.4 Olympia de Gouges (women only, with childcare)."""
    partners = {p.slug: p for p in Partner.objects.all()}
    activities = {a.code: a for a in Activity.objects.all()}
    courses = {
        c.kind: c for c in CoursePage.objects.filter(locale__language_code="it").order_by("pk")
    }
    plan = [
        (
            CourseKind.ITALIAN,
            "arcisolidarieta",
            "D.2",
            "Punto di Accesso Facilitato – Circolo Arci",
            330,
            16,
            False,
            False,
        ),
        (
            CourseKind.ITALIAN,
            "arcisolidarieta",
            "D.2",
            "Punto di Accesso Facilitato – Circolo Arci",
            220,
            16,
            False,
            False,
        ),
        (
            CourseKind.ITALIAN,
            "arcisolidarieta",
            "D.2",
            "Sportello volante – Orbetello",
            150,
            14,
            False,
            False,
        ),
        (CourseKind.ITALIAN, "auxilium-vitae", "D.1", "Sede Auxilium Vitae", 280, 14, False, False),
        (CourseKind.HOUSING, "auxilium-vitae", "D.1", "Sede Auxilium Vitae", 200, 12, False, False),
        (CourseKind.WORK, "auxilium-vitae", "D.1", "Sede Auxilium Vitae", 120, 12, False, False),
        (
            CourseKind.ITALIAN,
            "olympia-de-gouges",
            "E.4",
            "Sede Olympia de Gouges",
            180,
            6,
            True,
            True,
        ),
        (
            CourseKind.ITALIAN,
            "arcisolidarieta",
            "D.2",
            "Punto di Accesso Facilitato – Circolo Arci",
            70,
            16,
            False,
            False,
        ),
    ]
    editions = []
    for round_ in range(scale):
        for kind, partner, activity, venue, days_ago, seats, women, childcare in plan:
            course = courses.get(kind)
            if course is None:
                continue
            starts = today - dt.timedelta(days=days_ago + (round_ % 30))
            # past editions only: the running classes are demo/courses.py's, with their lessons
            ends = min(starts + dt.timedelta(weeks=10), today - dt.timedelta(days=7))
            editions.append(
                Edition(
                    course=course,
                    venue_name=f"{venue} (dati di esempio)",
                    venue_address="Grosseto",
                    municipality="Grosseto",
                    starts_on=starts,
                    ends_on=ends,
                    capacity=seats,
                    status=Edition.Status.COMPLETED,
                    partner=partners[partner],
                    activity=activities[activity],
                    women_only=women,
                    childcare=childcare,
                )
            )
    return Edition.objects.bulk_create(editions)


def ensure_programme_year(*, scale: int = 1, today: dt.date | None = None) -> None:
    """A year of sample activity at `scale` × the document's yearly numbers. Idempotent: runs
    once (when there are no sample contacts yet)."""
    if DeskContact.objects.filter(sample=True).exists():
        return
    today = today or timezone.localdate()
    rng = random.Random(SEED)  # noqa: S311 - sample data, reproducible
    points = ensure_service_points()
    ensure_edition_partners()
    people = _sample_people(160 * scale, rng)

    # --- trainees: ~100 people × scale, some in two editions (counted once) ---------------
    editions = _past_editions(today=today, scale=scale)
    enrolments = []
    trainees = people[: TRAINEES_PER_YEAR * scale]
    pool = list(trainees)
    rng.shuffle(pool)
    cursor = 0
    for edition in editions:
        for _ in range(edition.capacity):
            if cursor < len(pool):
                person = pool[cursor]
                cursor += 1
            else:
                person = rng.choice(trainees)  # a second path for someone already counted
            if any(
                e.person_id == person.pk and e.edition_id == edition.pk for e in enrolments[-40:]
            ):
                continue
            done = edition.status == Edition.Status.COMPLETED
            completed = done and rng.random() < 0.8
            certified = completed and rng.random() < 0.85
            issued = dt.datetime.combine(
                edition.ends_on, dt.time(12), tzinfo=timezone.get_current_timezone()
            )
            enrolments.append(
                Enrolment(
                    person=person,
                    edition=edition,
                    status=(
                        EnrolmentStatus.COMPLETED
                        if completed
                        else EnrolmentStatus.WITHDRAWN
                        if done and rng.random() < 0.5
                        else EnrolmentStatus.ENROLLED
                    ),
                    consent_text_version="demo",
                    consent_given_at=issued - dt.timedelta(weeks=11),
                    certificate_code=f"DEMO{edition.pk:05d}{person.pk:07d}"[:16]
                    if certified
                    else None,
                    certificate_issued_at=issued if certified else None,
                )
            )
    Enrolment.objects.bulk_create(enrolments, batch_size=2000)
    for edition in editions:  # enrolments were made before each edition began
        Enrolment.objects.filter(edition=edition).update(
            created_at=dt.datetime.combine(
                edition.starts_on - dt.timedelta(days=10),
                dt.time(10),
                tzinfo=timezone.get_current_timezone(),
            )
        )

    # --- desk contacts ------------------------------------------------------------------
    code_alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    codes = [
        "ALI-" + "".join(rng.choice(code_alphabet) for _ in range(5)) for _ in range(1800 * scale)
    ]
    codes = list(dict.fromkeys(codes))
    shares = [(slug, share) for slug, share in CONTACT_SHARES.items() if slug in points]
    start = today - dt.timedelta(days=364)
    contacts, services = [], []
    total = CONTACTS_PER_YEAR * scale
    for _ in range(total):
        day = _busy_day(rng, start)
        point = points[_pick(rng, shares)]
        roll = rng.random()
        person, code, first = None, "", False
        if roll < 0.18:
            person = rng.choice(people)
        elif roll < 0.70:
            code = rng.choice(codes)
        else:
            first = rng.random() < 0.45
        consent = rng.random() < 0.55
        contacts.append(
            DeskContact(
                service_point=point,
                partner_id=point.partner_id,
                activity_id=point.activity_id,
                date=day,
                person=person,
                person_code=code,
                person_key=person_key_of(person=person, person_code=code),
                first_visit=first,
                language=_pick(rng, LANGUAGE_WEIGHTS),
                minutes=rng.choice(MINUTES),
                stats_consent=consent,
                gender=rng.choice(["f", "m", "m", "f", "x"] if rng.random() < 0.01 else ["f", "m"])
                if consent
                else "",
                nationality=_pick(
                    rng,
                    [
                        (c, w)
                        for c, w in zip(
                            Nationality.values,
                            [8, 5, 3, 3, 4, 3, 2, 3, 3, 12, 9, 6, 10, 10, 4, 5, 1],
                            strict=True,
                        )
                    ],
                )
                if consent and rng.random() < 0.9
                else "",
                age_band=_pick(
                    rng,
                    [
                        (AgeBand.UNDER_18, 1),
                        (AgeBand.FROM_18, 35),
                        (AgeBand.FROM_30, 38),
                        (AgeBand.FROM_45, 22),
                        (AgeBand.FROM_65, 4),
                    ],
                )
                if consent
                else "",
                sample=True,
            )
        )
    created = DeskContact.objects.bulk_create(contacts, batch_size=5000)
    for contact in created:
        chosen = {_pick(rng, SERVICE_WEIGHTS)}
        if rng.random() < 0.3:
            chosen.add(_pick(rng, SERVICE_WEIGHTS))
        services.extend(DeskContactService(contact=contact, service=s) for s in chosen)
    DeskContactService.objects.bulk_create(services, batch_size=5000)
    contact_tallies_rebuild()  # the first-contact marks and the dashboard's tallies

    # --- bookings at the bookable desks, in their opening hours ------------------------
    bookings = []
    zone = timezone.get_current_timezone()
    bookable = [p for p in points.values() if p.bookable and p.desk_page_id]
    desks = {
        d.pk: d
        for d in DeskPage.objects.filter(
            pk__in=[p.desk_page_id for p in bookable]
        ).prefetch_related("opening_hours", "exceptions")
    }
    for point in bookable:
        desk = desks[point.desk_page_id]
        for offset in range(-364, 0):
            day = today + dt.timedelta(days=offset)
            slots = []
            for opens, closes in desk.hours_on(day):
                moment = dt.datetime.combine(day, opens, tzinfo=zone)
                while moment + dt.timedelta(minutes=30) <= dt.datetime.combine(
                    day, closes, tzinfo=zone
                ):
                    slots.append(moment)
                    moment += dt.timedelta(minutes=30)
            rng.shuffle(slots)
            for moment in slots[: rng.randint(0, min(len(slots), 2 * scale))]:
                kind = BookingKind.ACCOMPANIMENT if rng.random() < 0.2 else BookingKind.APPOINTMENT
                roll = rng.random()
                bookings.append(
                    Booking(
                        service_point=point,
                        partner_id=point.partner_id,
                        person=rng.choice(people),
                        kind=kind,
                        starts_at=moment,
                        ends_at=moment + dt.timedelta(minutes=30),
                        topic=_pick(rng, SERVICE_WEIGHTS),
                        office=rng.choice(Office.values)
                        if kind == BookingKind.ACCOMPANIMENT
                        else "",
                        interpreter_language=rng.choice(["", "", "", "ar", "fr", "en", "ur"]),
                        status=BookingStatus.ATTENDED
                        if roll < 0.8
                        else BookingStatus.NO_SHOW
                        if roll < 0.92
                        else BookingStatus.CANCELLED,
                        sample=True,
                    )
                )
    Booking.objects.bulk_create(bookings, batch_size=5000)

    # --- shortlists with their outcomes on the demo's offers (E.1 job matching) ----------
    operators = list(get_user_model().objects.filter(username__in=["operatrice", "operatore.arci"]))
    offers = list(JobOfferPage.objects.filter(locale__language_code="it").order_by("pk")[:12])
    profiles = list(CandidateProfile.objects.order_by("pk")[: 40 * scale])
    outcomes = [
        (Outcome.SHORTLISTED, 3),
        (Outcome.CONTACTED, 3),
        (Outcome.INTERVIEW, 3),
        (Outcome.HIRED, 1),
        (Outcome.NOT_SUITABLE, 2),
    ]
    entries = [
        ShortlistEntry(
            offer=offer,
            profile=profile,
            added_by=rng.choice(operators) if operators else None,
            outcome=_pick(rng, outcomes),
            note="dati di esempio",
        )
        for offer in offers
        for profile in rng.sample(profiles, min(len(profiles), 4 * scale))
    ]
    ShortlistEntry.objects.bulk_create(entries, ignore_conflicts=True)
    zone = timezone.get_current_timezone()
    for pk in ShortlistEntry.objects.filter(note="dati di esempio").values_list("pk", flat=True):
        moment = dt.datetime.combine(_busy_day(rng, start), dt.time(11), tzinfo=zone)
        ShortlistEntry.objects.filter(pk=pk).update(updated_at=moment, added_at=moment)

    # --- monthly counts of the accommodation services -----------------------------------
    ranges = {  # (taken in per month, hosted per month): sample data
        "A.1": ((2, 7), (8, 20)),
        "A.2": ((0, 2), (0, 3)),
        "B.1": ((0, 2), (2, 6)),
        "B.2": ((0, 2), (3, 8)),
        "B.3": ((0, 1), (2, 3)),
        "B.4": ((3, 9), (15, 30)),
        "E.3": ((0, 1), (1, 2)),
    }
    one_off = {"B.3": 3, "E.3": 2}  # the document's 3 families and 2 people, taken in at once
    counts = []
    month = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    first_month = month
    while month <= today:
        for activity in Activity.objects.filter(code__in=ACCOMMODATION_ACTIVITIES).prefetch_related(
            "partners"
        ):
            (a_low, a_high), (h_low, h_high) = ranges[activity.code]
            admitted = rng.randint(a_low, a_high) * scale
            if activity.code in one_off:
                admitted = one_off[activity.code] * scale if month == first_month else 0
            partner = activity.partners.all()[0]
            counts.append(
                MonthlyCount(
                    activity=activity,
                    partner=partner,
                    month=month,
                    admitted=admitted,
                    hosted=max(admitted, rng.randint(h_low, h_high) * scale),
                    sample=True,
                )
            )
        month = (month + dt.timedelta(days=32)).replace(day=1)
    MonthlyCount.objects.bulk_create(counts, ignore_conflicts=True)

    # --- operator training --------------------------------------------------------------
    coeso = Partner.objects.get(slug="coeso")
    organisations = [
        ("Questura di Grosseto", OrganisationType.PUBLIC),
        ("Comune di Grosseto", OrganisationType.PUBLIC),
        ("ASL Toscana Sud Est", OrganisationType.PUBLIC),
        ("Centro per l'Impiego di Grosseto", OrganisationType.PUBLIC),
        ("Caritas diocesana", OrganisationType.THIRD_SECTOR),
        ("Cooperativa del territorio", OrganisationType.THIRD_SECTOR),
        ("Associazione di volontariato", OrganisationType.THIRD_SECTOR),
    ]
    names = [f"Operatore {n:03d} (esempio)" for n in range(90)]
    for number, (days_ago, title) in enumerate(
        [
            (300, "Normativa sull'immigrazione e permessi di soggiorno"),
            (200, "Accoglienza e mediazione interculturale"),
            (120, "Violenza di genere: riconoscere e orientare"),
            (40, "Lavoro e Centri per l'Impiego: l'incrocio domanda/offerta"),
        ]
    ):
        session = TrainingSession.objects.create(
            date=today - dt.timedelta(days=days_ago),
            title=f"{title} (dati di esempio)",
            organiser=coeso,
            hours=Decimal("4.0"),
            sample=True,
        )
        attendees = []
        for name in rng.sample(names, 18 + number):
            organisation, kind = (
                organisations[hash(name) % len(organisations)]
                if False
                else rng.choice(organisations)
            )
            attendees.append(
                TrainingAttendee(
                    session=session,
                    full_name=name,
                    organisation=organisation,
                    organisation_type=kind,
                )
            )
        TrainingAttendee.objects.bulk_create(attendees)


def ensure_upcoming_bookings(*, users: dict) -> None:
    """Two bookings to come, to try "My appointments" and the reminder: one for a learner with
    email, one for a person registered at the desk without email (the call list)."""
    points = ServicePoint.objects.filter(bookable=True, slug="sportello-grosseto")
    point = points.first()
    if point is None or Booking.objects.filter(sample=True, starts_at__gt=timezone.now()).exists():
        return
    from programme.slots import slots_for

    slots = slots_for(point=point)
    User = get_user_model()
    without_email = (
        User.objects.filter(username__startswith=SAMPLE_PREFIX, email="")
        .order_by("username")
        .first()
    )
    for slot, person, kind in zip(
        slots[:2],
        [users["amina"], without_email],
        [BookingKind.APPOINTMENT, BookingKind.ACCOMPANIMENT],
        strict=False,
    ):
        if person is None:
            continue
        Booking.objects.create(
            service_point=point,
            partner_id=point.partner_id,
            person=person,
            kind=kind,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            office=Office.QUESTURA if kind == BookingKind.ACCOMPANIMENT else "",
            interpreter_language="ar" if kind == BookingKind.ACCOMPANIMENT else "",
            booked_by=users["operatrice"],
            sample=True,
        )


def programme_year_reset() -> None:
    """Remove the sample year (before making it again at another scale: the benchmark)."""
    DeskContact.objects.filter(sample=True).delete()
    contact_tallies_rebuild()
    Booking.objects.filter(sample=True).delete()
    MonthlyCount.objects.filter(sample=True).delete()
    TrainingSession.objects.filter(sample=True).delete()
    Edition.objects.filter(venue_name__endswith="(dati di esempio)").delete()
    ShortlistEntry.objects.filter(note="dati di esempio").delete()
