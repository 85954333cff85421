from django.urls import path

from . import views

app_name = "search"

urlpatterns = [path("offers-for-me/", views.offers_for_me, name="offers_for_me")]
