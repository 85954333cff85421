from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language.

    On a Wagtail page: its translation when it exists, otherwise the Italian page with a note
    (`?untranslated=<lang>`). Elsewhere: the same URL under the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if page is not None and hasattr(page, "get_translation_or_none"):
            from wagtail.models import Locale

            locale = Locale.objects.filter(language_code=code).first()
            translated = page.get_translation_or_none(locale) if locale else None
            if translated is not None and translated.live:
                url = translated.get_url(request)
            else:
                default = page.get_translation_or_none(
                    Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
                )
                with translation.override(settings.LANGUAGE_CODE):
                    base = (default or page).get_url(request)
                url = f"{base}?untranslated={code}" if code != settings.LANGUAGE_CODE else base
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "active": code == current})
    return {"links": links, "current": current}


@register.inclusion_tag("components/main_nav_items.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus": each in the visitor's language when it
    is translated, otherwise the Italian page (marked as such, with the fallback note)."""
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None:
        language = translation.get_language()
        current = context.get("page")
        for child in site.root_page.get_children().live().in_menu():
            shown = child.localized
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
    return {"items": items, "language": translation.get_language()}
