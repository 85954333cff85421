"""Attendance teachers trust, in Chromium at phone width (390 px): self check-in with two
devices (the teacher's phone and the learners' phones, in Italian and Arabic), a photo of an old
code refused, the teacher overriding a mark, a walk-in, last month's registers read-only with
their history, the certificate check page when withdrawn, and the operators' screens."""

import datetime as dt
import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from courses import selectors, services
from courses.models import AttendanceMark, Lesson, WalkIn
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, **PHONE, "locale": "it-IT"}


def signed_in(context, live_server, user) -> None:
    """Reuse a Django session in a browser context (the sign-in page is tested elsewhere)."""
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def shot(page, name: str) -> None:
    page.screenshot(path=f"screenshots/{name}.png", full_page=True)


@pytest.fixture
def class_now():
    """A class whose lesson started five minutes ago: Amina reads Italian, Omar Arabic."""
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    edition = EditionFactory(
        course__title="Italiano per la vita quotidiana (A1)",
        teachers=[teacher],
        checkin_on_time_minutes=10,
        checkin_grace_minutes=60,
    )
    (amina,) = learners(1, first_name="Amina", last_name="Diallo")
    (omar,) = learners(1, first_name="Omar", last_name="Benali", preferred_language="ar")
    (joy,) = learners(1, first_name="Joy", last_name="Okafor")
    enrolments = {
        person.first_name: services.enrolment_create(
            edition=edition, person=person, consent_given=True
        )
        for person in (amina, omar, joy)
    }
    now = timezone.localtime()
    start = max(now - dt.timedelta(minutes=5), now.replace(hour=0, minute=0)).replace(
        second=0, microsecond=0
    )
    lesson = Lesson.objects.create(
        edition=edition, date=start.date(), starts_at=start.time(), ends_at=dt.time(23, 59, 59)
    )
    return teacher, edition, enrolments, lesson


