from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html_join

from portal import i18n

register = template.Library()


def _live_translations(page) -> dict[str, object]:
    """Live pages of this page's translation group (aliases included) by language, one query."""
    from wagtail.models import Page

    pages = Page.objects.live().filter(translation_key=page.translation_key)
    return {p.locale.language_code: p for p in pages.select_related("locale")}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language: on a Wagtail page, its page in that language (every
    page has one, translated or an alias: see cms/locales.py); elsewhere, the same address under
    the other language's prefix."""
    from wagtail.models import Page

    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    on_page = isinstance(page, Page)
    translations = _live_translations(page) if on_page else {}
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if code in translations:
            url = translations[code].get_url(request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "active": code == current})
    return {"links": links, "current": current}


@register.inclusion_tag("components/main_nav_items.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", each as its page in the visitor's
    language (a translation, or an alias showing the Italian text, marked `lang="it"`). Two
    queries whatever the number of items."""
    from wagtail.models import Page, Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = []
    language = translation.get_language()
    if site is not None:
        current = context.get("page")
        children = list(site.root_page.get_children().live().in_menu().select_related("locale"))
        translated = {
            p.translation_key: p
            for p in Page.objects.live()
            .filter(
                translation_key__in=[c.translation_key for c in children],
                locale__language_code=language,
            )
            .select_related("locale")
        }
        for child in children:
            shown = translated.get(child.translation_key, child)
            text_language = i18n.content_language(shown)  # no query: the menu stays at two
            items.append(
                {
                    "title": shown.title,
                    "url": shown.get_url(request),
                    "lang": text_language,
                    "dir": i18n.lang_attributes(text_language)["dir"],
                    "active": current is not None
                    and (current.pk == shown.pk or current.path.startswith(shown.path)),
                }
            )
    return {"items": items, "language": language}


@register.simple_tag
def fallback_lang(page, name: str = "", block_id: str = ""):
    """` lang="it" dir="ltr"` on text of `page` that is shown in Italian inside a page in
    another language; nothing otherwise. Without a field name: the page as a whole (a card in a
    list: a page of another language, or an alias); with one (or a StreamField block's id):
    that text of the page being read. See portal/i18n.py."""
    if page is None:
        return ""
    fallback = i18n.fallback_for(page)
    covered = fallback.covers(name, block_id) if name or block_id else fallback.everything
    if not covered:
        return ""
    attributes = i18n.lang_attributes(fallback.language)
    return format_html_join("", ' {}="{}"', attributes.items())


@register.inclusion_tag("components/untranslated_note.html", takes_context=True)
def untranslated_note(context):
    """A short note, in the visitor's language, on a page whose text is (partly) Italian."""
    from wagtail.models import Page

    page = context.get("page")
    fallback = i18n.fallback_for(page) if isinstance(page, Page) else i18n.Fallback()
    language_name = ""
    if fallback:
        info = translation.get_language_info(fallback.language)
        language_name = info["name_translated"]
    return {"fallback": fallback, "language_name": language_name}
