"""Certificates: the public check page says what the certificate certifies (course, level, dates,
hours attended) and whether it was withdrawn; an operator withdraws one issued by mistake, with a
reason, and it no longer downloads."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.errors import ErrorCode
from courses.models import Enrolment, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def issued():
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(
        course__title="Italiano per la vita quotidiana",
        course__cefr_level="A2",
        teachers=[teacher],
        starts_on=TODAY() - dt.timedelta(days=20),
    )
    (person,) = learners(1, first_name="Samir", last_name="Haddad")
    enrolment = services.enrolment_create(edition=edition, person=person, consent_given=True)
    for days_ago, hours in ((14, 2), (7, 3), (0, 2)):
        lesson = Lesson.objects.create(
            edition=edition,
            date=TODAY() - dt.timedelta(days=days_ago),
            starts_at=dt.time(9),
            ends_at=dt.time(9 + hours),
        )
        services.register_save(
            lesson=selectors.lessons_for_register().get(pk=lesson.pk),
            marks={enrolment.pk: "present"},
            by=UserFactory(role="Operators"),
        )
    return services.certificate_issue(enrolment=enrolment)


def test_the_check_page_shows_course_level_dates_and_hours(client, issued):
    page = client.get(reverse("courses:certificate_verify", args=[issued.certificate_code]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Questo attestato è autentico." in text
    assert "Italiano per la vita quotidiana" in text
    assert "A2" in text
    first, last = TODAY() - dt.timedelta(days=14), TODAY()
    assert f"{first.day} " in text
    assert str(last.year) in text
    assert ">7<" in text  # hours attended: 2 + 3 + 2


def test_an_operator_withdraws_a_certificate_with_a_reason(client, issued):
    operator = UserFactory(role="Operators", first_name="Sara", last_name="Conti")
    url = reverse("courses_admin_certificate_withdraw", args=[issued.pk])
    for user in (issued.person, UserFactory(role="Teachers")):
        client.force_login(user)
        assert client.post(url, {"reason": "sbaglio"}).status_code in (302, 403)
    with pytest.raises(PermissionDenied):
        services.certificate_withdraw(enrolment=issued, by=issued.person, reason="x")
    assert not Enrolment.objects.get(pk=issued.pk).certificate_withdrawn
    client.force_login(operator)
    assert client.get(url).status_code == 405  # a POST only
    client.post(url, {"reason": "   "})  # no reason: refused, nothing changes
    assert not Enrolment.objects.get(pk=issued.pk).certificate_withdrawn
    client.post(url, {"reason": "Registro corretto: presenze al 55%"})
    enrolment = Enrolment.objects.get(pk=issued.pk)
    assert enrolment.certificate_withdrawn_by == operator
    assert enrolment.certificate_withdrawal_reason == "Registro corretto: presenze al 55%"
    assert enrolment.certificate_withdrawn_at is not None
    with pytest.raises(ValidationError) as err:
        services.certificate_withdraw(enrolment=enrolment, by=operator, reason="again")
    assert err.value.code == ErrorCode.CERTIFICATE_WITHDRAWN
    # the staff page says who, when and why
    page = client.get(reverse("courses_admin_edition", args=[issued.edition_id])).content.decode()
    assert "Registro corretto: presenze al 55%" in page
    assert "Sara Conti" in page


def test_a_withdrawn_certificate_says_so_and_no_longer_downloads(client, issued):
    operator = UserFactory(role="Operators")
    services.certificate_withdraw(enrolment=issued, by=operator, reason="Emesso per errore")
    check = client.get(reverse("courses:certificate_verify", args=[issued.certificate_code]))
    text = check.content.decode()
    assert "ritirato" in text or "withdrawn" in text
    assert "autentico" not in text
    assert "Emesso per errore" not in text  # the reason stays with the staff
    for user in (issued.person, operator):
        client.force_login(user)
        response = client.get(reverse("courses:certificate", args=[issued.pk]))
        assert response.status_code == 302
        assert response.get("Content-Type", "").startswith("text/html")
    with pytest.raises(ValidationError) as err:  # and it is not issued again
        services.certificate_issue(enrolment=issued)
    assert err.value.code == ErrorCode.CERTIFICATE_WITHDRAWN
    client.force_login(issued.person)
    page = client.get(reverse("courses:my_courses")).content.decode()
    assert reverse("courses:certificate", args=[issued.pk]) not in page
