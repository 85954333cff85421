from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def sample_badge(page, field: str):
    """A visible "sample data" mark next to a value that no public source confirms yet."""
    if hasattr(page, "is_sample") and page.is_sample(field):
        return format_html(
            '<span class="badge bg-warning text-dark sample-data-badge ms-1">{}</span>',
            _("sample data"),
        )
    return ""


@register.filter
def language_name(code: str) -> str:
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


OG_LOCALES = {"it": "it_IT", "en": "en_GB", "fr": "fr_FR", "ar": "ar_AR"}


@register.filter
def og_locale(code: str) -> str:
    """Open Graph's locale form (language_TERRITORY) of a language code."""
    return OG_LOCALES.get((code or "it").split("-")[0], "it_IT")


@register.simple_tag
def og_description(page) -> str:
    """The page's description for link previews: its own, else its introduction."""
    from django.utils.html import strip_tags
    from django.utils.text import Truncator

    text = ""
    for name in ("search_description", "intro", "summary"):
        value = getattr(page, name, "") if page is not None else ""
        if value:
            text = strip_tags(str(value))
            break
    if not text:
        text = _(
            "Italian courses, housing and work orientation and job matching for foreign "
            "residents of the Grosseto area."
        )
    return Truncator(" ".join(text.split())).chars(200)
