"""Robustness (issue #9, deliver 3): Hypothesis drives every form of the portal, public and staff,
and every search and filter parameter, with random and hostile input. Zero server errors, and a
rejected form leaves the database exactly as it was.

The forms are found, not listed: every URL whose access rule allows a POST is opened as a role
that may send it, and the fields of its form are read from the page (names, choices, hidden
values); every page's GET forms give the search and filter parameters. A new form is fuzzed
without touching this file. Each example runs in a savepoint that is rolled back.

The run is bounded (settings profile "ali" in tests/conftest.py: a few dozen examples per form,
no deadline); HYPOTHESIS_PROFILE=ali-long runs many more.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.db import connection, transaction
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Page

from cms.models import ContactPage, EventIndexPage, NewsIndexPage
from courses.models import CourseIndexPage
from jobs.models import JobOfferIndexPage
from portal import access_rules as rules
from tests.security.urls import PATTERNS, client_as, path_for

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "' OR '1'='1' --",
    '"><script>alert(1)</script>',
    '=HYPERLINK("http://evil.example","x")',
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=y",
    "../../../../etc/passwd",
    "{{ 7*7 }}",
    "${7*7}",
    "%s%s%s%n",
    "1e309",
    "NaN",
    "-1",
    "0",
    "99999999999999999999999999",
    "١٢٣",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "\u202egnp.exe",
    "𝔄𝔏𝔍 🙂",
    "x" * 6000,
    "[]",
    '{"a": 1}',
    "null",
    "true",
]
# Sent in every field at once, on every form and page (the deterministic part of the run).
SWEEP = [
    "\x00",
    "x" * 6000,
    "99999999999999999999999999",
    "",
    "' OR '1'='1' --",
    '"><script>alert(1)</script>',
    '=HYPERLINK("http://evil.example","x")',
    "\r\nSet-Cookie: x=y",
    "-1",
    "2026-02-30",
    "\u202egnp.exe",
]
SWEEP_WITHOUT_FIELDS = 3  # pages with no form: only the first values, as unknown parameters
MAX_FIELDS = 40  # Wagtail's group form has hundreds of permission boxes: the first 40 will do
VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.dates().map(str),
)

# Tables a rejected form must leave alone (sessions, caches and logs may change).
WATCHED_PREFIXES = ("accounts_", "courses_", "jobs_", "notify_", "cms_", "search_")
WATCHED_TABLES = ("wagtailforms_formsubmission", "account_emailaddress", "auth_user_groups")

# Where a successful form answers 200 instead of redirecting.
SUCCESS_TEMPLATES = {"cms/contact_page_landing.html"}


class FormReader(HTMLParser):
    """The forms of a page: method, action and fields (name -> values seen: value attributes,
    options, hidden values)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {
                "method": (attrs.get("method") or "get").lower(),
                "action": attrs.get("action") or "",
                "fields": {},
            }
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag in ("input", "textarea", "select") and attrs.get("name"):
            name = attrs["name"]
            if name == "csrfmiddlewaretoken":
                return
            values = self._form["fields"].setdefault(name, [])
            if attrs.get("value") is not None:
                values.append(attrs["value"])
            elif attrs.get("type") == "checkbox":
                values.append("on")
            if tag == "select":
                self._select = name
        elif tag == "option" and self._select and attrs.get("value") is not None:
            self._form["fields"][self._select].append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def read_forms(html: str) -> list[dict]:
    reader = FormReader()
    reader.feed(html)
    return reader.forms


def watched_tables() -> list[str]:
    names = connection.introspection.table_names()
    return sorted(n for n in names if n.startswith(WATCHED_PREFIXES) or n in WATCHED_TABLES)


def fingerprint(tables: list[str]) -> list[tuple[str, str]]:
    """One checksum per watched table, computed by PostgreSQL (table names come from the
    database's own catalogue, not from input)."""
    select = "SELECT '{t}', md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), ''))"
    sql = " UNION ALL ".join(select.format(t=t) + f' FROM "{t}" x' for t in tables)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def accepted(response) -> bool:
    if response.status_code in (301, 302, 303):
        return True
    used = {t.name for t in getattr(response, "templates", []) if t.name}
    return bool(used & SUCCESS_TEMPLATES)


def field_values(fields: dict[str, list[str]]):
    """Each field: one of its own values (so the form gets past the first checks) or hostile
    text; sometimes missing; sometimes an unknown extra field."""
    strategies = {
        name: st.one_of(st.sampled_from(values), VALUES) if values else VALUES
        for name, values in fields.items()
    }
    return st.fixed_dictionaries(
        {}, optional={**strategies, "unexpected_field": VALUES, "page": VALUES}
    )


