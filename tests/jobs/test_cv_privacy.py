"""Staff see a CV only through the CV access service: with the permission, while the person's
consent is given, and every opening is logged. Consents record who changed them; only the
person (or an operator recording the person's request, with a reason) gives one. Reading a
page never creates a profile."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from jobs import services
from jobs.models import CandidateProfile, ConsentEvent, CvViewLog, Municipality
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    return UserFactory(username="awa.desk", first_name="Awa", last_name="Sarr", role="Learners")


@pytest.fixture
def operator_client():
    operator = UserFactory(
        username="op.desk", first_name="Luca", last_name="Ferri", role="Operators"
    )
    client = Client()
    client.force_login(operator)
    client.operator = operator
    return client


def profile_with_consent(person) -> CandidateProfile:
    profile = services.profile_get_or_create(user=person)
    services.profile_update(
        profile=profile,
        data={
            "home_municipality": Municipality.objects.get(name="Follonica"),
            "presentation": "Cameriera con esperienza",
        },
    )
    services.consent_set(profile=profile, purpose="search", given=True, by=person)
    return profile


DESK_PAGES = [
    ("jobs:desk_overview", {}),
    ("jobs:desk_step", {"step": "place"}),
    ("jobs:desk_step", {"step": "experience"}),
    ("jobs:desk_step", {"step": "consent"}),
    ("jobs:desk_pdf", {}),
]


def test_every_desk_cv_page_is_logged_and_refused_once_consent_is_withdrawn(
    person, operator_client
):
    profile = profile_with_consent(person)
    for name, kwargs in DESK_PAGES:
        response = operator_client.get(reverse(name, kwargs={"user_id": person.pk, **kwargs}))
        assert response.status_code == 200, name
    logs = CvViewLog.objects.filter(profile=profile, viewer=operator_client.operator)
    assert logs.count() == len(DESK_PAGES)  # one entry per page shown, the person sees them

    services.consent_set(profile=profile, purpose="search", given=False, by=person)
    for name, kwargs in DESK_PAGES:
        response = operator_client.get(reverse(name, kwargs={"user_id": person.pk, **kwargs}))
        body = response.content.decode()
        assert response.status_code == 403, name
        assert "Cameriera con esperienza" not in body
        assert 'data-testid="cv-refused"' in body  # a clear message, not a bare error
    assert logs.count() == len(DESK_PAGES)  # refused openings show nothing and log nothing
    # the staff-area CV view refuses too, with the reason
    refused = operator_client.get(reverse("jobs_cv_view", args=[profile.pk]))
    assert refused.status_code == 403
    assert "Cameriera" not in refused.content.decode()


def test_staff_cannot_switch_a_withdrawn_consent_back_on(person, operator_client):
    profile = profile_with_consent(person)
    services.consent_set(profile=profile, purpose="search", given=False, by=person)
    url = reverse("jobs:desk_step", kwargs={"user_id": person.pk, "step": "consent"})
    response = operator_client.post(url, {"search_consent": "on", "is_active": "on"})
    assert response.status_code == 403
    profile.refresh_from_db()
    assert profile.search_consent_at is None
    # nor through the service
    with pytest.raises(ValidationError) as error:
        services.consent_set(
            profile=profile, purpose="search", given=True, by=operator_client.operator
        )
    assert getattr(error.value, "code", "") == "reason_required"
    profile.refresh_from_db()
    assert profile.search_consent_at is None


def test_an_operator_records_the_persons_request_with_a_reason(person, operator_client):
    profile = profile_with_consent(person)
    services.consent_set(profile=profile, purpose="search", given=False, by=person)
    url = reverse("jobs:desk_consent_request", kwargs={"user_id": person.pk})
    assert operator_client.post(url, {"confirm": "on"}).status_code == 400  # no reason
    profile.refresh_from_db()
    assert profile.search_consent_at is None
    reason = "È venuta allo sportello di Follonica e chiede di essere proposta per lavori"
    response = operator_client.post(url, {"confirm": "on", "reason": reason})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.search_consent_at is not None
    event = ConsentEvent.objects.filter(profile=profile).order_by("-at", "-pk").first()
    assert event.given
    assert event.changed_by == operator_client.operator
    assert event.changed_by_name == "Luca Ferri"
    assert event.reason == reason
    assert operator_client.get(response.url).status_code == 200
    # a learner cannot record requests for somebody else
    learner = Client()
    learner.force_login(UserFactory(username="nosy.learner", role="Learners"))
    assert learner.post(url, {"confirm": "on", "reason": "x"}).status_code == 403


def test_giving_a_consent_at_the_desk_needs_the_reason(person, operator_client):
    profile = profile_with_consent(person)
    url = reverse("jobs:desk_step", kwargs={"user_id": person.pk, "step": "consent"})
    data = {"search_consent": "on", "employers_consent": "on", "is_active": "on"}
    response = operator_client.post(url, data)
    assert response.status_code == 200  # the form again, with the message
    profile.refresh_from_db()
    assert profile.employers_consent_at is None
    operator_client.post(url, {**data, "reason": "Lo chiede lei, presente allo sportello"})
    profile.refresh_from_db()
    assert profile.employers_consent_at is not None
    event = ConsentEvent.objects.get(profile=profile, purpose="employers")
    assert event.changed_by == operator_client.operator
    assert "presente" in event.reason


def test_the_persons_own_consent_changes_record_the_person(client, person):
    client.force_login(person)
    client.post(reverse("jobs:step", args=["consent"]), {"search_consent": "on", "is_active": "on"})
    event = ConsentEvent.objects.get(profile__user=person)
    assert event.given
    assert event.changed_by == person
    assert event.reason == ""
    exported = client.get(reverse("jobs:export")).json()
    assert exported["consents"][0]["by"] == "Awa Sarr"


def test_reading_pages_never_creates_a_profile(client, person, operator_client):
    client.force_login(person)
    for url in [
        reverse("jobs:overview"),
        reverse("jobs:step", args=["place"]),
        reverse("jobs:step", args=["languages"]),
        reverse("jobs:step", args=["consent"]),
        reverse("jobs:pdf"),
        reverse("jobs:export"),
    ]:
        assert client.get(url).status_code in (200, 302), url
    # staff opening the desk pages of a person without a profile, and their own CV pages
    assert operator_client.get(reverse("jobs:desk_overview", args=[person.pk])).status_code == 403
    assert operator_client.get(reverse("jobs:overview")).status_code == 200
    # a staff account is not a person whose CV is filled in at the desk
    other_operator = UserFactory(username="op.other", role="Operators")
    assert (
        operator_client.get(reverse("jobs:desk_overview", args=[other_operator.pk])).status_code
        == 404
    )
    assert not CandidateProfile.objects.filter(
        user__in=[person, operator_client.operator, other_operator]
    ).exists()
