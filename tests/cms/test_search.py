"""Site search on the real OpenSearch: visitor's language, highlighted snippets, promotions."""

import pytest
from django.core.management import call_command

from cms.search_snippets import highlight

pytestmark = pytest.mark.django_db


def test_highlight_marks_query_words_ignoring_case_and_accents():
    text = "Lo sportello aiuta con il Permesso di soggiorno e la cittadinanza. <script>"
    snippet = highlight(text, "permesso citta")
    assert "<mark>Permesso</mark>" in snippet
    assert "<mark>citta</mark>dinanza" in snippet
    assert "&lt;script&gt;" in snippet  # page text is escaped


@pytest.fixture
def indexed_demo(demo_site, search_index):
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_search_in_italian_with_snippets_and_promoted_result(client, indexed_demo):
    html = client.get("/search/", {"q": "permesso di soggiorno"}).content.decode()
    assert "Consigliati" in html or "Recommended" in html
    assert "search-promoted" in html
    assert "/sportelli/" in html
    assert "<mark>" in html


@pytest.mark.django_db(transaction=True)
def test_search_in_arabic_returns_arabic_pages_only(client, indexed_demo):
    html = client.get("/ar/search/", {"q": "مكتب"}).content.decode()
    assert "مكتب \u2066A.L.I.\u2069 في غروسيتو" in html
    assert "<mark>مكتب</mark>" in html
    assert "Sportello A.L.I. Grosseto</a>" not in html


def test_search_down_shows_a_clear_message(client, indexed_demo, settings):
    from wagtail.search.backends import get_search_backend

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            **settings.WAGTAILSEARCH_BACKENDS["default"],
            "URLS": ["http://127.0.0.1:9"],  # nothing listens here
        }
    }
    get_search_backend.cache_clear() if hasattr(get_search_backend, "cache_clear") else None
    response = client.get("/search/", {"q": "sportello"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "temporaneamente non disponibile" in html or "temporarily unavailable" in html
    # the rest of the site still works
    assert client.get("/sportelli/").status_code == 200
