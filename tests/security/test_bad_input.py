"""Bad input gets a clear answer, never a server error (issue #9, found 5)."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from courses.models import Edition
from jobs import services as jobs_services
from jobs.models import JobOfferPage, ShortlistEntry
from portal.accounts.roles import Role
from search import indexing
from search.models import DocType
from tests.factories.users import UserFactory
from tests.search.conftest import search_prefix  # noqa: F401

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def operator_client(client):
    client.force_login(UserFactory(role=Role.OPERATOR))
    return client


@pytest.fixture
def candidate_index(search_prefix):  # noqa: F811
    indexing.ensure_index(DocType.CANDIDATE)


def test_a_page_beyond_the_search_window_is_clamped_and_explained(
    operator_client, demo_site, candidate_index
):
    response = operator_client.get("/admin/candidates/?q=cameriere&page=501")
    assert response.status_code == 200
    assert "10.000" in response.content.decode()  # "only the first 10.000 results..."
    assert response.context["page"] == 500
    offer = JobOfferPage.objects.live().first()
    response = operator_client.get(f"/admin/matching/offer/{offer.pk}/?page=99999999999999999999")
    assert response.status_code == 200
    assert response.context["page"] == 500


def test_staff_page_search_with_quotes(client, demo_site, search_index):
    client.force_login(User.objects.get(username="admin"))
    for query in ['"a" b', '"', 'a"b"', '"Grosseto" sportello', "AND OR NOT", "(a", "a*"]:
        response = client.get("/admin/pages/search/", {"q": query})
        assert response.status_code == 200, query


def test_a_line_break_in_an_export_name_is_not_a_server_error(operator_client, demo_site):
    edition = Edition.objects.first()
    response = operator_client.get(f"/admin/courses/edition/{edition.pk}/register.csv%0AX: y")
    assert response.status_code == 404
    response = operator_client.get(f"/admin/courses/edition/{edition.pk}/register.csv")
    assert response["Content-Disposition"].startswith('attachment; filename="register-')
    assert "\n" not in response["Content-Disposition"]


def test_non_numeric_ids_in_staff_posts_are_bad_requests(operator_client, demo_site):
    offer = JobOfferPage.objects.live().first()
    for value in ["abc", "", "1.5", "-3", "99999999999999999999999", "1 OR 1=1"]:
        response = operator_client.post(
            f"/admin/jobs/offer/{offer.pk}/shortlist/", {"entry": value}
        )
        assert response.status_code == 400, value
        response = operator_client.post(
            f"/admin/matching/offer/{offer.pk}/", {"profile": value, "score": "1"}
        )
        assert response.status_code == 400, value
    assert "Richiesta non valida" in response.content.decode()
    before = ShortlistEntry.objects.count()
    response = operator_client.post(
        f"/admin/matching/offer/{offer.pk}/", {"profile": "1", "score": "nan"}
    )
    assert response.status_code == 400
    assert ShortlistEntry.objects.count() == before


def test_cv_pdf_with_an_experience_without_occupation_or_title(client, demo_site):
    learner = UserFactory(role=Role.LEARNER)
    profile = jobs_services.profile_get_or_create(user=learner)
    jobs_services.experience_add(profile=profile, start_date=date(2024, 5, 1), employer="Bar Sole")
    client.force_login(learner)
    response = client.get("/jobs/cv/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
