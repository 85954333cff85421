"""The programme's figures, for the dashboard and the period report. Every number is computed by
the database (aggregates and GROUP BY; no loop over rows in Python), for a period and,
optionally, one partner.

Counting rules (one place):
- desk users: distinct people (an account, or a card code: `person_key`) among the contacts
  of the period, plus the anonymous contacts marked "first time" (programme.models.contacts);
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

from django.db import connection
from django.db.models import (
    Count,
    DateField,
    Max,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Concat, Lower, TruncMonth

from common.choices import LANGUAGE_CHOICES
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
    ContactTally,
    DeskContact,
    DeskContactService,
    Gender,
    MonthlyCount,
    Nationality,
    OrganisationType,
    ServicePoint,
    ServiceTally,
    TrainingAttendee,
)
from programme.services.contacts import CODE_KEY_OFFSET

SMALL_GROUP = 5  # groups smaller than this are never shown
E1_SERVICES = (ContactService.ACCOMPANIMENT, ContactService.CV, ContactService.JOB_MATCHING)
INTERVIEW_OUTCOMES = (Outcome.INTERVIEW, Outcome.HIRED)


@dataclass(frozen=True)
class Filters:
    """A period and, optionally, one partner. The dashboard asks for whole months: the desk
    contacts' breakdowns are read from monthly tallies."""

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
    return contacts.filter(partner=f.partner) if f.partner else contacts


def _seats(f: Filters) -> QuerySet[Enrolment]:
    """Enrolments holding a seat in an edition that runs (at least partly) in the period."""
    seats = Enrolment.objects.filter(
        status__in=SEAT_STATUSES, edition__starts_on__lte=f.end, edition__ends_on__gte=f.start
    )
    return seats.filter(edition__partner=f.partner) if f.partner else seats


def _bookings(f: Filters) -> QuerySet[Booking]:
    bookings = Booking.objects.filter(starts_at__date__gte=f.start, starts_at__date__lte=f.end)
    return bookings.filter(partner=f.partner) if f.partner else bookings


def _counts(f: Filters) -> QuerySet[MonthlyCount]:
    counts = MonthlyCount.objects.filter(month__gte=f.start.replace(day=1), month__lte=f.end)
    return counts.filter(partner=f.partner) if f.partner else counts


def _people() -> Any:
    """Distinct identified people plus anonymous first visits: the desk-user count."""
    return Count("person_key", distinct=True) + Count(
        "pk", filter=Q(person_key__isnull=True, first_visit=True)
    )


# The breakdowns of the desk contacts, read from the monthly tallies (programme.models.contacts).
TALLY_DIMENSIONS = ("month", "service_point_id", "activity_id", "partner_id", "language")


@dataclass
class ContactGroups:
    """The desk contacts of a period: `total`, and `groups[dimension][value]`, each a dict of
    counts (contacts, anonymous, anonymous_new, minutes, sample, and `users`: the people whose
    first contact, in the programme or, with a partner filter, with that partner, falls there)."""

    total: dict[str, int]
    groups: dict[str, dict[Any, dict[str, int]]]


def _tallies(f: Filters) -> QuerySet[ContactTally]:
    tallies = ContactTally.objects.filter(month__gte=f.start.replace(day=1), month__lte=f.end)
    return tallies.filter(partner=f.partner) if f.partner else tallies


def _tally_sums(f: Filters) -> dict[str, Any]:
    new = "new_at_partner" if f.partner else "new_people"
    return {
        "contacts": Sum("contacts"),
        "anonymous": Sum("anonymous"),
        "anonymous_new": Sum("anonymous_new"),
        "minutes": Sum("minutes"),
        "sample": Sum("sample"),
        "users": Sum(new),
        "new_at_partner": Sum("new_at_partner"),
    }


