"""Staff-area views (inside the Wagtail admin): the one-screen desk contact, bookings made for
people at the desk, monthly counts of the accommodation services, the programme dashboard and
its period report. Thin: check the permission and the partner scope, call a service or a
selector, render."""

import datetime as dt
import time

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from partners.models import Activity, Partner
from programme import indicators, reports, selectors, services
from programme.forms import (
    BookingForm,
    DashboardFilterForm,
    DeskContactForm,
    MonthlyCountForm,
    StaffBookingPersonForm,
    month_end,
    reporting_periods,
)
from programme.models import ACCOMMODATION_ACTIVITIES, Booking, BookingStatus, MonthlyCount
from programme.permissions import (
    PERM_BOOK_FOR_PEOPLE,
    PERM_EXPORT_REPORT,
    PERM_MANAGE_BOOKINGS,
    PERM_RECORD_CONTACT,
    PERM_RECORD_COUNTS,
    PERM_VIEW_BOOKINGS,
    PERM_VIEW_DASHBOARD,
    partner_scope,
)
from programme.slots import slot_parse, slots_for
from staffarea.exports import attachment
from staffarea.permissions import require_perm


def _scope_or_refuse(request: HttpRequest):
    scope = partner_scope(request.user)
    if scope.empty:
        raise PermissionDenied(
            _("Your account is not linked to a partner yet: ask an administrator.")
        )
    return scope


# --- desk contact -------------------------------------------------------------------------


