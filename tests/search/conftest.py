"""A per-session index prefix on the real OpenSearch, and a known world of candidates/offers."""

import contextlib
import os
import uuid
from datetime import date

import pytest
from django.conf import settings
from django.utils import timezone

PREFIX = f"ali-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session", autouse=True)
def search_prefix():
    """Every index of this session lives under its own prefix; dropped at the end."""
    old = settings.OPENSEARCH_INDEX_PREFIX
    settings.OPENSEARCH_INDEX_PREFIX = PREFIX
    os.environ["OPENSEARCH_INDEX_PREFIX"] = PREFIX  # the Celery worker process reads this
    yield PREFIX
    from search.client import get_client

    with contextlib.suppress(Exception):  # the node may be down after a failed test
        get_client().indices.delete(index=f"{PREFIX}-*", params={"ignore_unavailable": "true"})
    settings.OPENSEARCH_INDEX_PREFIX = old


def make_offer_index():
    from wagtail.models import Page, Site

    from jobs.models import JobOfferIndexPage

    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_page if site else Page.get_first_root_node()
    index = JobOfferIndexPage(title="Offerte di lavoro", slug=f"offerte-{uuid.uuid4().hex[:6]}")
    root.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def offer_index(db):
    return make_offer_index()


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """The world built and indexed once for a module of read-only tests, inside a transaction
    that is rolled back at the end (each test then runs in a savepoint)."""
    from django.db import transaction

    from search import indexing
    from search.models import DocType
    from tests.factories.jobs_world import build_world

    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world(make_offer_index())
        indexing.reindex(DocType.CANDIDATE)
        indexing.reindex(DocType.OFFER)
        yield world
        transaction.set_rollback(True)


def today() -> date:
    return timezone.localdate()


@pytest.fixture
def world(offer_index):
    """≥50 candidates and ≥10 offers where the right order is known. Returns (profiles by
    username, offers by key)."""
    from tests.factories.jobs_world import build_world

    return build_world(offer_index)
