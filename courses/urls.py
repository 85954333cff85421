from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("enrol/<int:edition_id>/", views.enrol_confirm, name="enrol_confirm"),
    path("enrolment/<int:enrolment_id>/done/", views.enrol_done, name="enrol_done"),
    path("enrolment/<int:enrolment_id>/withdraw/", views.enrolment_withdraw, name="withdraw"),
    path("enrolment/<int:enrolment_id>/certificate.pdf", views.certificate, name="certificate"),
    path("mine/", views.my_courses, name="my_courses"),
    path("today/", views.teacher_today, name="teacher_today"),
    path("register/<int:lesson_id>/", views.register, name="register"),
    path("verify/<str:code>/", views.certificate_verify, name="certificate_verify"),
]
