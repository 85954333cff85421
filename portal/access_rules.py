"""The project's access rules: who may open each URL of the portal, one row per URL name.

This table is the declared policy. The views enforce it (each checks its own permission or
owner); `tests/security/test_access_matrix.py` walks the URL configuration and requests every
URL as every role below, on real objects, and compares what happened with this table. A URL
without a row fails that test, and `AccessRulesMiddleware` refuses it (deny by default). The
README's "Access rules" section is generated from this module (`python -m portal.access_rules`).

Roles, as the matrix test plays them (the objects in the URLs belong to "learner" and are taught
by "teacher"; "other_learner" and "other_teacher" are people with the same role who do not own
them):

    anonymous, learner, other_learner, teacher, other_teacher,
    operator (help desk, partner COeSO), cpi_operator (employment centre, no partner), editor,
    approver, admin, programme_manager (figures only)

To add a URL: add a row `"<url name>": Rule(get=..., post=..., who="...")` to RULES (the URL
name with its namespace, e.g. "jobs:overview"; for a Wagtail admin view, its name as given to
`path()`). `get` and `post` list the roles that get the page or may send the form; everyone else
must be refused (403, 404, 405 or sent to sign in). `personal=True` marks a page with personal
data: it is never stored by the browser or a proxy (Cache-Control: no-store).
"""

from __future__ import annotations

from dataclasses import dataclass

ANONYMOUS = "anonymous"
LEARNER = "learner"
OTHER_LEARNER = "other_learner"
TEACHER = "teacher"
OTHER_TEACHER = "other_teacher"
OPERATOR = "operator"
CPI_OPERATOR = "cpi_operator"
EDITOR = "editor"
APPROVER = "approver"
ADMIN = "admin"
PROGRAMME_MANAGER = "programme_manager"

ROLES = (
    ANONYMOUS,
    LEARNER,
    OTHER_LEARNER,
    TEACHER,
    OTHER_TEACHER,
    OPERATOR,
    CPI_OPERATOR,
    EDITOR,
    APPROVER,
    ADMIN,
    PROGRAMME_MANAGER,
)

NOBODY: frozenset[str] = frozenset()
EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {ANONYMOUS}
OWNER = frozenset({LEARNER})
OPERATORS = frozenset({OPERATOR, CPI_OPERATOR, ADMIN})  # admin: every permission
STAFF = frozenset(  # the Wagtail admin
    {OPERATOR, CPI_OPERATOR, EDITOR, APPROVER, ADMIN, PROGRAMME_MANAGER}
)
# The programme's desk work: operators of a partner (the matrix's operator works for COeSO, whose
# desk the objects are at; the CPI operator belongs to no partner) and administrators.
PARTNER_OPERATORS = frozenset({OPERATOR, ADMIN})
ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Rule:
    get: frozenset[str]
    post: frozenset[str] = NOBODY
    who: str = ""  # the rule in words, for the README
    personal: bool = False  # Cache-Control: no-store
    wagtail: bool = False  # one of Wagtail's own admin views (see WAGTAIL_ADMIN below)
    skip_matrix: str = ""  # why the matrix cannot request it as every role (said in README)

    def __post_init__(self) -> None:
        object.__setattr__(self, "get", frozenset(self.get))
        object.__setattr__(self, "post", frozenset(self.post))


def _own(who: str, *, post: bool = True, personal: bool = True) -> Rule:
    """A page every signed-in person has for themselves (their own data only)."""
    return Rule(get=SIGNED_IN, post=SIGNED_IN if post else NOBODY, who=who, personal=personal)


