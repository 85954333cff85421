"""Recording desk contacts and counting the people behind them (the 6,000 target)."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from programme import indicators, services
from programme.errors import ErrorCode
from programme.models import ContactTally, DeskContact, ServiceTally
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def record(by, point, **kwargs):
    defaults = {"services": ["permit"], "language": "fr", "minutes": 15}
    return services.contact_record(by=by, service_point=point, **{**defaults, **kwargs})


def figures(partner=None, days=30, detailed=True):
    today = timezone.localdate()
    return indicators.figures(
        indicators.Filters(start=today - dt.timedelta(days=days), end=today, partner=partner),
        detailed=detailed,
    )


def test_unique_desk_users_count_accounts_and_cards_once_and_anonymous_first_visits(
    without_sample_year, coeso_point, coeso_operator
):
    person = UserFactory(email="")
    for _ in range(3):  # the same person with an account, three times
        record(coeso_operator, coeso_point, person=person)
    card = record(coeso_operator, coeso_point, new_code=True)  # a new card ...
    record(coeso_operator, coeso_point, person_code=card.person_code.lower())  # ... reused
    record(coeso_operator, coeso_point, first_visit=True)  # an anonymous newcomer
    record(coeso_operator, coeso_point)  # an anonymous returning visitor: not a new person
    assert figures(detailed=False).desk["users"] == 3  # from the tallies: the same people
    totals = figures().desk
    assert totals["contacts"] == 7
    assert totals["users"] == 3  # the account, the card, the anonymous first visit
    assert totals["with_account"] == 1
    assert totals["with_code"] == 1
    assert totals["anonymous"] == 2
    assert totals["anonymous_new"] == 1


def test_a_new_card_code_is_issued_and_normalised(without_sample_year, coeso_point, coeso_operator):
    contact = record(coeso_operator, coeso_point, new_code=True)
    assert contact.person_code.startswith("ALI-")
    assert contact.first_visit is True
    with pytest.raises(ValidationError) as error:
        record(coeso_operator, coeso_point, person_code="ALI-0O1I")
    assert error.value.code == ErrorCode.BAD_CODE


def test_an_operator_records_only_at_their_own_partners_points(
    without_sample_year, coeso_point, arci_point, arci_operator
):
    record(arci_operator, arci_point)
    with pytest.raises(ValidationError) as error:
        record(arci_operator, coeso_point)
    assert error.value.code == ErrorCode.NOT_YOUR_PARTNER
    assert DeskContact.objects.count() == 1


def test_statistics_are_kept_only_with_consent(without_sample_year, coeso_point, coeso_operator):
    stats = services.Statistics(gender="f", nationality="SN", age_band="30-44")
    refused = record(coeso_operator, coeso_point, stats=stats, stats_consent=False)
    given = record(coeso_operator, coeso_point, stats=stats, stats_consent=True)
    refused.refresh_from_db()
    assert (refused.gender, refused.nationality, refused.age_band) == ("", "", "")
    assert (given.gender, given.nationality, given.age_band) == ("f", "SN", "30-44")


def test_bad_input_is_refused_with_a_coded_message(
    without_sample_year, coeso_point, coeso_operator
):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    for kwargs, code in (
        ({"services": []}, ErrorCode.NO_SERVICE),
        ({"date": tomorrow}, ErrorCode.DATE_IN_FUTURE),
        ({"date": tomorrow - dt.timedelta(days=400)}, ErrorCode.DATE_TOO_OLD),
    ):
        with pytest.raises(ValidationError) as error:
            record(coeso_operator, coeso_point, **kwargs)
        assert error.value.code == code
    assert not DeskContact.objects.exists()


def test_the_tallies_kept_on_the_way_equal_a_rebuild_even_with_a_late_entry(
    without_sample_year, coeso_point, arci_point, coeso_operator, arci_operator
):
    """A contact recorded late with an earlier date becomes the person's first one: the
    first-contact marks and the monthly tallies move with it."""
    today = timezone.localdate()
    person = UserFactory()
    record(coeso_operator, coeso_point, person=person, services=["permit", "cv"])
    record(arci_operator, arci_point, person=person)
    record(coeso_operator, coeso_point, person=person, date=today - dt.timedelta(days=40))
    record(coeso_operator, coeso_point, first_visit=True, services=["housing"])
    kept = sorted(
        ContactTally.objects.values_list(
            "month", "service_point_id", "contacts", "new_people", "new_at_partner", "minutes"
        )
    )
    services_kept = sorted(ServiceTally.objects.values_list("month", "service", "contacts"))
    first = DeskContact.objects.get(person=person, new_person=True)
    assert first.date == today - dt.timedelta(days=40)
    assert DeskContact.objects.filter(person=person, new_at_partner=True).count() == 2
    services.contact_tallies_rebuild()
    rebuilt = sorted(
        ContactTally.objects.values_list(
            "month", "service_point_id", "contacts", "new_people", "new_at_partner", "minutes"
        )
    )
    assert kept == rebuilt
    assert services_kept == sorted(ServiceTally.objects.values_list("month", "service", "contacts"))


def test_people_served_in_a_later_period_include_those_first_seen_before_it(
    without_sample_year, coeso_point, coeso_operator
):
    today = timezone.localdate()
    person = UserFactory()
    record(coeso_operator, coeso_point, person=person, date=today - dt.timedelta(days=45))
    record(coeso_operator, coeso_point, person=person)
    record(coeso_operator, coeso_point, new_code=True)
    start = today.replace(day=1)
    if (today - dt.timedelta(days=45)) >= start:  # keep the early contact before the period
        start = today - dt.timedelta(days=1)
    later = indicators.figures(indicators.Filters(start=start, end=today)).desk
    assert later["users"] == 2  # the returning person and the new card
    whole = indicators.figures(
        indicators.Filters(start=today - dt.timedelta(days=60), end=today)
    ).desk
    assert whole["users"] == 2  # from the tallies: first contacts
    assert whole["new_people"] == 2
