"""The vocabulary in four languages, and picking from it in the CV in the person's language."""

import pytest
from django.urls import reverse
from django.utils import translation

from common.collation import sort_key
from jobs.forms import SkillsForm, WorkForm
from jobs.models import CandidateProfile, Occupation, Qualification, Skill
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def test_every_term_has_four_names_and_the_words_people_type():
    for model in (Occupation, Skill, Qualification):
        for term in model.objects.all():
            assert all((term.label_it, term.label_en, term.label_fr, term.label_ar)), term
    forklift = Skill.objects.get(label_it="uso del carrello elevatore")
    assert "muletto" in forklift.synonyms_in("it")
    assert "cariste" in forklift.synonyms_in("fr")
    assert "كلارك" in forklift.synonyms_in("ar")
    assert (
        Occupation.objects.get(label_it="Magazziniere")
        .related.filter(label_it="Carrellista (mulettista)")
        .exists()
    )
    assert (
        Occupation.objects.get(label_it="Carrellista (mulettista)")
        .related.filter(label_it="Magazziniere")
        .exists()
    )  # both ways
    codes = set(Qualification.objects.values_list("code", flat=True))
    assert codes >= {
        "CQC_GOODS",
        "HACCP",
        "SAFETY_GENERAL",
        "SAFETY_CONSTRUCTION",
        "FORKLIFT_CERT",
        "PLE_CERT",
        "FIRST_AID",
        "LIFEGUARD",
        "OSS",
        "PESTICIDES",
    }
    assert Qualification.objects.get(code="FORKLIFT_CERT").licence == "FORKLIFT"
    assert not Qualification.objects.get(code="HACCP").needs_course


@pytest.mark.parametrize("language", ["it", "fr", "en", "ar"])
def test_the_lists_are_in_the_persons_language_and_its_order(language):
    with translation.override(language):
        form = WorkForm()
        labels = [str(label) for _value, label in form.fields["desired_occupations"].choices]
        expected = sorted((o.label_in(language) for o in Occupation.objects.all()), key=sort_key)
    assert labels == expected
    if language == "ar":
        assert "بستاني" in labels
    if language == "fr":
        assert (
            labels.index("Agent d'entretien") < labels.index("Éleveur")
            if "Éleveur" in labels
            else True
        )


def test_collation_is_not_codepoint_order():
    words = ["zucca", "Ápice", "apice", "bagnino", "Cuoco"]
    assert sorted(words, key=sort_key) == ["apice", "Ápice", "bagnino", "Cuoco", "zucca"]
    assert sorted(words) != sorted(words, key=sort_key)


def test_find_without_javascript_narrows_the_list_and_keeps_what_was_picked():
    carer = Occupation.objects.get(label_it="Assistente familiare (badante)")
    cook = Occupation.objects.get(label_it="Cuoco")
    with translation.override("fr"):
        form = WorkForm(initial={"desired_occupations": [cook]}, find="badante")
        values = {int(v) for v, _label in form.fields["desired_occupations"].choices}
    assert values == {carer.pk, cook.pk}  # found in Italian from a French interface, + kept
    with translation.override("ar"):
        form = SkillsForm(find="موليتو")
        skills = {int(v) for v, _label in form.fields["skills"].choices}
    assert skills == {Skill.objects.get(label_it="uso del carrello elevatore").pk}


def test_the_cv_saves_qualifications_and_a_radius_step(client):
    user = UserFactory(username="quals", role="Learners")
    client.force_login(user)
    haccp = Qualification.objects.get(code="HACCP")
    r = client.post(reverse("jobs:step", args=["skills"]), {"qualifications": [haccp.pk]})
    assert r.status_code == 302
    assert list(CandidateProfile.objects.get(user=user).qualifications.all()) == [haccp]
    page = client.get(reverse("jobs:step", args=["place"])).content.decode()
    radius = page.split('id="id_travel_radius_km"')[1].split("</select>")[0]
    assert '<option value="15"' in radius
    assert '<option value="17"' not in radius
    r = client.post(
        reverse("jobs:step", args=["place"]), {"home_municipality": 1, "travel_radius_km": 17}
    )
    assert r.status_code == 200  # not a step: the form says so and keeps what was typed


def test_the_typeahead_is_there_and_its_script_is_a_file(client):
    client.force_login(UserFactory(username="ta", role="Learners"))
    page = client.get(reverse("jobs:step", args=["work"])).content.decode()
    assert "data-term-picker" in page
    assert "jobs/term-filter" in page
    assert 'data-terms="' in page
