"""What may be sent has a size (issue #9, found 6): documents and images, and any request."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db
User = get_user_model()
MB = 1024 * 1024


def _upload(client, size: int, name: str = "bando.pdf"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Bando",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, b"%PDF-1.4\n" + b"0" * size, "application/pdf"),
        },
    )


def test_a_60_mb_document_is_refused_before_it_is_read(client, demo_site):
    client.force_login(User.objects.get(username="admin"))
    before = get_document_model().objects.count()
    response = _upload(client, 60 * MB)
    assert response.status_code == 413
    assert "File troppo grande" in response.content.decode()
    assert get_document_model().objects.count() == before


def test_a_document_over_the_limit_gets_the_forms_message(client, demo_site, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1 * MB
    client.force_login(User.objects.get(username="admin"))
    before = get_document_model().objects.count()
    response = _upload(client, 2 * MB)
    assert response.status_code == 200
    assert "troppo grande" in response.content.decode()
    assert get_document_model().objects.count() == before
    assert _upload(client, 100_000).status_code == 302
    assert get_document_model().objects.count() == before + 1
