import pytest
from django.db import transaction


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The security tests' world (tests/security/urls.py), built once per module inside a
    transaction rolled back at the end; each test runs in a savepoint of it."""
    from tests.security.urls import build_world

    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