def test_two_phones_check_in_with_the_qr_code_and_the_typed_code(browser, live_server, class_now):
    teacher, _edition, enrolments, lesson = class_now
    teacher_ctx = browser.new_context(**PHONE, locale="it-IT")
    amina_ctx = browser.new_context(**PHONE, locale="it-IT")
    omar_ctx = browser.new_context(**PHONE, locale="ar")
    joy_ctx = browser.new_context(**PHONE, locale="it-IT")
    signed_in(teacher_ctx, live_server, teacher)
    signed_in(amina_ctx, live_server, enrolments["Amina"].person)
    signed_in(omar_ctx, live_server, enrolments["Omar"].person)
    signed_in(joy_ctx, live_server, enrolments["Joy"].person)

    # the teacher's phone: today's lesson, open check-in
    board = teacher_ctx.new_page()
    board.goto(f"{live_server.url}/courses/today/")
    shot(board, "checkin-it-teacher-today")
    board.get_by_role("link", name="Presenze con il telefono (codice QR)").click()
    board.get_by_role("button", name="Apri le presenze con il telefono").click()
    code = board.locator("#checkin-code")
    expect(code).to_have_text(re.compile(r"^[ACEFHJKMNPRTWXY3479]{4}$"))
    expect(board.locator("#checkin-qr svg")).to_be_visible()
    shot(board, "checkin-it-teacher-board")

    # Amina types the code on her phone (Italian)
    amina = amina_ctx.new_page()
    amina.goto(f"{live_server.url}/courses/mine/")
    amina.get_by_role("link", name="Segna la presenza: scrivi il codice").click()
    expect(amina.get_by_role("heading", name="Segna la tua presenza")).to_be_visible()
    shot(amina, "checkin-it-learner-code")
    for _ in range(3):  # the code may rotate between reading and sending: read it again
        amina.get_by_label("Codice sul telefono dell'insegnante").fill(code.inner_text().lower())
        amina.get_by_role("button", name="Segna la presenza").click()
        amina.wait_for_load_state()
        if amina.get_by_role("heading", name="La tua presenza è segnata").is_visible():
            break
    expect(amina.get_by_role("heading", name="La tua presenza è segnata")).to_be_visible()
    expect(amina.locator(".mark-badge.mark-present")).to_have_text("Presente")
    shot(amina, "checkin-it-learner-done")

    # Omar scans the QR code (its address) with his phone: the pages are in Arabic
    omar = omar_ctx.new_page()
    for _ in range(3):
        omar.goto(board.locator("#checkin-qr").get_attribute("data-scan-url"))
        if "/confirm/" in omar.url:
            break
    expect(omar.locator("html")).to_have_attribute("dir", "rtl")
    expect(omar.get_by_role("heading", name="هل أنت في الدرس؟")).to_be_visible()
    shot(omar, "checkin-ar-learner-confirm")
    omar.get_by_role("button", name="نعم، أنا هنا: سجّل حضوري").click()
    expect(omar.get_by_role("heading", name="تم تسجيل حضورك")).to_be_visible()
    shot(omar, "checkin-ar-learner-done")

    # the teacher sees both arrive without reloading
    arrivals = board.locator("#checkin-arrivals")
    expect(arrivals).to_contain_text("Amina", timeout=10_000)
    expect(arrivals).to_contain_text("Omar", timeout=10_000)
    expect(board.locator("#checkin-present")).to_have_text("2")
    shot(board, "checkin-it-teacher-arrivals")

    # Joy photographed the code; once the screen changes, the photo is worthless
    joy = joy_ctx.new_page()
    joy.goto(f"{live_server.url}/courses/checkin/")
    photo = code.inner_text()
    expect(code).not_to_have_text(photo, timeout=20_000)
    joy.get_by_label("Codice sul telefono dell'insegnante").fill(photo)
    joy.get_by_role("button", name="Segna la presenza").click()
    expect(joy.get_by_text("Il codice è appena cambiato.")).to_be_visible()
    expect(joy.get_by_label("Codice sul telefono dell'insegnante")).to_have_value(photo)
    shot(joy, "checkin-it-learner-code-changed")
    assert not AttendanceMark.objects.filter(enrolment=enrolments["Joy"]).exists()

    # the teacher closes check-in and overrides marks in the register
    board.get_by_role("button", name="Chiudi le presenze con il telefono").click()
    expect(board.get_by_text("Presenze con il telefono chiuse.")).to_be_visible()
    rows = board.locator(".register-row")
    expect(rows).to_have_count(3)
    joy_row = board.locator(f".register-row[data-enrolment='{enrolments['Joy'].pk}']")
    expect(joy_row.locator(".register-cycle")).to_contain_text("Assente")  # did not check in
    joy_row.locator(".register-cycle").click()  # absent -> present: she was there
    expect(joy_row.locator(".register-cycle")).to_contain_text("Presente")
    board.get_by_role("button", name="Salva il registro").click()
    expect(board.get_by_text("Registro salvato.")).to_be_visible()
    expect(board.get_by_text("2 persone hanno segnato la presenza da sé")).to_be_visible()
    shot(board, "checkin-it-register-after")
    marks = dict(
        AttendanceMark.objects.filter(lesson=lesson).values_list(
            "enrolment__person__first_name", "status"
        )
    )
    assert marks == {"Amina": "present", "Omar": "present", "Joy": "present"}
    for context in (teacher_ctx, amina_ctx, omar_ctx, joy_ctx):
        context.close()


def test_a_teacher_adds_a_walk_in_on_the_phone(page, live_server, class_now):
    teacher, _edition, _enrolments, lesson = class_now
    signed_in(page.context, live_server, teacher)
    page.goto(f"{live_server.url}/courses/register/{lesson.pk}/")
    page.get_by_role("link", name="Aggiungi una persona senza iscrizione").click()
    page.get_by_label("Nome e cognome").fill("Awa Ndiaye")
    page.get_by_label("Telefono (facoltativo)").fill("+39 320 000 0201")
    page.get_by_role("button", name="Aggiungi al registro").click()
    expect(page.get_by_text("Spunta la casella: la persona deve essere d'accordo.")).to_be_visible()
    expect(page.get_by_label("Nome e cognome")).to_have_value("Awa Ndiaye")  # nothing lost
    page.locator("label[for=id_consent]").click()
    shot(page, "walk-in-it-add")
    page.get_by_role("button", name="Aggiungi al registro").click()
    expect(
        page.get_by_text("Awa Ndiaye è nel registro senza iscrizione, presente oggi.")
    ).to_be_visible()
    row = page.locator(".register-row[data-walk-in='1']")
    expect(row).to_contain_text("Awa Ndiaye")
    expect(row.locator(".register-cycle")).to_contain_text("Presente")
    shot(page, "walk-in-it-register")
    assert WalkIn.objects.get(enrolment__edition=lesson.edition).enrolment.person is None


