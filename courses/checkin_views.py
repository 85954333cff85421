"""Self check-in, phone first: the teacher's board (a QR code and a typed code that change every
15 seconds, arrivals live), the learners' typed-code page, the address in the QR code and its
confirmation. Thin: parse, call a service or selector, render. The rules are in
courses/services/checkin.py, the codes in courses/checkin.py."""

import datetime as dt
import math
import time
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

import limits
from courses import checkin, selectors, services
from courses.certificates import qr_svg
from courses.errors import ErrorCode
from courses.forms import CheckinCodeForm
from courses.models import ATTENDED_STATUSES, AttendanceStatus, Lesson, MarkSource
from courses.permissions import can_run_lessons
from limits import Limit

SCAN_SESSION_KEY = "courses_checkin_scan"

# Wrong typed codes and forged QR addresses are limited per person (tight) and per IP address
# (generous: a classroom shares one Wi-Fi address): settings.ATTEMPT_LIMITS["checkin-code"].
WRONG_CODES = Limit("checkin-code")
COUNTED_ERRORS = {ErrorCode.CODE_WRONG, ErrorCode.CHECKIN_NOT_OPEN}


def _limit_key(request: HttpRequest) -> str:
    return f"person:{request.user.pk}" if request.user.is_authenticated else ""


def _too_many_wrong(request: HttpRequest) -> bool:
    return limits.exceeded(WRONG_CODES, ip=limits.client_ip(request), key=_limit_key(request))


def _count_wrong(request: HttpRequest) -> None:
    limits.count(WRONG_CODES, ip=limits.client_ip(request), key=_limit_key(request))


