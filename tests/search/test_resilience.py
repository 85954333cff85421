"""OpenSearch down: pages keep working, matching says so, nothing is lost. Plus the real
Celery worker indexing after commit, and the reindex command's alias swap."""

import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from jobs import services
from jobs.models import Municipality
from search import indexing
from search.client import get_client
from search.models import DocType, PendingIndex
from tests.factories.users import UserFactory
from tools.opensearch import launcher


def doc(profile_id):
    try:
        return get_client().get(index=indexing.alias_for(DocType.CANDIDATE), id=str(profile_id))[
            "_source"
        ]
    except Exception:  # noqa: BLE001
        return None


@pytest.mark.django_db
def test_opensearch_down_nothing_is_lost(world, client, django_capture_on_commit_callbacks):
    profiles, offers = world
    indexing.reindex(DocType.CANDIDATE)
    indexing.reindex(DocType.OFFER)
    profile = profiles["sala.missing"]
    operator = UserFactory(username="op.down", role="Operators")
    candidate_client = client
    candidate_client.force_login(profile.user)
    from django.test import Client

    staff = Client()
    staff.force_login(operator)

    launcher.stop(quiet=True)
    try:
        assert not launcher.is_up()
        # The candidate changes the profile: saved, the page works.
        with django_capture_on_commit_callbacks(execute=True):
            r = candidate_client.post(
                reverse("jobs:step", args=["place"]),
                {
                    "home_municipality": Municipality.objects.get(name="Follonica").pk,
                    "travel_radius_km": 40,
                },
            )
        assert r.status_code == 302
        profile.refresh_from_db()
        assert profile.home_municipality.name == "Follonica"
        assert PendingIndex.objects.filter(object_id=profile.pk).exists()
        assert candidate_client.get(reverse("jobs:overview")).status_code == 200
        assert candidate_client.get(offers["waiter"].url).status_code == 200
        assert candidate_client.get(offers["waiter"].get_parent().url).status_code == 200
        # Matching says clearly that it is unavailable; the CV view still works.
        page = staff.get(reverse("search_match_offer", args=[offers["waiter"].pk]))
        assert page.status_code == 200
        assert 'data-testid="search-unavailable"' in page.content.decode()
        page = staff.get(reverse("search_candidates"))
        assert 'data-testid="search-unavailable"' in page.content.decode()
        offers_page = candidate_client.get(reverse("search:offers_for_me"))
        assert offers_page.status_code == 200
        assert staff.get(reverse("jobs_cv_view", args=[profile.pk])).status_code == 200
        # The periodic sync fails quietly and keeps the marker.
        assert indexing.sync_pending()["failed"] == 1
        assert PendingIndex.objects.filter(object_id=profile.pk).exists()
    finally:
        launcher.start(quiet=True)
    get_client.cache_clear()
    assert doc(profile.pk)["municipality"] == "Castiglione della Pescaia"  # stale, until sync
    from search.tasks import sync_pending_documents

    sync_pending_documents.run()
    assert doc(profile.pk)["municipality"] == "Follonica"
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_real_celery_worker_indexes_after_commit(celery_worker_process, search_prefix):
    user = UserFactory(username="worker.cand", first_name="Kofi", last_name="Annan")
    profile = services.profile_get_or_create(user=user)
    services.profile_update(
        profile=profile, data={"home_municipality": Municipality.objects.get(name="Orbetello")}
    )
    services.consent_set(profile=profile, purpose="search", given=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and doc(profile.pk) is None:
        time.sleep(0.3)
    assert doc(profile.pk)["municipality"] == "Orbetello"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and PendingIndex.objects.exists():
        time.sleep(0.3)
    assert not PendingIndex.objects.filter(object_id=profile.pk).exists()
    services.consent_set(profile=profile, purpose="search", given=False)
    # the request did not wait on OpenSearch; the worker removes the document from the marker
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and doc(profile.pk) is not None:
        time.sleep(0.3)
    assert doc(profile.pk) is None


@pytest.mark.django_db
def test_reindex_command_swaps_the_alias_and_shows_progress(world):
    client = get_client()
    alias = indexing.alias_for(DocType.CANDIDATE)
    out = StringIO()
    call_command("search_reindex", "--only", "candidate", stdout=out)
    first = list(client.indices.get_alias(name=alias))
    out = StringIO()
    call_command("search_reindex", "--only", "candidate", stdout=out)
    second = list(client.indices.get_alias(name=alias))
    assert first != second
    assert len(second) == 1
    assert not client.indices.exists(index=first[0])  # the old index is gone
    assert "#" in out.getvalue()
    assert "documents" in out.getvalue()
    count = client.count(index=alias)["count"]
    profiles, _offers = world
    searchable = sum(1 for p in profiles.values() if p.searchable)
    assert count == searchable


@pytest.mark.django_db
def test_the_status_command_says_when_an_index_predates_the_rules():
    """An index built by an older version (here: without the municipalities within each
    person's radius) would silently rank nobody: the status says so, and a rebuild fixes it."""
    client = get_client()
    alias = indexing.alias_for(DocType.CANDIDATE)
    if client.indices.exists_alias(name=alias):
        for name in client.indices.get_alias(name=alias):
            client.indices.delete(index=name)
    body = indexing.index_body(DocType.CANDIDATE)
    del body["mappings"]["properties"]["reach"]
    client.indices.create(index=f"{alias}-old", body=body)
    client.indices.put_alias(index=f"{alias}-old", name=alias)
    out = StringIO()
    call_command("search_status", stdout=out)
    assert "The candidate index lacks reach" in out.getvalue()
    assert "search_reindex" in out.getvalue()
    call_command("search_reindex", "--only", "candidate", stdout=StringIO())
    out = StringIO()
    call_command("search_status", stdout=out)
    assert "lacks" not in out.getvalue()
