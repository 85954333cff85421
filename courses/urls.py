from django.urls import path

from courses import checkin_views, views

app_name = "courses"

urlpatterns = [
    path("enrol/<int:edition_id>/", views.enrol_confirm, name="enrol_confirm"),
    path("enrolment/<int:enrolment_id>/done/", views.enrol_done, name="enrol_done"),
    path("enrolment/<int:enrolment_id>/withdraw/", views.enrolment_withdraw, name="withdraw"),
    path("enrolment/<int:enrolment_id>/certificate.pdf", views.certificate, name="certificate"),
    path("mine/", views.my_courses, name="my_courses"),
    path("today/", views.teacher_today, name="teacher_today"),
    path("edition/<int:edition_id>/", views.edition_lessons, name="edition_lessons"),
    path("register/<int:lesson_id>/", views.register, name="register"),
    path("register/<int:lesson_id>/walk-in/", views.walk_in_add, name="walk_in_add"),
    path("lesson/<int:lesson_id>/details/", views.lesson_details, name="lesson_details"),
    path("verify/<str:code>/", views.certificate_verify, name="certificate_verify"),
    # self check-in: the teacher's board and its live data; the learners' pages
    path("lesson/<int:lesson_id>/checkin/", checkin_views.checkin_board, name="checkin_board"),
    path(
        "lesson/<int:lesson_id>/checkin/live.json",
        checkin_views.checkin_live,
        name="checkin_live",
    ),
    path("checkin/", checkin_views.checkin_code, name="checkin_code"),
    path("checkin/<int:lesson_id>/s/<str:token>/", checkin_views.checkin_scan, name="checkin_scan"),
    path(
        "checkin/<int:lesson_id>/confirm/",
        checkin_views.checkin_confirm,
        name="checkin_confirm",
    ),
    path("checkin/<int:lesson_id>/done/", checkin_views.checkin_done, name="checkin_done"),
]
