"""Public views (phone first): choose a desk, book a free slot in your language, see and cancel
your appointments. Thin: parse, call a service or selector, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from programme import selectors, services
from programme.forms import BookingForm
from programme.models import Booking
from programme.slots import slot_parse, slots_for


def _slots_by_day(slots):
    days: dict = {}
    for slot in slots:
        days.setdefault(timezone.localtime(slot.starts_at).date(), []).append(slot)
    return sorted(days.items())


@login_required
def booking_start(request):
    """Step 1: the desks that take bookings (a desk page's button lands here with ?desk=)."""
    desk = request.GET.get("desk", "")
    if desk.isdigit():
        point = selectors.bookable_point_for_desk(page_id=int(desk))
        if point is not None:
            return redirect("programme:book_at", slug=point.slug)
        messages.info(
            request,
            _("This desk does not take bookings online yet: call it, or choose another desk."),
        )
    return TemplateResponse(
        request, "programme/booking_start.html", {"points": selectors.bookable_points()}
    )


@login_required
def booking_at(request, slug: str):
    """Step 2: what for, a free day and time, an interpreter if needed; book."""
    point = get_object_or_404(selectors.bookable_points(), slug=slug)
    slots = slots_for(point=point)
    form = BookingForm(request.POST or None, slot_choices=[(s.key, s.key) for s in slots])
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        starts_at = slot_parse(data["slot"])
        if starts_at is not None:
            try:
                services.booking_create(
                    point=point,
                    person=request.user,
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
                slots = slots_for(point=point)
            else:
                messages.success(request, _("Your appointment is booked. See you at the desk!"))
                return redirect("programme:mine")
    return TemplateResponse(
        request,
        "programme/booking_form.html",
        {"point": point, "form": form, "slot_days": _slots_by_day(slots)},
    )


@login_required
def my_bookings(request):
    """The person's own appointments (nobody else's), with a cancel button for those to come."""
    bookings = list(selectors.bookings_of(person=request.user))
    now = timezone.now()
    return TemplateResponse(
        request,
        "programme/my_bookings.html",
        {
            "upcoming": [b for b in bookings if selectors.booking_upcoming(booking=b)],
            "past": [
                b for b in bookings if b.starts_at <= now or b.status != Booking.Status.BOOKED
            ][-10:],
        },
    )


@login_required
@require_POST
def booking_cancel(request, booking_id: int):
    booking = get_object_or_404(Booking, pk=booking_id, person=request.user)
    try:
        services.booking_cancel(booking=booking, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Your appointment is cancelled. Thank you for telling us."))
    return redirect("programme:mine")
