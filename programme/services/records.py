"""Monthly counts of the accommodation services, entered by the partner that runs each."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from common.types import User
from partners.models import Activity, Partner
from programme.errors import ErrorCode
from programme.models import ACCOMMODATION_ACTIVITIES, MonthlyCount
from programme.permissions import partner_scope


@transaction.atomic
def monthly_count_save(
    *,
    by: User,
    activity: Activity,
    partner: Partner,
    month: dt.date,
    admitted: int,
    hosted: int,
) -> MonthlyCount:
    """Write (or correct) the figures of one accommodation service for one month."""
    if activity.code not in ACCOMMODATION_ACTIVITIES:
        raise ValidationError(
            _("Only accommodation services have monthly counts."),
            code=ErrorCode.NOT_ACCOMMODATION,
        )
    if (
        not partner_scope(by).allows(partner.pk)
        or not activity.partners.filter(pk=partner.pk).exists()
    ):
        raise ValidationError(
            _("You can enter figures only for services your partner runs."),
            code=ErrorCode.NOT_YOUR_PARTNER,
        )
    if admitted < 0 or hosted < 0 or admitted > hosted:
        raise ValidationError(
            _("People taken in during the month are also hosted in it: check the two numbers."),
            code=ErrorCode.BAD_COUNT,
        )
    count, _created = MonthlyCount.objects.update_or_create(
        activity=activity,
        partner=partner,
        month=month.replace(day=1),
        defaults={"admitted": admitted, "hosted": hosted, "recorded_by": by},
    )
    return count
