"""Demo translations made with wagtail-localize, the way an editor's would be.

For each page: a TranslationSource from the Italian page, a Translation per target locale,
one StringTranslation per segment we have a translation for (demo/data/translations.py,
keyed by the Italian text), then `save_target`, which creates or updates the translated page
and publishes it. Untranslated segments (addresses, names) fall back to the Italian text.
Running it again updates the same translations (idempotent).
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.models import (
    DeskIndexPage,
    DeskPage,
    EventIndexPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)
from demo.data.translations import STRINGS

NEWS_TO_TRANSLATE = ["al-via-ali", "follonica-sportello-via-roma"]
PROGRAMME_PAGES = ["chi-siamo", "casa", "lavoro-e-formazione", "aiuto-donne"]


@transaction.atomic
def translate_page(page: Page, language: str) -> Page:
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    locale = Locale.objects.get(language_code=language)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    table = STRINGS.get(language, {})
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = table.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    translation.save_target(publish=True)
    return page.get_translation(locale)


def pages_to_translate() -> list[tuple[Page, tuple[str, ...]]]:
    it = {"locale__language_code": "it"}
    pages: list[tuple[Page, tuple[str, ...]]] = []
    home = HomePage.objects.filter(**it).first()
    if home is None:
        return pages
    pages.append((home, ("en", "ar", "fr")))
    # the contact page stays Italian: its form fields are not translatable yet
    for model in (DeskIndexPage, NewsIndexPage, EventIndexPage):
        for page in model.objects.filter(**it):
            pages.append((page, ("en", "ar", "fr")))
    for page in DeskPage.objects.filter(**it).order_by("path"):
        pages.append((page, ("en", "ar")))
    # the programme's pages (issue 11), in every language
    for slug in PROGRAMME_PAGES:
        for page in Page.objects.filter(slug=slug, **it).specific():
            pages.append((page, ("en", "ar", "fr")))
    for page in NewsPage.objects.filter(slug__in=NEWS_TO_TRANSLATE, **it).order_by("path"):
        pages.append((page, ("en", "ar")))
    return pages


def ensure_translations() -> None:
    for page, languages in pages_to_translate():
        for language in languages:
            translate_page(page, language)
    # New translated parents can be left with a stale child count (seen with wagtail-localize
    # 1.14 creating parent and children in one transaction): recount, or their children 404.
    fix_child_counts()
    transaction.on_commit(fix_child_counts)  # again after commit: it happens there too


def fix_child_counts() -> None:
    if any(Page.find_problems()):
        Page.fix_tree()
