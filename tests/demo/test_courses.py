import pytest
from django.utils import timezone

from courses import selectors
from courses.models import AttendanceMark, Edition, Enrolment, Lesson

pytestmark = pytest.mark.django_db


def test_demo_has_a_full_edition_a_waiting_list_and_past_registers(demo_site):
    full = Edition.objects.get(course__slug="italiano-a2-follonica")
    assert full.enrolments.filter(status="enrolled").count() == full.capacity
    assert full.enrolments.filter(status="waiting").count() == 3
    running = Edition.objects.get(status=Edition.Status.RUNNING)
    assert Enrolment.objects.filter(edition=running, person__username="amina").exists()
    assert AttendanceMark.objects.filter(lesson__edition=running).count() > 50
    assert Lesson.objects.filter(
        edition__teachers__username="docente", date=timezone.localdate()
    ).exists()
    assert len(selectors.flagged_enrolments(editions=Edition.objects.filter(pk=running.pk))) >= 1


def test_the_demo_sends_no_email_to_sample_people(demo_site):
    from notify.models import OutboundEmail

    assert not OutboundEmail.objects.filter(dedupe_key__startswith="courses:").exists()
