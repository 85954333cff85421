"""Courses on a phone (390x844) in Chromium: a learner enrols in three screens; a teacher takes
the register of a class of 25 and saves it; pages in Italian and Arabic are kept as screenshots."""

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from courses import services
from courses.models import AttendanceMark, Edition, Enrolment, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
        "locale": "it-IT",
    }


def sign_in(page, live_server, user) -> None:
    """Reuse a Django session in the browser (the sign-in page is tested elsewhere)."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_a_learner_finds_a_course_and_enrols_in_three_screens(page, live_server, screenshot):
    Edition.objects.all().delete()  # a catalogue whose filter results are known
    edition = EditionFactory(
        course__title="Italiano per la vita quotidiana (A1)",
        capacity=12,
        slots=[(1, "09:30", "11:30"), (3, "09:30", "11:30")],
    )
    EditionFactory(
        course__title="Trovare casa",
        course__kind="housing",
        course__cefr_level="",
        municipality="Follonica",
        slots=[(3, "17:30", "19:30")],
    )
    (person,) = learners(1, first_name="Amina", last_name="Diallo")
    sign_in(page, live_server, person)

    page.goto(live_server.url + edition.course.get_parent().url)
    page.get_by_text("Filtra: tipo, livello, luogo, giorno, orario, lingua").click()
    page.get_by_label("Tipo").select_option("italian")
    page.get_by_role("button", name="Mostra i corsi").click()
    expect(page.get_by_text("1 edizione trovata")).to_be_visible()
    expect(page.get_by_text("12 posti liberi")).to_be_visible()
    screenshot("courses-it-catalogue-filtered")
    page.get_by_role("link", name="Italiano per la vita quotidiana (A1)").click()

    # screen 1: the course and its groups
    expect(page.get_by_role("heading", name="Italiano per la vita quotidiana (A1)")).to_be_visible()
    screenshot("courses-it-1-course")
    page.get_by_role("link", name="Iscriviti").click()
    # screen 2: details and consent
    expect(page.get_by_text("Passo 2 di 3")).to_be_visible()
    page.get_by_role("button", name="Iscriviti").click()  # forgot the box: told, nothing lost
    expect(page.get_by_text("Spunta la casella per iscriverti.")).to_be_visible()
    page.locator("label[for=id_consent]").click()  # Bootstrap Italia draws the box on the label
    expect(page.get_by_label("Accetto che A.L.I.")).to_be_checked()
    screenshot("courses-it-2-confirm")
    page.get_by_role("button", name="Iscriviti").click()
    # screen 3: done
    expect(page.get_by_text("Passo 3 di 3")).to_be_visible()
    expect(page.get_by_role("heading", name="Sei iscritta/o")).to_be_visible()
    screenshot("courses-it-3-done")
    enrolment = Enrolment.objects.get(person=person)
    assert enrolment.status == "enrolled"
    assert enrolment.consent_text_version

    page.get_by_role("link", name="Vedi i miei corsi").click()
    expect(page.get_by_role("heading", name="I miei corsi")).to_be_visible()
    screenshot("courses-it-my-courses")


def test_the_enrolment_screen_and_my_courses_in_arabic(page, live_server, screenshot):
    edition = EditionFactory(
        course__title="Italiano per la vita quotidiana (A1)",
        capacity=1,
        slots=[(1, "09:30", "11:30")],
    )
    first, person = learners(2, preferred_language="ar")
    services.enrolment_create(edition=edition, person=first, consent_given=True)
    sign_in(page, live_server, person)
    page.goto(f"{live_server.url}/ar/courses/enrol/{edition.pk}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_text("الخطوة 2 من 3")).to_be_visible()
    page.locator("label[for=id_consent]").click()
    expect(page.get_by_label("أوافق")).to_be_checked()
    screenshot("courses-ar-2-confirm-waiting-list")
    page.get_by_role("button", name="انضم إلى قائمة الانتظار").click()
    expect(page.get_by_role("heading", name="أنت على قائمة الانتظار")).to_be_visible()
    page.goto(f"{live_server.url}/ar/courses/mine/")
    expect(page.get_by_role("heading", name="دوراتي")).to_be_visible()
    screenshot("courses-ar-my-courses")


def test_a_teacher_marks_a_class_of_25_and_saves(page, live_server, screenshot):
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    edition = EditionFactory(
        course__title="Italiano A1", capacity=25, teachers=[teacher], slots=[(1, "09:30", "11:30")]
    )
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True)
        for p in learners(25)
    ]
    lesson = Lesson.objects.create(
        edition=edition,
        date=timezone.localdate(),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
    )
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/courses/today/")
    screenshot("courses-it-teacher-today")
    page.get_by_role("link", name="Fai l'appello").click()
    rows = page.locator(".register-row")
    expect(rows).to_have_count(25)
    page.get_by_role("button", name="Tutti presenti").click()
    cycles = page.locator(".register-cycle")
    cycles.nth(0).click()  # present -> late
    cycles.nth(1).click()
    cycles.nth(1).click()  # -> excused
    for _ in range(3):
        cycles.nth(2).click()  # -> absent
    expect(cycles.nth(2)).to_have_text("Assente")
    screenshot("courses-it-register-marked")
    page.get_by_role("button", name="Salva il registro").click()
    expect(page.get_by_text("Registro salvato.")).to_be_visible()
    screenshot("courses-it-register-saved")

    ordered = sorted(enrolments, key=lambda e: (e.person.last_name, e.person.first_name, e.pk))
    marks = dict(AttendanceMark.objects.filter(lesson=lesson).values_list("enrolment_id", "status"))
    assert len(marks) == 25
    assert [marks[e.pk] for e in ordered[:3]] == ["late", "excused", "absent"]
    assert {marks[e.pk] for e in ordered[3:]} == {"present"}


def test_the_public_certificate_check_page(page, live_server, screenshot):
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(course__title="Italiano A1", teachers=[teacher])
    (person,) = learners(1, first_name="Samir", last_name="Haddad")
    enrolment = services.enrolment_create(edition=edition, person=person, consent_given=True)
    lesson = Lesson.objects.create(
        edition=edition,
        date=timezone.localdate(),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
    )
    services.register_save(lesson=lesson, marks={enrolment.pk: "present"}, by=teacher)
    code = services.certificate_issue(enrolment=enrolment).certificate_code
    page.goto(f"{live_server.url}/courses/verify/{code}/")
    expect(page.get_by_text("Questo attestato è autentico.")).to_be_visible()
    expect(page.get_by_text("Samir Haddad")).to_be_visible()
    screenshot("courses-it-certificate-verify")
