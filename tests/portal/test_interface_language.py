"""No Italian interface text on a French, Arabic or English page.

Each page a visitor meets (the pages of the demo's translated trees, one of each type, and the
learner's own screens) is rendered in fr, ar and en. Content marked `lang="it"` (an untranslated
page's Italian text, a venue's name) is set aside; in what is left, no interface string may
appear in its Italian translation when the page's language has another one. A French string
missing from the .po files shows up here, because Django then falls back to Italian.
"""

import re
from functools import cache

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Page

from courses import services
from tests.factories.courses import EditionFactory, learners

pytestmark = pytest.mark.django_db
LANGUAGES = ("fr", "ar", "en")
PLACEHOLDER = re.compile(r"%(\([^)]*\))?[sd]|\{[^}]*\}")
ATTRIBUTES = ("title", "alt", "placeholder", "aria-label")


@cache
def italian_strings(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Italian interface strings that should read differently in `language`: short ones (a
    label, a button) matched as a whole text, and fragments of long ones matched inside text."""
    italian = trans_real.translation("it")._catalog
    other = trans_real.translation(language)._catalog
    expected = {}
    for key, _text in italian.items():
        msgid = key[0] if isinstance(key, tuple) else key
        expected[key] = other.get(key) or msgid.split("\x04")[-1]
    allowed = set(expected.values())  # words that are the same in both languages ("Email")
    allowed |= {name for _code, name in settings.LANGUAGES}  # each language by its own name
    whole, parts = set(), set()
    for key, text in italian.items():
        if not text or text == expected[key] or text in allowed:
            continue
        for part in PLACEHOLDER.split(text):
            part = (part or "").strip(" .,:;!?()\n")
            if len(part) >= 20 and " " in part:
                parts.add(part)
            elif len(part) >= 4 and part == text.strip(" .,:;!?()\n") and part not in allowed:
                whole.add(part)
    return frozenset(whole), tuple(sorted(parts))


def interface_texts(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.select('script, style, template, body [lang^="it"]'):
        element.decompose()
    texts = [" ".join(s.split()) for s in soup.stripped_strings]
    for element in soup.find_all(True):
        texts += [element[a] for a in ATTRIBUTES if element.has_attr(a)]
    return [t for t in texts if t]


def italian_in(html: str, language: str) -> set[str]:
    whole, parts = italian_strings(language)
    found = set()
    for text in interface_texts(html):
        if text.strip(" .,:;!?()") in whole:
            found.add(text)
        found.update(part for part in parts if part in text)
    return found


def _pages(client, language: str) -> dict[str, str]:
    """One live page of each type in the language's tree, then the learner's screens."""
    urls = {}
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1):
        urls.setdefault(page.content_type.model, page.url)
    prefix = f"/{language}"
    translation.activate(settings.LANGUAGE_CODE)  # unprefixed addresses, then the prefix
    edition = EditionFactory(course__title="Italiano A1", slots=[(1, "09:30", "11:30")])
    (person,) = learners(1, preferred_language=language)
    enrolment = services.enrolment_create(edition=edition, person=person, consent_given=True)
    for name, url in {
        "login": reverse("account_login"),
        "signup": reverse("account_signup"),
        "claim": reverse("accounts:claim"),
        "search": reverse("search") + "?q=Follonica",
    }.items():
        urls[name] = prefix + url
    client.force_login(person)
    for name, url in {
        "enrol": reverse("courses:enrol_confirm", args=[edition.pk]),
        "enrol_done": reverse("courses:enrol_done", args=[enrolment.pk]),
        "my_courses": reverse("courses:my_courses"),
        "cv": reverse("jobs:overview"),
        "profile": reverse("accounts:profile"),
    }.items():
        urls[name] = prefix + url
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_italian_interface_text_outside_content_marked_italian(client, demo_site, language):
    problems = {}
    for name, url in _pages(client, language).items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        found = italian_in(response.content.decode(), language)
        if found:
            problems[f"{name} {url}"] = sorted(found)[:8]
    assert not problems, problems


def test_the_checker_sees_italian_in_an_italian_page(client, demo_site):
    """The control: the Italian sign-in page, read as if it were French, is full of Italian."""
    html = client.get("/accounts/login/").content.decode()
    assert {"Accedi", "Registrato/a a uno sportello?"} & italian_in(html, "fr")
    assert len(italian_in(html, "fr")) >= 5
