from celery import shared_task

from courses.services import reminders_queue


@shared_task
def send_first_lesson_reminders() -> int:
    """Scheduled by celery beat (see CELERY_BEAT_SCHEDULE): remind people of tomorrow's first
    lesson. Runs every hour; each reminder has a dedupe key, so it is sent once."""
    return reminders_queue()