def contact_groups(f: Filters) -> ContactGroups:
    """The totals and the breakdowns by month, service point, activity, partner and language,
    summed from the tallies (a few hundred rows a year) by the database."""
    sums = _tally_sums(f)
    total = {k: int(v or 0) for k, v in _tallies(f).aggregate(**sums).items()}
    groups: dict[str, dict[Any, dict[str, int]]] = {}
    for dimension in TALLY_DIMENSIONS:
        groups[dimension] = {
            row[dimension]: {k: int(row[k] or 0) for k in sums}
            for row in _tallies(f).values(dimension).annotate(**sums).order_by()
        }
    return ContactGroups(total=total, groups=groups)


def desk_totals(
    f: Filters, groups: ContactGroups | None = None, *, detailed: bool = False
) -> dict[str, int]:
    """Contacts and people of the period. `users` (the target's figure) are the distinct people
    served in the period: distinct accounts and card codes, plus anonymous first visits.

    When nobody had a contact before the period (the whole programme, the dashboard's default),
    the people served in it are exactly the people whose first contact falls in it, which the
    tallies already hold: no pass over the contacts is needed. Otherwise, and for the report's
    split between accounts and card codes (`detailed`), the distinct people are counted from
    the contacts in one pass."""
    groups = groups or contact_groups(f)
    totals = {**groups.total, "new_people": groups.total["users"]}
    earliest = DeskContact.objects.order_by("date").values_list("date", flat=True).first()
    if not detailed and (earliest is None or f.start <= earliest):
        totals["identified"] = totals["users"] - totals["anonymous_new"]
        return totals
    table = DeskContact._meta.db_table
    partner_sql = "AND partner_id = %s" if f.partner else ""
    sql = f"""
        SELECT COUNT(*), COUNT(*) FILTER (WHERE k < %s), COUNT(*) FILTER (WHERE k >= %s)
        FROM (
            SELECT DISTINCT person_key AS k FROM {table}
            WHERE person_key IS NOT NULL AND date >= %s AND date <= %s {partner_sql}
        ) people
    """  # noqa: S608 - the table name is ours; values are parameters
    params: list[Any] = [CODE_KEY_OFFSET, CODE_KEY_OFFSET, f.start, f.end]
    with connection.cursor() as cursor:
        cursor.execute(sql, params + ([f.partner_id] if f.partner else []))
        identified, with_account, with_code = cursor.fetchone()
    totals.update(identified=identified, with_account=with_account, with_code=with_code)
    totals["users"] = identified + totals["anonymous_new"]
    return totals


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
        entries = entries.filter(added_by__partner=f.partner)
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


def monthly(f: Filters, groups: ContactGroups) -> list[dict[str, Any]]:
    """Per month of the period: contacts, people served, bookings, new enrolments."""
    series: dict[dt.date, dict[str, Any]] = {}
    month = f.start.replace(day=1)
    while month <= f.end:
        series[month] = {"month": month, "contacts": 0, "users": 0, "bookings": 0, "enrolments": 0}
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for month, counts in groups.groups["month"].items():
        series[month].update(contacts=counts["contacts"], users=counts["users"])
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
        enrolments = enrolments.filter(edition__partner=f.partner)
    for row in (
        enrolments.annotate(m=TruncMonth("created_at", output_field=DateField()))
        .values("m")
        .annotate(n=Count("pk"))
    ):
        series[row["m"]]["enrolments"] = row["n"]
    return list(series.values())


def by_point(groups: ContactGroups) -> list[dict[str, Any]]:
    points = ServicePoint.objects.in_bulk(list(groups.groups["service_point_id"]))
    rows = [
        {"service_point_id": pk, "name": points[pk].name, "kind": points[pk].kind, **counts}
        for pk, counts in groups.groups["service_point_id"].items()
        if pk in points
    ]
    return sorted(rows, key=lambda r: -r["contacts"])


