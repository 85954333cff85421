"""Business rules for courses, one module per concept: enrolment, the waiting list, lessons,
registers, certificates, emails and reminders.

Every write goes through a function here: keyword-only, one transaction, emails queued in the
same transaction through the outbox (sent by Celery after commit, in the person's language).
Import from this package (``from courses.services import enrolment_create``).
"""

from courses.errors import ErrorCode

from .certificates import CERTIFICATE_CODE_ALPHABET, certificate_issue
from .enrolment import (
    CONSENT_TEXT_VERSION,
    DESK_CONSENT_TEXT_VERSION,
    enrolment_complete,
    enrolment_create,
    enrolment_create_at_desk,
    enrolment_withdraw,
)
from .lessons import lessons_generate
from .registers import TEACHER_CORRECTION_DAYS, register_is_editable, register_save
from .reminders import reminders_queue
from .waiting_list import waiting_list_promote

__all__ = [
    "CERTIFICATE_CODE_ALPHABET",
    "CONSENT_TEXT_VERSION",
    "DESK_CONSENT_TEXT_VERSION",
    "TEACHER_CORRECTION_DAYS",
    "ErrorCode",
    "certificate_issue",
    "enrolment_complete",
    "enrolment_create",
    "enrolment_create_at_desk",
    "enrolment_withdraw",
    "lessons_generate",
    "register_is_editable",
    "register_save",
    "reminders_queue",
    "waiting_list_promote",
]
