"""The dashboard's figures: trainees counted once, small groups suppressed, partner filter."""

import datetime as dt

import pytest
from django.utils import timezone

from courses import services as course_services
from courses.models import Enrolment
from programme import indicators, services
from programme.models import MonthlyCount
from tests.factories.courses import EditionFactory, learners

pytestmark = pytest.mark.django_db


def period(partner=None):
    today = timezone.localdate()
    return indicators.Filters(
        start=today - dt.timedelta(days=200), end=today + dt.timedelta(days=200), partner=partner
    )


def test_a_trainee_with_several_enrolments_is_counted_once(
    without_sample_year, partners, activities
):
    arci, auxilium = partners["arcisolidarieta"], partners["auxilium-vitae"]
    italian = EditionFactory(partner=arci, activity=activities["D.2"], status="open")
    housing = EditionFactory(partner=auxilium, activity=activities["D.1"], status="open")
    people = learners(3)
    for person in people:
        course_services.enrolment_create(edition=italian, person=person, consent_given=True)
    course_services.enrolment_create(edition=housing, person=people[0], consent_given=True)
    Enrolment.objects.filter(edition=italian, person=people[1]).update(
        status="completed", certificate_issued_at=timezone.now(), certificate_code="T1"
    )
    withdrawn = learners(1, first_name="Ritirata")[0]
    course_services.enrolment_create(edition=housing, person=withdrawn, consent_given=True)
    Enrolment.objects.filter(person=withdrawn).update(status="withdrawn")

    trainees = indicators.trainee_totals(period())
    assert trainees["enrolled"] == 3  # four seats, three people; the withdrawn one not at all
    assert trainees["enrolments"] == 4
    assert trainees["completed"] == 1
    assert trainees["certified"] == 1
    assert indicators.trainee_totals(period(auxilium))["enrolled"] == 1
    by_activity = {row["code"]: row["people"] for row in indicators.figures(period()).by_activity}
    assert by_activity["D.2"] == 3
    assert by_activity["D.1"] == 1


def test_demographic_groups_smaller_than_five_are_suppressed(
    without_sample_year, coeso_point, coeso_operator
):
    def contact(gender, nationality):
        services.contact_record(
            by=coeso_operator,
            service_point=coeso_point,
            services=["permit"],
            language="ar",
            minutes=10,
            new_code=True,
            stats_consent=True,
            stats=services.Statistics(gender=gender, nationality=nationality, age_band="18-29"),
        )

    for _ in range(6):
        contact("f", "MA")
    for _ in range(4):
        contact("m", "SN")
    services.contact_record(  # no consent: never in the breakdowns
        by=coeso_operator,
        service_point=coeso_point,
        services=["cv"],
        language="ar",
        minutes=10,
        new_code=True,
    )
    demographics = indicators.figures(period()).demographics
    genders = {row["code"]: row["people"] for row in demographics["gender"]}
    assert genders == {"f": 6, "m": None}  # 4 men: shown as "< 5"
    nationalities = {row["code"]: row["people"] for row in demographics["nationality"]}
    assert nationalities == {"MA": 6, "SN": None}
    ages = {row["code"]: row["people"] for row in demographics["age_band"]}
    assert ages == {"18-29": 10}


def test_the_partner_filter_keeps_each_partners_own_figures(
    without_sample_year,
    coeso_point,
    arci_point,
    coeso_operator,
    arci_operator,
    partners,
    activities,
):
    for _ in range(3):
        services.contact_record(
            by=coeso_operator,
            service_point=coeso_point,
            services=["permit"],
            language="it",
            minutes=5,
            new_code=True,
        )
    services.contact_record(
        by=arci_operator,
        service_point=arci_point,
        services=["cv"],
        language="en",
        minutes=5,
        new_code=True,
    )
    MonthlyCount.objects.create(
        activity=activities["A.1"],
        partner=partners["coeso"],
        month=timezone.localdate().replace(day=1),
        admitted=4,
        hosted=12,
    )
    everyone = indicators.figures(period())
    arci = indicators.figures(period(partners["arcisolidarieta"]))
    assert everyone.desk["users"] == 4
    assert arci.desk["users"] == 1
    assert arci.by_service == [{"code": "cv", "label": "CV", "contacts": 1}]
    rugginosa = next(a for a in everyone.accommodation if a["target"].key == "rugginosa")
    assert (rugginosa["admitted"], rugginosa["progress"].percent) == (4, 8)  # 4 of 50
    assert [r["name"] for r in arci.by_partner] == ["Arcisolidarietà Grosseto"]
