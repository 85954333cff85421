"""Recording a contact at a desk (the basis of the "6,000 desk users" figure)."""

import datetime as dt
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from programme.errors import ErrorCode
from programme.models import DeskContact, DeskContactService, ServicePoint
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


def identity_of(*, person: User | None, person_code: str) -> str:
    """The one rule for "the same person" across contacts (see programme.models.contacts)."""
    if person is not None:
        return f"u:{person.pk}"
    if person_code:
        return f"c:{person_code}"
    return ""


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
        identity=identity_of(person=person, person_code=person_code),
        first_visit=first_visit,
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
    return contact
