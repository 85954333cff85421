"""Public views (phone first): enrolment, my courses, the teacher's day and register, the
certificate and its verification page. Thin: parse, call a service or selector, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max, Min
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import selectors, services
from courses.certificates import certificate_pdf
from courses.forms import EnrolConsentForm, RegisterForm
from courses.models import AttendanceStatus, Enrolment
from courses.permissions import PERM_MANAGE_ENROLMENTS, can_view_register


@login_required
def enrol_confirm(request, edition_id: int):
    """Screen 2 of 3: check the details, tick consent, enrol."""
    edition = get_object_or_404(selectors.editions_with_seats(), pk=edition_id)
    if not edition.course.live:
        raise Http404
    form = EnrolConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = services.enrolment_create(
                edition=edition, person=request.user, consent_given=True, by=request.user
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("courses:enrol_done", enrolment_id=enrolment.pk)
    return TemplateResponse(
        request,
        "courses/enrol_confirm.html",
        {
            "edition": edition,
            "course": edition.course,
            "form": form,
            "seats_left": max(edition.capacity - edition.seats_taken, 0),
            "consent_version": services.CONSENT_TEXT_VERSION,
        },
    )


@login_required
def enrol_done(request, enrolment_id: int):
    """Screen 3 of 3."""
    enrolment = selectors.enrolment_of_person(enrolment_id=enrolment_id, person=request.user)
    return TemplateResponse(request, "courses/enrol_done.html", {"enrolment": enrolment})


@login_required
def my_courses(request):
    """A learner's own enrolments, lessons and attendance (nobody else's)."""
    rows = selectors.learner_courses(person=request.user)
    return TemplateResponse(
        request, "courses/my_courses.html", {"rows": rows, "today": timezone.localdate()}
    )


@login_required
@require_POST
def enrolment_withdraw(request, enrolment_id: int):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, person=request.user)
    try:
        services.enrolment_withdraw(enrolment=enrolment, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("You have withdrawn. Thank you for telling us."))
    return redirect("courses:my_courses")


@login_required
def teacher_today(request):
    """The teacher's lessons of today and of the last 7 days (registers still open to them)."""
    today = timezone.localdate()
    lessons = list(selectors.teacher_lessons(teacher=request.user, day=today))
    editions = selectors.teacher_editions(teacher=request.user)
    flagged = selectors.flagged_enrolments(editions=editions)
    return TemplateResponse(
        request,
        "courses/teacher_today.html",
        {
            "today": today,
            "today_lessons": [lesson for lesson in lessons if lesson.date == today],
            "recent_lessons": [lesson for lesson in lessons if lesson.date != today],
            "flagged": flagged,
            "is_teacher": editions.exists(),
        },
    )


def register(request, lesson_id: int):
    """The class register: everyone with a seat, one tap per person, saved in one POST."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    lesson = get_object_or_404(selectors.lessons_for_register(), pk=lesson_id)
    edition = lesson.edition
    if not can_view_register(request.user, edition):
        raise PermissionDenied
    enrolments = list(selectors.register_enrolments(edition=edition))
    saved = selectors.lesson_marks(lesson=lesson)
    editable = services.register_is_editable(lesson=lesson, user=request.user)
    data = request.POST or None
    if data is not None and "all_present" in data:  # the one-tap button, without JavaScript
        data = data.copy()
        for enrolment in enrolments:
            data[f"mark-{enrolment.pk}"] = AttendanceStatus.PRESENT
    form = RegisterForm(data, enrolments=enrolments, initial_marks=saved)
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.register_save(lesson=lesson, marks=form.marks(), by=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Register saved."))
                return redirect("courses:register", lesson_id=lesson.pk)
    stats = selectors.edition_attendance(edition=edition)
    rows = [
        {
            "enrolment": e,
            "field": form[f"mark-{e.pk}"],
            "stats": stats.get(e.pk),
            "saved": saved.get(e.pk),
        }
        for e in enrolments
    ]
    return TemplateResponse(
        request,
        "courses/register.html",
        {
            "lesson": lesson,
            "edition": edition,
            "form": form,
            "rows": rows,
            "editable": editable,
            "is_saved": bool(saved),
            "statuses": AttendanceStatus.choices,
            "edition_percentage": selectors.edition_percentage(stats),
        },
    )


@login_required
def certificate(request, enrolment_id: int):
    """The certificate PDF. The learner's first download of their own eligible certificate
    issues it (one tap, as people expect of a "download" button); staff only read it: an
    operator issues one with the explicit button of the staff area (a POST), never by opening
    this address."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("person", "edition__course"), pk=enrolment_id
    )
    own = enrolment.person_id == request.user.pk
    if not own and not request.user.has_perm(PERM_MANAGE_ENROLMENTS):
        raise PermissionDenied
    if not enrolment.certificate_code:
        if not own:
            messages.error(request, _("This certificate has not been issued yet."))
            return redirect("courses_admin_edition", edition_id=enrolment.edition_id)
        try:
            services.certificate_issue(enrolment=enrolment)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("courses:my_courses")
        enrolment = selectors.enrolment_for_certificate(enrolment_id=enrolment.pk)
    stats = selectors.enrolment_attendance(enrolment=enrolment)
    dates = enrolment.edition.lessons.filter(cancelled=False).aggregate(
        first=Min("date"), last=Max("date")
    )
    verify_url = request.build_absolute_uri(
        reverse("courses:certificate_verify", kwargs={"code": enrolment.certificate_code})
    )
    pdf = certificate_pdf(
        enrolment=enrolment,
        stats=stats,
        verify_url=verify_url,
        dates=(
            dates["first"] or enrolment.edition.starts_on,
            dates["last"] or enrolment.edition.ends_on,
        ),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="certificate-{enrolment.certificate_code}.pdf"'
    )
    return response


def certificate_verify(request, code: str):
    """Public: anyone holding the paper can check that the certificate is genuine."""
    enrolment = selectors.certificate_by_code(code=code)
    stats = selectors.enrolment_attendance(enrolment=enrolment) if enrolment else None
    return TemplateResponse(
        request,
        "courses/certificate_verify.html",
        {"enrolment": enrolment, "stats": stats, "code": code},
        status=200 if enrolment else 404,
    )
