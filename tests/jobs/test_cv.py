"""The CV profile as a candidate and an operator use it (Django test client, real PostgreSQL)."""

import json
import re
import subprocess

import pytest
from django.urls import reverse

from jobs import services
from jobs.models import CandidateProfile, ConsentEvent, CvViewLog, Municipality, Occupation, Skill
from jobs.selectors import italian_self_assessed, profile_italian_level
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes, folder) -> str:
    path = folder / "cv.pdf"
    path.write_bytes(content)
    out = subprocess.run(  # noqa: S603
        ["/usr/bin/pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


@pytest.fixture
def candidate(client):
    user = UserFactory(username="cand", first_name="Awa", last_name="Sarr", role="Learners")
    client.force_login(user)
    return user


def test_vocabulary_is_seeded_with_isco_codes():
    assert Occupation.objects.count() >= 20
    assert Occupation.objects.get(label_it="Cameriere di sala").isco_code == "5131"
    assert Occupation.objects.get(label_it="Autista di camion (patente C)").isco_code == "8332"
    assert Municipality.objects.count() == 28
    assert Occupation.objects.get(label_it="Cuoco").typical_skills.count() == 3


def test_candidate_builds_a_cv_in_small_steps(client, candidate):
    grosseto = Municipality.objects.get(name="Grosseto")
    waiter = Occupation.objects.get(label_it="Cameriere di sala")
    table = Skill.objects.get(label_it="servizio ai tavoli")
    r = client.post(
        reverse("jobs:step", args=["place"]),
        {"home_municipality": grosseto.pk, "travel_radius_km": 25, "driving_licences": ["B"]},
    )
    assert r.status_code == 302
    assert r.url.endswith("/cv/work/")
    client.post(
        reverse("jobs:step", args=["work"]),
        {"desired_occupations": [waiter.pk], "working_time": "any", "presentation": "Ciao"},
    )
    client.post(
        reverse("jobs:step", args=["skills"]), {"skills": [table.pk], "free_skills": "pizza, bar"}
    )
    r = client.post(
        reverse("jobs:step", args=["languages"]),
        {
            "language": "it",
            "listening": "B1",
            "reading": "A2",
            "spoken_interaction": "B1",
            "spoken_production": "B1",
            "writing": "A2",
            "add_another": "1",
        },
    )
    assert r.status_code == 302
    client.post(
        reverse("jobs:step", args=["experience"]),
        {
            "occupation": waiter.pk,
            "job_title": "Cameriera",
            "start_date": "2022-05-01",
            "end_date": "2023-09-30",
            "employer": "Bar Centrale",
            "place": "Dakar",
        },
    )
    client.post(reverse("jobs:step", args=["consent"]), {"search_consent": "on", "is_active": "on"})
    profile = CandidateProfile.objects.get(user=candidate)
    assert profile.home_municipality == grosseto
    assert profile.driving_licences == ["B"]
    assert profile.free_skill_list == ["pizza", "bar"]
    assert list(profile.skills.all()) == [table]
    assert profile.experiences.count() == 1
    assert profile_italian_level(profile) == ("A2", "self")  # (3+2+3+3+2)//5 = 2 → A2
    assert profile.searchable
    page = client.get(reverse("jobs:overview"))
    assert "Grosseto" in page.content.decode()


def test_bad_dates_keep_what_was_typed(client, candidate):
    r = client.post(
        reverse("jobs:step", args=["experience"]),
        {"job_title": "Cuoco a Tunisi", "start_date": "2023-05-01", "end_date": "2022-01-01"},
    )
    assert r.status_code == 200
    body = r.content.decode()
    assert "Cuoco a Tunisi" in body
    assert "La data di fine" in body or "end date" in body


def test_cv_pdf_is_a_europass_like_pdf_in_italian(client, candidate, tmp_path):
    profile = services.profile_get_or_create(user=candidate)
    services.profile_update(profile=profile, data={"presentation": "Lavoro in sala"})
    r = client.get(reverse("jobs:pdf"))
    assert r["Content-Type"] == "application/pdf"
    assert r.content[:5] == b"%PDF-"
    text = pdf_text(r.content, tmp_path)
    assert "ESPERIENZA PROFESSIONALE" in text.upper()
    assert "COMPETENZE LINGUISTICHE" in text.upper()
    assert "Lavoro in sala" in text


def test_the_cv_pdf_is_in_the_persons_language_then_in_italian(client, candidate, tmp_path):
    candidate.preferred_language = "ar"
    candidate.save()
    profile = services.profile_get_or_create(user=candidate)
    services.profile_update(profile=profile, data={"presentation": "Lavoro in sala"})
    text = re.sub(
        "[\u202a-\u202e\u2066-\u2069]",
        "",
        pdf_text(client.get(reverse("jobs:pdf")).content, tmp_path),
    )
    arabic, italian = text.split("\f")[0], text.split("\f", 1)[1]
    assert "الخبرة المهنية" in arabic  # the Arabic version comes first
    assert "ESPERIENZA PROFESSIONALE" in italian.upper()
    assert text.count("Lavoro in sala") == 2


def test_consents_are_dated_and_withdrawable(candidate):
    profile = services.profile_get_or_create(user=candidate)
    services.consent_set(profile=profile, purpose="search", given=True)
    assert profile.search_consent_at is not None
    services.consent_set(profile=profile, purpose="search", given=False)
    assert profile.search_consent_at is None
    events = list(ConsentEvent.objects.filter(profile=profile).order_by("at"))
    assert [e.given for e in events] == [True, False]


def test_operator_views_are_logged_and_the_candidate_sees_them(client, candidate):
    profile = services.profile_get_or_create(user=candidate)
    services.profile_update(
        profile=profile, data={"home_municipality": Municipality.objects.get(name="Follonica")}
    )
    services.consent_set(profile=profile, purpose="search", given=True)
    operator = UserFactory(username="op", first_name="Luca", last_name="Ferri", role="Operators")
    from django.test import Client

    staff = Client()
    staff.force_login(operator)
    r = staff.get(reverse("jobs_cv_view", args=[profile.pk]) + "?for=Cameriere")
    assert r.status_code == 200
    assert "Awa" in r.content.decode()
    log = CvViewLog.objects.get(profile=profile)
    assert log.viewer == operator
    assert log.context == "Cameriere"
    page = client.get(reverse("jobs:overview")).content.decode()
    assert "Luca Ferri" in page
    # Without consent, staff cannot open it (and are told why).
    services.consent_set(profile=profile, purpose="search", given=False)
    assert staff.get(reverse("jobs_cv_view", args=[profile.pk])).status_code == 403


def test_operator_builds_a_cv_at_the_desk(client):
    person = UserFactory(username="desk.person", first_name="Yonas", last_name="Haile")
    operator = UserFactory(username="op2", role="Operators")
    client.force_login(operator)
    found = client.get(reverse("jobs_desk_people"), {"q": "Yonas"}).content.decode()
    assert reverse("jobs:desk_overview", args=[person.pk]) in found
    # First the person's request to be searchable, recorded with the reason ...
    r = client.post(
        reverse("jobs:desk_consent_request", args=[person.pk]),
        {"confirm": "on", "reason": "Presente allo sportello, chiede di cercare lavoro"},
    )
    assert r.status_code == 302
    # ... then the CV, step by step, together.
    r = client.post(
        reverse("jobs:desk_step", args=[person.pk, "place"]),
        {"home_municipality": Municipality.objects.get(name="Scansano").pk, "travel_radius_km": 10},
    )
    assert r.status_code == 302
    profile = CandidateProfile.objects.get(user=person)
    assert profile.home_municipality.name == "Scansano"
    assert profile.created_by == operator
    learner = UserFactory(username="nosy", role="Learners")
    client.force_login(learner)
    assert client.get(reverse("jobs:desk_step", args=[person.pk, "place"])).status_code == 403


def test_export_and_erase(client, candidate):
    profile = services.profile_get_or_create(user=candidate)
    services.language_set(profile=profile, language="fr", mother_tongue=True)
    services.consent_set(profile=profile, purpose="search", given=True)
    data = json.loads(client.get(reverse("jobs:export")).content)
    assert data["languages"][0]["language"] == "fr"
    assert data["consents"][0]["given"] is True
    r = client.post(reverse("jobs:erase"), {"confirm": "yes"})
    assert r.status_code == 302
    assert not CandidateProfile.objects.filter(user=candidate).exists()


def test_italian_level_from_the_grid():
    class Row:
        language, mother_tongue = "it", False
        listening = reading = "B2"
        spoken_interaction = spoken_production = writing = "B1"

    assert italian_self_assessed([Row()]) == "B1"
