"""Public views (phone first): enrolment, my courses, the teacher's day, an edition's lessons,
the register (with its history and walk-ins), the certificate and its verification page. Thin:
parse, call a service or selector, render. Self check-in is in checkin_views.py."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses import selectors, services
from courses.certificates import certificate_pdf
from courses.forms import EnrolConsentForm, LessonDetailsForm, RegisterForm, WalkInForm
from courses.models import AttendanceStatus, Edition, Enrolment
from courses.permissions import PERM_MANAGE_ENROLMENTS, can_run_lessons, can_view_register


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
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("edition__course"), pk=enrolment_id, person=request.user
    )
    return TemplateResponse(request, "courses/enrol_done.html", {"enrolment": enrolment})


@login_required
def my_courses(request):
    """A learner's own enrolments, lessons and attendance (nobody else's)."""
    rows = selectors.learner_courses(person=request.user)
    return TemplateResponse(
        request,
        "courses/my_courses.html",
        {
            "rows": rows,
            "today": timezone.localdate(),
            "lessons_today": list(selectors.learner_lessons_today(person=request.user)),
        },
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
    """The teacher's lessons of today and of the last 7 days (registers still open to them),
    their courses (every lesson and older registers are on each course's page) and who is at
    risk."""
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
            "at_risk": list(selectors.open_warnings(editions=editions)),
            "editions": list(editions.exclude(status=Edition.Status.CANCELLED)),
            "is_teacher": editions.exists(),
        },
    )


@login_required
@require_GET
def edition_lessons(request, edition_id: int):
    """An edition's page for its teachers and operators: every lesson with its register's state
    (old registers included), topic and note; everyone in the register with their attendance
    and warnings."""
    edition = get_object_or_404(selectors.editions_with_seats(), pk=edition_id)
    if not can_view_register(request.user, edition):
        raise PermissionDenied
    stats = selectors.edition_attendance(edition=edition)
    warnings = selectors.edition_warnings(edition=edition)
    people = [
        {"enrolment": e, "stats": stats.get(e.pk), "warnings": warnings.get(e.pk, [])}
        for e in selectors.register_enrolments(edition=edition)
    ]
    return TemplateResponse(
        request,
        "courses/edition_lessons.html",
        {
            "edition": edition,
            "lessons": selectors.edition_lessons(edition=edition),
            "people": people,
            "edition_percentage": selectors.edition_percentage(stats),
            "correction_days": services.TEACHER_CORRECTION_DAYS,
            "today": timezone.localdate(),
        },
    )


def register(request, lesson_id: int):
    """The class register: everyone with a seat and the walk-ins, one tap per person, saved in
    one POST; read-only (each mark in its own colour, icon and words) once the teacher's
    correction window has passed; the history of every change below."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    lesson = get_object_or_404(selectors.lessons_for_register(), pk=lesson_id)
    edition = lesson.edition
    if not can_view_register(request.user, edition):
        raise PermissionDenied
    enrolments = list(selectors.register_enrolments(edition=edition))
    marks = selectors.lesson_marks_full(lesson=lesson)
    saved = {pk: mark.status for pk, mark in marks.items()}
    editable = services.register_is_editable(lesson=lesson, user=request.user)
    # after a self check-in, whoever did not check in is shown absent; otherwise present
    unmarked = AttendanceStatus.ABSENT if lesson.checkin_opened_at else AttendanceStatus.PRESENT
    data = request.POST or None
    if data is not None and "all_present" in data:  # the one-tap button, without JavaScript
        data = data.copy()
        for enrolment in enrolments:
            if not enrolment.is_walk_in:
                data[f"mark-{enrolment.pk}"] = AttendanceStatus.PRESENT
    form = RegisterForm(data, enrolments=enrolments, initial_marks=saved, unmarked=unmarked)
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
            "mark": marks.get(e.pk),
        }
        for e in enrolments
    ]
    first_marks, changes = selectors.history_summary(selectors.lesson_history(lesson=lesson))
    today = timezone.localdate()
    runs_lessons = can_run_lessons(request.user, edition)
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
            "first_marks": first_marks,
            "changes": changes,
            "can_edit_details": runs_lessons,
            "can_add_walk_in": editable and runs_lessons,
            "can_check_in": runs_lessons and lesson.date == today and not lesson.cancelled,
            "correction_days": services.TEACHER_CORRECTION_DAYS,
            "today": today,
        },
    )


@login_required
def lesson_details(request, lesson_id: int):
    """The lesson's topic and note, written by the teacher (or an operator)."""
    lesson = get_object_or_404(selectors.lessons_for_register(), pk=lesson_id)
    if not can_run_lessons(request.user, lesson.edition):
        raise PermissionDenied
    initial = {"topic": lesson.topic, "note": lesson.note}
    form = LessonDetailsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.lesson_details_update(
            lesson=lesson,
            topic=form.cleaned_data["topic"],
            note=form.cleaned_data["note"],
            by=request.user,
        )
        messages.success(request, _("Topic and note saved."))
        return redirect("courses:register", lesson_id=lesson.pk)
    return TemplateResponse(
        request, "courses/lesson_details.html", {"lesson": lesson, "form": form}
    )


@login_required
def walk_in_add(request, lesson_id: int):
    """A teacher adds someone who came without a seat (no account needed): present today."""
    lesson = get_object_or_404(selectors.lessons_for_register(), pk=lesson_id)
    if not can_run_lessons(request.user, lesson.edition):
        raise PermissionDenied
    form = WalkInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            walk_in = services.walk_in_add(
                lesson=lesson,
                name=form.cleaned_data["name"],
                phone=form.cleaned_data["phone"],
                consent_given=form.cleaned_data["consent"],
                by=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("%(name)s is in the register as a walk-in, present today.")
                % {"name": walk_in.name},
            )
            return redirect("courses:register", lesson_id=lesson.pk)
    return TemplateResponse(request, "courses/walk_in_add.html", {"lesson": lesson, "form": form})


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
    if enrolment.certificate_withdrawn:
        messages.error(
            request,
            _("This certificate was withdrawn and is no longer valid. Please ask at a help desk."),
        )
        if own:
            return redirect("courses:my_courses")
        return redirect("courses_admin_edition", edition_id=enrolment.edition_id)
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
    dates = selectors.course_dates(edition=enrolment.edition)
    verify_url = request.build_absolute_uri(
        reverse("courses:certificate_verify", kwargs={"code": enrolment.certificate_code})
    )
    pdf = certificate_pdf(
        enrolment=enrolment,
        stats=stats,
        verify_url=verify_url,
        dates=dates,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="certificate-{enrolment.certificate_code}.pdf"'
    )
    return response


def certificate_verify(request, code: str):
    """Public: anyone holding the paper can check that the certificate is genuine, what it
    certifies (course, level, dates, hours) and whether it was withdrawn."""
    enrolment = selectors.certificate_by_code(code=code)
    context: dict[str, Any] = {"enrolment": enrolment, "code": code}
    if enrolment is not None:
        context["stats"] = selectors.enrolment_attendance(enrolment=enrolment)
        context["first_day"], context["last_day"] = selectors.course_dates(
            edition=enrolment.edition
        )
    return TemplateResponse(
        request,
        "courses/certificate_verify.html",
        context,
        status=200 if enrolment else 404,
    )
