"""The reminder the day before a person's first lesson (sent hourly by Celery beat)."""

import datetime as dt

from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from courses.models import Enrolment, Lesson

from .emails import enrolment_notify


def reminders_queue(*, today: dt.date | None = None) -> int:
    """Queue the reminder for everyone whose first lesson is tomorrow (each sent once)."""
    today = today or timezone.localdate()
    tomorrow = today + dt.timedelta(days=1)
    firsts = (
        Lesson.objects.filter(cancelled=False)
        .values("edition_id")
        .annotate(first=Min("date"))
        .filter(first=tomorrow)
    )
    edition_ids = [row["edition_id"] for row in firsts]
    lessons = {
        lesson.edition_id: lesson
        for lesson in Lesson.objects.filter(
            edition_id__in=edition_ids, date=tomorrow, cancelled=False
        ).order_by("-starts_at")
    }
    count = 0
    enrolments = Enrolment.objects.filter(
        edition_id__in=edition_ids, status=Enrolment.Status.ENROLLED
    ).select_related("person", "edition__course")
    for enrolment in enrolments:
        with transaction.atomic():
            enrolment_notify(
                enrolment=enrolment,
                template="reminder",
                dedupe_key=f"courses:reminder:{enrolment.pk}",
                lesson=lessons[enrolment.edition_id],
            )
        count += 1
    return count
