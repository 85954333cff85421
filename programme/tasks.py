from celery import shared_task

from programme.services import booking_reminders_send


@shared_task
def send_booking_reminders() -> int:
    """Scheduled hourly by celery beat (CELERY_BEAT_SCHEDULE): remind people of tomorrow's
    bookings. A worker that was down catches up at the next run; each reminder goes once."""
    return booking_reminders_send()