def _role_for(allowed: frozenset[str]) -> str:
    for role in (rules.LEARNER, rules.TEACHER, rules.OPERATOR, rules.ADMIN, rules.ANONYMOUS):
        if role in allowed:
            return role
    return sorted(allowed)[0]


def _public_pages() -> list[str]:
    models = [ContactPage, CourseIndexPage, JobOfferIndexPage, EventIndexPage, NewsIndexPage]
    return [
        page.url
        for model in models
        if (page := model.objects.live().filter(locale__language_code="it").first())
    ]


NOT_FUZZED = {
    "account_logout": "signs the fuzzing client out",
    "wagtail_serve": "pages are fuzzed below, by type",
    # Wagtail's own group editor (administrators only) renders hundreds of permission boxes:
    # seconds per request; its form is Wagtail's.
    "wagtailusers_groups:add": "Wagtail's group editor",
    "wagtailusers_groups:edit": "Wagtail's group editor",
}

FORM_URLS = [
    p
    for p in PATTERNS
    if (rule := rules.rule_for(p.name, p.route))
    and not rule.wagtail
    and not rule.skip_matrix
    and p.key not in NOT_FUZZED
]


def _send(client, path: str, method: str, data: dict, tables) -> None:
    with transaction.atomic():
        before = fingerprint(tables) if method == "post" else None
        response = client.post(path, data) if method == "post" else client.get(path, data)
        assert response.status_code < 500, (method, path, data)
        if method == "post" and not accepted(response):
            assert fingerprint(tables) == before, ("rejected, yet data changed", path, data)
        transaction.set_rollback(True)


def _fuzz(client, path: str, method: str, fields: dict[str, list[str]], tables) -> None:
    """Every SWEEP value in every field at once, then Hypothesis's random and hostile mixes
    (only where the page has fields to mix)."""
    fields = dict(list(fields.items())[:MAX_FIELDS])
    for value in SWEEP if fields else SWEEP[:SWEEP_WITHOUT_FIELDS]:
        _send(client, path, method, dict.fromkeys([*fields, "page"], value), tables)
    if not fields:
        return

    @given(data=field_values(fields))
    def run(data):
        _send(client, path, method, data, tables)

    run()


@pytest.mark.parametrize("pattern", FORM_URLS, ids=lambda p: p.key)
def test_forms_and_filters_survive_hostile_input(pattern, world):
    rule = rules.rule_for(pattern.name, pattern.route)
    path = path_for(pattern, world)
    tables = watched_tables()
    if rule.post:
        client = client_as(_role_for(rule.post), world)
        page = client.get(path)
        forms = [f for f in read_forms(page.content.decode()) if f["method"] == "post"]
        fields: dict[str, list[str]] = {}
        for form in forms:
            for name, values in form["fields"].items():
                fields.setdefault(name, []).extend(values)
        _fuzz(client, path, "post", fields, tables)
    if rule.get:
        client = client_as(_role_for(rule.get), world)
        page = client.get(path)
        if page.status_code == 200 and "html" in page.get("Content-Type", ""):
            forms = [f for f in read_forms(page.content.decode()) if f["method"] == "get"]
            fields = {}
            for form in forms:
                for name, values in form["fields"].items():
                    fields.setdefault(name, []).extend(values)
            _fuzz(client, path, "get", fields, tables)


def test_public_pages_forms_and_filters_survive_hostile_input(world):
    """The catalogue's and the offers' filters, the events and news pages, the contact form."""
    tables = watched_tables()
    client = client_as(rules.ANONYMOUS, world)
    for path in _public_pages():
        forms = read_forms(client.get(path).content.decode())
        for method in ("get", "post"):
            fields: dict[str, list[str]] = {}
            for form in forms:
                if form["method"] == method:
                    for name, values in form["fields"].items():
                        fields.setdefault(name, []).extend(values)
            if fields or method == "get":
                _fuzz(client, path, method, fields, tables)


def test_staff_searches_survive_hostile_input(world):
    """Candidate search and matching (OpenSearch), the desk's people search, the staff area's
    page search, with their filters."""
    tables = watched_tables()
    client = client_as(rules.OPERATOR, world)
    offer = world.kwargs["offer_id"]
    fields = {
        "q": [],
        "municipality": ["Grosseto"],
        "italian": ["A2", "B1"],
        "licence": ["B"],
        "available_by": ["2026-12-01"],
        "page": ["1", "2", "501"],
    }
    for path in ("/admin/candidates/", f"/admin/matching/offer/{offer}/", "/admin/jobs/desk/"):
        _fuzz(client, path, "get", fields, tables)
    admin = client_as(rules.ADMIN, world)
    _fuzz(admin, "/admin/pages/search/", "get", {"q": ['"a" b', "AND"]}, tables)
    _fuzz(admin, f"/admin/pages/{Page.objects.filter(depth=2).first().pk}/", "get", {}, tables)
