"""Reads for partners and activities."""

from django.db.models import QuerySet

from .models import Activity, Partner


def partners_all() -> QuerySet[Partner]:
    return Partner.objects.order_by("order", "name")


def activities_all() -> QuerySet[Activity]:
    return Activity.objects.prefetch_related("partners").order_by("order", "code")


def activity_by_code(code: str) -> Activity:
    return Activity.objects.get(code=code)
