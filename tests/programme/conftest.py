"""Fixtures for the programme's rules: partners from the data migration, service points, a desk
page with known hours, operators who belong to a partner."""

import datetime as dt
from decimal import Decimal

import pytest

from cms.models import DeskIndexPage, DeskOpeningHours, DeskPage
from partners.models import Activity, Partner
from portal.accounts.roles import Role
from programme.models import (
    Booking,
    ContactTally,
    DeskContact,
    MonthlyCount,
    ServicePoint,
    ServiceTally,
    TrainingSession,
)
from tests.factories.users import UserFactory


@pytest.fixture
def without_sample_year(db):
    """Rule tests count contacts and people: they start without the demo's sample year (removed
    inside the test's transaction; the demo is back for the next test)."""
    from courses.models import Edition

    for model in (DeskContact, ContactTally, ServiceTally, Booking, MonthlyCount, TrainingSession):
        model.objects.all().delete()
    Edition.objects.all().delete()


@pytest.fixture
def partners(db) -> dict[str, Partner]:
    return {p.slug: p for p in Partner.objects.all()}


@pytest.fixture
def activities(db) -> dict[str, Activity]:
    return {a.code: a for a in Activity.objects.all()}


def make_point(partner: Partner, activity: Activity, slug: str, **kwargs) -> ServicePoint:
    return ServicePoint.objects.create(
        name=kwargs.pop("name", slug.replace("-", " ").title()),
        slug=slug,
        kind=kwargs.pop("kind", ServicePoint.Kind.DESK),
        town="Grosseto",
        partner=partner,
        activity=activity,
        **kwargs,
    )


@pytest.fixture
def coeso_point(partners, activities) -> ServicePoint:
    return make_point(partners["coeso"], activities["C.1"], "test-desk-coeso")


@pytest.fixture
def arci_point(partners, activities) -> ServicePoint:
    return make_point(
        partners["arcisolidarieta"], activities["C.2"], "test-flying-arci", kind="flying"
    )


def operator_of(partner: Partner | None, **kwargs):
    user = UserFactory(role=Role.OPERATOR, **kwargs)
    user.partner = partner
    user.save(update_fields=["partner"])
    return user


@pytest.fixture
def coeso_operator(partners):
    return operator_of(partners["coeso"], first_name="Sara", last_name="Conti")


@pytest.fixture
def arci_operator(partners):
    return operator_of(partners["arcisolidarieta"], first_name="Paolo", last_name="Rossi")


@pytest.fixture
def manager():
    return UserFactory(role=Role.PROGRAMME_MANAGER)


@pytest.fixture
def desk_page(db) -> DeskPage:
    """A desk open every day 09:00–12:00 (no exceptions), under the demo's desk index."""
    index = DeskIndexPage.objects.first()
    page = DeskPage(
        title="Sportello di prova",
        slug="sportello-di-prova",
        town="Grosseto",
        address="Via di Prova 1",
        latitude=Decimal("42.76"),
        longitude=Decimal("11.11"),
    )
    index.add_child(instance=page)
    for weekday in range(7):
        DeskOpeningHours.objects.create(
            page=page, weekday=weekday, opens=dt.time(9), closes=dt.time(12)
        )
    page.save_revision().publish()
    return page


@pytest.fixture
def bookable_point(partners, activities, desk_page) -> ServicePoint:
    return make_point(
        partners["coeso"],
        activities["C.1"],
        "test-bookable",
        name="Sportello di prova",
        desk_page=desk_page,
        bookable=True,
        slot_minutes=30,
    )
