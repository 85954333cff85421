"""Recording a contact at a desk (the basis of the "6,000 desk users" figure)."""

import datetime as dt
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from programme.errors import ErrorCode
from programme.models import (
    ContactTally,
    DeskContact,
    DeskContactService,
    ServicePoint,
    ServiceTally,
)
from programme.permissions import partner_scope

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at a desk
CODE_PATTERN = re.compile(r"^ALI-[A-HJ-NP-Z2-9]{5}$")
OLDEST_DAYS = 60  # contacts are recorded on the day; a late entry is allowed for two months


@dataclass(frozen=True)
class Statistics:
    """What a person agreed to give for the programme's statistics (all optional)."""

    gender: str = ""
    nationality: str = ""
    age_band: str = ""


def person_code_normalise(code: str) -> str:
    """'ali 7k3pq' and 'ALI-7K3PQ' are the same card."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    if cleaned.startswith("ALI"):
        cleaned = cleaned[3:]
    return f"ALI-{cleaned}"


def person_code_new() -> str:
    """A new card code, never issued before."""
    while True:
        code = "ALI-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(5))
        if not DeskContact.objects.filter(person_code=code).exists():
            return code


CODE_KEY_OFFSET = 10**12  # card codes count above every account number


def person_key_of(*, person: User | None, person_code: str) -> int | None:
    """The one rule for "the same person" across contacts (see programme.models.contacts): an
    account's number, or a card code read as a number in base 32; None when anonymous. A number,
    not text, so that the database counts distinct people quickly."""
    if person is not None:
        return int(person.pk)
    if person_code:
        value = 0
        for char in person_code.removeprefix("ALI-"):
            value = value * len(CODE_ALPHABET) + CODE_ALPHABET.index(char)
        return CODE_KEY_OFFSET + value
    return None


@transaction.atomic
def contact_record(
    *,
    by: User,
    service_point: ServicePoint,
    services: Iterable[str],
    language: str,
    minutes: int,
    date: dt.date | None = None,
    person: User | None = None,
    person_code: str = "",
    new_code: bool = False,
    first_visit: bool = False,
    stats_consent: bool = False,
    stats: Statistics | None = None,
) -> DeskContact:
    """Record one contact at `service_point`, by an operator of the partner that runs it.

    The person is optional: an account, a card code (given earlier, or a new one issued here
    with `new_code`), or nobody (anonymous; `first_visit` says whether it is a new person).
    Statistics are stored only with the person's consent.
    """
    if not partner_scope(by).allows(service_point.partner_id):
        raise ValidationError(
            _("You can record contacts only at your own partner's service points."),
            code=ErrorCode.NOT_YOUR_PARTNER,
        )
    if not service_point.active:
        raise ValidationError(_("This service point is closed."), code=ErrorCode.POINT_INACTIVE)
    codes = sorted(set(services))
    if not codes:
        raise ValidationError(_("Choose at least one service."), code=ErrorCode.NO_SERVICE)
    today = timezone.localdate()
    date = date or today
    if date > today:
        raise ValidationError(_("The date cannot be in the future."), code=ErrorCode.DATE_IN_FUTURE)
    if date < today - dt.timedelta(days=OLDEST_DAYS):
        raise ValidationError(
            _("Contacts older than %(days)s days cannot be added.") % {"days": OLDEST_DAYS},
            code=ErrorCode.DATE_TOO_OLD,
        )
    if person is not None and (person_code or new_code):
        person_code, new_code = "", False  # an account is the stronger identity
    if new_code:
        person_code = person_code_new()
        first_visit = True
    elif person_code:
        person_code = person_code_normalise(person_code)
        if not CODE_PATTERN.match(person_code):
            raise ValidationError(_("A card code looks like ALI-7K3PQ."), code=ErrorCode.BAD_CODE)
    stats = stats if stats_consent and stats else Statistics()
    contact = DeskContact.objects.create(
        service_point=service_point,
        partner_id=service_point.partner_id,
        activity_id=service_point.activity_id,
        date=date,
        person=person,
        person_code=person_code,
        person_key=person_key_of(person=person, person_code=person_code),
        first_visit=first_visit,
        new_person=first_visit and person is None and not person_code,
        new_at_partner=first_visit and person is None and not person_code,
        language=language,
        minutes=minutes,
        stats_consent=stats_consent,
        gender=stats.gender,
        nationality=stats.nationality,
        age_band=stats.age_band,
        recorded_by=by,
    )
    DeskContactService.objects.bulk_create(
        DeskContactService(contact=contact, service=code) for code in codes
    )
    _tally_add(contact, _tally_values(contact))
    _service_tally_add(contact, codes)
    if contact.person_key is not None:
        contact_flags_refresh(person_key=contact.person_key)
    return contact


# --- the flags and tallies the dashboard adds up ------------------------------------------

TALLY_FIELDS = (
    "contacts",
    "anonymous",
    "anonymous_new",
    "new_people",
    "new_at_partner",
    "minutes",
    "sample",
)


def _tally_values(contact: DeskContact) -> dict[str, int]:
    anonymous = contact.person_key is None
    return {
        "contacts": 1,
        "anonymous": int(anonymous),
        "anonymous_new": int(anonymous and contact.first_visit),
        "new_people": int(contact.new_person),
        "new_at_partner": int(contact.new_at_partner),
        "minutes": contact.minutes,
        "sample": int(contact.sample),
    }


def _tally_add(contact: DeskContact, delta: dict[str, int]) -> None:
    """Add `delta` to the contact's tally row: an UPDATE of the row if it is there (the counts
    may go down when a first-contact mark moves), else an INSERT that, should another operator
    have created the row meanwhile, adds to it instead (so no count is ever lost)."""
    table = ContactTally._meta.db_table
    key: list[Any] = [
        contact.date.replace(day=1),
        contact.service_point_id,
        contact.partner_id,
        contact.activity_id,
        contact.language,
    ]
    values: list[Any] = [delta.get(f, 0) for f in TALLY_FIELDS]
    where = " AND ".join(
        f"{column} = %s"
        for column in ("month", "service_point_id", "partner_id", "activity_id", "language")
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {', '.join(f'{f} = {f} + %s' for f in TALLY_FIELDS)} "  # noqa: S608
            f"WHERE {where}",
            values + key,
        )
        if cursor.rowcount:
            return
        columns = ", ".join(TALLY_FIELDS)
        updates = ", ".join(f"{f} = {table}.{f} + EXCLUDED.{f}" for f in TALLY_FIELDS)
        cursor.execute(
            f"""
            INSERT INTO {table} (month, service_point_id, partner_id, activity_id, language,
                {columns})
            VALUES (%s, %s, %s, %s, %s, {", ".join(["%s"] * len(TALLY_FIELDS))})
            ON CONFLICT (month, service_point_id, partner_id, activity_id, language)
            DO UPDATE SET {updates}
            """,  # noqa: S608 - table and column names are ours; values are parameters
            key + values,
        )


def _service_tally_add(contact: DeskContact, services: list[str]) -> None:
    table = ServiceTally._meta.db_table
    sql = f"""
        INSERT INTO {table} (month, service_point_id, partner_id, service, contacts)
        VALUES (%s, %s, %s, %s, 1)
        ON CONFLICT (month, service_point_id, partner_id, service)
        DO UPDATE SET contacts = {table}.contacts + 1
    """  # noqa: S608 - our own table name; values are parameters
    with connection.cursor() as cursor:
        for service in services:
            cursor.execute(
                sql,
                [
                    contact.date.replace(day=1),
                    contact.service_point_id,
                    contact.partner_id,
                    service,
                ],
            )


def contact_flags_refresh(*, person_key: int) -> None:
    """Mark which of a person's contacts is their first in the programme and their first with
    each partner (by date, then by order of recording), and move the tallies with the marks: a
    contact recorded late, with an earlier date, becomes the first one."""
    contacts = list(
        DeskContact.objects.select_for_update().filter(person_key=person_key).order_by("date", "pk")
    )
    partners: set[int] = set()
    for position, contact in enumerate(contacts):
        new_person = position == 0
        new_at_partner = contact.partner_id not in partners
        partners.add(contact.partner_id)
        if (new_person, new_at_partner) == (contact.new_person, contact.new_at_partner):
            continue
        _tally_add(
            contact,
            {
                "new_people": int(new_person) - int(contact.new_person),
                "new_at_partner": int(new_at_partner) - int(contact.new_at_partner),
            },
        )
        contact.new_person, contact.new_at_partner = new_person, new_at_partner
        contact.save(update_fields=["new_person", "new_at_partner"])


@transaction.atomic
def contact_tallies_rebuild() -> None:
    """Set every contact's first-contact marks and make the tallies again from the contacts, in
    two set-based statements (after a bulk import, or to check the tallies)."""
    contacts = DeskContact._meta.db_table
    tally = ContactTally._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {contacts} c SET new_person = f.np, new_at_partner = f.nap
            FROM (
                SELECT id,
                    CASE WHEN person_key IS NULL THEN first_visit
                        ELSE row_number() OVER (PARTITION BY person_key ORDER BY date, id) = 1
                    END AS np,
                    CASE WHEN person_key IS NULL THEN first_visit
                        ELSE row_number() OVER (
                            PARTITION BY person_key, partner_id ORDER BY date, id) = 1
                    END AS nap
                FROM {contacts}
            ) f
            WHERE c.id = f.id AND (c.new_person <> f.np OR c.new_at_partner <> f.nap)
            """  # noqa: S608 - our own table names
        )
        cursor.execute(f"DELETE FROM {tally}")  # noqa: S608
        cursor.execute(
            f"""
            INSERT INTO {tally} (month, service_point_id, partner_id, activity_id, language,
                {", ".join(TALLY_FIELDS)})
            SELECT date_trunc('month', date)::date, service_point_id, partner_id, activity_id,
                language,
                COUNT(*),
                COUNT(*) FILTER (WHERE person_key IS NULL),
                COUNT(*) FILTER (WHERE person_key IS NULL AND first_visit),
                COUNT(*) FILTER (WHERE new_person),
                COUNT(*) FILTER (WHERE new_at_partner),
                SUM(minutes),
                COUNT(*) FILTER (WHERE sample)
            FROM {contacts}
            GROUP BY 1, 2, 3, 4, 5
            """  # noqa: S608
        )
        services = DeskContactService._meta.db_table
        service_tally = ServiceTally._meta.db_table
        cursor.execute(f"DELETE FROM {service_tally}")  # noqa: S608
        cursor.execute(
            f"""
            INSERT INTO {service_tally} (month, service_point_id, partner_id, service, contacts)
            SELECT date_trunc('month', c.date)::date, c.service_point_id, c.partner_id,
                s.service, COUNT(*)
            FROM {services} s JOIN {contacts} c ON c.id = s.contact_id
            GROUP BY 1, 2, 3, 4
            """  # noqa: S608
        )
