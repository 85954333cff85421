"""Self check-in: codes that rotate every 15 seconds (only the current window is accepted),
present or late by the clock, nobody outside the register, wrong codes limited, the teacher's
mark always wins, and who may open the teacher's board."""

import datetime as dt
import time

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from courses import checkin, selectors, services
from courses.errors import ErrorCode
from courses.models import AttendanceChange, AttendanceMark, Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def at(lesson: Lesson, minutes: float) -> dt.datetime:
    """`minutes` after the lesson's start, as an aware datetime."""
    return checkin.lesson_start(lesson) + dt.timedelta(minutes=minutes)


def fresh_window(margin: float = 3.0) -> None:
    """Wait until at least `margin` seconds are left in the current 15-second window, so a test
    that reads a code and sends it at once is not cut by a rotation."""
    left = checkin.window_ends_at(checkin.window_at()) - time.time()
    if left < margin:
        time.sleep(left + 0.05)


@pytest.fixture
def klass():
    """A class of three, with its teacher."""
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    edition = EditionFactory(
        teachers=[teacher], checkin_on_time_minutes=10, checkin_grace_minutes=45
    )
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True)
        for p in learners(3)
    ]
    return teacher, edition, enrolments


@pytest.fixture
def morning(klass):
    """Today 9:30-11:30, check-in opened at 9:25 (the service tests give the time)."""
    teacher, edition, enrolments = klass
    lesson = Lesson.objects.create(
        edition=edition,
        date=timezone.localdate(),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 30),
    )
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    services.checkin_open(lesson=lesson, by=teacher, now=at(lesson, -5))
    return teacher, edition, enrolments, selectors.lessons_for_register().get(pk=lesson.pk)


@pytest.fixture
def lesson_now(klass):
    """A lesson that started five minutes ago, check-in open (the pages use the real clock)."""
    teacher, edition, enrolments = klass
    now = timezone.localtime()
    start = max(
        now - dt.timedelta(minutes=5), now.replace(hour=0, minute=0, second=0, microsecond=0)
    ).replace(second=0, microsecond=0)
    lesson = Lesson.objects.create(
        edition=edition, date=start.date(), starts_at=start.time(), ends_at=dt.time(23, 59, 59)
    )
    lesson = selectors.lessons_for_register().get(pk=lesson.pk)
    services.checkin_open(lesson=lesson, by=teacher)
    return teacher, edition, enrolments, selectors.lessons_for_register().get(pk=lesson.pk)


# --- the codes -----------------------------------------------------------------------------


def test_the_typed_code_has_four_unambiguous_characters_and_changes_every_window(morning):
    *_rest, lesson = morning
    codes = {checkin.typed_code(lesson, window) for window in range(1000, 1040)}
    assert all(len(code) == 4 and set(code) <= set(checkin.CODE_ALPHABET) for code in codes)
    assert not set("0O1IL5S2Z8B6GUVDQ") & set(checkin.CODE_ALPHABET)
    assert len(codes) >= 38  # 40 windows, practically all different


def test_only_the_current_window_is_accepted_to_the_millisecond(morning):
    *_rest, lesson = morning
    window = 123_456
    start = window * checkin.ROTATION_SECONDS
    code = checkin.typed_code(lesson, window)
    token = checkin.scan_token(lesson, window)
    assert checkin.check_typed_code(lesson, code, now=start) == checkin.CodeCheck.VALID
    assert checkin.check_typed_code(lesson, code, now=start + 14.999) == checkin.CodeCheck.VALID
    # the boundary belongs to the next window: a photo of the old screen is refused
    assert checkin.check_typed_code(lesson, code, now=start + 15) == checkin.CodeCheck.EXPIRED
    assert checkin.check_typed_code(lesson, code, now=start + 31) == checkin.CodeCheck.WRONG
    assert checkin.check_scan_token(lesson, token, now=start + 14.999) == checkin.CodeCheck.VALID
    assert checkin.check_scan_token(lesson, token, now=start + 15) == checkin.CodeCheck.EXPIRED
    assert checkin.check_scan_token(lesson, token, now=start + 600) == checkin.CodeCheck.EXPIRED
    # a token from the future, or a forged one, is simply wrong
    assert checkin.check_scan_token(lesson, token, now=start - 15) == checkin.CodeCheck.WRONG
    forged = f"{window}-{'0' * 20}"
    assert checkin.check_scan_token(lesson, forged, now=start) == checkin.CodeCheck.WRONG


