"""Past registers teachers can trust: every mark readable in a read-only register (colour, icon,
words), an edition's page with every lesson and the state of its register, topic and note, the
history of changes, and who may see each of these pages. Query counts stay constant."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import selectors, services
from courses.models import Lesson
from tests.factories.courses import EditionFactory, learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate
# SQL queries of the register page (GET) and of its save (POST), whatever the class size
PINNED = {"GET": 16, "POST": 17}


@pytest.fixture
def last_month():
    """A class of four with three lessons: 30 days ago (taken, corrected by the desk), 20 days
    ago (taken), 10 days ago (not taken), and one next week."""
    teacher = UserFactory(role="Teachers", first_name="Anna", last_name="Marini")
    operator = UserFactory(role="Operators", first_name="Sara", last_name="Conti")
    edition = EditionFactory(
        course__title="Italiano A1", teachers=[teacher], starts_on=TODAY() - dt.timedelta(days=31)
    )
    people = learners(4)
    enrolments = [
        services.enrolment_create(edition=edition, person=p, consent_given=True) for p in people
    ]
    lessons = [
        Lesson.objects.create(
            edition=edition,
            date=TODAY() + dt.timedelta(days=offset),
            starts_at=dt.time(9, 30),
            ends_at=dt.time(11, 30),
            topic=topic,
        )
        for offset, topic in ((-30, "Presentarsi"), (-20, "Al mercato"), (-10, ""), (7, ""))
    ]
    first, second = (selectors.lessons_for_register().get(pk=lesson.pk) for lesson in lessons[:2])
    marks = dict(
        zip([e.pk for e in enrolments], ["present", "late", "excused", "absent"], strict=True)
    )
    services.register_save(lesson=first, marks=marks, by=operator)
    services.register_save(lesson=first, marks={**marks, enrolments[3].pk: "present"}, by=operator)
    services.register_save(lesson=second, marks=marks, by=operator)
    return teacher, operator, edition, enrolments, lessons


def test_an_old_register_shows_each_mark_in_its_own_colour_icon_and_words(client, last_month):
    teacher, _operator, _edition, _enrolments, lessons = last_month
    client.force_login(teacher)
    page = client.get(reverse("courses:register", args=[lessons[1].pk])).content.decode()
    assert "read-only" in page or "sola lettura" in page
    assert 'type="radio"' not in page  # nothing to tap
    for status, icon in (
        ("present", "it-check-circle"),
        ("late", "it-clock"),
        ("excused", "it-note"),
        ("absent", "it-close-circle"),
    ):
        assert f"mark-badge mark-{status}" in page
        assert f"#{icon}" in page
    # the words are in the page (read by screen readers), not only the colour
    for word in ("Presente", "In ritardo", "Giustificata/o", "Assente"):
        assert word in page


def test_an_operator_can_still_correct_an_old_register(client, last_month):
    _teacher, operator, _edition, enrolments, lessons = last_month
    client.force_login(operator)
    url = reverse("courses:register", args=[lessons[1].pk])
    assert 'type="radio"' in client.get(url).content.decode()
    data = {f"mark-{e.pk}": "present" for e in enrolments}
    assert client.post(url, data).status_code == 302


def test_the_edition_page_lists_every_lesson_with_the_state_of_its_register(client, last_month):
    teacher, _operator, edition, _enrolments, lessons = last_month
    rows = selectors.edition_lessons(edition=edition)
    assert [row.state for row in rows] == ["corrected", "taken", "not_taken", "to_come"]
    assert (rows[0].marked, rows[0].attended, rows[0].corrections) == (4, 3, 1)
    client.force_login(teacher)
    page = client.get(reverse("courses:edition_lessons", args=[edition.pk])).content.decode()
    for lesson in lessons:
        assert reverse("courses:register", args=[lesson.pk]) in page  # old registers too
    assert "Presentarsi" in page
    assert "Al mercato" in page
    today = client.get(reverse("courses:teacher_today")).content.decode()
    assert reverse("courses:edition_lessons", args=[edition.pk]) in today


def test_the_history_says_who_when_and_from_what_to_what(client, last_month):
    teacher, _operator, _edition, enrolments, lessons = last_month
    client.force_login(teacher)
    page = client.get(reverse("courses:register", args=[lessons[0].pk])).content.decode()
    history = page[page.index('id="history-title"') :]
    assert "Sara Conti" in history  # who
    today = TODAY()
    assert f"{today.day}/{today:%m/%Y}" in history  # when (the corrections were made today)
    assert enrolments[3].name in history
    assert history.index("mark-absent") < history.index("mark-present")  # from absent to present


def test_the_teacher_writes_the_topic_and_a_note(client, last_month):
    teacher, _operator, _edition, _enrolments, lessons = last_month
    url = reverse("courses:lesson_details", args=[lessons[2].pk])
    client.force_login(teacher)
    response = client.post(url, {"topic": "Dal medico", "note": "Portare la tessera sanitaria"})
    assert response.status_code == 302
    lessons[2].refresh_from_db()
    assert (lessons[2].topic, lessons[2].note) == ("Dal medico", "Portare la tessera sanitaria")
    page = client.get(reverse("courses:register", args=[lessons[2].pk])).content.decode()
    assert "Portare la tessera sanitaria" in page


def test_who_may_see_the_edition_page_the_details_and_the_history(client, last_month):
    teacher, operator, edition, enrolments, lessons = last_month
    pages = [
        reverse("courses:edition_lessons", args=[edition.pk]),
        reverse("courses:lesson_details", args=[lessons[0].pk]),
        reverse("courses:register", args=[lessons[0].pk]),
        reverse("courses:walk_in_add", args=[lessons[0].pk]),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]
    for user in (enrolments[0].person, UserFactory(role="Teachers")):
        client.force_login(user)
        for url in pages:
            assert client.get(url).status_code == 403, url
        assert client.post(pages[1], {"topic": "x"}).status_code == 403
    for user in (teacher, operator):
        client.force_login(user)
        for url in pages[:3]:
            assert client.get(url).status_code == 200, url
    lessons[0].refresh_from_db()
    assert lessons[0].topic == "Presentarsi"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_register_of_40_costs_the_same_queries_as_a_register_of_10(
    client, django_assert_num_queries, method
):
    """The page and its save for a class of 40: a fixed number of queries whatever the class
    size, the walk-ins and the length of the history."""
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(teachers=[teacher], capacity=40)
    lesson = Lesson.objects.create(
        edition=edition, date=TODAY(), starts_at=dt.time(9), ends_at=dt.time(11)
    )
    url = reverse("courses:register", args=[lesson.pk])
    client.force_login(teacher)
    statuses = ["present", "absent"]

    def grow(to: int) -> None:
        for person in learners(to - edition.enrolments.count()):
            services.enrolment_create(edition=edition, person=person, consent_given=True)

    def request(turn: int):
        if method == "GET":
            return client.get(url)
        data = {
            f"mark-{pk}": statuses[turn % 2]
            for pk in edition.enrolments.values_list("pk", flat=True)
        }
        return client.post(url, data)

    def save(turn: int) -> None:  # the history grows with every save
        marks = dict.fromkeys(edition.enrolments.values_list("pk", flat=True), statuses[turn % 2])
        lesson_ = selectors.lessons_for_register().get(pk=lesson.pk)
        services.register_save(lesson=lesson_, marks=marks, by=teacher)

    grow(10)
    save(0)
    assert request(1).status_code in (200, 302)
    with CaptureQueriesContext(connection) as small:
        request(2)
    assert len(small) == PINNED[method]
    grow(38)
    services.walk_in_add(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk),
        name="Awa",
        consent_given=True,
        by=teacher,
    )
    services.walk_in_add(
        lesson=selectors.lessons_for_register().get(pk=lesson.pk),
        name="Kofi",
        consent_given=True,
        by=teacher,
    )
    save(3)
    with django_assert_num_queries(PINNED[method]):
        response = request(4)
    assert response.status_code in (200, 302)
    assert edition.enrolments.count() == 40
