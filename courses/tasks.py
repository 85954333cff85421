import datetime as dt

from celery import shared_task
from django.utils import timezone

from courses.models import Edition, Lesson
from courses.services import attendance_warnings_check as warnings_check
from courses.services import reminders_queue


@shared_task
def send_first_lesson_reminders() -> int:
    """Scheduled by celery beat (see CELERY_BEAT_SCHEDULE): remind people of tomorrow's first
    lesson. Runs every hour; each reminder has a dedupe key, so it is sent once."""
    return reminders_queue()


@shared_task
def attendance_warnings_check(edition_id: int, lesson_id: int | None = None) -> int:
    """After a register is saved (queued after commit by services.registers): warn the people
    of the edition who can no longer reach the threshold or missed lessons in a row."""
    edition = Edition.objects.filter(pk=edition_id).select_related("course").first()
    if edition is None:  # deleted meanwhile
        return 0
    lesson = Lesson.objects.filter(pk=lesson_id).first() if lesson_id else None
    return len(warnings_check(edition=edition, lesson=lesson))


@shared_task
def attendance_warnings_check_running() -> int:
    """Every few hours (CELERY_BEAT_SCHEDULE): the same check for every edition under way, in
    case a register was saved while the broker was down. Each warning is sent once anyway."""
    today = timezone.localdate()
    editions = (
        Edition.objects.exclude(status=Edition.Status.CANCELLED)
        .filter(starts_on__lte=today, ends_on__gte=today - dt.timedelta(days=7))
        .select_related("course")
    )
    count = 0
    for edition in editions:
        count += len(warnings_check(edition=edition))
    return count
