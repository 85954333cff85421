"""Every page in every language, with wagtail-localize's locale synchronisation.

The languages are the settings' (`WAGTAIL_CONTENT_LANGUAGES`, which is `LANGUAGES`): each one has
a Wagtail `Locale`, and every locale but the default one is synchronised from the default
(`LocaleSynchronization`, the "Sync from" option of the staff area's Locales screen). A page of
the Italian tree that nobody has translated yet exists in every other locale as an *alias*: a
copy at its own URL (`/ar/corsi/…`) that Wagtail keeps identical to the Italian page whenever
that is published. Translating the page in wagtail-localize turns the alias into a real
translation. The templates mark what is still Italian (`portal/i18n.py`).

Why aliases rather than a fallback at request time: each language then has its own URLs, its own
menu, listings, iCal feed and search index entries, built by the same code as the Italian ones,
and an editor sees in the page tree which pages each language has.

Adding a language is one entry in `LANGUAGES` plus its `.po` file: `manage.py migrate` (or the
demo loader) creates the locale, its synchronisation and the aliases of every existing page.
"""

import logging

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils.translation import get_supported_language_variant
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource
from wagtail_localize.synctree import PageIndex, synchronize_tree

logger = logging.getLogger(__name__)


def content_language_codes() -> list[str]:
    """The content languages, the default one first (from the settings, nowhere else)."""
    default = default_language_code()
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return [default, *(code for code in codes if code != default)]


def default_language_code() -> str:
    return get_supported_language_variant(settings.LANGUAGE_CODE)


@transaction.atomic
def locales_ensure() -> dict[str, Locale]:
    """A Locale per content language and, for each but the default, a synchronisation from the
    default; then every page of the default tree gets an alias where it has no page yet.
    Idempotent; returns the locales by language code."""
    codes = content_language_codes()
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}
    default = locales[codes[0]]
    for code in codes[1:]:
        # saving a new synchronisation builds that locale's tree (wagtail-localize's signal)
        LocaleSynchronization.objects.get_or_create(
            locale=locales[code], defaults={"sync_from": default}
        )
    locales_synchronise()
    return locales


def locales_synchronise() -> None:
    """Create the aliases missing in every synchronised locale (pages created by code, or while
    a synchronisation did not exist yet). Pages that have a page in a locale are left alone."""
    index = None
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        index = index or PageIndex.from_database().sort_by_tree_position()
        synchronize_tree(sync.sync_from, sync.locale, page_index=index)


def page_aliases_ensure(page: Page) -> list[Page]:
    """Give a page of a synchronised-from locale an alias in every locale synchronised from it
    that has no page for it yet (with aliases of its parents where they are missing too).
    wagtail-localize does this for pages created in the staff area; this covers pages created
    by code (services, the demo) when they are published."""
    if page.alias_of_id is not None or page.depth <= 1:
        return []
    created = []
    targets = Locale.objects.filter(
        pk__in=LocaleSynchronization.objects.filter(sync_from_id=page.locale_id).values("locale")
    ).exclude(pk__in=Page.objects.filter(translation_key=page.translation_key).values("locale"))
    for locale in targets:
        created.append(page.copy_for_translation(locale, copy_parents=True, alias=True))
    return created


def translations_update(page: Page) -> int:
    """After a page is published, its wagtail-localize translations take its new content at
    once: facts (addresses, hours, dates, places, skills: the synchronised fields) are copied,
    texts keep their translation where the Italian text is unchanged, and changed or new
    texts show the Italian until a translator translates them (marked `lang="it"`, and listed
    on the translation-status screen). People never read stale hours or dates in their
    language. Returns how many translations were updated."""
    translations = Translation.objects.filter(
        source__object_id=page.translation_key, source__locale_id=page.locale_id, enabled=True
    ).select_related("target_locale")
    if not translations.exists():
        return 0
    before = (
        TranslationSource.objects.filter(object_id=page.translation_key, locale_id=page.locale_id)
        .values_list("last_updated_at", flat=True)
        .first()
    )
    source, _created = TranslationSource.update_or_create_from_instance(page)
    if source.last_updated_at == before:  # the content did not change
        return 0
    updated = 0
    for translation in translations:
        try:
            translation.save_target(publish=True)
        except Exception:  # a broken translation must not stop the Italian page's publishing
            logger.exception(
                "Could not update the %s translation of page %s",
                translation.target_locale.language_code,
                page.pk,
            )
        else:
            updated += 1
    return updated


def on_page_published(sender: object, instance: Page, **kwargs) -> None:  # noqa: ARG001
    if kwargs.get("alias"):  # Wagtail updating an alias: nothing new
        return
    page_aliases_ensure(instance)
    translations_update(instance)


def on_post_migrate(sender: object, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:  # noqa: ARG001
    """After `migrate`: the locales of the settings exist and are synchronised (so a language
    added to the settings gets its pages at the next migrate)."""
    tables = connections[using].introspection.table_names()
    if LocaleSynchronization._meta.db_table not in tables or "wagtailcore_page" not in tables:
        return
    locales_ensure()


def connect() -> None:
    from django.apps import apps
    from django.db.models.signals import post_migrate
    from wagtail.signals import page_published

    page_published.connect(on_page_published, dispatch_uid="cms-locales-page-published")
    # once per migrate (post_migrate is sent for every app; all migrations have run by then)
    post_migrate.connect(
        on_post_migrate, sender=apps.get_app_config("cms"), dispatch_uid="cms-locales-migrate"
    )