def contact_new(request):
    """Record a contact in one screen: point, today, the last language and minutes are set."""
    require_perm(request, PERM_RECORD_CONTACT)
    scope = _scope_or_refuse(request)
    points = selectors.service_points_for(scope=scope)
    # The operator's own point and last choices: those of the last contact they recorded.
    last = selectors.last_contact_by(by=request.user, points=points)
    first_point = points.first()
    initial = {
        "service_point": last.service_point_id
        if last
        else (first_point.pk if first_point else None),
        "language": last.language if last else "it",
        "minutes": last.minutes if last else 15,
        "date": timezone.localdate(),
    }
    form = DeskContactForm(request.POST or None, points=points, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        who = data["who"].strip()
        person, code = None, ""
        if who:
            if who.upper().replace(" ", "").startswith("ALI"):
                code = who
            else:
                person = selectors.person_by_username(who)
                if person is None:
                    form.add_error(
                        "who",
                        _("No account with this username. Check the sheet, or leave it empty."),
                    )
        if not form.errors:
            try:
                contact = services.contact_record(
                    by=request.user,
                    service_point=data["service_point"],
                    services=data["services"],
                    language=data["language"],
                    minutes=data["minutes"],
                    date=data["date"],
                    person=person,
                    person_code=code,
                    new_code=data["new_code"],
                    first_visit=data["first_visit"],
                    stats_consent=data["stats_consent"],
                    stats=services.Statistics(
                        gender=data["gender"],
                        nationality=data["nationality"],
                        age_band=data["age_band"],
                    ),
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                text = _("Contact saved.")
                if data["new_code"] and contact.person_code:
                    text += " " + _("New card code: %(code)s — write it on the person's card.") % {
                        "code": contact.person_code
                    }
                messages.success(request, text)
                return redirect("programme_contact_new")
    return TemplateResponse(
        request,
        "programme/admin/contact_form.html",
        {
            "page_title": _("Record a desk contact"),
            "form": form,
            "today_contacts": selectors.contacts_recorded_by(by=request.user)[:10],
            "single_point": points.count() == 1,
        },
    )


# --- bookings made at the desk ------------------------------------------------------------


def booking_list(request):
    require_perm(request, PERM_VIEW_BOOKINGS)
    scope = _scope_or_refuse(request)
    today = timezone.localdate()
    try:
        day = dt.date.fromisoformat(request.GET.get("day", "")) if request.GET.get("day") else today
    except ValueError:
        day = today
    bookings = selectors.bookings_for_staff(scope=scope, first=day, last=day + dt.timedelta(days=6))
    return TemplateResponse(
        request,
        "programme/admin/booking_list.html",
        {
            "page_title": _("Bookings"),
            "bookings": bookings,
            "day": day,
            "previous_week": day - dt.timedelta(days=7),
            "next_week": day + dt.timedelta(days=7),
            "points": selectors.service_points_for(scope=scope).filter(bookable=True),
            "can_manage": request.user.has_perm(PERM_MANAGE_BOOKINGS),
            "now": timezone.now(),
        },
    )


def booking_new(request, point_id: int):
    """An operator books for a person at the desk (also a person without email)."""
    require_perm(request, PERM_BOOK_FOR_PEOPLE)
    scope = _scope_or_refuse(request)
    point = get_object_or_404(
        selectors.service_points_for(scope=scope).filter(bookable=True), pk=point_id
    )
    slots = slots_for(point=point, notice=dt.timedelta(0))
    slot_choices = [(s.key, s.starts_at) for s in slots]
    person_form = StaffBookingPersonForm(request.POST or None, prefix="p")
    form = BookingForm(request.POST or None, slot_choices=[(k, str(v)) for k, v in slot_choices])
    if request.method == "POST" and person_form.is_valid() and form.is_valid():
        person = selectors.person_by_username(person_form.cleaned_data["username"])
        starts_at = slot_parse(form.cleaned_data["slot"])
        if person is None:
            person_form.add_error("username", _("No account with this username."))
        elif starts_at is not None:
            data = form.cleaned_data
            try:
                booking = services.booking_create(
                    point=point,
                    person=person,
                    starts_at=starts_at,
                    kind=data["kind"],
                    by=request.user,
                    topic=data["topic"],
                    office=data["office"],
                    interpreter_language=data["interpreter_language"],
                    note=data["note"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                how = (
                    _("a confirmation email was sent.")
                    if person.email
                    else _("the person has no email: the reminder goes on the call list.")
                )
                messages.success(
                    request,
                    _("Booked for %(name)s on %(when)s; %(how)s")
                    % {
                        "name": person,
                        "when": timezone.localtime(booking.starts_at).strftime("%d/%m/%Y %H:%M"),
                        "how": how,
                    },
                )
                return redirect(
                    reverse("programme_bookings")
                    + f"?day={timezone.localtime(booking.starts_at).date().isoformat()}"
                )
    return TemplateResponse(
        request,
        "programme/admin/booking_form.html",
        {
            "page_title": _("Book for a person: %(point)s") % {"point": point.name},
            "point": point,
            "form": form,
            "person_form": person_form,
            "slot_days": _slots_by_day(slots),
        },
    )


def _slots_by_day(slots):
    days: dict[dt.date, list] = {}
    for slot in slots:
        days.setdefault(timezone.localtime(slot.starts_at).date(), []).append(slot)
    return sorted(days.items())


@require_POST
def booking_cancel(request, booking_id: int):
    require_perm(request, PERM_MANAGE_BOOKINGS)
    scope = _scope_or_refuse(request)
    booking = get_object_or_404(scope.filter(Booking.objects.all()), pk=booking_id)
    try:
        services.booking_cancel(booking=booking, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Booking cancelled; the person is told."))
    return redirect(reverse("programme_bookings") + f"?day={_day_of(booking)}")


@require_POST
def booking_mark(request, booking_id: int):
    require_perm(request, PERM_MANAGE_BOOKINGS)
    scope = _scope_or_refuse(request)
    booking = get_object_or_404(scope.filter(Booking.objects.all()), pk=booking_id)
    status = request.POST.get("status", "")
    try:
        services.booking_mark(booking=booking, by=request.user, status=status)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Saved: %(status)s.") % {"status": BookingStatus(status).label})
    return redirect(reverse("programme_bookings") + f"?day={_day_of(booking)}")


def _day_of(booking: Booking) -> str:
    return timezone.localtime(booking.starts_at).date().isoformat()


# --- monthly counts of the accommodation services ----------------------------------------


def monthly_counts(request):
    require_perm(request, PERM_RECORD_COUNTS)
    scope = _scope_or_refuse(request)
    partners = Partner.objects.order_by("order")
    if not scope.every:
        partners = partners.filter(pk=scope.partner_id)
    activities = Activity.objects.filter(code__in=ACCOMMODATION_ACTIVITIES).order_by("order")
    if not scope.every:
        activities = activities.filter(partners__pk=scope.partner_id)
    form = MonthlyCountForm(
        request.POST or None,
        activities=activities,
        partners=partners,
        initial={"month": timezone.localdate().replace(day=1), "partner": scope.partner_id},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.monthly_count_save(by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Figures saved."))
            return redirect("programme_counts")
    counts = scope.filter(MonthlyCount.objects.select_related("activity", "partner"))[:36]
    return TemplateResponse(
        request,
        "programme/admin/monthly_counts.html",
        {"page_title": _("Accommodation: monthly figures"), "form": form, "counts": counts},
    )


# --- the dashboard and the period report -------------------------------------------------


def _filters(request) -> tuple[indicators.Filters, DashboardFilterForm, list]:
    scope = partner_scope(request.user)
    if scope.empty:
        raise PermissionDenied(
            _("Your account is not linked to a partner yet: ask an administrator.")
        )
    today = timezone.localdate()
    first = (indicators.first_record_date() or today.replace(month=1)).replace(day=1)
    start, end, partner = first, today.replace(day=1), None
    form = DashboardFilterForm(
        request.GET or None, initial={"start": start, "end": end, "partner": None}
    )
    if request.GET and form.is_valid():
        start = form.cleaned_data["start"] or start
        end = form.cleaned_data["end"] or end
        partner = form.cleaned_data["partner"]
    if not scope.every and scope.partner_id is not None:  # an operator: their partner only
        partner = Partner.objects.get(pk=scope.partner_id)
    return (
        indicators.Filters(start=start, end=month_end(end), partner=partner),
        form,
        reporting_periods(first=first, today=today),
    )


def dashboard(request):
    require_perm(request, PERM_VIEW_DASHBOARD)
    started = time.perf_counter()
    filters, form, periods = _filters(request)
    figures = indicators.figures(filters)
    return TemplateResponse(
        request,
        "programme/admin/dashboard.html",
        {
            "page_title": _("Programme dashboard"),
            "figures": figures,
            "form": form,
            "periods": periods,
            "all_partners": partner_scope(request.user).every,
            "can_export": request.user.has_perm(PERM_EXPORT_REPORT),
            "charts": reports.chart_data(figures),
            "query_string": request.GET.urlencode(),
            "elapsed_ms": round((time.perf_counter() - started) * 1000),
        },
    )


def report(request):
    require_perm(request, PERM_EXPORT_REPORT)
    filters, _form, _periods = _filters(request)
    content = reports.report_xlsx(indicators.figures(filters, detailed=True))
    name = f"ali-report-{filters.start:%Y%m%d}-{filters.end:%Y%m%d}.xlsx"
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    return attachment(response, name)