def _wait_message() -> str:
    minutes = max(1, WRONG_CODES.numbers[2] // 60)
    return ngettext(
        "Too many wrong codes. Please wait %(minutes)d minute, or ask your teacher to mark you.",
        "Too many wrong codes. Please wait %(minutes)d minutes, or ask your teacher to mark you.",
        minutes,
    ) % {"minutes": minutes}


def _theirs(request: HttpRequest, name: str, **kwargs: Any) -> str:
    """The address of a learner's page in their own language: the QR code's address is the same
    for everyone, the pages it leads to are not."""
    language = getattr(request.user, "preferred_language", "") or translation.get_language()
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def _lesson_for_teacher(request: HttpRequest, lesson_id: int) -> Lesson:
    lesson = get_object_or_404(selectors.lessons_for_register(), pk=lesson_id)
    if not can_run_lessons(request.user, lesson.edition):
        raise PermissionDenied
    return lesson


def _time(value: dt.datetime) -> str:
    return formats.time_format(timezone.localtime(value), "H:i")


def board_data(request: HttpRequest, lesson: Lesson) -> dict[str, Any]:
    """What the teacher's phone shows: the current codes (when check-in is open), and who has
    arrived. The page polls this; it carries the server's clock so the phone rotates on it."""
    now = time.time()
    times = checkin.checkin_times(lesson)
    is_open = bool(lesson.checkin_key) and times.is_open(timezone.now())
    window = checkin.window_at(now)
    data: dict[str, Any] = {
        "open": is_open,
        "server_time": now,
        "window_ends_at": checkin.window_ends_at(window),
        "rotation": checkin.ROTATION_SECONDS,
        "closes_at": _time(times.closes_at),
        "on_time_until": _time(times.on_time_until),
    }
    if is_open:
        token = checkin.scan_token(lesson, window)
        url = request.build_absolute_uri(
            reverse("courses:checkin_scan", kwargs={"lesson_id": lesson.pk, "token": token})
        )
        data.update(code=checkin.typed_code(lesson, window), scan_url=url, qr_svg=qr_svg(url))
    marks = selectors.lesson_marks_full(lesson=lesson)
    enrolments = selectors.register_enrolments(edition=lesson.edition)
    arrived: list[dict[str, Any]] = []
    missing: list[str] = []
    for enrolment in enrolments:
        mark = marks.get(enrolment.pk)
        if mark is None:
            if not enrolment.is_walk_in:
                missing.append(enrolment.name)
            continue
        arrived.append(
            {
                "name": enrolment.name,
                "status": mark.status,
                "label": mark.get_status_display(),
                "time": _time(mark.marked_at),
                "at": mark.marked_at.timestamp(),
                "self": mark.source == MarkSource.CHECK_IN,
            }
        )
    arrived.sort(key=lambda row: row["at"], reverse=True)
    data.update(
        arrived=arrived,
        missing=missing,
        present=sum(1 for row in arrived if row["status"] in ATTENDED_STATUSES),
        total=len(arrived) + len(missing),
    )
    return data


@login_required
def checkin_board(request, lesson_id: int):
    """The teacher's phone during check-in. POST opens or closes it."""
    lesson = _lesson_for_teacher(request, lesson_id)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "close":
                services.checkin_close(lesson=lesson, by=request.user)
                messages.success(request, _("Check-in closed. You can still change any mark."))
                return redirect("courses:register", lesson_id=lesson.pk)
            services.checkin_open(lesson=lesson, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect("courses:checkin_board", lesson_id=lesson.pk)
    board = board_data(request, lesson)
    return TemplateResponse(
        request,
        "courses/checkin_board.html",
        {
            "lesson": lesson,
            "edition": lesson.edition,
            "board": board,
            "statuses": AttendanceStatus.choices,
            # without JavaScript the page reloads when the code changes
            "refresh_seconds": max(1, math.ceil(board["window_ends_at"] - board["server_time"])),
            "live_url": reverse("courses:checkin_live", kwargs={"lesson_id": lesson.pk}),
            # the address to type, shortest form: no "https://"
            "code_url": request.build_absolute_uri(reverse("courses:checkin_code")).split("://")[1],
            "opens_at": _time(checkin.checkin_times(lesson).opens_at),
        },
    )


@login_required
@require_GET
def checkin_live(request, lesson_id: int):
    """The board's data as JSON, polled every few seconds by the teacher's phone."""
    lesson = _lesson_for_teacher(request, lesson_id)
    response = JsonResponse(board_data(request, lesson))
    add_never_cache_headers(response)
    return response


@login_required
def checkin_code(request):
    """Learners type the 4-character code shown on the teacher's phone (whose screen shows this
    page's address without a language: each person gets it in their own)."""
    theirs = _theirs(request, "courses:checkin_code")
    if request.method == "GET" and request.path != theirs:
        return redirect(theirs)
    form = CheckinCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _too_many_wrong(request):
            form.add_error(None, _wait_message())
        else:
            try:
                result = services.checkin_with_code(
                    person=request.user, code=form.cleaned_data["code"]
                )
            except ValidationError as exc:
                if exc.code in COUNTED_ERRORS:
                    _count_wrong(request)
                form.add_error("code", exc)
            else:
                done = _theirs(request, "courses:checkin_done", lesson_id=result.lesson.pk)
                return redirect(done)
    return TemplateResponse(
        request,
        "courses/checkin_code.html",
        {
            "form": form,
            "lessons_today": list(selectors.learner_lessons_today(person=request.user)),
        },
        status=400 if form.errors else 200,
    )


@require_GET
def checkin_scan(request, lesson_id: int, token: str):
    """The address in the QR code. Valid for the 15 seconds it is on screen: the scan is then
    remembered in this browser's session, and the person confirms (after signing in if
    needed, within services.SCAN_CONFIRM_WINDOW)."""
    lesson = get_object_or_404(Lesson.objects.select_related("edition__course"), pk=lesson_id)
    problem = None
    if _too_many_wrong(request):
        problem = _wait_message()
    else:
        try:
            services.checkin_scan_check(lesson=lesson, token=token)
        except ValidationError as exc:
            if exc.code in COUNTED_ERRORS:
                _count_wrong(request)
            problem = " ".join(exc.messages)
    if problem:
        return TemplateResponse(
            request,
            "courses/checkin_problem.html",
            {"lesson": lesson, "problem": problem},
            status=400,
        )
    request.session[SCAN_SESSION_KEY] = {"lesson": lesson.pk, "at": timezone.now().isoformat()}
    return redirect(_theirs(request, "courses:checkin_confirm", lesson_id=lesson.pk))


@login_required
def checkin_confirm(request, lesson_id: int):
    """ "I am here": completes a check-in whose QR code this browser scanned in time."""
    lesson = get_object_or_404(Lesson.objects.select_related("edition__course"), pk=lesson_id)
    scan = request.session.get(SCAN_SESSION_KEY) or {}
    if scan.get("lesson") != lesson.pk:
        return TemplateResponse(
            request,
            "courses/checkin_problem.html",
            {"lesson": lesson, "problem": _("Please scan the QR code on the teacher's screen.")},
            status=400,
        )
    theirs = _theirs(request, "courses:checkin_confirm", lesson_id=lesson.pk)
    if request.method == "GET" and request.path != theirs:  # signed in meanwhile
        return redirect(theirs)
    errors: list[str] = []
    if request.method == "POST":
        try:
            result = services.checkin_with_scan(
                lesson=lesson,
                person=request.user,
                scanned_at=dt.datetime.fromisoformat(scan["at"]),
            )
        except ValidationError as exc:
            errors = exc.messages
        else:
            request.session.pop(SCAN_SESSION_KEY, None)
            return redirect(_theirs(request, "courses:checkin_done", lesson_id=result.lesson.pk))
    return TemplateResponse(
        request,
        "courses/checkin_confirm.html",
        {"lesson": lesson, "errors": errors},
        status=400 if errors else 200,
    )


@login_required
@require_GET
def checkin_done(request, lesson_id: int):
    """The person's own mark for the lesson, after checking in."""
    lesson = get_object_or_404(Lesson.objects.select_related("edition__course"), pk=lesson_id)
    mark = selectors.own_mark(lesson=lesson, person=request.user)
    if mark is None:
        return redirect("courses:checkin_code")
    return TemplateResponse(
        request,
        "courses/checkin_done.html",
        {"lesson": lesson, "mark": mark, "self": mark.source == MarkSource.CHECK_IN},
    )
