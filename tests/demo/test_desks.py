"""The demo desks close on the Italian public holidays and on their own town's patron saint."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from cms.models import DeskPage
from demo.desks import ensure_desk_closures

pytestmark = pytest.mark.django_db
ROME = ZoneInfo("Europe/Rome")


def _desk(slug: str) -> DeskPage:
    return DeskPage.objects.get(slug=slug, locale__language_code="it")


def test_desks_close_on_easter_monday_and_national_holidays(demo_site):
    ensure_desk_closures(today=dt.date(2027, 3, 1))
    grosseto = _desk("grosseto")  # open on Mondays and Wednesdays, 10-14
    closures = {e.date: e.reason for e in grosseto.exceptions.filter(closed=True)}
    assert closures[dt.date(2027, 3, 29)] == "Lunedì dell'Angelo"
    assert not grosseto.is_open_at(dt.datetime(2027, 3, 29, 11, 0, tzinfo=ROME))
    assert not grosseto.is_open_at(dt.datetime(2027, 6, 2, 11, 0, tzinfo=ROME))  # Republic Day
    assert grosseto.is_open_at(dt.datetime(2027, 3, 31, 11, 0, tzinfo=ROME))  # a plain Wednesday


def test_each_desk_closes_on_its_own_patron_saint_only(demo_site):
    ensure_desk_closures(today=dt.date(2027, 7, 20))
    grosseto = {e.date: e.reason for e in _desk("grosseto").exceptions.all()}
    follonica = {e.date: e.reason for e in _desk("follonica").exceptions.all()}
    assert grosseto[dt.date(2027, 8, 10)] == "San Lorenzo, patrono di Grosseto"
    assert follonica[dt.date(2027, 11, 15)] == "San Leopoldo, patrono di Follonica"
    assert dt.date(2027, 8, 10) not in follonica
    assert dt.date(2027, 11, 15) not in grosseto
    assert dt.date(2027, 8, 15) in grosseto
    assert dt.date(2027, 8, 15) in follonica
