"""`load_demo`: the Italian demo content, idempotent (a second run adds only what is missing).

Pages, desks, courses, candidates, offers and one account per role. Facts come from
demo/data/, where every value without a public source is listed as sample data; the pages built
here mark those values on the site ("dati di esempio").
"""

from django.db import transaction

from cms.locales import locales_synchronise
from demo.accounts import ensure_users
from demo.courses import ensure_courses
from demo.desks import ensure_desk_closures, ensure_desks
from demo.editorial import ensure_contact, ensure_events, ensure_news
from demo.jobs import ensure_jobs
from demo.pages import ensure_programme_pages
from demo.programme import ensure_programme_year, ensure_upcoming_bookings
from demo.site import (
    ensure_about,
    ensure_home,
    ensure_locales,
    ensure_moderation,
    ensure_promotions,
    order_menu,
)
from demo.translations import ensure_translations
from portal.accounts.services import roles_sync

# The demo learners who also get a CV (to try the candidate pages).
LEARNERS_WITH_A_CV = ("amina", "samir")


@transaction.atomic
def load_demo() -> None:
    ensure_locales()
    roles_sync()
    home = ensure_home()
    users = ensure_users()
    ensure_about(home)
    ensure_courses(home=home, users=users)
    ensure_desks(home)
    ensure_jobs(home=home, learners=LEARNERS_WITH_A_CV)
    ensure_desk_closures()
    ensure_news(home)
    ensure_events(home)
    ensure_contact(home)
    ensure_programme_pages(home)
    ensure_programme_year()
    ensure_upcoming_bookings(users=users)
    order_menu(home)
    ensure_moderation(home)
    ensure_promotions()
    locales_synchronise()  # pages made without publishing get their other languages too
    ensure_translations()