def test_closing_check_in_stops_every_code_and_reopening_gives_new_ones(morning):
    teacher, _edition, _enrolments, lesson = morning
    now = at(lesson, 1)
    window = checkin.window_at(now.timestamp())
    old_token = checkin.scan_token(lesson, window)
    services.checkin_close(lesson=lesson, by=teacher)
    lesson.refresh_from_db()
    assert checkin.check_scan_token(lesson, old_token, now=now.timestamp()) == "wrong"
    lesson = services.checkin_open(lesson=lesson, by=teacher, now=now)
    assert checkin.check_scan_token(lesson, old_token, now=now.timestamp()) == "wrong"
    new_token = checkin.scan_token(lesson, window)
    assert checkin.check_scan_token(lesson, new_token, now=now.timestamp()) == "valid"


def test_what_people_type_is_read_generously():
    assert checkin.normalise_code(" ak 3-7 ") == "AK37"
    assert checkin.normalise_code("ak٣٧") == "AK37"  # Arabic-Indic digits from an Arabic keyboard
    assert checkin.normalise_code("ＡＫ３７") == "AK37"  # full-width


# --- the service ---------------------------------------------------------------------------


def test_on_time_is_present_then_late_then_closed(morning):
    _teacher, _edition, (a, b, c), lesson = morning

    def code_at(minutes):
        return checkin.typed_code(lesson, checkin.window_at(at(lesson, minutes).timestamp()))

    services.checkin_with_code(person=a.person, code=code_at(3), now=at(lesson, 3))
    services.checkin_with_code(person=b.person, code=code_at(25), now=at(lesson, 25))
    with pytest.raises(ValidationError) as err:
        services.checkin_with_code(person=c.person, code=code_at(50), now=at(lesson, 50))
    assert err.value.code == ErrorCode.CHECKIN_OUTSIDE_TIMES
    assert "10:15" in err.value.messages[0]  # 9:30 + the 45 minutes of grace
    marks = dict(AttendanceMark.objects.values_list("enrolment_id", "status"))
    assert marks == {a.pk: "present", b.pk: "late"}
    change = AttendanceChange.objects.get(mark__enrolment=a)
    assert (change.old_status, change.new_status, change.changed_by_id, change.source) == (
        "",
        "present",
        a.person_id,
        "check_in",
    )


def test_a_code_is_useless_to_someone_not_in_the_register(morning):
    _teacher, edition, _enrolments, lesson = morning
    (stranger,) = learners(1)
    now = at(lesson, 2)
    code = checkin.typed_code(lesson, checkin.window_at(now.timestamp()))
    with pytest.raises(ValidationError) as err:
        services.checkin_with_code(person=stranger, code=code, now=now)
    assert err.value.code == ErrorCode.CHECKIN_NOT_OPEN  # their own courses have no check-in
    with pytest.raises(ValidationError) as err:  # a valid scan does not help either
        services.checkin_with_scan(lesson=lesson, person=stranger, scanned_at=now, now=now)
    assert err.value.code == ErrorCode.NOT_IN_REGISTER
    # on the waiting list is not in the register
    (waiting,) = learners(1)
    edition.capacity = 3
    edition.save()
    services.enrolment_create(edition=edition, person=waiting, consent_given=True)
    with pytest.raises(ValidationError):
        services.checkin_with_code(person=waiting, code=code, now=now)
    assert not AttendanceMark.objects.exists()


def test_the_teachers_mark_is_never_overridden(morning):
    teacher, _edition, (a, _b, _c), lesson = morning
    services.register_save(lesson=lesson, marks={a.pk: "excused"}, by=teacher)
    now = at(lesson, 2)
    code = checkin.typed_code(lesson, checkin.window_at(now.timestamp()))
    result = services.checkin_with_code(person=a.person, code=code, now=now)
    assert not result.created
    assert AttendanceMark.objects.get(enrolment=a).status == "excused"
    # and the teacher can override a check-in in the register
    services.register_save(lesson=lesson, marks={a.pk: "late"}, by=teacher)
    assert AttendanceMark.objects.get(enrolment=a).status == "late"


