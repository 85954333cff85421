import copy
import time

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_status_command_names_the_engine_and_its_indices(search_index, capsys):
    call_command("search_status")
    out = capsys.readouterr().out
    assert out.startswith("opensearch 3.")
    assert "wagtailcore_page" in out


@pytest.mark.django_db(transaction=True)  # pages are indexed after commit, as in production
def test_search_finds_published_pages_in_the_visitors_language(client, search_index, demo_site):
    deadline = time.monotonic() + 10  # OpenSearch makes new documents searchable within ~1 s
    while True:
        response = client.get("/search/", {"q": "Scansano"})
        titles = [item["page"].title for item in response.context["results"]]
        if "Sportello A.L.I. Scansano (sportello virtuale)" in titles:
            break
        assert time.monotonic() < deadline, titles
        time.sleep(0.5)
    assert response.status_code == 200
    assert {item["page"].locale.language_code for item in response.context["results"]} == {"it"}


def test_search_page_says_so_when_opensearch_is_unreachable(client, demo_site, settings):
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"]["URLS"] = ["http://127.0.0.1:9"]  # nothing listens there
    settings.WAGTAILSEARCH_BACKENDS = backends
    response = client.get("/search/", {"q": "Follonica"})
    assert response.status_code == 200
    assert response.context["unavailable"] is True
    assert 'id="search-unavailable"' in response.content.decode()
    # the rest of the site is unaffected
    assert client.get("/sportelli/").status_code == 200
