"""The programme's figures, for the dashboard and the period report. Every number is computed by
the database (aggregates and GROUP BY; no loop over rows in Python), for a period and,
optionally, one partner.

Counting rules (one place):
- desk users: distinct identities (an account, or a card code) among the contacts of the
  period, plus the anonymous contacts marked "first time" (see programme.models.contacts);
- trainees: distinct people holding a seat (enrolled or completed) in an edition that runs
  during the period, whatever the number of their enrolments; completed and certified likewise.
  Walk-ins (attendance without an enrolment) are not counted until the attendance register
  records them;
- operators trained: distinct name + type of organisation among the attendees of the sessions;
- interviews and hires: shortlist outcomes changed during the period (a hire counts as an
  interview too);
- accommodation: people (or families) taken in during the months of the period, summed;
- demographics: only from contacts where the person agreed to give them, and a group of fewer
  than SMALL_GROUP people is never shown (suppressed, "< 5").
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    Count,
    DateField,
    F,
    Max,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Concat, Lower, TruncMonth

from courses.models import SEAT_STATUSES, Enrolment, EnrolmentStatus
from jobs.models import ShortlistEntry
from jobs.models.shortlist import Outcome
from partners.models import Activity, Partner
from programme import targets
from programme.models import (
    AgeBand,
    Booking,
    BookingKind,
    BookingStatus,
    ContactService,
    DeskContact,
    DeskContactService,
    Gender,
    MonthlyCount,
    Nationality,
    OrganisationType,
    TrainingAttendee,
)

SMALL_GROUP = 5  # groups smaller than this are never shown
E1_SERVICES = (ContactService.ACCOMPANIMENT, ContactService.CV, ContactService.JOB_MATCHING)
INTERVIEW_OUTCOMES = (Outcome.INTERVIEW, Outcome.HIRED)


@dataclass(frozen=True)
class Filters:
    start: dt.date
    end: dt.date
    partner: Partner | None = None

    @property
    def partner_id(self) -> int | None:
        return self.partner.pk if self.partner else None


@dataclass
class Progress:
    target: targets.Target
    value: int

    @property
    def percent(self) -> int:
        return min(round(100 * self.value / self.target.value), 999) if self.target.value else 0


@dataclass
class Figures:
    filters: Filters
    desk: dict[str, int]
    trainees: dict[str, int]
    operators: dict[str, int]
    jobs: dict[str, int]
    bookings: dict[str, int]
    progress: list[Progress]
    accommodation: list[dict[str, Any]]
    monthly: list[dict[str, Any]]
    by_point: list[dict[str, Any]]
    by_activity: list[dict[str, Any]]
    by_partner: list[dict[str, Any]]
    by_service: list[dict[str, Any]]
    by_language: list[dict[str, Any]]
    demographics: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    sample: bool = False


# --- the querysets of a period ------------------------------------------------------------


def _contacts(f: Filters) -> QuerySet[DeskContact]:
    contacts = DeskContact.objects.filter(date__gte=f.start, date__lte=f.end)
    return contacts.filter(partner_id=f.partner_id) if f.partner else contacts


def _seats(f: Filters) -> QuerySet[Enrolment]:
    """Enrolments holding a seat in an edition that runs (at least partly) in the period."""
    seats = Enrolment.objects.filter(
        status__in=SEAT_STATUSES, edition__starts_on__lte=f.end, edition__ends_on__gte=f.start
    )
    return seats.filter(edition__partner_id=f.partner_id) if f.partner else seats


def _bookings(f: Filters) -> QuerySet[Booking]:
    bookings = Booking.objects.filter(starts_at__date__gte=f.start, starts_at__date__lte=f.end)
    return bookings.filter(partner_id=f.partner_id) if f.partner else bookings


def _counts(f: Filters) -> QuerySet[MonthlyCount]:
    counts = MonthlyCount.objects.filter(month__gte=f.start.replace(day=1), month__lte=f.end)
    return counts.filter(partner_id=f.partner_id) if f.partner else counts


def _people() -> Any:
    """Distinct identified people plus anonymous first visits: the desk-user count."""
    return Count("identity", distinct=True, filter=~Q(identity="")) + Count(
        "pk", filter=Q(identity="", first_visit=True)
    )


# --- the figures ---------------------------------------------------------------------------


def desk_totals(f: Filters) -> dict[str, int]:
    row = _contacts(f).aggregate(
        contacts=Count("pk"),
        users=_people(),
        with_account=Count("person", distinct=True),
        with_code=Count("person_code", distinct=True, filter=~Q(person_code="")),
        anonymous=Count("pk", filter=Q(identity="")),
        anonymous_new=Count("pk", filter=Q(identity="", first_visit=True)),
        minutes=Sum("minutes"),
        sample=Count("pk", filter=Q(sample=True)),
    )
    return {k: int(v or 0) for k, v in row.items()}


def trainee_totals(f: Filters) -> dict[str, int]:
    row = _seats(f).aggregate(
        enrolled=Count("person", distinct=True),
        completed=Count("person", distinct=True, filter=Q(status=EnrolmentStatus.COMPLETED)),
        certified=Count("person", distinct=True, filter=Q(certificate_issued_at__isnull=False)),
        enrolments=Count("pk"),
        women_projects=Count("person", distinct=True, filter=Q(edition__activity__code="E.4")),
    )
    return {k: int(v or 0) for k, v in row.items()}


def operators_trained(f: Filters) -> dict[str, int]:
    attendees = TrainingAttendee.objects.filter(
        session__date__gte=f.start, session__date__lte=f.end
    )
    if f.partner:
        attendees = attendees.filter(session__organiser_id=f.partner_id)
    person = Concat(Lower("full_name"), Value("|"), "organisation_type")
    row = attendees.aggregate(
        public=Count(person, distinct=True, filter=Q(organisation_type=OrganisationType.PUBLIC)),
        third_sector=Count(
            person, distinct=True, filter=Q(organisation_type=OrganisationType.THIRD_SECTOR)
        ),
        sessions=Count("session", distinct=True),
    )
    return {k: int(v or 0) for k, v in row.items()}


def job_outcomes(f: Filters) -> dict[str, int]:
    entries = ShortlistEntry.objects.filter(
        updated_at__date__gte=f.start, updated_at__date__lte=f.end
    )
    if f.partner:
        entries = entries.filter(added_by__partner_id=f.partner_id)
    row = entries.aggregate(
        shortlisted=Count("pk"),
        interviews=Count("pk", filter=Q(outcome__in=INTERVIEW_OUTCOMES)),
        hires=Count("pk", filter=Q(outcome=Outcome.HIRED)),
        people_hired=Count("profile", distinct=True, filter=Q(outcome=Outcome.HIRED)),
    )
    return {k: int(v or 0) for k, v in row.items()}


def booking_totals(f: Filters) -> dict[str, int]:
    held = ~Q(status=BookingStatus.CANCELLED)
    row = _bookings(f).aggregate(
        booked=Count("pk", filter=held),
        appointments=Count("pk", filter=held & Q(kind=BookingKind.APPOINTMENT)),
        accompaniments=Count("pk", filter=held & Q(kind=BookingKind.ACCOMPANIMENT)),
        attended=Count("pk", filter=Q(status=BookingStatus.ATTENDED)),
        no_show=Count("pk", filter=Q(status=BookingStatus.NO_SHOW)),
        cancelled=Count("pk", filter=Q(status=BookingStatus.CANCELLED)),
        interpreter=Count("pk", filter=held & ~Q(interpreter_language="")),
        people=Count("person", distinct=True, filter=held),
        sample=Count("pk", filter=Q(sample=True)),
    )
    return {k: int(v or 0) for k, v in row.items()}


def accommodation(f: Filters) -> list[dict[str, Any]]:
    """Per accommodation target: taken in during the period (summed over its months) and the
    most hosted in one month."""
    rows = {
        row["activity__code"]: row
        for row in _counts(f)
        .values("activity__code")
        .annotate(
            admitted=Sum("admitted"),
            hosted=Max("hosted"),
            sample=Count("pk", filter=Q(sample=True)),
        )
    }
    result = []
    for target in targets.ACCOMMODATION_TARGETS:
        admitted = sum(int(rows[c]["admitted"]) for c in target.activities if c in rows)
        hosted = sum(int(rows[c]["hosted"]) for c in target.activities if c in rows)
        result.append(
            {
                "target": target,
                "admitted": admitted,
                "hosted_max": hosted,
                "progress": Progress(target, admitted),
            }
        )
    return result


def monthly(f: Filters) -> list[dict[str, Any]]:
    """Per month of the period: contacts, people served, bookings, new enrolments."""
    series: dict[dt.date, dict[str, Any]] = {}
    month = f.start.replace(day=1)
    while month <= f.end:
        series[month] = {"month": month, "contacts": 0, "users": 0, "bookings": 0, "enrolments": 0}
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for row in (
        _contacts(f)
        .annotate(m=TruncMonth("date"))
        .values("m")
        .annotate(contacts=Count("pk"), users=_people())
    ):
        series[row["m"]].update(contacts=row["contacts"], users=row["users"])
    for row in (
        _bookings(f)
        .exclude(status=BookingStatus.CANCELLED)
        .annotate(m=TruncMonth("starts_at", output_field=DateField()))
        .values("m")
        .annotate(n=Count("pk"))
    ):
        series[row["m"]]["bookings"] = row["n"]
    enrolments = Enrolment.objects.filter(
        created_at__date__gte=f.start, created_at__date__lte=f.end
    )
    if f.partner:
        enrolments = enrolments.filter(edition__partner_id=f.partner_id)
    for row in (
        enrolments.annotate(m=TruncMonth("created_at", output_field=DateField()))
        .values("m")
        .annotate(n=Count("pk"))
    ):
        series[row["m"]]["enrolments"] = row["n"]
    return list(series.values())


def by_point(f: Filters) -> list[dict[str, Any]]:
    return list(
        _contacts(f)
        .values("service_point_id", name=F("service_point__name"), kind=F("service_point__kind"))
        .annotate(contacts=Count("pk"), users=_people())
        .order_by("-contacts")
    )


def by_activity(f: Filters) -> list[dict[str, Any]]:
    """People reached per activity of the document: desk users (C.1–C.3, E.2), people helped
    with accompaniment, CV or job matching (E.1), trainees (D.1, D.2, E.4) and people taken in
    by the accommodation services (A, B, E.3)."""
    people: dict[str, int] = {}
    for row in _contacts(f).values("activity__code").annotate(n=_people()):
        people[row["activity__code"]] = row["n"]
    e1 = (
        _contacts(f)
        .filter(pk__in=DeskContactService.objects.filter(service__in=E1_SERVICES).values("contact"))
        .aggregate(n=_people())["n"]
    )
    people["E.1"] = people.get("E.1", 0) + int(e1 or 0)
    for row in (
        _seats(f).values("edition__activity__code").annotate(n=Count("person", distinct=True))
    ):
        if row["edition__activity__code"]:
            code = row["edition__activity__code"]
            people[code] = people.get(code, 0) + row["n"]
    for row in _counts(f).values("activity__code").annotate(n=Sum("admitted")):
        people[row["activity__code"]] = people.get(row["activity__code"], 0) + int(row["n"])
    return [
        {"code": a.code, "label": a.label, "people": people.get(a.code, 0)}
        for a in Activity.objects.order_by("order")
    ]


def by_partner(f: Filters) -> list[dict[str, Any]]:
    users = {
        r["partner_id"]: r["n"] for r in _contacts(f).values("partner_id").annotate(n=_people())
    }
    trainees = {
        r["edition__partner_id"]: r["n"]
        for r in _seats(f).values("edition__partner_id").annotate(n=Count("person", distinct=True))
    }
    hosted = {
        r["partner_id"]: int(r["n"])
        for r in _counts(f).values("partner_id").annotate(n=Sum("admitted"))
    }
    bookings = {
        r["partner_id"]: r["n"]
        for r in _bookings(f)
        .exclude(status=BookingStatus.CANCELLED)
        .values("partner_id")
        .annotate(n=Count("pk"))
    }
    partners = Partner.objects.order_by("order")
    if f.partner:
        partners = partners.filter(pk=f.partner_id)
    return [
        {
            "name": p.name,
            "users": users.get(p.pk, 0),
            "trainees": trainees.get(p.pk, 0),
            "admitted": hosted.get(p.pk, 0),
            "bookings": bookings.get(p.pk, 0),
        }
        for p in partners
    ]


def by_service(f: Filters) -> list[dict[str, Any]]:
    labels = dict(ContactService.choices)
    rows = (
        DeskContactService.objects.filter(contact__in=_contacts(f).values("pk"))
        .values("service")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    return [
        {"code": r["service"], "label": labels.get(r["service"], r["service"]), "contacts": r["n"]}
        for r in rows
    ]


def by_language(f: Filters) -> list[dict[str, Any]]:
    from common.choices import LANGUAGE_CHOICES

    labels = dict(LANGUAGE_CHOICES)
    rows = _contacts(f).values("language").annotate(n=Count("pk")).order_by("-n")
    return [
        {
            "code": r["language"],
            "label": labels.get(r["language"], r["language"]),
            "contacts": r["n"],
        }
        for r in rows
    ]


def suppress(value: int) -> int | None:
    """None (shown as "< 5") for a group too small to show without pointing at a person."""
    return value if value >= SMALL_GROUP else None


def demographics(f: Filters) -> dict[str, list[dict[str, Any]]]:
    """Desk users by gender, citizenship and age, from consented contacts only; small groups
    suppressed. Someone who gave different answers on two contacts counts in both groups."""
    consented = _contacts(f).filter(stats_consent=True)
    result: dict[str, list[dict[str, Any]]] = {}
    for dimension, choices in (
        ("gender", Gender.choices),
        ("nationality", Nationality.choices),
        ("age_band", AgeBand.choices),
    ):
        labels = dict(choices)
        rows = (
            consented.exclude(**{dimension: ""})
            .values(dimension)
            .annotate(n=_people())
            .order_by("-n")
        )
        result[dimension] = [
            {
                "code": r[dimension],
                "label": labels.get(r[dimension], r[dimension]),
                "people": suppress(r["n"]),
            }
            for r in rows
            if r["n"] > 0
        ]
    return result


def figures(f: Filters) -> Figures:
    desk = desk_totals(f)
    trainees = trainee_totals(f)
    operators = operators_trained(f)
    bookings = booking_totals(f)
    accommodation_rows = accommodation(f)
    progress = [
        Progress(targets.TRAINEES, trainees["enrolled"]),
        Progress(targets.DESK_USERS, desk["users"]),
        Progress(targets.PUBLIC_OPERATORS, operators["public"]),
        Progress(targets.THIRD_SECTOR_OPERATORS, operators["third_sector"]),
        Progress(targets.WOMEN_PROJECTS, trainees["women_projects"]),
    ]
    return Figures(
        filters=f,
        desk=desk,
        trainees=trainees,
        operators=operators,
        jobs=job_outcomes(f),
        bookings=bookings,
        progress=progress,
        accommodation=accommodation_rows,
        monthly=monthly(f),
        by_point=by_point(f),
        by_activity=by_activity(f),
        by_partner=by_partner(f),
        by_service=by_service(f),
        by_language=by_language(f),
        demographics=demographics(f),
        sample=bool(desk["sample"] or bookings["sample"]),
    )


def first_record_date() -> dt.date | None:
    """The day of the earliest contact, booking or monthly count (the programme's start in the
    data), for the default period."""
    dates = [
        DeskContact.objects.order_by("date").values_list("date", flat=True).first(),
        MonthlyCount.objects.order_by("month").values_list("month", flat=True).first(),
    ]
    known = [d for d in dates if d is not None]
    return min(known) if known else None