def test_a_scan_must_be_confirmed_within_ten_minutes(morning):
    _teacher, _edition, (a, _b, _c), lesson = morning
    scanned = at(lesson, 1)
    with pytest.raises(ValidationError) as err:
        services.checkin_with_scan(
            lesson=lesson,
            person=a.person,
            scanned_at=scanned,
            now=scanned + dt.timedelta(minutes=11),
        )
    assert err.value.code == ErrorCode.CODE_EXPIRED
    result = services.checkin_with_scan(
        lesson=lesson, person=a.person, scanned_at=scanned, now=scanned + dt.timedelta(minutes=9)
    )
    assert result.created
    assert result.mark.status == "present"  # as of the scan, not of the confirmation


def test_only_the_editions_teachers_and_operators_open_check_in(morning):
    _teacher, edition, (a, _b, _c), lesson = morning
    other_teacher = UserFactory(role="Teachers")
    for user in (other_teacher, a.person):
        with pytest.raises(PermissionDenied):
            services.checkin_open(lesson=lesson, by=user)
    operator = UserFactory(role="Operators")
    services.checkin_close(lesson=lesson, by=operator)
    # not on another day
    tomorrow = Lesson.objects.create(
        edition=edition,
        date=lesson.date + dt.timedelta(days=1),
        starts_at=dt.time(9),
        ends_at=dt.time(11),
    )
    with pytest.raises(ValidationError) as err:
        services.checkin_open(lesson=tomorrow, by=operator)
    assert err.value.code == ErrorCode.CHECKIN_OUTSIDE_TIMES


# --- the pages -----------------------------------------------------------------------------