def test_last_months_registers_read_only_with_their_history(page, live_server, screenshot):
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    operator = UserFactory(role="Operators", first_name="Sara", last_name="Conti")
    today = timezone.localdate()
    edition = EditionFactory(
        course__title="Italiano A1", teachers=[teacher], starts_on=today - dt.timedelta(days=40)
    )
    people = learners(4)
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True) for p in people
    ]
    lessons = [
        Lesson.objects.create(
            edition=edition,
            date=today - dt.timedelta(days=days),
            starts_at=dt.time(9, 30),
            ends_at=dt.time(11, 30),
            topic=topic,
        )
        for days, topic in ((30, "Presentarsi"), (23, "Al mercato"), (16, ""), (2, "Dal medico"))
    ]
    marks = dict(
        zip([e.pk for e in enrolments], ["present", "late", "excused", "absent"], strict=True)
    )
    for lesson in lessons[:2] + lessons[3:]:
        services.register_save(
            lesson=selectors.lessons_for_register().get(pk=lesson.pk), marks=marks, by=operator
        )
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=lessons[0].pk),
        marks={**marks, enrolments[3].pk: "excused"},
        by=operator,
    )
    signed_in(page.context, live_server, teacher)
    page.goto(f"{live_server.url}/courses/today/")
    page.get_by_role("link", name="Italiano A1", exact=True).click()
    expect(page.get_by_text("Appello fatto, 1 correzione")).to_be_visible()
    expect(page.get_by_text("Appello non fatto")).to_be_visible()
    screenshot("registers-it-edition-lessons")
    page.locator(f"a[href='/courses/register/{lessons[0].pk}/']").click()
    expect(page.get_by_text("Questo registro per te è in sola lettura")).to_be_visible()
    for css in (".mark-present", ".mark-late", ".mark-excused"):
        expect(page.locator(f".register-list {css}").first).to_be_visible()
    history = page.locator("#history-title").locator("xpath=..")
    expect(history).to_contain_text("Sara Conti")
    expect(history.locator(".history-change")).to_have_count(1)
    screenshot("registers-it-old-register-read-only")


def test_learner_pages_in_arabic_at_phone_width(page, live_server, class_now):
    teacher, _edition, enrolments, lesson = class_now
    services.checkin_open(lesson=selectors.lessons_for_register().get(pk=lesson.pk), by=teacher)
    omar = enrolments["Omar"].person
    signed_in(page.context, live_server, omar)
    page.goto(f"{live_server.url}/ar/courses/mine/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    shot(page, "checkin-ar-my-courses")
    page.get_by_role("link", name="سجّل حضورك: اكتب الرمز").click()
    page.get_by_label("الرمز الظاهر على شاشة المعلّم").fill("zz٣٤")
    page.get_by_role("button", name="سجّل حضوري").click()
    expect(page.get_by_text("هذا ليس الرمز الظاهر على الشاشة.")).to_be_visible()
    expect(page.get_by_label("الرمز الظاهر على شاشة المعلّم")).to_have_attribute("dir", "ltr")
    shot(page, "checkin-ar-learner-code-wrong")


def test_the_certificate_check_page_when_withdrawn(page, live_server, class_now):
    teacher, _edition, enrolments, lesson = class_now
    enrolment = enrolments["Amina"]
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk),
        marks={enrolment.pk: "present"},
        by=teacher,
    )
    issued = services.certificate_issue(enrolment=enrolment)
    services.certificate_withdraw(
        enrolment=issued, by=UserFactory(role="Operators"), reason="Emesso per errore"
    )
    page.goto(f"{live_server.url}/courses/verify/{issued.certificate_code}/")
    expect(page.get_by_text("Questo attestato è stato ritirato e non è valido.")).to_be_visible()
    expect(page.get_by_text("Italiano per la vita quotidiana (A1)")).to_be_visible()
    shot(page, "certificate-it-verify-withdrawn")
    page.goto(f"{live_server.url}/ar/courses/verify/{issued.certificate_code}/")
    expect(page.get_by_text("تم سحب هذه الشهادة وهي غير صالحة.")).to_be_visible()
    shot(page, "certificate-ar-verify-withdrawn")