def by_activity(f: Filters, groups: ContactGroups) -> list[dict[str, Any]]:
    """People reached per activity of the document: desk users (C.1–C.3, E.2), people helped
    with accompaniment, CV or job matching (E.1), trainees (D.1, D.2, E.4) and people taken in
    by the accommodation services (A, B, E.3)."""
    codes = dict(Activity.objects.values_list("pk", "code"))
    people: dict[str, int] = {
        codes[pk]: counts["users"] for pk, counts in groups.groups["activity_id"].items()
    }
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
    for count in _counts(f).values("activity__code").annotate(n=Sum("admitted")):
        people[count["activity__code"]] = people.get(count["activity__code"], 0) + int(count["n"])
    return [
        {"code": a.code, "label": a.label, "people": people.get(a.code, 0)}
        for a in Activity.objects.order_by("order")
    ]


def by_partner(f: Filters, groups: ContactGroups) -> list[dict[str, Any]]:
    users = {pk: counts["new_at_partner"] for pk, counts in groups.groups["partner_id"].items()}
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
        partners = partners.filter(pk=f.partner.pk)
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
    tallies = ServiceTally.objects.filter(month__gte=f.start.replace(day=1), month__lte=f.end)
    if f.partner:
        tallies = tallies.filter(partner=f.partner)
    rows = tallies.values("service").annotate(n=Sum("contacts")).order_by("-n")
    return [
        {"code": r["service"], "label": labels.get(r["service"], r["service"]), "contacts": r["n"]}
        for r in rows
    ]


def by_language(groups: ContactGroups) -> list[dict[str, Any]]:
    labels = dict(LANGUAGE_CHOICES)
    rows = [
        {"code": code, "label": labels.get(code, code), "contacts": counts["contacts"]}
        for code, counts in groups.groups["language"].items()
    ]
    return sorted(rows, key=lambda r: -r["contacts"])


def suppress(value: int) -> int | None:
    """None (shown as "< 5") for a group too small to show without pointing at a person."""
    return value if value >= SMALL_GROUP else None


def demographics(f: Filters) -> dict[str, list[dict[str, Any]]]:
    """Desk users by gender, citizenship and age, from consented contacts only (the fields are
    empty otherwise, a database constraint), as distinct people, in one scan (GROUPING SETS);
    groups smaller than SMALL_GROUP are suppressed. Someone who gave different answers on two
    contacts counts in both groups."""
    table = DeskContact._meta.db_table
    partner_sql = "AND partner_id = %s" if f.partner else ""
    sql = f"""
        SELECT gender, nationality, age_band,
            COUNT(DISTINCT person_key)
                + COUNT(*) FILTER (WHERE person_key IS NULL AND first_visit)
        FROM {table}
        WHERE stats_consent AND date >= %s AND date <= %s {partner_sql}
        GROUP BY GROUPING SETS ((gender), (nationality), (age_band))
    """  # noqa: S608 - the table name is ours; values are parameters
    params: list[Any] = [f.start, f.end] + ([f.partner_id] if f.partner else [])
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    result: dict[str, list[dict[str, Any]]] = {}
    for index, (dimension, choices) in enumerate(
        (
            ("gender", Gender.choices),
            ("nationality", Nationality.choices),
            ("age_band", AgeBand.choices),
        )
    ):
        labels = dict(choices)
        found = sorted(
            ((row[index], int(row[3])) for row in rows if row[index]), key=lambda r: -r[1]
        )
        result[dimension] = [
            {"code": code, "label": labels.get(code, code), "people": suppress(people)}
            for code, people in found
            if people > 0
        ]
    return result


def figures(f: Filters, *, detailed: bool = False) -> Figures:
    """Every figure of the dashboard; `detailed` adds what only the report shows."""
    groups = contact_groups(f)
    desk = desk_totals(f, groups, detailed=detailed)
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
        monthly=monthly(f, groups),
        by_point=by_point(groups),
        by_activity=by_activity(f, groups),
        by_partner=by_partner(f, groups),
        by_service=by_service(f),
        by_language=by_language(groups),
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
