"""Who may create whom in Wagtail's user admin: staff grant only the roles below their own;
only administrators make administrators, superusers or staff. Through the real admin forms."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from portal.accounts.roles import Role
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def _new_user_post(**extra):
    return {
        "username": "nuovo.utente",
        "email": "nuovo@example.org",
        "first_name": "Nuovo",
        "last_name": "Utente",
        "password1": "Una-Password-Lunga-2026",
        "password2": "Una-Password-Lunga-2026",
        **extra,
    }


def test_operator_add_form_offers_no_superuser_box_and_only_lower_roles(client):
    operator = UserFactory(role=Role.OPERATOR)
    client.force_login(operator)
    response = client.get(reverse("wagtailusers_users:add"))
    assert response.status_code == 200
    form = response.context["form"]
    assert "is_superuser" not in form.fields
    offered = set(form.fields["groups"].queryset.values_list("name", flat=True))
    assert offered == {Role.LEARNER.value, Role.TEACHER.value}


def test_operator_cannot_create_a_superuser_or_an_administrator(client):
    operator = UserFactory(role=Role.OPERATOR)
    admins = Group.objects.get(name=Role.ADMIN.value)
    client.force_login(operator)
    response = client.post(
        reverse("wagtailusers_users:add"),
        _new_user_post(is_superuser="on", groups=[admins.pk]),
    )
    created = User.objects.filter(username="nuovo.utente").first()
    # Refused (the Administrators group is not a valid choice) or, at the very least, no power.
    assert created is None or not (created.is_superuser or created.groups.filter(pk=admins.pk))
    assert response.status_code == 200  # the form is shown again with its error
    assert created is None


def test_operator_creates_a_learner(client):
    operator = UserFactory(role=Role.OPERATOR)
    learners = Group.objects.get(name=Role.LEARNER.value)
    client.force_login(operator)
    response = client.post(
        reverse("wagtailusers_users:add"),
        _new_user_post(is_superuser="on", groups=[learners.pk]),
    )
    assert response.status_code == 302
    created = User.objects.get(username="nuovo.utente")
    assert not created.is_superuser
    assert not created.is_staff
    assert list(created.groups.values_list("name", flat=True)) == [Role.LEARNER.value]


def test_operator_cannot_edit_or_delete_an_administrator(client):
    operator = UserFactory(role=Role.OPERATOR)
    boss = UserFactory(role=Role.ADMIN)
    client.force_login(operator)
    assert client.get(reverse("wagtailusers_users:edit", args=[boss.pk])).status_code in (302, 403)
    assert client.post(reverse("wagtailusers_users:delete", args=[boss.pk])).status_code in (
        302,
        403,
    )
    boss.refresh_from_db()
    assert boss.is_active


def test_editor_and_teacher_cannot_open_the_user_admin(client):
    for role in (Role.EDITOR, Role.TEACHER, Role.LEARNER):
        client.force_login(UserFactory(role=role))
        response = client.get(reverse("wagtailusers_users:add"))
        assert response.status_code in (302, 403), role


def test_superuser_still_makes_administrators(client):
    root = UserFactory(username="radice", is_superuser=True, is_staff=True)
    admins = Group.objects.get(name=Role.ADMIN.value)
    client.force_login(root)
    form = client.get(reverse("wagtailusers_users:add")).context["form"]
    assert "is_superuser" in form.fields
    response = client.post(
        reverse("wagtailusers_users:add"), _new_user_post(is_superuser="on", groups=[admins.pk])
    )
    assert response.status_code == 302
    created = User.objects.get(username="nuovo.utente")
    assert created.is_superuser
    assert created.groups.filter(pk=admins.pk).exists()


def test_bulk_assign_role_offers_only_grantable_roles(client):
    """The users list's "assign role" bulk action cannot make anyone an administrator."""
    operator = UserFactory(role=Role.OPERATOR)
    # even if an administrator gave this operator the right to change users
    operator.user_permissions.add(*Permission.objects.filter(codename="change_user"))
    learner = UserFactory(role=Role.LEARNER)
    admins = Group.objects.get(name=Role.ADMIN.value)
    client.force_login(operator)
    url = reverse("wagtail_bulk_action", args=["accounts", "user", "assign_role"])
    response = client.post(f"{url}?id={learner.pk}", {"role": admins.pk})
    assert not learner.groups.filter(pk=admins.pk).exists()
    assert response.status_code in (200, 302, 403)