# Wagtail's own admin views (pages, images, documents, snippets, reports, workflows...): only
# staff with access to the admin ever reach them (Wagtail's require_admin_access), and Wagtail's
# permissions decide which staff may do what. The matrix checks, on every one of them, that
# nobody outside the staff gets in; the explicit rows below fix the staff too where it matters
# (users, groups, settings, the dashboard).
WAGTAIL_ADMIN = Rule(
    get=STAFF,
    post=STAFF,
    who="staff only; Wagtail's own permissions decide which staff",
    wagtail=True,
)
WAGTAIL_NAMESPACES = (
    "wagtailadmin_pages",
    "wagtailadmin_workflows",
    "wagtailadmin_reports",
    "wagtailadmin_api",
    "wagtailadmin_collections",
    "wagtailadmin_editing_sessions",
    "wagtail_localize",
    "wagtaillocales",
    "wagtailimages",
    "wagtailimages_chooser",
    "wagtaildocs",
    "wagtaildocs_chooser",
    "wagtailsearchpromotions",
    "wagtailsites",
    "wagtailredirects",
    "wagtailforms",
    "wagtailembeds",
    "wagtailsnippets",
    "wagtailsnippets_jobs_occupation",
    "wagtailsnippets_jobs_skill",
    "wagtailsnippets_jobs_municipality",
    "wagtailsnippets_jobs_qualification",
    "wagtailsnippetchoosers_jobs_occupation",
    "wagtailsnippetchoosers_jobs_skill",
    "wagtailsnippetchoosers_jobs_municipality",
    "wagtailsnippetchoosers_jobs_qualification",
    "courses_lessons",
    "programme_training",  # operator training: administrators (Wagtail's model permissions)
    "programme_points",  # service points: administrators
)
WAGTAIL_ADMIN_VIEWS = (
    "wagtailadmin_explore_root",
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtail_bulk_action",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailadmin_account",
    "wagtailadmin_logout",
    "wagtailadmin_dismissibles",
    "wagtailadmin_block_preview",
    "wagtailadmin_error_test",
    "route:admin/test404/",
    "route:admin/^.*/$",
)

USERS = Rule(
    get=OPERATORS,
    post=OPERATORS,
    who="operators (creating learners and teachers only) and administrators",
)
USERS_READ = Rule(get=OPERATORS, who="operators and administrators (read only)")
ADMIN_ONLY = Rule(get=ADMINS, post=ADMINS, who="administrators")
ADMIN_READ = Rule(get=ADMINS, who="administrators (read only)")

