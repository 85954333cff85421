"""Every interface string is translated into Italian (the default), French and Arabic."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po"))


def test_every_app_has_italian_french_and_arabic():
    languages = {(p.parts[-5], p.parts[-3]) for p in CATALOGUES}
    for app in ("portal", "notify", "cms", "courses", "jobs", "search"):
        assert {(app, lang) for lang in ("it", "fr", "ar")} <= languages


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: f"{p.parts[-5]}-{p.parts[-3]}")
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    missing = [e.msgid for e in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    assert missing == []
