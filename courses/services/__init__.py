"""Business rules for courses, one module per concept: enrolment, the waiting list, lessons,
registers, self check-in, walk-ins, attendance warnings, certificates, emails and reminders.

Every write goes through a function here: keyword-only, one transaction, emails queued in the
same transaction through the outbox (sent by Celery after commit, in the person's language).
Import from this package (``from courses.services import enrolment_create``).
"""

from courses.errors import ErrorCode

from .certificates import CERTIFICATE_CODE_ALPHABET, certificate_issue, certificate_withdraw
from .checkin import (
    SCAN_CONFIRM_WINDOW,
    CheckinResult,
    checkin_close,
    checkin_open,
    checkin_scan_check,
    checkin_with_code,
    checkin_with_scan,
)
from .enrolment import (
    CONSENT_TEXT_VERSION,
    DESK_CONSENT_TEXT_VERSION,
    enrolment_complete,
    enrolment_create,
    enrolment_create_at_desk,
    enrolment_withdraw,
)
from .lessons import lesson_details_update, lessons_generate
from .registers import TEACHER_CORRECTION_DAYS, register_is_editable, register_save
from .reminders import reminders_queue
from .waiting_list import waiting_list_promote
from .walkins import WALK_IN_CONSENT_TEXT_VERSION, walk_in_add, walk_in_link
from .warnings import attendance_warnings_check, warning_follow_up

__all__ = [
    "CERTIFICATE_CODE_ALPHABET",
    "CONSENT_TEXT_VERSION",
    "DESK_CONSENT_TEXT_VERSION",
    "SCAN_CONFIRM_WINDOW",
    "TEACHER_CORRECTION_DAYS",
    "WALK_IN_CONSENT_TEXT_VERSION",
    "CheckinResult",
    "ErrorCode",
    "attendance_warnings_check",
    "certificate_issue",
    "certificate_withdraw",
    "checkin_close",
    "checkin_open",
    "checkin_scan_check",
    "checkin_with_code",
    "checkin_with_scan",
    "enrolment_complete",
    "enrolment_create",
    "enrolment_create_at_desk",
    "enrolment_withdraw",
    "lesson_details_update",
    "lessons_generate",
    "register_is_editable",
    "register_save",
    "reminders_queue",
    "waiting_list_promote",
    "walk_in_add",
    "walk_in_link",
    "warning_follow_up",
]
