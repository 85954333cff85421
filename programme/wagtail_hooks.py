from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.admin.viewsets.model import ModelViewSet

from programme import admin_views
from programme.models import ServicePoint, TrainingSession
from programme.permissions import (
    PERM_RECORD_CONTACT,
    PERM_RECORD_COUNTS,
    PERM_VIEW_BOOKINGS,
    PERM_VIEW_DASHBOARD,
)
from staffarea.menu import PermissionMenuItem


class TrainingSessionViewSet(ModelViewSet):
    """Administrators record the training sessions for public and third-sector operators (the
    attendees' names are personal data: programme managers see only the counts)."""

    model = TrainingSession
    icon = "group"
    menu_label = _("Operator training")
    add_to_admin_menu = False
    list_display = ["date", "title", "organiser", "hours"]
    ordering = ["-date"]
    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("hours")]),
        FieldPanel("title"),
        FieldPanel("organiser"),
        InlinePanel("attendees", label=_("Attendee"), heading=_("Attendees")),
    ]


training_viewset = TrainingSessionViewSet("programme_training")


class ServicePointViewSet(ModelViewSet):
    """Administrators keep the list of service points (desks, flying desks, the itinerant desk,
    info points): who runs each, which activity it belongs to, whether it takes bookings."""

    model = ServicePoint
    icon = "site"
    menu_label = _("Service points")
    add_to_admin_menu = False
    list_display = ["name", "kind", "town", "partner", "activity", "bookable", "active"]
    list_filter = ["kind", "partner", "bookable", "active"]
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("town")]),
        FieldRowPanel([FieldPanel("partner"), FieldPanel("activity")]),
        FieldPanel("desk_page"),
        FieldRowPanel([FieldPanel("bookable"), FieldPanel("slot_minutes"), FieldPanel("active")]),
    ]


point_viewset = ServicePointViewSet("programme_points")


@hooks.register("register_admin_viewset")
def register_training_viewset():
    return training_viewset


@hooks.register("register_admin_viewset")
def register_point_viewset():
    return point_viewset


@hooks.register("register_admin_urls")
def register_programme_urls():
    return [
        path("programme/", admin_views.dashboard, name="programme_dashboard"),
        path("programme/report.xlsx", admin_views.report, name="programme_report"),
        path("programme/contact/", admin_views.contact_new, name="programme_contact_new"),
        path("programme/bookings/", admin_views.booking_list, name="programme_bookings"),
        path(
            "programme/bookings/new/<int:point_id>/",
            admin_views.booking_new,
            name="programme_booking_new",
        ),
        path(
            "programme/bookings/<int:booking_id>/cancel/",
            admin_views.booking_cancel,
            name="programme_booking_cancel",
        ),
        path(
            "programme/bookings/<int:booking_id>/mark/",
            admin_views.booking_mark,
            name="programme_booking_mark",
        ),
        path("programme/counts/", admin_views.monthly_counts, name="programme_counts"),
    ]


class _ProgrammeMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return any(item.is_shown(request) for item in self.menu.registered_menu_items)


@hooks.register("register_admin_menu_item")
def register_programme_menu():
    items = [
        PermissionMenuItem(
            _("Record a desk contact"),
            reverse("programme_contact_new"),
            icon_name="edit",
            order=10,
            permission=PERM_RECORD_CONTACT,
        ),
        PermissionMenuItem(
            _("Bookings"),
            reverse("programme_bookings"),
            icon_name="date",
            order=20,
            permission=PERM_VIEW_BOOKINGS,
        ),
        PermissionMenuItem(
            _("Accommodation: monthly figures"),
            reverse("programme_counts"),
            icon_name="home",
            order=30,
            permission=PERM_RECORD_COUNTS,
        ),
        PermissionMenuItem(
            _("Programme dashboard"),
            reverse("programme_dashboard"),
            icon_name="view",
            order=40,
            permission=PERM_VIEW_DASHBOARD,
        ),
        PermissionMenuItem(
            _("Operator training"),
            reverse("programme_training:index"),
            icon_name="group",
            order=50,
            permission="programme.view_trainingsession",
        ),
        PermissionMenuItem(
            _("Service points"),
            reverse("programme_points:index"),
            icon_name="site",
            order=60,
            permission="programme.change_servicepoint",
        ),
    ]
    return _ProgrammeMenuItem(_("Programme"), Menu(items=items), icon_name="list-ul", order=150)
