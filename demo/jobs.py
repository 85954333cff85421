"""Demo content for jobs (sample data, all invented): the job-offers index, 42 candidates
across the province of Grosseto, 10 offers, and a CV for the demo learners.

Candidates and offers are built through the jobs services (demo/builders.py), so the search app
indexes them like real ones (pending markers + Celery; ``manage.py search_reindex`` rebuilds at
once). Idempotent: what exists is kept.
"""

import unicodedata
from dataclasses import replace
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from demo.builders import CandidateSpec, OfferSpec, candidate_build, offer_build
from demo.data.jobs import (
    CPI_FOR_TOWN,
    CPI_REFERENCE_PREFIX,
    OFFERS,
    PEOPLE,
    PROFILES,
    TOWNS,
    TRUCK_DRIVER,
    TRUCK_DRIVERS,
)
from demo.site import add_page
from jobs.models import (
    CandidateProfile,
    JobOfferIndexPage,
    Municipality,
    Occupation,
    Qualification,
    Skill,
)
from jobs.vocabulary import vocabulary_load
from portal.accounts.roles import Role

OPERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _candidate_specs() -> list[CandidateSpec]:
    today = timezone.localdate()
    specs = []
    for i, (first, last, tongue) in enumerate(PEOPLE):
        occupation, skills, free, presentation = PROFILES[i % len(PROFILES)]
        years = 1 + (i * 7) % 6
        licences = ["B"] if i % 3 != 2 else []
        if occupation == "Magazziniere":
            licences = ["B", "FORKLIFT"]
        if i in TRUCK_DRIVERS:
            occupation, skills, free, presentation = TRUCK_DRIVER
            licences = ["B", "C", "CQC"]
        specs.append(
            CandidateSpec(
                username=_ascii(f"demo.{first}.{last}".lower().replace(" ", ""))[:60],
                first_name=first,
                last_name=last,
                municipality=TOWNS[i % len(TOWNS)],
                radius_km=[10, 20, 30, 50][i % 4],
                occupations=[occupation],
                skills=skills[: 2 + i % 2],
                free_skills=free,
                licences=licences,
                own_vehicle=i % 2 == 0,
                italian=["A1", "A2", "A2", "B1", "B1", "B2"][i % 6],
                mother_tongue=tongue if tongue != "other" else "",
                experience=[
                    (
                        occupation,
                        today - timedelta(days=365 * years),
                        today - timedelta(days=60),
                        "Azienda di esempio",
                    )
                ]
                if i % 4
                else [],
                available_from=today + timedelta(days=(i % 5) * 15) if i % 3 else None,
                presentation=presentation,
                employers_consent=i % 2 == 0,
                shifts_ok=i % 3 != 1,
                seasonal_ok=i % 4 != 3,
                working_time=["any", "full", "any", "part"][i % 4],
                qualifications=["HACCP"] if i % 5 == 0 else [],
            )
        )
    return specs


def _offer_specs() -> list[OfferSpec]:
    today = timezone.localdate()
    start, until = today + timedelta(days=21), today + timedelta(days=60)
    specs = []
    for number, spec in enumerate(OFFERS, start=1):
        centre = CPI_FOR_TOWN.get(spec.municipality, "cpi-grosseto")
        specs.append(
            replace(
                spec,
                start_date=start,
                applications_until=until,
                employment_centre=centre,
                agreed_on=today - timedelta(days=7 + number),
                cpi_reference=f"{CPI_REFERENCE_PREFIX[centre]}-{today.year}-{number:04d}",
            )
        )
    return specs


def ensure_offer_index(home: Page) -> JobOfferIndexPage:
    """*Offerte di lavoro*, where the operators (employment centre staff) publish offers."""
    index = JobOfferIndexPage.objects.child_of(home).first()
    if index is None:
        index = add_page(
            home,
            JobOfferIndexPage(
                title="Offerte di lavoro",
                slug="offerte-di-lavoro",
                intro=(
                    "<p>Le offerte di lavoro concordate con le aziende dai Centri per l'Impiego "
                    "della provincia di Grosseto. <i>Dati di esempio.</i></p>"
                ),
            ),
        )
    group = Group.objects.filter(name=Role.OPERATOR.value).first()
    if group is not None:
        for codename in OPERATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return index


def ensure_jobs(*, home: Page, learners: tuple[str, ...] = ()) -> JobOfferIndexPage:
    """The offers index, the candidates and the offers; `learners` (usernames) get a CV too."""
    vocabulary_load(
        occupation_model=Occupation,
        skill_model=Skill,
        municipality_model=Municipality,
        qualification_model=Qualification,
    )
    index = ensure_offer_index(home)
    if not CandidateProfile.objects.filter(user__username__startswith="demo.").exists():
        for spec in _candidate_specs():
            candidate_build(spec)
    existing = set(index.get_children().values_list("title", flat=True))
    for spec in _offer_specs():
        if spec.title not in existing:
            offer_build(spec, index=index)
    # The demo learners (amina, samir) get a CV too, to try the candidate pages.
    user_model = get_user_model()
    for username, occupation, town in zip(
        learners, ["Cameriere di sala", "Magazziniere"], ["Grosseto", "Follonica"], strict=False
    ):
        user = user_model.objects.filter(username=username).first()
        if user is not None and not CandidateProfile.objects.filter(user=user).exists():
            candidate_build(
                CandidateSpec(
                    username=username,
                    first_name=user.first_name,
                    last_name=user.last_name,
                    municipality=town,
                    radius_km=30,
                    occupations=[occupation],
                    skills=["servizio ai tavoli", "accoglienza dei clienti"]
                    if occupation == "Cameriere di sala"
                    else ["carico e scarico merci"],
                    italian="A2",
                    licences=["B"],
                    shifts_ok=True,
                    seasonal_ok=True,
                    presentation="Profilo di prova per la demo.",
                )
            )
    return index
