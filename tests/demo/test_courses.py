import pytest
from django.utils import timezone

from courses import selectors
from courses.models import AttendanceMark, Edition, Enrolment, Lesson

pytestmark = pytest.mark.django_db


def test_demo_has_a_full_edition_a_waiting_list_and_past_registers(demo_site, demo_day):
    full = Edition.objects.exclude(status=Edition.Status.COMPLETED).get(
        course__slug="italiano-a2-follonica"
    )
    assert full.enrolments.filter(status="enrolled").count() == full.capacity
    assert full.enrolments.filter(status="waiting").count() == 3
    running = Edition.objects.get(status=Edition.Status.RUNNING)
    assert Enrolment.objects.filter(edition=running, person__username="amina").exists()
    assert AttendanceMark.objects.filter(lesson__edition=running).count() > 50
    assert Lesson.objects.filter(edition__teachers__username="docente", date=demo_day).exists()
    assert len(selectors.flagged_enrolments(editions=Edition.objects.filter(pk=running.pk))) >= 1


def test_the_demo_sends_no_email_to_sample_people(demo_site):
    from notify.models import OutboundEmail

    assert not OutboundEmail.objects.filter(dedupe_key__startswith="courses:").exists()


def test_the_demo_teacher_has_check_in_old_registers_with_history_a_walk_in_and_people_at_risk(
    demo_site, demo_day
):
    """What issue 12 asks the demo to show a teacher (docente) and the desk (operatrice)."""
    from courses.models import AttendanceChange, AttendanceWarning, WalkIn
    from notify.models import CallListItem

    running = Edition.objects.get(status=Edition.Status.RUNNING)
    today = demo_day
    assert Lesson.objects.filter(edition=running, date=today).exclude(checkin_key="").exists()
    last_month = AttendanceChange.objects.filter(
        mark__lesson__edition=running, mark__lesson__date__lt=today - timezone.timedelta(days=20)
    )
    assert last_month.exclude(old_status="").exists()  # corrected by the desk
    assert Lesson.objects.filter(edition=running).exclude(topic="").count() > 5
    walk_in = WalkIn.objects.get(enrolment__edition=running)
    assert walk_in.enrolment.person is None
    warned = AttendanceWarning.objects.filter(enrolment__edition=running)
    assert {w.enrolment.person.username for w in warned} == {"bakary.toure", "rahel.tesfaye"}
    assert all(w.channel == "call_list" for w in warned)
    assert CallListItem.objects.filter(dedupe_key__startswith="courses:warning").count() == len(
        warned
    )
