"""Who may open the programme's pages: deny by default, partner scoping, no personal data for
programme managers."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from programme import services
from programme.slots import slots_for
from tests.factories.users import UserFactory

from .conftest import operator_of

pytestmark = pytest.mark.django_db


def refused(response) -> bool:
    """A 403, or Wagtail's way of refusing a signed-in member of staff: back to the staff
    area's home with "Sorry, you do not have permission"."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] in ("/admin/", "/admin")
    )


STAFF_URLS = [
    "programme_dashboard",
    "programme_report",
    "programme_contact_new",
    "programme_bookings",
    "programme_counts",
]


def test_people_without_a_staff_role_are_refused_everywhere(client):
    for user in (None, UserFactory(role="Learners"), UserFactory(role="Teachers")):
        if user:
            client.force_login(user)
        for name in STAFF_URLS:
            response = client.get(reverse(name))
            assert response.status_code in (302, 403), (user, name)
            if response.status_code == 302:
                assert "login" in response["Location"]


def test_the_programme_manager_sees_figures_never_people(client, manager):
    client.force_login(manager)
    assert client.get(reverse("programme_dashboard")).status_code == 200
    report = client.get(reverse("programme_report"))
    assert report.status_code == 200
    assert report["Content-Type"].startswith("application/vnd.openxmlformats")
    for name in ("programme_contact_new", "programme_bookings", "programme_counts"):
        assert refused(client.get(reverse(name))), name
    # no CV, no person's page, no call list
    from jobs.models import CandidateProfile

    profile = CandidateProfile.objects.first()
    for url in (
        reverse("jobs_desk_people"),
        reverse("jobs_cv_view", args=[profile.pk]),
        "/admin/call-list/",
        "/admin/users/",
    ):
        response = client.get(url)
        assert refused(response) or "login" in response.get("Location", ""), url


def test_an_operator_sees_only_their_partners_dashboard_and_no_report(
    client, arci_operator, partners
):
    client.force_login(arci_operator)
    page = client.get(reverse("programme_dashboard"), {"partner": partners["coeso"].pk})
    assert page.status_code == 200
    assert page.context["figures"].filters.partner == partners["arcisolidarieta"]
    assert refused(client.get(reverse("programme_report")))


def test_an_operator_without_a_partner_is_told_to_ask_an_administrator(client):
    client.force_login(operator_of(None))
    assert refused(client.get(reverse("programme_contact_new")))
    assert refused(client.get(reverse("programme_dashboard")))


def test_an_operator_sees_and_manages_only_their_partners_bookings(
    client, bookable_point, coeso_operator, arci_operator
):
    person = UserFactory(first_name="Mariam", last_name="Kone")
    slot = slots_for(point=bookable_point, notice=dt.timedelta(0))[0]
    booking = services.booking_create(
        point=bookable_point,
        person=person,
        starts_at=slot.starts_at,
        kind="appointment",
        by=coeso_operator,
    )
    day = timezone.localtime(slot.starts_at).date().isoformat()
    client.force_login(arci_operator)
    assert (
        "Mariam Kone"
        not in client.get(reverse("programme_bookings"), {"day": day}).content.decode()
    )
    cancel = client.post(reverse("programme_booking_cancel", args=[booking.pk]))
    assert cancel.status_code == 404
    assert client.get(reverse("programme_booking_new", args=[bookable_point.pk])).status_code == 404
    client.force_login(coeso_operator)
    assert "Mariam Kone" in client.get(reverse("programme_bookings"), {"day": day}).content.decode()


def test_the_contact_form_offers_only_the_operators_own_points(
    client, coeso_point, arci_point, arci_operator
):
    client.force_login(arci_operator)
    html = client.get(reverse("programme_contact_new")).content.decode()
    assert arci_point.name in html
    assert coeso_point.name not in html
    forged = client.post(
        reverse("programme_contact_new"),
        {
            "service_point": coeso_point.pk,
            "services": ["permit"],
            "language": "it",
            "minutes": 10,
            "date": timezone.localdate().isoformat(),
        },
    )
    assert forged.status_code == 200  # the form says the choice is not valid
    assert not coeso_point.contacts.exists()


def test_a_person_sees_and_cancels_only_their_own_appointments(client, bookable_point):
    owner, other = UserFactory(), UserFactory()
    slot = slots_for(point=bookable_point)[0]
    booking = services.booking_create(
        point=bookable_point, person=owner, starts_at=slot.starts_at, kind="appointment", by=owner
    )
    client.force_login(other)
    assert client.post(reverse("programme:cancel", args=[booking.pk])).status_code == 404
    assert "Sportello di prova" not in client.get(reverse("programme:mine")).content.decode()
    client.force_login(owner)
    assert "Sportello di prova" in client.get(reverse("programme:mine")).content.decode()
    assert client.post(reverse("programme:cancel", args=[booking.pk])).status_code == 302
    booking.refresh_from_db()
    assert booking.status == "cancelled"
    assert client.get(reverse("programme:book")).status_code == 200


def test_booking_needs_an_account(client, bookable_point):
    response = client.get(reverse("programme:book_at", args=[bookable_point.slug]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_contact_form_starts_from_the_operators_last_choices(
    client, coeso_point, partners, activities, coeso_operator
):
    from programme.models import DeskContact

    from .conftest import make_point

    other = make_point(partners["coeso"], activities["C.1"], "test-desk-coeso-2")
    client.force_login(coeso_operator)
    response = client.post(
        reverse("programme_contact_new"),
        {
            "service_point": other.pk,
            "services": ["permit", "family"],
            "language": "ar",
            "minutes": 30,
            "date": timezone.localdate().isoformat(),
            "first_visit": "on",
        },
    )
    assert response.status_code == 302
    contact = DeskContact.objects.get(recorded_by=coeso_operator)
    assert contact.first_visit
    form = client.get(reverse("programme_contact_new")).context["form"]
    assert form.initial["service_point"] == other.pk
    assert form.initial["language"] == "ar"
    assert form.initial["minutes"] == 30
    assert form.initial["date"] == timezone.localdate()


def test_an_administrator_says_which_partner_an_operator_works_for(client, partners):
    operator = operator_of(None, username="nuovo.operatore")
    admin = UserFactory(username="amministra", is_superuser=True, is_staff=True)
    client.force_login(admin)
    page = client.get(reverse("wagtailusers_users:edit", args=[operator.pk]))
    assert 'name="partner"' in page.content.decode()
    form = page.context["form"]
    data = {
        "username": operator.username,
        "email": operator.email,
        "first_name": operator.first_name,
        "last_name": operator.last_name,
        "is_active": "on",
        "groups": [g.pk for g in operator.groups.all()],
        "partner": partners["arcisolidarieta"].pk,
    }
    assert form is not None
    response = client.post(reverse("wagtailusers_users:edit", args=[operator.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    operator.refresh_from_db()
    assert operator.partner == partners["arcisolidarieta"]
    # an operator cannot change anyone's partner (the field is not offered)
    client.force_login(operator)
    page = client.get(reverse("wagtailusers_users:add"))
    assert 'name="partner"' not in page.content.decode()
