"""The menu and the language switcher are on every page a person sees: their cost in queries
must not grow with the number of menu items or languages."""

import pytest
from django.db import connection
from django.template import engines
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page

pytestmark = pytest.mark.django_db

TEMPLATE = "{% load portal_tags %}{% main_menu %}|{% language_switcher %}"


def _render(rf, page, language: str) -> tuple[str, int]:
    request = rf.get(page.url)
    template = engines["django"].from_string(TEMPLATE)
    with translation.override(language), CaptureQueriesContext(connection) as queries:
        html = template.render({"request": request, "page": page}, request)
    return html, len(queries)


def test_menu_and_language_switcher_queries_do_not_grow_with_the_menu(rf, demo_site):
    home = Page.objects.get(depth=2, locale__language_code="it").specific
    english = Page.objects.get(translation_key=home.translation_key, locale__language_code="en")
    _render(rf, english.specific, "en")  # warm the site root paths cache
    html, before = _render(rf, english.specific, "en")
    for slug in ("nuova-sezione-1", "nuova-sezione-2", "nuova-sezione-3"):
        section = (
            home.get_children()
            .first()
            .specific.copy(
                update_attrs={"slug": slug, "title": slug, "show_in_menus": True},
                keep_live=True,
            )
        )
        assert section.locale == Locale.objects.get(language_code="it")
    english = Page.objects.get(translation_key=home.translation_key, locale__language_code="en")
    html, after = _render(rf, english.specific, "en")
    assert html.count("nuova-sezione") >= 3
    assert 'lang="it" dir="ltr">nuova-sezione-1' in html  # not translated yet: marked as such
    assert after == before
