from django.urls import path

from . import views

app_name = "jobs"

urlpatterns = [
    path("cv/", views.cv_overview, name="overview"),
    path("cv/pdf/", views.cv_pdf_download, name="pdf"),
    path("cv/export/", views.cv_export, name="export"),
    path("cv/erase/", views.cv_erase, name="erase"),
    path("offers/<int:offer_id>/interest/", views.offer_interest, name="offer_interest"),
    path("cv/<slug:step>/", views.cv_step, name="step"),
    path("cv/<slug:step>/<int:pk>/delete/", views.cv_row_delete, name="row_delete"),
    # the same steps, done by an operator at the desk for a person
    path("desk/<int:user_id>/cv/", views.cv_overview, name="desk_overview"),
    path("desk/<int:user_id>/cv/pdf/", views.cv_pdf_download, name="desk_pdf"),
    path(
        "desk/<int:user_id>/cv/consent-request/",
        views.desk_consent_request,
        name="desk_consent_request",
    ),
    path("desk/<int:user_id>/cv/<slug:step>/", views.cv_step, name="desk_step"),
    path(
        "desk/<int:user_id>/cv/<slug:step>/<int:pk>/delete/",
        views.cv_row_delete,
        name="desk_row_delete",
    ),
]
