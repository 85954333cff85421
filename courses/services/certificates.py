"""Certificates of attendance: a verification code for people who reached the threshold."""

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.errors import ErrorCode
from courses.models import Enrolment
from courses.selectors import enrolment_attendance

CERTIFICATE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _new_certificate_code() -> str:
    raw = "".join(secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment) -> Enrolment:
    """Give a verification code to a person who reached the attendance threshold (idempotent)."""
    enrolment = Enrolment.objects.select_for_update().select_related("edition").get(pk=enrolment.pk)
    if enrolment.certificate_code:
        return enrolment
    stats = enrolment_attendance(enrolment=enrolment)
    if not (enrolment.holds_seat and stats.eligible):
        raise ValidationError(
            _("The certificate is given to people who attended at least %(pct)s%% of lessons.")
            % {"pct": enrolment.edition.attendance_threshold},
            code=ErrorCode.NOT_ELIGIBLE,
        )
    enrolment.certificate_code = _new_certificate_code()
    enrolment.certificate_issued_at = timezone.now()
    enrolment.save(update_fields=["certificate_code", "certificate_issued_at"])
    return enrolment
