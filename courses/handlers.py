"""Reactions to the page editor: publishing a course page may change its editions (they are
edited inline), and the people enrolled are told (courses.services.changes)."""

from typing import Any

from courses.models import CoursePage
from courses.services.changes import course_edition_states, edition_changes_notify

BEFORE = "_ali_editions_before_save"


def remember_editions(sender: type, instance: CoursePage, **kwargs: Any) -> None:
    """pre_save of a course page: what its editions are before the editor's changes land."""
    if instance.pk and not kwargs.get("raw"):
        setattr(instance, BEFORE, course_edition_states(course_id=instance.pk))


def tell_about_changes(sender: type, instance: CoursePage, **kwargs: Any) -> None:
    """page_published of a course page: tell the people of each edition that changed."""
    before = getattr(instance, BEFORE, None)
    if before:
        edition_changes_notify(before=before)