def test_a_learner_types_the_code_and_is_marked_present(client, lesson_now):
    _teacher, _edition, (a, _b, _c), lesson = lesson_now
    client.force_login(a.person)
    page = client.get(reverse("courses:my_courses")).content.decode()
    assert reverse("courses:checkin_code") in page  # a lesson today: the check-in button
    fresh_window()
    code = checkin.typed_code(lesson, checkin.window_at())
    response = client.post(reverse("courses:checkin_code"), {"code": code.lower()}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("courses:checkin_done", args=[lesson.pk])
    assert "mark-present" in response.content.decode()
    assert AttendanceMark.objects.get(enrolment=a).status == "present"


def test_wrong_codes_are_limited_and_the_typed_text_is_kept(client, lesson_now):
    cache.clear()
    _teacher, _edition, (a, _b, _c), lesson = lesson_now
    client.force_login(a.person)
    url = reverse("courses:checkin_code")
    for _ in range(5):
        response = client.post(url, {"code": "XXXX"})
        assert response.status_code == 400
        assert 'value="XXXX"' in response.content.decode()
    fresh_window()
    right = checkin.typed_code(lesson, checkin.window_at())
    blocked = client.post(url, {"code": right}).content.decode()
    assert "Too many wrong codes" in blocked or "Troppi codici sbagliati" in blocked
    assert not AttendanceMark.objects.exists()
    cache.clear()


def test_an_expired_code_is_explained_and_not_counted_as_wrong(client, lesson_now):
    cache.clear()
    _teacher, _edition, (a, _b, _c), lesson = lesson_now
    client.force_login(a.person)
    url = reverse("courses:checkin_code")
    for _ in range(6):
        fresh_window()
        previous = checkin.typed_code(lesson, checkin.window_at() - 1)
        page = client.post(url, {"code": previous}).content.decode()
        assert "just changed" in page or "appena cambiato" in page
    fresh_window()
    client.post(url, {"code": checkin.typed_code(lesson, checkin.window_at())})
    assert AttendanceMark.objects.filter(enrolment=a).exists()
    cache.clear()


def test_the_qr_address_is_remembered_through_sign_in_then_confirmed(client, lesson_now):
    _teacher, _edition, (a, _b, _c), lesson = lesson_now
    fresh_window()
    token = checkin.scan_token(lesson, checkin.window_at())
    scan = client.get(reverse("courses:checkin_scan", args=[lesson.pk, token]))  # not signed in
    confirm_url = reverse("courses:checkin_confirm", args=[lesson.pk])
    assert scan.status_code == 302
    assert scan["Location"] == confirm_url
    assert client.get(confirm_url).status_code == 302  # to the sign-in page
    client.force_login(a.person)  # the session (and the scan in it) is kept
    assert client.get(confirm_url).status_code == 200
    assert not AttendanceMark.objects.exists()  # a GET writes nothing
    done = client.post(confirm_url)
    assert done["Location"] == reverse("courses:checkin_done", args=[lesson.pk])
    assert AttendanceMark.objects.get(enrolment=a).source == "check_in"


def test_an_old_or_forged_qr_address_is_refused(client, lesson_now):
    cache.clear()
    _teacher, _edition, (a, _b, _c), lesson = lesson_now
    client.force_login(a.person)
    old = checkin.scan_token(lesson, checkin.window_at() - 2)
    response = client.get(reverse("courses:checkin_scan", args=[lesson.pk, old]))
    assert response.status_code == 400
    assert "QR" in response.content.decode()
    forged = client.get(reverse("courses:checkin_scan", args=[lesson.pk, "1-abc"]))
    assert forged.status_code == 400
    confirm = client.post(reverse("courses:checkin_confirm", args=[lesson.pk]))
    assert confirm.status_code == 400  # nothing valid was scanned in this session
    assert not AttendanceMark.objects.exists()
    cache.clear()


def test_the_board_and_its_live_data_are_for_the_editions_teachers_and_operators(
    client, lesson_now
):
    teacher, _edition, (a, _b, _c), lesson = lesson_now
    board = reverse("courses:checkin_board", args=[lesson.pk])
    live = reverse("courses:checkin_live", args=[lesson.pk])
    assert client.get(live).status_code == 302  # anonymous: sign in
    for user in (a.person, UserFactory(role="Teachers")):
        client.force_login(user)
        assert client.get(board).status_code == 403
        assert client.get(live).status_code == 403
        assert client.post(board, {"action": "close"}).status_code == 403
    for user in (teacher, UserFactory(role="Operators")):
        client.force_login(user)
        assert client.get(board).status_code == 200
        data = client.get(live).json()
        assert data["open"] is True
        assert len(data["code"]) == 4
        assert data["scan_url"].startswith("http")
        assert "<svg" in data["qr_svg"]
        assert data["total"] == 3
    services.checkin_with_scan(
        lesson=lesson, person=a.person, scanned_at=timezone.now(), now=timezone.now()
    )
    data = client.get(live).json()
    assert [row["name"] for row in data["arrived"]] == [a.name]
    assert data["present"] == 1
    assert len(data["missing"]) == 2


def test_the_board_opens_and_closes_check_in(client, lesson_now):
    teacher, _edition, _enrolments, lesson = lesson_now
    client.force_login(teacher)
    url = reverse("courses:checkin_board", args=[lesson.pk])
    client.post(url, {"action": "close"})
    lesson.refresh_from_db()
    assert lesson.checkin_key == ""
    assert client.get(reverse("courses:checkin_live", args=[lesson.pk])).json()["open"] is False
    client.post(url, {"action": "open"})
    lesson.refresh_from_db()
    assert lesson.checkin_key


def test_the_learners_pages_need_an_account_and_show_only_their_own_mark(client, lesson_now):
    _teacher, _edition, (a, b, _c), lesson = lesson_now
    code_url = reverse("courses:checkin_code")
    done_url = reverse("courses:checkin_done", args=[lesson.pk])
    for url in (code_url, done_url, reverse("courses:checkin_confirm", args=[lesson.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]
    services.checkin_with_scan(
        lesson=lesson, person=a.person, scanned_at=timezone.now(), now=timezone.now()
    )
    client.force_login(b.person)  # not checked in: nothing of Amina's is shown
    response = client.get(done_url)
    assert response.status_code == 302
    assert response["Location"] == code_url
    b.person.preferred_language = "ar"
    b.person.save()
    assert client.get(code_url)["Location"] == "/ar/courses/checkin/"  # in their language