RULES: dict[str, Rule] = {
    # --- the public site -------------------------------------------------------------------
    "wagtail_serve": Rule(
        get=EVERYONE, post=EVERYONE, who="everyone (pages; forms on the contact page)"
    ),
    "search": Rule(get=EVERYONE, who="everyone"),
    "safe_help": Rule(get=EVERYONE, who="everyone (leads to the safe-help page)"),
    "work_and_training": Rule(get=EVERYONE, who="everyone (leads to the work and training page)"),
    "set_language": Rule(get=EVERYONE, post=EVERYONE, who="everyone"),
    "robots_txt": Rule(get=EVERYONE, who="everyone"),
    "route:sitemap.xml": Rule(get=EVERYONE, who="everyone"),
    "healthz": Rule(get=EVERYONE, who="everyone (which services answer; no data)"),
    "media_images": Rule(
        get=EVERYONE,
        who="everyone (image files; only when DEBUG is on, else the web server)",
        skip_matrix="exists only with DEBUG on",
    ),
    "wagtaildocs_serve": Rule(
        get=EVERYONE,
        who="everyone for public documents; private collections: the people they name",
    ),
    "wagtaildocs_authenticate_with_password": Rule(
        get=NOBODY, who="nobody: collections cannot have a shared password"
    ),
    "wagtailcore_authenticate_with_password": Rule(
        get=NOBODY, who="nobody: pages cannot have a shared password"
    ),
    "frontend_login": Rule(
        get=NOBODY, who="signs nobody in: everyone is sent to the site's sign-in page"
    ),
    "wagtailcore_login": Rule(
        get=EVERYONE,
        post=EVERYONE,
        who="replaced by frontend_login (same address)",
        skip_matrix="the same address as frontend_login, which answers",
    ),
    # --- accounts (django-allauth and ours) --------------------------------------------------
    "account_login": Rule(get=EVERYONE, post=EVERYONE, who="everyone (attempts limited)"),
    "account_logout": Rule(get=EVERYONE, post=EVERYONE, who="everyone"),
    "account_inactive": Rule(get=EVERYONE, who="everyone"),
    "account_signup": Rule(get=EVERYONE, post=EVERYONE, who="everyone"),
    "account_reauthenticate": _own("signed-in people, for themselves"),
    # sign-in codes are off: these only send a signed-in person on, and take no form
    "account_request_reauthentication_code": Rule(get=SIGNED_IN, who="codes off: redirects"),
    "account_confirm_reauthentication_code": Rule(get=SIGNED_IN, who="codes off: redirects"),
    "account_confirm_login_code": Rule(get=SIGNED_IN, who="codes off: redirects"),
    "account_email": _own("signed-in people, their own addresses"),
    "account_email_verification_sent": Rule(get=EVERYONE, who="everyone"),
    "account_confirm_email": Rule(
        get=EVERYONE,
        post=OWNER,
        who="whoever holds the emailed link confirms; then only the owner goes on signed in",
    ),
    "account_change_password": _own("signed-in people, their own password"),
    "account_set_password": _own("signed-in people, their own password"),
    "account_reset_password": Rule(
        get=EVERYONE, post=EVERYONE, who="everyone (limited per address and per IP)"
    ),
    "account_reset_password_done": Rule(get=EVERYONE, who="everyone"),
    "account_reset_password_from_key": Rule(
        get=EVERYONE, post=EVERYONE, who="whoever holds the emailed link"
    ),
    "account_reset_password_from_key_done": Rule(get=EVERYONE, who="everyone"),
    "accounts:profile": _own("signed-in people, their own details"),
    "accounts:claim": Rule(
        get=EVERYONE, post=EVERYONE, who="everyone with a desk sheet (limited per username)"
    ),
    # --- courses -----------------------------------------------------------------------------
    "courses:enrol_confirm": Rule(
        get=SIGNED_IN, post=SIGNED_IN, who="signed-in people, enrolling themselves"
    ),
    "courses:enrol_done": Rule(get=OWNER, who="the person enrolled", personal=True),
    "courses:withdraw": Rule(get=NOBODY, post=OWNER, who="the person enrolled"),
    "courses:certificate": Rule(get=OWNER | OPERATORS, who="the person; operators", personal=True),
    "courses:my_courses": _own("signed-in people, their own courses", post=False),
    "courses:teacher_today": _own("signed-in people (lists their own classes)", post=False),
    "courses:register": Rule(
        get=frozenset({TEACHER}) | OPERATORS,
        post=frozenset({TEACHER}) | OPERATORS,
        who="the edition's teachers (7 days to correct); operators",
        personal=True,
    ),
    "courses:certificate_verify": Rule(
        get=EVERYONE, who="whoever holds the certificate's code", personal=True
    ),
    # issue 12: past registers, lessons, walk-ins, self check-in
    "courses:edition_lessons": Rule(
        get=frozenset({TEACHER}) | OPERATORS,
        who="the edition's teachers; operators",
        personal=True,
    ),
    "courses:lesson_details": Rule(
        get=frozenset({TEACHER}) | OPERATORS,
        post=frozenset({TEACHER}) | OPERATORS,
        who="the edition's teachers; operators",
    ),
    "courses:walk_in_add": Rule(
        get=frozenset({TEACHER}) | OPERATORS,
        post=frozenset({TEACHER}) | OPERATORS,
        who="the edition's teachers (7 days); operators",
        personal=True,
    ),
    "courses:checkin_board": Rule(
        get=frozenset({TEACHER}) | OPERATORS,
        post=frozenset({TEACHER}) | OPERATORS,
        who="the edition's teachers; operators (open and close check-in)",
        personal=True,
    ),
    "courses:checkin_live": Rule(
        get=frozenset({TEACHER}) | OPERATORS,
        who="the edition's teachers; operators (the codes and arrivals, polled)",
        personal=True,
    ),
    "courses:checkin_code": _own("signed-in people, checking themselves in (wrong codes limited)"),
    "courses:checkin_scan": Rule(
        get=EVERYONE,
        who="whoever holds a QR code valid for 15 s (remembered in their session; limited)",
        personal=True,
    ),
    "courses:checkin_confirm": _own(
        "signed-in people whose session scanned a valid QR code (10 minutes)"
    ),
    "courses:checkin_done": _own("signed-in people, their own mark", post=False),
    # --- CV profiles (jobs) --------------------------------------------------------------------
    "jobs:overview": _own("signed-in people, their own CV", post=False),
    "jobs:pdf": _own("signed-in people, their own CV", post=False),
    "jobs:export": _own("signed-in people, their own data", post=False),
    "jobs:erase": _own("signed-in people, their own CV"),
    "jobs:step": _own("signed-in people, their own CV"),
    "jobs:offer_interest": Rule(
        get=NOBODY,
        post=SIGNED_IN,
        who="signed-in people, for themselves (needs their CV and search consent)",
    ),
    "jobs:row_delete": Rule(
        get=NOBODY, post=OWNER, who="the person, rows of their own CV", personal=True
    ),
    "jobs:desk_overview": Rule(
        get=OWNER | OPERATORS, who="operators at the desk; the person", personal=True
    ),
    "jobs:desk_pdf": Rule(
        get=OWNER | OPERATORS, who="operators at the desk; the person", personal=True
    ),
    "jobs:desk_step": Rule(
        get=OWNER | OPERATORS,
        post=OWNER | OPERATORS,
        who="operators at the desk; the person",
        personal=True,
    ),
    "jobs:desk_row_delete": Rule(
        get=NOBODY, post=OWNER | OPERATORS, who="operators at the desk; the person"
    ),
    "jobs:desk_consent_request": Rule(
        get=NOBODY,
        post=OPERATORS,
        who="operators, recording the person's own request at the desk, with a reason",
    ),
    "search:offers_for_me": _own("signed-in people, offers for their own CV", post=False),
    # --- the staff area: our own views ---------------------------------------------------------
    "wagtailadmin_home": Rule(get=STAFF, who="staff"),
    "wagtailadmin_login": Rule(
        get=EVERYONE, post=EVERYONE, who="everyone (attempts limited, email verified)"
    ),
    "wagtailadmin_sprite": Rule(get=EVERYONE, who="everyone (icons)"),
    "wagtailadmin_javascript_catalog": Rule(get=EVERYONE, who="everyone (translations)"),
    "wagtailadmin_password_reset": Rule(get=NOBODY, who="nobody: resets go through the site"),
    "wagtailadmin_password_reset_done": Rule(get=NOBODY, who="nobody"),
    "wagtailadmin_password_reset_confirm": Rule(get=NOBODY, who="nobody"),
    "wagtailadmin_password_reset_complete": Rule(get=NOBODY, who="nobody"),
    "desk_register": Rule(get=OPERATORS, post=OPERATORS, who="operators"),
    "desk_register_sheet": Rule(get=OPERATORS, who="operators", personal=True),
    "courses_admin_editions": Rule(get=OPERATORS, who="operators"),
    "courses_admin_edition": Rule(get=OPERATORS, who="operators", personal=True),
    "courses_admin_lessons_generate": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "courses_admin_register_export": Rule(get=OPERATORS, who="operators", personal=True),
    "courses_admin_withdraw": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "courses_admin_certificate_issue": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "notify_call_list": Rule(
        get=OPERATORS, who="operators (phone numbers of people without email)", personal=True
    ),
    "notify_call_record": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "cms_translation_status": Rule(
        get=frozenset({EDITOR, APPROVER, ADMIN}), who="editors, approvers and administrators"
    ),
    "courses_admin_complete": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "courses_admin_promote": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "courses_admin_desk_enrol": Rule(get=OPERATORS, post=OPERATORS, who="operators"),
    "courses_admin_certificate_withdraw": Rule(
        get=NOBODY, post=OPERATORS, who="operators (with a reason)"
    ),
    "courses_admin_walk_ins": Rule(get=OPERATORS, who="operators", personal=True),
    "courses_admin_walk_in_link": Rule(
        get=OPERATORS, post=OPERATORS, who="operators", personal=True
    ),
    "courses_admin_follow_up": Rule(get=OPERATORS, who="operators", personal=True),
    "courses_admin_follow_up_record": Rule(get=NOBODY, post=OPERATORS, who="operators"),
    "jobs_cv_view": Rule(
        get=OPERATORS, who="operators, while the person consents to search", personal=True
    ),
    "jobs_shortlist": Rule(get=OPERATORS, post=OPERATORS, who="operators", personal=True),
    "jobs_desk_people": Rule(get=OPERATORS, who="operators"),
    "search_offer_list": Rule(get=OPERATORS, who="operators"),
    "search_match_offer": Rule(get=OPERATORS, post=OPERATORS, who="operators", personal=True),
    "search_candidates": Rule(get=OPERATORS, who="operators", personal=True),
    # --- the programme: bookings, desk contacts, the dashboard ---------------------------------
    "programme:mine": _own("signed-in people, their own appointments", post=False),
    "programme:book": Rule(get=SIGNED_IN, who="signed-in people (the desks that take bookings)"),
    "programme:book_at": Rule(
        get=SIGNED_IN, post=SIGNED_IN, who="signed-in people, booking for themselves"
    ),
    "programme:cancel": Rule(get=NOBODY, post=OWNER, who="the person who booked"),
    "programme_contact_new": Rule(
        get=PARTNER_OPERATORS,
        post=PARTNER_OPERATORS,
        who="operators of a partner (its own service points); administrators",
    ),
    "programme_bookings": Rule(
        get=PARTNER_OPERATORS,
        who="operators of a partner (its own bookings); administrators",
        personal=True,
    ),
    "programme_booking_new": Rule(
        get=PARTNER_OPERATORS,
        post=PARTNER_OPERATORS,
        who="operators of the desk's partner; administrators",
    ),
    "programme_booking_cancel": Rule(
        get=NOBODY, post=PARTNER_OPERATORS, who="operators of the desk's partner; administrators"
    ),
    "programme_booking_mark": Rule(
        get=NOBODY, post=PARTNER_OPERATORS, who="operators of the desk's partner; administrators"
    ),
    "programme_counts": Rule(
        get=PARTNER_OPERATORS,
        post=PARTNER_OPERATORS,
        who="operators of the partner that runs the service; administrators",
    ),
    "programme_dashboard": Rule(
        get=PARTNER_OPERATORS | {PROGRAMME_MANAGER},
        who="programme managers and administrators (every partner); operators (their partner's)",
    ),
    "programme_report": Rule(
        get=frozenset({PROGRAMME_MANAGER, ADMIN}),
        who="programme managers and administrators (figures only)",
    ),
    # --- the staff area: Wagtail's users, groups and settings ------------------------------------
    # operators hold add_user and view_user, not change_user: they create accounts (learners
    # and teachers only, see portal/accounts/admin_users.py) and read them
    "wagtailusers_users:index": USERS_READ,
    "wagtailusers_users:index_results": USERS_READ,
    "wagtailusers_users:add": USERS,
    "wagtailusers_users:copy": USERS,
    "wagtailusers_users:edit": ADMIN_ONLY,
    "wagtailusers_users:delete": ADMIN_ONLY,
    "wagtailusers_users:history": USERS_READ,
    "wagtailusers_users:history_results": USERS_READ,
    "wagtailusers_users:usage": ADMIN_READ,
    "wagtailusers_groups:index": ADMIN_READ,
    "wagtailusers_groups:index_results": ADMIN_READ,
    "wagtailusers_groups:add": ADMIN_ONLY,
    "wagtailusers_groups:edit": ADMIN_ONLY,
    "wagtailusers_groups:delete": ADMIN_ONLY,
    "wagtailusers_groups:history": ADMIN_READ,
    "wagtailusers_groups:history_results": ADMIN_READ,
    "wagtailusers_groups:usage": ADMIN_READ,
    # No settings model is registered yet: Wagtail answers 404 to everyone. Whoever registers
    # one decides its roles here (the matrix will ask).
    "wagtailsettings:edit": Rule(get=NOBODY, who="nobody yet: no site settings registered"),
    "wagtailsettings:preview_on_edit": Rule(get=NOBODY, who="nobody yet"),
    **{f"{namespace}:*": WAGTAIL_ADMIN for namespace in WAGTAIL_NAMESPACES},
    **dict.fromkeys(WAGTAIL_ADMIN_VIEWS, WAGTAIL_ADMIN),
}


