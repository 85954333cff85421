"""The access matrix (issue #9, deliver 2): every URL pattern of the portal, walked from the URL
configuration, requested as every role (GET and POST) on real objects, compared with the declared
rules of portal/access_rules.py. A URL without a rule fails here (and is refused by
AccessRulesMiddleware): deny by default.

"Allowed" means the role got the page or its form was processed (2xx, 3xx elsewhere than a
sign-in page, 400 for a form the view accepted but found wrong). "Refused" means 401, 403, 404,
405 or a redirect to a sign-in page. A 5xx always fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse
from django.urls.exceptions import NoReverseMatch

from portal import access_rules as rules
from tests.security.urls import (
    PATTERNS,
    Pattern,
    allowed,
    client_as,
    path_for,
    request_in_savepoint,
)

ROOT = Path(__file__).resolve().parents[2]


def _hint(pattern: Pattern) -> str:
    return f'    "{pattern.key}": Rule(get=..., post=..., who="..."),  # /{pattern.route}'


def test_every_url_has_an_access_rule():
    missing = [p for p in PATTERNS if rules.rule_for(p.name, p.route) is None]
    assert not missing, (
        "These URLs have no access rule. Deny by default: add a row for each to RULES in "
        "portal/access_rules.py (roles: " + ", ".join(rules.ROLES) + "), then run "
        "`python -m portal.access_rules --readme`:\n" + "\n".join(_hint(p) for p in missing)
    )


def test_every_rule_names_a_url():
    keys = {p.key for p in PATTERNS}
    namespaces = {
        ":".join(p.key.split(":")[:depth])
        for p in PATTERNS
        if p.name
        for depth in range(1, p.key.count(":") + 1)
    }
    stale = [
        key
        for key, rule in rules.RULES.items()
        if key not in keys
        and not (key.endswith(":*") and key[:-2] in namespaces)
        and "DEBUG" not in rule.skip_matrix
    ]
    assert not stale, f"Rules for URLs that no longer exist; remove them: {stale}"


def test_the_readme_shows_the_access_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = f"{rules.README_START}\n{rules.readme_table()}\n{rules.README_END}"
    assert table in readme, "Run `python -m portal.access_rules --readme` and commit README.md"


MATRIX = [
    p
    for p in PATTERNS
    if (rule := rules.rule_for(p.name, p.route)) is not None
    and not rule.wagtail
    and not rule.skip_matrix
]


@pytest.mark.django_db
@pytest.mark.parametrize("pattern", MATRIX, ids=lambda p: p.key)
def test_roles_get_what_the_rules_say(pattern, world):
    rule = rules.rule_for(pattern.name, pattern.route)
    path = path_for(pattern, world)
    wrong = []
    for role in rules.ROLES:
        client = client_as(role, world)
        for method, expected in (("GET", rule.get), ("POST", rule.post)):
            response = request_in_savepoint(client, method, path)
            got = allowed(response)
            if got != (role in expected):
                where = response.get("Location", "")
                wrong.append(
                    f"{role} {method} {path}: {'allowed' if got else 'refused'} "
                    f"({response.status_code} {where}), the rule says "
                    f"{'allowed' if role in expected else 'refused'}"
                )
    assert not wrong, f"{pattern.key}:\n" + "\n".join(wrong)


WAGTAIL = [p for p in PATTERNS if (r := rules.rule_for(p.name, p.route)) and r.wagtail]


def _dummy_path(pattern: Pattern) -> str | None:
    if pattern.key == "route:admin/^.*/$":
        return "/admin/no-such-page/"
    if pattern.name is None:
        return "/" + pattern.route
    values = {
        "IntConverter": 1,
        "StringConverter": "x",
        "SlugConverter": "x",
        "PathConverter": "x",
        "regex": "1",
    }
    if pattern.positional:
        attempts = [{"args": ["1"] * pattern.positional}]
    else:
        kwargs = {param: values.get(conv, "x") for param, conv in pattern.converters}
        attempts = [{"kwargs": kwargs}, {"kwargs": dict.fromkeys(kwargs, "x")}]
    for attempt in attempts:
        try:
            return reverse(pattern.name, **attempt)
        except NoReverseMatch:
            continue
    return None


@pytest.mark.django_db
def test_nobody_outside_the_staff_reaches_wagtails_own_views(world):
    """Wagtail's own admin views (pages, images, documents, snippets, workflows, ...): only the
    staff get in; within the staff, Wagtail's permissions decide."""
    outsiders = [rules.ANONYMOUS, rules.LEARNER, rules.TEACHER]
    clients = {role: client_as(role, world) for role in outsiders}
    let_in, unreachable = [], []
    for pattern in WAGTAIL:
        path = _dummy_path(pattern)
        if path is None:
            unreachable.append(pattern.key)
            continue
        for role in outsiders:
            for method in ("GET", "POST"):
                if allowed(request_in_savepoint(clients[role], method, path)):
                    let_in.append(f"{role} {method} {path} ({pattern.key})")
    assert not let_in, "\n".join(let_in)
    assert len(unreachable) < len(WAGTAIL) // 10, unreachable
