"""Which live pages (and translatable snippets) each language still lacks, for the editors'
translation-status screen in the staff area.

For every language but the default one, each live page of the default tree is:
- untranslated: that language has only the alias (the Italian text) or no page at all;
- out of date: the Italian page was published after its translation source was last synced,
  or some of its texts have no translation in that language (new or changed Italian text);
- translated: every text of the current Italian page is translated.

A handful of queries whatever the number of pages (counts are aggregated per language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from cms.locales import content_language_codes, default_language_code

UNTRANSLATED = "untranslated"
OUT_OF_DATE = "out_of_date"
TRANSLATED = "translated"


@dataclass
class Row:
    title: str
    kind: str
    status: str
    translated: int = 0
    total: int = 0
    edit_url: str = ""
    obj: Any = None


@dataclass
class LanguageStatus:
    code: str
    rows: list[Row] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def untranslated(self) -> int:
        return self.count(UNTRANSLATED)

    @property
    def out_of_date(self) -> int:
        return self.count(OUT_OF_DATE)

    @property
    def to_do(self) -> list[Row]:
        return [row for row in self.rows if row.status != TRANSLATED]


def _translatable_objects() -> list[tuple[Any, str]]:
    """(object, kind) for every live page and translatable snippet in the default language."""
    default = default_language_code()
    pages = (
        Page.objects.live()
        .filter(locale__language_code=default, depth__gte=2, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
    )
    objects: list[tuple[Any, str]] = [(p, p.content_type.name) for p in pages]
    for model in get_snippet_models():
        if issubclass(model, TranslatableMixin):
            for obj in model.objects.filter(locale__language_code=default):
                objects.append((obj, str(model._meta.verbose_name)))
    return objects


def translation_status() -> list[LanguageStatus]:
    objects = _translatable_objects()
    keys = {obj.translation_key for obj, _kind in objects}
    # which objects have a real (non-alias) page or snippet in each language
    present: dict[str, set] = {}
    for page in Page.objects.filter(translation_key__in=keys, alias_of__isnull=True).values(
        "translation_key", "locale__language_code"
    ):
        present.setdefault(page["locale__language_code"], set()).add(page["translation_key"])
    for obj, _kind in objects:
        if not isinstance(obj, Page):
            for other in type(obj).objects.filter(translation_key=obj.translation_key):
                present.setdefault(other.locale.language_code, set()).add(obj.translation_key)
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=default_language_code()
        )
    }
    totals = dict(
        StringSegment.objects.filter(source__in=sources.values())
        .values_list("source_id")
        .annotate(n=Count("id"))
    )
    result = []
    for code in content_language_codes()[1:]:
        locale = Locale.objects.filter(language_code=code).first()
        done: dict[int, int] = {}
        if locale is not None:
            translated = StringTranslation.objects.filter(
                translation_of=OuterRef("string"), context=OuterRef("context"), locale=locale
            )
            done = dict(
                StringSegment.objects.filter(source__in=sources.values())
                .annotate(has=Exists(translated))
                .values_list("source_id")
                .annotate(n=Count("id", filter=Q(has=True)))
            )
        status = LanguageStatus(code=code)
        for obj, kind in objects:
            row = Row(title=str(obj), kind=kind, status=TRANSLATED, obj=obj)
            source = sources.get(obj.translation_key)
            if obj.translation_key not in present.get(code, set()):
                row.status = UNTRANSLATED
            elif source is not None:
                row.total = totals.get(source.pk, 0)
                row.translated = done.get(source.pk, 0)
                changed = (
                    isinstance(obj, Page)
                    and obj.last_published_at is not None
                    and obj.last_published_at > source.last_updated_at
                )
                if changed or row.translated < row.total:
                    row.status = OUT_OF_DATE
            status.rows.append(row)
        result.append(status)
    return result
