"""Editors' translation tools: machine translation only when configured from the environment,
and the translation-status screen (editors, approvers and administrators only)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.models import Translation

from cms.models import StandardPage
from portal.settings.base import machine_translator

pytestmark = pytest.mark.django_db

User = get_user_model()
STATUS_URL = "/admin/translation-status/"


def _editor_view_of_translation(client) -> tuple[str, str]:
    about = StandardPage.objects.get(slug="chi-siamo", locale__language_code="it")
    english = about.get_translation(Locale.objects.get(language_code="en"))
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=english.locale
    )
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return client.get(f"/admin/pages/{english.pk}/edit/").content.decode(), url


def test_machine_translation_only_when_configured(client, demo_site, settings, monkeypatch):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    monkeypatch.delenv("LIBRETRANSLATE_URL", raising=False)
    assert machine_translator() is None
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()
    client.force_login(User.objects.get(username="redattrice"))
    html, url = _editor_view_of_translation(client)
    assert "&quot;machineTranslator&quot;: null" in html  # no button
    assert url not in html
    monkeypatch.setenv("DEEPL_AUTH_KEY", "not-a-real-key:fx")
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()
    assert isinstance(get_machine_translator(), DeepLTranslator)
    html, url = _editor_view_of_translation(client)
    assert url in html  # the editor offers the machine draft
    monkeypatch.delenv("DEEPL_AUTH_KEY")
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://libretranslate.internal:5000")
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()
    translator = get_machine_translator()
    assert isinstance(translator, LibreTranslator)
    assert translator.get_api_endpoint() == "http://libretranslate.internal:5000"


def test_translation_status_lists_untranslated_and_changed_pages(client, demo_site):
    client.force_login(User.objects.get(username="approvatore"))
    html = client.get(STATUS_URL).content.decode()
    assert "Orari estivi" not in html
    home = Page.objects.get(depth=2, locale__language_code="it")
    new = home.add_child(instance=StandardPage(title="Orari estivi", slug="orari-estivi"))
    new.save_revision().publish()
    about = StandardPage.objects.get(slug="chi-siamo", locale__language_code="it")
    about.intro = "Testo nuovo."
    about.save_revision().publish()
    html = client.get(STATUS_URL).content.decode()
    assert html.count(">Orari estivi</a>") == 3  # untranslated in en, fr and ar
    assert html.count(f">{about.title}</a>") == 3  # its new text is out of date
