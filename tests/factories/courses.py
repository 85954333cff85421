import datetime as dt

import factory
from django.utils import timezone

from common.choices import Weekday
from courses.models import CourseIndexPage, CourseKind, CoursePage, Edition, TimetableSlot
from tests.factories.users import UserFactory


def course_index() -> CourseIndexPage:
    from wagtail.models import Site

    from demo.site import ensure_home, ensure_locales

    existing = CourseIndexPage.objects.first()
    if existing:
        return existing
    ensure_locales()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    # after a transactional test flushed the tables, rebuild the home page and its site
    parent = site.root_page if site else ensure_home()
    index = CourseIndexPage(title="Corsi", slug="corsi")
    parent.add_child(instance=index)
    return index


class CoursePageFactory(factory.Factory):
    """Course pages are added under the catalogue in Wagtail's tree (not a plain create)."""

    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Italiano A1 n. {n}")
    slug = factory.Sequence(lambda n: f"italiano-a1-{n}")
    kind = CourseKind.ITALIAN
    cefr_level = "A1"
    summary = "Corso di italiano di base."
    partner = "Arcisolidarietà Grosseto"
    support_languages = factory.LazyFunction(lambda: ["en", "ar"])

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = model_class(*args, **kwargs)
        course_index().add_child(instance=page)
        return page


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        skip_postgeneration_save = True

    course = factory.SubFactory(CoursePageFactory)
    venue_name = "Sportello A.L.I. Grosseto"
    venue_address = "Via Giuseppe Verdi 5, Grosseto"
    municipality = "Grosseto"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=14))
    ends_on = factory.LazyAttribute(lambda o: o.starts_on + dt.timedelta(days=60))
    capacity = 20
    status = Edition.Status.OPEN

    @factory.post_generation
    def teachers(self, create, extracted, **kwargs):
        if create and extracted:
            self.teachers.add(*extracted)

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        """slots=[(weekday, "09:30", "11:30"), ...]"""
        for weekday, start, end in extracted or []:
            TimetableSlot.objects.create(
                edition=self,
                weekday=Weekday(weekday),
                starts_at=dt.time.fromisoformat(start),
                ends_at=dt.time.fromisoformat(end),
            )


def learners(n: int, **kwargs) -> list:
    return [UserFactory(role="Learners", **kwargs) for _ in range(n)]
