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
