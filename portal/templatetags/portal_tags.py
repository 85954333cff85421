from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


def _live_translations(page) -> dict[str, object]:
    """Live translations of a page (itself included) by language code, in one query."""
    from wagtail.models import Page

    pages = Page.objects.live().filter(translation_key=page.translation_key)
    return {p.locale.language_code: p for p in pages.select_related("locale")}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language.

    On a Wagtail page: its translation when it exists, otherwise the Italian page with a note
    (`?untranslated=<lang>`). Elsewhere: the same URL under the other language prefix.
    """
    from wagtail.models import Page

    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    on_page = isinstance(page, Page)
    translations = _live_translations(page) if on_page else {}
    default = translations.get(settings.LANGUAGE_CODE, page)
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if on_page:
            if code in translations:
                url = translations[code].get_url(request)
            else:
                with translation.override(settings.LANGUAGE_CODE):
                    url = f"{default.get_url(request)}?untranslated={code}"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "active": code == current})
    return {"links": links, "current": current}


@register.inclusion_tag("components/main_nav_items.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus": each in the visitor's language when it
    is translated, otherwise the Italian page (marked as such, with the fallback note). Two
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
            url = shown.get_url(request)
            page_language = shown.locale.language_code
            if page_language != language:
                url = f"{url}?untranslated={language}"
            items.append(
                {
                    "title": shown.title,
                    "url": url,
                    "lang": page_language,
                    "active": current is not None
                    and (current.pk == shown.pk or current.path.startswith(shown.path)),
                }
            )
    return {"items": items, "language": language}