def test_the_operators_follow_up_and_walk_in_screens(browser, live_server, class_now):
    teacher, edition, enrolments, lesson = class_now
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    walk_in = services.walk_in_add(
        lesson=lesson, name="Kofi Mensah", phone="+39 320 000 0202", consent_given=True, by=teacher
    )
    edition.absences_before_warning = 1
    edition.save()
    services.register_save(lesson=lesson, marks={enrolments["Joy"].pk: "absent"}, by=teacher)
    services.attendance_warnings_check(edition=edition)
    operator = UserFactory(role="Operators", first_name="Sara", last_name="Conti")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="it-IT")
    signed_in(context, live_server, operator)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/courses/follow-up/")
    row = page.locator("tr", has_text="Joy Okafor").first  # the demo's people are there too
    row.get_by_label("Esito").select_option("will_come_back")
    row.get_by_role("button", name="Registra", exact=True).click()
    expect(page.get_by_text("Seguito di Joy Okafor registrato.")).to_be_visible()
    shot(page, "staff-it-follow-up")
    page.goto(f"{live_server.url}/admin/courses/walk-ins/")
    page.locator("tr", has_text="Kofi Mensah").get_by_role(
        "link", name="Collega a un account"
    ).click()
    page.get_by_role("link", name="Registra la persona allo sportello").click()
    expect(page.locator("#id_first_name")).to_have_value("Kofi")
    expect(page.locator("#id_last_name")).to_have_value("Mensah")
    shot(page, "staff-it-walk-in-desk-register")
    page.go_back()
    page.get_by_label("Account").select_option(str(enrolments["Amina"].person.pk))
    shot(page, "staff-it-walk-in-link")
    page.get_by_role("button", name="Collega", exact=True).click()
    expect(page.get_by_text("le presenze sono conservate")).to_be_visible()
    walk_in.refresh_from_db()
    assert walk_in.linked_person == enrolments["Amina"].person
    context.close()


def test_the_attendance_pages_pass_axe_in_italian_and_arabic(browser, live_server, class_now):
    """axe-core (WCAG 2.1 A and AA) on the teacher's and the learners' new pages, at 390 px, and
    no Content-Security-Policy violation (no inline script; the board's script runs)."""
    from tests.e2e.test_cms_pages import axe_violations, describe
    from tests.e2e.test_csp import COLLECT

    teacher, edition, enrolments, lesson = class_now
    old = Lesson.objects.create(
        edition=edition,
        date=timezone.localdate() - dt.timedelta(days=10),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
        topic="Presentarsi",
    )
    marks = dict(
        zip([e.pk for e in enrolments.values()], ["present", "late", "absent"], strict=True)
    )
    operator = UserFactory(role="Operators")
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=old.pk), marks=marks, by=operator
    )
    services.register_save(
        lesson=selectors.lessons_for_register().get(pk=old.pk),
        marks={**marks, enrolments["Joy"].pk: "excused"},
        by=operator,
    )
    lesson = services.checkin_open(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk), by=teacher
    )
    services.walk_in_add(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk),
        name="Awa Ndiaye",
        consent_given=True,
        by=teacher,
    )
    services.checkin_with_scan(
        lesson=lesson, person=enrolments["Amina"].person, scanned_at=timezone.now()
    )
    pages = {
        teacher: [
            "/courses/today/",
            f"/courses/edition/{edition.pk}/",
            f"/courses/register/{lesson.pk}/",
            f"/courses/register/{old.pk}/",
            f"/courses/lesson/{lesson.pk}/checkin/",
            f"/courses/register/{lesson.pk}/walk-in/",
        ],
        enrolments["Amina"].person: [
            "/courses/mine/",
            "/courses/checkin/",
            f"/courses/checkin/{lesson.pk}/done/",
        ],
    }
    failures = {}
    for user, paths in pages.items():
        context = browser.new_context(**PHONE)
        signed_in(context, live_server, user)
        page = context.new_page()
        page.add_init_script(COLLECT)
        for path in paths:
            for url in (path, f"/ar{path}"):
                assert page.goto(live_server.url + url).status == 200, url
                page.wait_for_load_state("networkidle")
                violations = axe_violations(page)
                if violations:
                    failures[url] = describe(violations)
                csp = page.evaluate("window.__cspViolations || []")
                if csp:
                    failures[url + " (CSP)"] = "\n".join(csp)
        context.close()
    assert not failures, "\n\n".join(f"{u}\n{d}" for u, d in failures.items())
