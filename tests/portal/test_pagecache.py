"""The anonymous page cache (portal/pagecache.py) on the real Redis: what visitors get from it,
who never does, what makes it forget, and a Redis that stops."""

import re
import uuid

import pytest
from django.conf import settings
from django.test import Client, override_settings
from wagtail.models import Page

from courses import services
from courses.models import Edition
from portal import pagecache
from tests.courses.test_emails import _free_port, _start_redis, _stop_redis
from tests.factories.courses import learners
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

HOME = "/"


def _caches(location: str = "") -> dict:
    pages = {
        **settings.CACHES["pages"],
        "KEY_PREFIX": f"test-pages-{uuid.uuid4().hex[:8]}",  # a cold cache for every test
    }
    if location:
        pages["LOCATION"] = location
    return {**settings.CACHES, "pages": pages}


@pytest.fixture
def page_cache():
    with override_settings(PAGE_CACHE_ENABLED=True, CACHES=_caches()):
        pagecache._down_until = 0.0
        yield


def _state(response) -> str | None:
    return response.headers.get(pagecache.HEADER)


def test_an_anonymous_visitor_gets_the_second_visit_from_the_cache(page_cache, demo_site):
    first = Client().get(HOME)
    second = Client().get(HOME)
    assert (_state(first), _state(second)) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_each_language_and_query_string_is_its_own_page(page_cache, demo_site):
    Client().get(HOME)
    english = Client().get("/en/")
    assert _state(english) == "miss"
    assert '<html lang="en"' in english.content.decode()
    Client().get("/corsi/")
    filtered = Client().get("/corsi/?kind=italian")
    assert _state(filtered) == "miss"


def test_signed_in_people_never_get_or_fill_the_cache(page_cache, demo_site):
    Client().get(HOME)  # an anonymous visit fills it
    person = UserFactory(username="cache.person", first_name="Yusuf", role="Learners")
    client = Client()
    client.force_login(person)
    response = client.get(HOME)
    assert _state(response) is None
    assert "Yusuf" in response.content.decode() or "cache.person" in response.content.decode()
    assert _state(Client().get(HOME)) == "hit"  # and the anonymous entry has no trace of them
    assert "Yusuf" not in Client().get(HOME).content.decode()


def test_a_page_with_a_form_token_or_messages_is_never_cached(page_cache, demo_site):
    contact = Client().get("/contatti/")
    assert contact.status_code == 200
    assert "csrfmiddlewaretoken" in contact.content.decode()
    assert _state(contact) is None
    assert _state(Client().get("/contatti/")) is None
    Client().get(HOME)
    with_messages = Client()
    with_messages.cookies["messages"] = "anything"
    assert _state(with_messages.get(HOME)) is None


def test_site_search_is_never_cached(page_cache, demo_site, search_index):
    Client().get("/search/?q=corso")
    assert _state(Client().get("/search/?q=corso")) is None


def test_publishing_a_page_shows_at_the_next_visit(
    page_cache, demo_site, django_capture_on_commit_callbacks
):
    page = Page.objects.get(url_path__endswith="/chi-siamo/", locale__language_code="it").specific
    Client().get(page.url)
    assert _state(Client().get(page.url)) == "hit"
    page.title = "Chi siamo: la rete A.L.I."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = Client().get(page.url)
    assert _state(response) == "miss"
    assert "Chi siamo: la rete A.L.I." in response.content.decode()


def test_unpublishing_a_page_removes_it(page_cache, demo_site, django_capture_on_commit_callbacks):
    page = Page.objects.get(url_path__endswith="/chi-siamo/", locale__language_code="it")
    url = page.url
    assert Client().get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert Client().get(url).status_code == 404


def _seats_left(html: str, edition: Edition) -> int | None:
    """The seats shown on the course page for this edition ('Full' -> 0)."""
    block = html.split(f"/courses/enrol/{edition.pk}/")[0].rsplit("<li", 1)[-1]
    match = re.search(r'badge bg-success">(\d+)', block)
    return int(match.group(1)) if match else 0


def test_an_enrolment_updates_the_seats_left_at_the_next_visit(
    page_cache, demo_site, django_capture_on_commit_callbacks
):
    edition = next(
        e
        for e in Edition.objects.filter(status=Edition.Status.OPEN, course__live=True)
        if e.accepts_enrolments and e.capacity - e.enrolments.filter(status="enrolled").count() > 1
    )
    url = edition.course.url
    before = _seats_left(Client().get(url).content.decode(), edition)
    assert _state(Client().get(url)) == "hit"
    (person,) = learners(1)
    with django_capture_on_commit_callbacks(execute=True):
        services.enrolment_create(edition=edition, person=person, consent_given=True, by=person)
    response = Client().get(url)
    assert _state(response) == "miss"
    assert _seats_left(response.content.decode(), edition) == before - 1


def test_the_site_works_while_the_cache_redis_is_down(demo_site, monkeypatch, tmp_path):
    port = _free_port()
    _start_redis(port, tmp_path)
    monkeypatch.setattr(pagecache, "RETRY_AFTER_FAILURE", 0.0)
    with override_settings(PAGE_CACHE_ENABLED=True, CACHES=_caches(f"redis://127.0.0.1:{port}/0")):
        pagecache._down_until = 0.0
        try:
            Client().get(HOME)
            assert _state(Client().get(HOME)) == "hit"
        finally:
            _stop_redis(port)
        for url in (HOME, "/corsi/", "/sportelli/"):
            response = Client().get(url)
            assert response.status_code == 200
            assert _state(response) is None
        pagecache.invalidate()  # publishing while Redis is down: no error either
        _start_redis(port, tmp_path)
        try:
            assert _state(Client().get(HOME)) == "miss"  # back in use, and empty
            assert _state(Client().get(HOME)) == "hit"
        finally:
            _stop_redis(port)
