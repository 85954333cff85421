"""Template tags for attendance marks: one colour, one icon and one word per mark, defined once
(the styles are in courses/static/courses/courses.css). Tags rather than included templates: a
register of 40 with its history draws a few hundred of them."""

from functools import cache

from django import template
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import SafeString

register = template.Library()

SPRITES = "bootstrap-italia/svg/sprites.svg"
ICONS = {
    "present": "it-check-circle",
    "late": "it-clock",
    "excused": "it-note",
    "absent": "it-close-circle",
}
NO_MARK_ICON = "it-minus-circle"
# the register's radio buttons without JavaScript (Bootstrap Italia's outline buttons)
BUTTONS = {
    "present": "btn-outline-success",
    "late": "btn-outline-warning",
    "absent": "btn-outline-danger",
}


@cache
def _icon(name: str) -> SafeString:
    """One icon's markup, made once per process (the sprite's hashed name does not change while
    the process runs)."""
    return format_html(
        '<svg class="icon" aria-hidden="true" focusable="false"><use href="{}#{}"></use></svg>',
        static(SPRITES),
        name,
    )


@register.simple_tag
def mark_icon(status: str) -> SafeString:
    return _icon(ICONS.get(status, NO_MARK_ICON))


@register.simple_tag
def mark_badge(status: str, label: str, compact: bool = False) -> SafeString:
    """A mark as a badge: colour, icon and the word (only for screen readers when compact)."""
    return format_html(
        '<span class="mark-badge mark-{}">{}<span{}>{}</span></span>',
        status or "none",
        mark_icon(status),
        format_html(' class="{}"', "visually-hidden") if compact else "",
        label,
    )


@register.simple_tag
def mark_button_class(status: str) -> str:
    return BUTTONS.get(status, "btn-outline-secondary")
