"""Staff-area views (inside the Wagtail admin) for help-desk operators: editions at a glance,
waiting lists, people falling behind, desk enrolment, lessons and register exports."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from courses import exports, selectors, services
from courses.forms import CompleteForm, DeskEnrolForm
from courses.models import Edition, Enrolment
from courses.permissions import (
    PERM_DESK_ENROL,
    PERM_GENERATE_LESSONS,
    PERM_MANAGE_ENROLMENTS,
    PERM_VIEW_ENROLMENTS,
    PERM_VIEW_REGISTERS,
)
from staffarea.exports import attachment
from staffarea.permissions import require_perm


def edition_list(request):
    require_perm(request, PERM_VIEW_ENROLMENTS)
    editions = selectors.editions_with_seats().order_by("-starts_on")
    flagged = selectors.flagged_enrolments()
    flagged_count: dict[int, int] = {}
    for enrolment, _stats in flagged:
        flagged_count[enrolment.edition_id] = flagged_count.get(enrolment.edition_id, 0) + 1
    return TemplateResponse(
        request,
        "courses/admin/edition_list.html",
        {
            "editions": editions,
            "flagged": flagged,
            "flagged_count": flagged_count,
            "page_title": _("Courses: editions"),
        },
    )


def edition_detail(request, edition_id: int):
    require_perm(request, PERM_VIEW_ENROLMENTS)
    edition = get_object_or_404(selectors.editions_with_seats(), pk=edition_id)
    stats = selectors.edition_attendance(edition=edition)
    enrolled = [(e, stats.get(e.pk)) for e in selectors.register_enrolments(edition=edition)]
    return TemplateResponse(
        request,
        "courses/admin/edition_detail.html",
        {
            "edition": edition,
            "enrolled": enrolled,
            "waiting": selectors.waiting_list(edition=edition),
            "lessons": edition.lessons.all(),
            "edition_percentage": selectors.edition_percentage(stats),
            "complete_form": CompleteForm(),
            "page_title": str(edition),
        },
    )


@require_POST
def lessons_generate(request, edition_id: int):
    require_perm(request, PERM_GENERATE_LESSONS)
    edition = get_object_or_404(Edition, pk=edition_id)
    created, skipped = services.lessons_generate(edition=edition)
    messages.success(
        request,
        _("%(created)s lessons created; %(skipped)s holidays skipped.")
        % {"created": len(created), "skipped": len(skipped)},
    )
    return redirect("courses_admin_edition", edition_id=edition.pk)


@require_POST
def enrolment_withdraw(request, enrolment_id: int):
    require_perm(request, PERM_MANAGE_ENROLMENTS)
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id)
    try:
        promoted = services.enrolment_withdraw(enrolment=enrolment, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        text = _("%(name)s withdrawn.") % {"name": enrolment.person}
        if promoted:
            text += " " + _("%(name)s takes the seat.") % {"name": promoted.person}
        messages.success(request, text)
    return redirect("courses_admin_edition", edition_id=enrolment.edition_id)


@require_POST
def waiting_list_promote(request, edition_id: int):
    require_perm(request, PERM_MANAGE_ENROLMENTS)
    edition = get_object_or_404(Edition, pk=edition_id)
    count = services.waiting_list_promote(edition=edition, by=request.user)
    text = _("%(count)s people moved from the waiting list to a seat.") % {"count": count}
    messages.success(request, text)
    return redirect("courses_admin_edition", edition_id=edition.pk)


@require_POST
def enrolment_complete(request, enrolment_id: int):
    require_perm(request, PERM_MANAGE_ENROLMENTS)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("edition__course"), pk=enrolment_id
    )
    form = CompleteForm(request.POST)
    if form.is_valid():
        try:
            services.enrolment_complete(
                enrolment=enrolment,
                by=request.user,
                cefr_level_reached=form.cleaned_data["cefr_level_reached"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request, _("%(name)s completed the course.") % {"name": enrolment.person}
            )
    return redirect("courses_admin_edition", edition_id=enrolment.edition_id)


@require_POST
def certificate_issue(request, enrolment_id: int):
    """Issue a person's certificate from the staff area (e.g. to print it at the desk)."""
    require_perm(request, PERM_MANAGE_ENROLMENTS)
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id)
    try:
        services.certificate_issue(enrolment=enrolment)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Certificate issued for %(name)s.") % {"name": enrolment.person}
        )
    return redirect("courses_admin_edition", edition_id=enrolment.edition_id)


def desk_enrol(request):
    require_perm(request, PERM_DESK_ENROL)
    initial = {"edition": request.GET.get("edition")} if request.GET.get("edition") else None
    form = DeskEnrolForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = services.enrolment_create_at_desk(
                edition=form.cleaned_data["edition"],
                person=form.cleaned_data["person"],
                by=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if enrolment.status == Enrolment.Status.WAITING:
                text = _("%(name)s is on the waiting list (place %(n)s).") % {
                    "name": enrolment.person,
                    "n": selectors.waiting_place(enrolment=enrolment),
                }
            else:
                text = _("%(name)s is enrolled.") % {"name": enrolment.person}
            messages.success(request, text)
            return redirect("courses_admin_edition", edition_id=enrolment.edition_id)
    return TemplateResponse(
        request,
        "courses/admin/desk_enrol.html",
        {"form": form, "page_title": _("Enrol a person at the desk")},
    )


def register_export(request, edition_id: int, fmt: str):
    require_perm(request, PERM_VIEW_REGISTERS)
    edition = get_object_or_404(Edition.objects.select_related("course"), pk=edition_id)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    name = f"register-{edition.course.slug}-{edition.starts_on:%Y%m%d}.{fmt}"
    if fmt == "xlsx":
        response = HttpResponse(
            exports.register_xlsx(edition=edition),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(
            exports.register_csv(edition=edition), content_type="text/csv; charset=utf-8"
        )
    return attachment(response, name)
