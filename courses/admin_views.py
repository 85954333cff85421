"""Staff-area views (inside the Wagtail admin) for help-desk operators: editions at a glance,
waiting lists, people falling behind, desk enrolment, lessons and register exports, walk-ins
to link to accounts, the follow-up list of attendance warnings, certificate withdrawal."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from courses import exports, selectors, services
from courses.forms import (
    CertificateWithdrawForm,
    CompleteForm,
    DeskEnrolForm,
    FollowUpForm,
    WalkInLinkForm,
)
from courses.models import AttendanceWarning, Edition, Enrolment, FollowUpOutcome
from courses.permissions import (
    PERM_DESK_ENROL,
    PERM_FOLLOW_UP_WARNINGS,
    PERM_GENERATE_LESSONS,
    PERM_LINK_WALK_INS,
    PERM_MANAGE_ENROLMENTS,
    PERM_VIEW_ENROLMENTS,
    PERM_VIEW_REGISTERS,
    PERM_VIEW_WALK_INS,
    PERM_VIEW_WARNINGS,
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
            "withdraw_form": CertificateWithdrawForm(),
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
        text = _("%(name)s withdrawn.") % {"name": enrolment.name}
        if promoted:
            text += " " + _("%(name)s takes the seat.") % {"name": promoted.name}
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
                request, _("%(name)s completed the course.") % {"name": enrolment.name}
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
        messages.success(request, _("Certificate issued for %(name)s.") % {"name": enrolment.name})
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
                    "n": enrolment.waiting_position,
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


@require_POST
def certificate_withdraw(request, enrolment_id: int):
    """Withdraw a certificate issued by mistake, with the reason (kept with who and when)."""
    require_perm(request, PERM_MANAGE_ENROLMENTS)
    enrolment = get_object_or_404(Enrolment.objects.select_related("person"), pk=enrolment_id)
    form = CertificateWithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please write why the certificate is withdrawn."))
        return redirect("courses_admin_edition", edition_id=enrolment.edition_id)
    try:
        services.certificate_withdraw(
            enrolment=enrolment, by=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("The certificate of %(name)s is withdrawn.") % {"name": enrolment.name}
        )
    return redirect("courses_admin_edition", edition_id=enrolment.edition_id)


def walk_in_list(request):
    """Walk-ins to link to an account (and those already linked)."""
    require_perm(request, PERM_VIEW_WALK_INS)
    return TemplateResponse(
        request,
        "courses/admin/walk_in_list.html",
        {
            "to_link": selectors.walk_ins(linked=False),
            "linked": selectors.walk_ins(linked=True)[:50],
            "can_link": request.user.has_perm(PERM_LINK_WALK_INS),
            "page_title": _("Walk-ins"),
        },
    )


def walk_in_link(request, walk_in_id: int):
    """Link a walk-in to a person's account: an existing one, or one just made at the desk."""
    require_perm(request, PERM_LINK_WALK_INS)
    walk_in = get_object_or_404(selectors.walk_ins(), pk=walk_in_id)
    form = WalkInLinkForm(request.POST or None, initial={"person": request.GET.get("person")})
    if request.method == "POST" and form.is_valid():
        person = form.cleaned_data["person"]
        try:
            services.walk_in_link(walk_in=walk_in, person=person, by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("%(walk_in)s is now linked to the account of %(person)s; their marks are kept.")
                % {"walk_in": walk_in.name, "person": person},
            )
            return redirect("courses_admin_walk_ins")
    first, _sep, last = walk_in.name.rpartition(" ")
    return TemplateResponse(
        request,
        "courses/admin/walk_in_link.html",
        {
            "walk_in": walk_in,
            "form": form,
            "registered_today": selectors.accounts_registered_today(by=request.user),
            "desk_register_query": {
                "first_name": first or last,
                "last_name": last if first else "",
                "phone": walk_in.phone,
            },
            "page_title": _("Link %(name)s to an account") % {"name": walk_in.name},
        },
    )


def follow_up_list(request):
    """Attendance warnings waiting for a contact, and what came of the last ones."""
    require_perm(request, PERM_VIEW_WARNINGS)
    return TemplateResponse(
        request,
        "courses/admin/follow_up.html",
        {
            "open": selectors.warnings_for_follow_up(open_only=True),
            "done": selectors.warnings_for_follow_up(open_only=False)[:50],
            "form": FollowUpForm(),
            "can_record": request.user.has_perm(PERM_FOLLOW_UP_WARNINGS),
            "page_title": _("Attendance follow-up"),
        },
    )


@require_POST
def follow_up_record(request, warning_id: int):
    require_perm(request, PERM_FOLLOW_UP_WARNINGS)
    warning = get_object_or_404(
        AttendanceWarning.objects.select_related("enrolment__person"), pk=warning_id
    )
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the outcome of the contact."))
        return redirect("courses_admin_follow_up")
    services.warning_follow_up(
        warning=warning,
        by=request.user,
        outcome=FollowUpOutcome(form.cleaned_data["outcome"]),
        note=form.cleaned_data["note"],
    )
    messages.success(
        request, _("Follow-up of %(name)s recorded.") % {"name": warning.enrolment.name}
    )
    return redirect("courses_admin_follow_up")
