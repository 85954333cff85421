"""Private documents (a collection restricted to some people) are never served from a raw
/media/ address (issue #9, deliver 8)."""

import importlib

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from portal.accounts.roles import Role
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def private_document():
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Riservato agli operatori")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=Role.OPERATOR.value)])
    document = get_document_model()(title="Elenco riservato", collection=collection)
    document.file.save("elenco-riservato.txt", ContentFile(b"Dati personali"), save=True)
    return document


@pytest.fixture
def debug_urls(settings):
    """The URL configuration as the local run (DEBUG on) builds it, which serves media files."""
    import portal.urls

    settings.DEBUG = True
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(portal.urls)
    clear_url_caches()


def test_private_documents_go_through_the_view_that_checks_who_asks(client, private_document):
    assert private_document.url.startswith("/documents/")
    assert not private_document.url.startswith("/media/")
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    client.force_login(UserFactory(role=Role.LEARNER))
    assert client.get(private_document.url).status_code in (302, 403)
    client.force_login(UserFactory(role=Role.OPERATOR))
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Dati personali"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "no-store" in response["Cache-Control"]


def test_the_raw_media_address_of_a_document_is_never_served(client, private_document, debug_urls):
    raw = f"/media/{private_document.file.name}"
    assert raw.startswith("/media/documents/")
    assert client.get(raw).status_code == 404
    client.force_login(UserFactory(role=Role.OPERATOR))
    assert client.get(raw).status_code == 404
