"""The index after updates, withdrawn consent and erasure (each test builds its own world)."""

import pytest

from jobs import services
from jobs.models import ConsentPurpose, Skill
from search import indexing
from search.client import get_client
from search.matching import rank_candidates
from search.models import DocType, PendingIndex

pytestmark = pytest.mark.django_db


def usernames(result):
    return [profile.user.username for profile, _match in result.items]


def test_withdrawn_consent_hides_the_candidate_at_once_and_leaves_the_index(
    world, django_capture_on_commit_callbacks
):
    profiles, offers = world
    indexing.reindex(DocType.CANDIDATE)
    assert "sala.full" in usernames(rank_candidates(offers["waiter"]))
    with django_capture_on_commit_callbacks(execute=False):
        services.consent_set(
            profile=profiles["sala.full"], purpose=ConsentPurpose.SEARCH, given=False
        )
    # Before any task ran (the withdrawal itself never waits on OpenSearch), the database has
    # the last word: the candidate is no longer found...
    assert "sala.full" not in usernames(rank_candidates(offers["waiter"]))
    # ...and the pending marker's task deletes the document.
    indexing.sync_pending()
    alias = indexing.alias_for(DocType.CANDIDATE)
    assert not get_client().exists(index=alias, id=str(profiles["sala.full"].pk))


def test_erasure_leaves_the_index_and_updates_reach_it(world, django_capture_on_commit_callbacks):
    profiles, offers = world
    indexing.reindex(DocType.CANDIDATE)
    alias = indexing.alias_for(DocType.CANDIDATE)
    profile = profiles["sala.missing"]
    with django_capture_on_commit_callbacks(execute=False):
        services.profile_update(
            profile=profile,
            data={
                "skills": list(profile.skills.all())
                + list(Skill.objects.filter(label_it="accoglienza dei clienti"))
            },
        )
    indexing.sync_pending()
    result = rank_candidates(offers["waiter"], size=100)
    by_name = {p.user.username: m for p, m in result.items}
    assert by_name["sala.missing"].points["essential"] == pytest.approx(20.0)
    pk = profiles["camion.ahmed"].pk
    with django_capture_on_commit_callbacks(execute=False):
        services.profile_erase(profile=profiles["camion.ahmed"])
    assert rank_candidates(offers["truck"]).items == []
    indexing.sync_pending()
    assert not get_client().exists(index=alias, id=str(pk))
    assert indexing.pending_count() == 0


def test_publishing_and_unpublishing_an_offer_reaches_the_index(offer_index):
    from demo.builders import OfferSpec, offer_build

    alias = indexing.ensure_index(DocType.OFFER)
    offer = offer_build(
        OfferSpec("Giardiniere stagionale", "Giardiniere", "Grosseto"), index=offer_index
    )
    indexing.sync_pending()  # what the Celery task does after commit
    assert get_client().exists(index=alias, id=str(offer.pk))
    offer.unpublish()
    indexing.sync_pending()
    assert not get_client().exists(index=alias, id=str(offer.pk))
    assert indexing.pending_count() == 0


def test_an_operator_can_create_offers_in_the_wagtail_admin(client, demo_site):
    from django.contrib.auth import get_user_model

    from jobs.models import JobOfferIndexPage

    index = JobOfferIndexPage.objects.get(locale__language_code="it")
    client.force_login(get_user_model().objects.get(username="operatore.cpi"))
    response = client.get(f"/admin/pages/add/jobs/jobofferpage/{index.pk}/")
    assert response.status_code == 200
    assert "employer_name" in response.content.decode()


def test_completing_a_course_reindexes_the_candidate_with_the_level_reached(
    world, django_capture_on_commit_callbacks
):
    """courses sends a domain signal; search re-indexes the person's CV after commit."""
    from courses import services as course_services
    from tests.factories.courses import EditionFactory
    from tests.factories.users import UserFactory

    profiles, _offers = world
    indexing.reindex(DocType.CANDIDATE)
    alias = indexing.alias_for(DocType.CANDIDATE)
    profile = profiles["sala.full"]

    def indexed_level() -> str:
        document = get_client().get(index=alias, id=str(profile.pk))
        return document["_source"]["italian_level"]

    assert indexed_level() != "C1"
    teacher = UserFactory(role="Teachers")
    edition = EditionFactory(teachers=[teacher], course__cefr_level="B2")
    enrolment = course_services.enrolment_create(
        edition=edition, person=profile.user, consent_given=True, notify_person=False
    )
    with django_capture_on_commit_callbacks(execute=False):
        course_services.enrolment_complete(enrolment=enrolment, by=teacher, cefr_level_reached="C1")
    # a durable marker, written in the same transaction as the completion
    assert PendingIndex.objects.filter(doc_type=DocType.CANDIDATE, object_id=profile.pk).exists()
    indexing.sync_pending()  # what the Celery task does after commit
    assert indexed_level() == "C1"
