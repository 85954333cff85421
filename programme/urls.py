from django.urls import path

from programme import views

app_name = "programme"

urlpatterns = [
    path("", views.my_bookings, name="mine"),
    path("book/", views.booking_start, name="book"),
    path("book/<slug:slug>/", views.booking_at, name="book_at"),
    path("<int:booking_id>/cancel/", views.booking_cancel, name="cancel"),
]