def rule_for(view_name: str | None, route: str = "") -> Rule | None:
    """The row for a URL: by its name, by its namespace or an enclosing one ("ns:*", Wagtail's
    own views only), or for an unnamed pattern by its route ("route:<pattern>")."""
    if view_name and view_name in RULES:
        return RULES[view_name]
    parts = (view_name or "").split(":")[:-1]
    while parts:
        rule = RULES.get(":".join(parts) + ":*")
        if rule is not None:
            return rule
        parts.pop()
    return RULES.get(f"route:{route}")


README_START = "<!-- access-rules:start (generated: python -m portal.access_rules --readme) -->"
README_END = "<!-- access-rules:end -->"


def readme_table() -> str:
    """The rules as the README's Markdown table (Wagtail's own views in one row)."""
    short = {
        EVERYONE: "everyone",
        SIGNED_IN: "signed in",
        STAFF: "staff",
        OPERATORS: "operators, admin",
        ADMINS: "admin",
        NOBODY: "—",
    }

    def roles(value: frozenset[str]) -> str:
        if value in short:
            return short[value]
        return ", ".join(role.replace("_", " ") for role in ROLES if role in value)

    lines = [
        "| URL name | GET | POST | who, in words | no-store |",
        "|---|---|---|---|:-:|",
    ]
    wagtail_names = []
    for name, rule in RULES.items():
        if rule.wagtail:
            wagtail_names.append(name)
            continue
        lines.append(
            f"| `{name}` | {roles(rule.get)} | {roles(rule.post)} | {rule.who} "
            f"| {'yes' if rule.personal else ''} |"
        )
    names = ", ".join(f"`{name}`" for name in wagtail_names)
    lines.append(
        f"| Wagtail's own admin views: {names} | {roles(WAGTAIL_ADMIN.get)} "
        f"| {roles(WAGTAIL_ADMIN.post)} | {WAGTAIL_ADMIN.who} | yes |"
    )
    return "\n".join(lines)


def write_readme(path) -> bool:
    """Put the table between the README's markers; True if the file changed."""
    from pathlib import Path

    readme = Path(path)
    text = readme.read_text(encoding="utf-8")
    before, _old, rest = text.partition(README_START)
    _table, _end, after = rest.partition(README_END)
    new = f"{before}{README_START}\n{readme_table()}\n{README_END}{after}"
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":  # pragma: no cover - `python -m portal.access_rules --readme`
    import sys
    from pathlib import Path

    if "--readme" in sys.argv:
        write_readme(Path(__file__).resolve().parent.parent / "README.md")
    else:
        print(readme_table())
