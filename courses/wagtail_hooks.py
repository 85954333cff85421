from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.viewsets.model import ModelViewSet

from courses import admin_views
from courses.models import Lesson
from courses.permissions import (
    PERM_DESK_ENROL,
    PERM_VIEW_ENROLMENTS,
    PERM_VIEW_WALK_INS,
    PERM_VIEW_WARNINGS,
)
from staffarea.menu import PermissionMenuItem


class LessonViewSet(ModelViewSet):
    """Operators edit lessons (date, time, topic, cancellation) after they are generated."""

    model = Lesson
    icon = "date"
    menu_label = _("Lessons")
    add_to_admin_menu = False
    list_display = ["date", "starts_at", "ends_at", "edition", "topic", "cancelled"]
    list_filter = ["cancelled", "edition__municipality"]
    search_fields = ["topic"]
    ordering = ["-date", "starts_at"]
    panels = [
        FieldPanel("edition"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("topic"),
        FieldPanel("note"),
        FieldPanel("cancelled"),
    ]

    def get_queryset(self, request):
        return Lesson.objects.select_related("edition__course")


lesson_viewset = LessonViewSet("courses_lessons")


@hooks.register("register_admin_viewset")
def register_lesson_viewset():
    return lesson_viewset


@hooks.register("register_admin_urls")
def register_courses_urls():
    return [
        path("courses/", admin_views.edition_list, name="courses_admin_editions"),
        path(
            "courses/edition/<int:edition_id>/",
            admin_views.edition_detail,
            name="courses_admin_edition",
        ),
        path(
            "courses/edition/<int:edition_id>/lessons/generate/",
            admin_views.lessons_generate,
            name="courses_admin_lessons_generate",
        ),
        path(
            "courses/edition/<int:edition_id>/register.<str:fmt>",
            admin_views.register_export,
            name="courses_admin_register_export",
        ),
        path(
            "courses/enrolment/<int:enrolment_id>/withdraw/",
            admin_views.enrolment_withdraw,
            name="courses_admin_withdraw",
        ),
        path(
            "courses/enrolment/<int:enrolment_id>/complete/",
            admin_views.enrolment_complete,
            name="courses_admin_complete",
        ),
        path(
            "courses/enrolment/<int:enrolment_id>/certificate/",
            admin_views.certificate_issue,
            name="courses_admin_certificate_issue",
        ),
        path(
            "courses/edition/<int:edition_id>/promote/",
            admin_views.waiting_list_promote,
            name="courses_admin_promote",
        ),
        path("courses/desk-enrol/", admin_views.desk_enrol, name="courses_admin_desk_enrol"),
        path(
            "courses/enrolment/<int:enrolment_id>/certificate/withdraw/",
            admin_views.certificate_withdraw,
            name="courses_admin_certificate_withdraw",
        ),
        path("courses/walk-ins/", admin_views.walk_in_list, name="courses_admin_walk_ins"),
        path(
            "courses/walk-ins/<int:walk_in_id>/link/",
            admin_views.walk_in_link,
            name="courses_admin_walk_in_link",
        ),
        path("courses/follow-up/", admin_views.follow_up_list, name="courses_admin_follow_up"),
        path(
            "courses/follow-up/<int:warning_id>/",
            admin_views.follow_up_record,
            name="courses_admin_follow_up_record",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_courses_menu_item():
    return PermissionMenuItem(
        _("Course enrolments"),
        reverse("courses_admin_editions"),
        icon_name="group",
        order=160,
        permission=PERM_VIEW_ENROLMENTS,
    )


@hooks.register("register_admin_menu_item")
def register_desk_enrol_menu_item():
    return PermissionMenuItem(
        _("Enrol at the desk"),
        reverse("courses_admin_desk_enrol"),
        icon_name="plus",
        order=161,
        permission=PERM_DESK_ENROL,
    )


@hooks.register("register_admin_menu_item")
def register_follow_up_menu_item():
    return PermissionMenuItem(
        _("Attendance follow-up"),
        reverse("courses_admin_follow_up"),
        icon_name="warning",
        order=162,
        permission=PERM_VIEW_WARNINGS,
    )


@hooks.register("register_admin_menu_item")
def register_walk_ins_menu_item():
    return PermissionMenuItem(
        _("Walk-ins"),
        reverse("courses_admin_walk_ins"),
        icon_name="user",
        order=163,
        permission=PERM_VIEW_WALK_INS,
    )
