"""Data that is not a page, in the visitor's language: CEFR levels explained, holiday names on a
desk page, dates in each locale's format, counts with Arabic's plural forms, codes isolated."""

import datetime as dt

import pytest
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.translation import ngettext

from cms.models import DeskPage
from courses.forms import CatalogueFilterForm
from demo.desks import ensure_desk_closures

pytestmark = pytest.mark.django_db


def _render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load locale_tags %}" + source).render(Context(context))


def test_levels_are_explained_in_each_language_and_in_the_catalogue_filter():
    assert _render("{{ l|cefr }}", "ar", l="A1") == "A1 — مبتدئ"
    assert _render("{{ l|cefr }}", "fr", l="A1") == "A1 — débutant"
    assert _render("{{ l|cefr }}", "it", l="preA1").startswith("Pre-A1 — primi passi")
    assert _render("{{ l|cefr }}", "en", l="") == ""
    with translation.override("en"):
        labels = [str(label) for _, label in CatalogueFilterForm(places=[]).fields["level"].choices]
    assert labels[1:3] == [
        "Pre-A1 — first steps: for people who know no Italian yet or cannot read well",
        "A1 — beginner",
    ]


def test_a_desk_page_names_the_holiday_in_the_visitors_language(client, demo_site):
    year = timezone.localdate().year + 2  # a Christmas still to come
    ensure_desk_closures(today=dt.date(year, 12, 1))
    desk = DeskPage.objects.get(slug="grosseto", locale__language_code="it")
    christmas = desk.exceptions.get(date=dt.date(year, 12, 25))
    assert christmas.reason == "Natale"  # as stored
    with translation.override("fr"):
        assert christmas.reason_here() == "Noël"
    with translation.override("ar"):
        assert christmas.reason_here() == "عيد الميلاد"
    christmas.reason = "Chiuso per inventario"  # an editor's own words stay as written
    with translation.override("fr"):
        assert christmas.reason_here() == "Chiuso per inventario"
    html = client.get(desk.url).content.decode()
    assert "(Natale)" in html


def test_dates_follow_the_locale_and_stay_in_one_piece():
    day = dt.datetime(2026, 11, 6, 9, 30)
    assert _render('{{ d|date:"SHORT_DATETIME_FORMAT" }}', "en", d=day) == "06/11/2026 09:30"
    assert _render("{{ d|longdate }}", "fr", d=day) == "<bdi>Vendredi 6 novembre 2026</bdi>"
    assert _render("{{ d|longdate }}", "ar", d=day) == "<bdi>الجمعة 6 نوفمبر 2026</bdi>"
    assert _render("{{ code|ltr }}", "ar", code="AB12-CD34") == '<bdi dir="ltr">AB12-CD34</bdi>'


def test_counts_use_every_arabic_plural_form():
    with translation.override("ar"):
        counts = {
            n: ngettext("%(counter)s result", "%(counter)s results", n) % {"counter": n}
            for n in (0, 1, 2, 3, 11, 100)
        }
    assert counts[3] == "3 نتائج"
    assert counts[2] == "2 نتيجتان"
    assert not any("risultat" in text for text in counts.values())
