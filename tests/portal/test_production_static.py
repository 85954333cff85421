"""Pages render with hashed static files, as in production (a missing manifest entry is a 500)."""

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db


MANIFEST = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    from django.conf import settings as django_settings

    root = tmp_path_factory.mktemp("static")
    storages = {**django_settings.STORAGES, "staticfiles": MANIFEST}
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def manifest_static(settings, collected_static):
    settings.STATIC_ROOT = collected_static
    settings.STORAGES = {**settings.STORAGES, "staticfiles": MANIFEST}
    settings.DEBUG = False


@pytest.mark.parametrize(
    "path", ["/", "/ar/", "/sportelli/", "/accounts/login/", "/search/?q=corso"]
)
def test_pages_render_with_the_production_static_storage(client, demo_site, manifest_static, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "bootstrap-italia.bundle.min." in html
    assert ".js" in html
    assert "/static/bootstrap-italia/fonts" in html  # where Bootstrap Italia loads its fonts from
