"""Which text of a page is still in Italian, so that the templates can mark it.

Every page exists in every language (cms/locales.py): either translated with wagtail-localize,
or as an alias of the Italian page until someone translates it. A visitor reading Arabic thus
always gets the Arabic interface; the page's own text is Italian where nobody has translated it
yet, and the templates put `lang="it" dir="ltr"` on exactly that text (screen readers switch
voice, the text keeps its direction) and show a short note in the visitor's language.

- An alias (or a page of another language shown in a list): all of its text.
- A translation: the fields whose text is still the Italian page's (wagtail-localize copies the
  source text where a segment has no translation yet), and the StreamField blocks whose value is
  still the Italian block's (block ids are kept across translations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.translation import get_language, get_language_info, get_supported_language_variant
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

# Text fields of a page that are never shown as text (or are the same in every language)
NOT_SHOWN = frozenset({"slug", "draft_title", "url_path"})

_LOCALE_CODES: dict[int, str] = {}


def default_language() -> str:
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def locale_code(page: Page) -> str:
    """A page's locale as a language code, without a query once the locales are known."""
    cached = page._state.fields_cache.get("locale")
    if cached is not None:
        return cached.language_code
    code = _LOCALE_CODES.get(page.locale_id)
    if code is None:
        _LOCALE_CODES.clear()
        _LOCALE_CODES.update(Locale.objects.values_list("pk", "language_code"))
        code = _LOCALE_CODES.get(page.locale_id, default_language())
    return code


def content_language(page: Page) -> str:
    """The language a page's text is written in: an alias shows the page it stands in for,
    which is in the default language (the locales are synchronised from it)."""
    if page.alias_of_id is not None:
        return default_language()
    return locale_code(page)


@dataclass
class Fallback:
    """What of a page is shown in `language` rather than in the visitor's language."""

    language: str = ""
    everything: bool = False
    fields: set[str] = field(default_factory=set)
    blocks: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return self.everything or bool(self.fields) or bool(self.blocks)

    def covers(self, name: str = "", block_id: str = "") -> bool:
        if self.everything:
            return True
        if block_id:
            return block_id in self.blocks
        return name in self.fields


def _text_fields(model: type[Page]) -> list[Any]:
    from django.core.exceptions import FieldDoesNotExist
    from django.db import models
    from wagtail_localize.fields import TranslatableField, get_translatable_fields

    fields = []
    for translatable in get_translatable_fields(model):
        if not isinstance(translatable, TranslatableField):
            continue
        if translatable.field_name in NOT_SHOWN:
            continue
        try:
            model_field = model._meta.get_field(translatable.field_name)
        except FieldDoesNotExist:  # a name the model lacks
            continue
        if isinstance(model_field, models.CharField | models.TextField | StreamField):
            fields.append(model_field)
    return fields


def _stream_blocks(value: Any) -> dict[str, Any]:
    return {child.id: child.block.get_prep_value(child.value) for child in value if child.id}


def _compare(page: Page, source: Page) -> Fallback:
    fallback = Fallback(language=content_language(source))
    for model_field in _text_fields(type(page)):
        name = model_field.name
        mine, theirs = getattr(page, name), getattr(source, name)
        if isinstance(model_field, StreamField):
            originals = _stream_blocks(theirs)
            for block_id, value in _stream_blocks(mine).items():
                if value and originals.get(block_id) == value:
                    fallback.blocks.add(block_id)
        elif mine and mine == theirs:
            fallback.fields.add(name)
    return fallback


def fallback_for(page: Page, language: str | None = None) -> Fallback:
    """What of `page` is not in `language` (the visitor's by default). Cached on the page:
    one query for a translation (its Italian page), none for an alias or a page of the
    visitor's language."""
    language = language or get_language() or default_language()
    cache: dict[str, Fallback] = page.__dict__.setdefault("_fallback_cache", {})
    if language in cache:
        return cache[language]
    shown_in = content_language(page)
    if shown_in != language:
        result = Fallback(language=shown_in, everything=True)
    elif locale_code(page) == default_language():
        result = Fallback()
    else:
        source = (
            type(page)
            .objects.filter(
                translation_key=page.translation_key, locale__language_code=default_language()
            )
            .first()
        )
        result = _compare(page, source) if source is not None else Fallback()
    cache[language] = result
    return result


def lang_attributes(language: str) -> dict[str, str]:
    """`lang` and `dir` for text in `language`."""
    try:
        bidi = get_language_info(language)["bidi"]
    except KeyError:
        bidi = False
    return {"lang": language, "dir": "rtl" if bidi else "ltr"}
