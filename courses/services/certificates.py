"""Certificates of attendance: a verification code for people who reached the threshold."""

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from courses.errors import ErrorCode
from courses.models import Enrolment
from courses.permissions import PERM_MANAGE_ENROLMENTS
from courses.selectors import enrolment_attendance

CERTIFICATE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _new_certificate_code() -> str:
    raw = "".join(secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment) -> Enrolment:
    """Give a verification code to a person who reached the attendance threshold (idempotent)."""
    enrolment = Enrolment.objects.select_for_update().select_related("edition").get(pk=enrolment.pk)
    if enrolment.certificate_withdrawn:
        raise ValidationError(
            _("This certificate was withdrawn. Please ask at a help desk."),
            code=ErrorCode.CERTIFICATE_WITHDRAWN,
        )
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


@transaction.atomic
def certificate_withdraw(*, enrolment: Enrolment, by: User, reason: str) -> Enrolment:
    """Withdraw a certificate issued by mistake: who, when and why are kept; the public check
    page says it was withdrawn, and it no longer downloads. It cannot be issued again."""
    if not by.has_perm(PERM_MANAGE_ENROLMENTS):
        raise PermissionDenied
    reason = " ".join(reason.split())[:500]
    if not reason:
        raise ValidationError(
            _("Please write why the certificate is withdrawn."), code=ErrorCode.REASON_MISSING
        )
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if not enrolment.certificate_code:
        raise ValidationError(
            _("This certificate has not been issued yet."), code=ErrorCode.NOT_ELIGIBLE
        )
    if enrolment.certificate_withdrawn:
        raise ValidationError(
            _("This certificate was already withdrawn."), code=ErrorCode.CERTIFICATE_WITHDRAWN
        )
    enrolment.certificate_withdrawn_at = timezone.now()
    enrolment.certificate_withdrawn_by = by
    enrolment.certificate_withdrawal_reason = reason
    enrolment.save(
        update_fields=[
            "certificate_withdrawn_at",
            "certificate_withdrawn_by",
            "certificate_withdrawal_reason",
        ]
    )
    return enrolment
