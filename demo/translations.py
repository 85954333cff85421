"""Demo translations made with wagtail-localize, the way an editor's would be.

For each page: a TranslationSource from the Italian page, a Translation per target locale,
one StringTranslation per segment we have a translation for (demo/data/translations.py,
keyed by the Italian text), then `save_target`, which creates or updates the translated page
and publishes it. Every page of the demo is translated into every language of the settings;
segments without a translation (names, slugs) stay as the Italian text.
Running it again updates the same translations (idempotent).
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.locales import content_language_codes, default_language_code
from demo.data.translations import STRINGS

# texts that a translator keeps as they are: the address of a page (its slug)
SAME_IN_EVERY_LANGUAGE = {"slug"}


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
        if text is None and segment.context.path.split(".")[-1] in SAME_IN_EVERY_LANGUAGE:
            text = segment.string.data
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


def pages_to_translate() -> list[Page]:
    """Every page of the Italian tree, parents first (aliases are not pages of their own)."""
    return list(
        Page.objects.filter(locale__language_code=default_language_code(), depth__gte=2)
        .filter(alias_of__isnull=True)
        .order_by("path")
        .specific()
    )


def ensure_translations() -> None:
    languages = content_language_codes()[1:]
    for page in pages_to_translate():
        for language in languages:
            translate_page(page, language)
    # New translated parents can be left with a stale child count (seen with wagtail-localize
    # 1.14 creating parent and children in one transaction): recount, or their children 404.
    fix_child_counts()
    transaction.on_commit(fix_child_counts)  # again after commit: it happens there too


def fix_child_counts() -> None:
    if any(Page.find_problems()):
        Page.fix_tree()
