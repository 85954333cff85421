"""Query-count guard on the matching page: the same number of SQL queries for a short and a
full ranking (20 candidates), whatever the number of candidates shown."""

import pytest
from django.urls import reverse

from search import indexing
from search.models import DocType
from tests.factories.users import UserFactory
from tests.test_query_counts import queries

pytestmark = pytest.mark.django_db


def test_matching_page(client, world, django_assert_num_queries):
    _profiles, offers = world
    indexing.reindex(DocType.CANDIDATE)
    client.force_login(UserFactory(role="Operators"))
    url = reverse("search_match_offer", args=[offers["waiter"].pk])
    # The offer, the ranking's profiles, names for the reasons, the filters' lists, online
    # applications: a fixed number, whatever the page shows.
    few = queries(client, url, municipality="Castiglione della Pescaia")
    with django_assert_num_queries(few):  # every candidate of the page
        assert client.get(url).status_code == 200
    assert few <= 31
