"""Codes used by desk contacts and bookings."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactService(models.TextChoices):
    """What a person came to the desk for (several per contact)."""

    RESIDENCE_PERMIT = "permit", _("Residence permit")
    CITIZENSHIP = "citizenship", _("Citizenship")
    FAMILY_REUNIFICATION = "family", _("Family reunification")
    VOLUNTARY_RETURN = "return", _("Assisted voluntary return")
    ONLINE_FORMS = "forms", _("Online forms")
    SOCIAL_SECRETARIAT = "social", _("Social secretariat")
    ACCOMPANIMENT = "accompaniment", _("Accompaniment")
    CV = "cv", _("CV")
    JOB_MATCHING = "jobs", _("Job matching")
    HOUSING = "housing", _("Housing")
    COURSE_ENROLMENT = "courses", _("Course enrolment")


class Gender(models.TextChoices):
    FEMALE = "f", _("Woman")
    MALE = "m", _("Man")
    OTHER = "x", _("Other")


class AgeBand(models.TextChoices):
    UNDER_18 = "0-17", _("Under 18")
    FROM_18 = "18-29", _("18–29")
    FROM_30 = "30-44", _("30–44")
    FROM_45 = "45-64", _("45–64")
    FROM_65 = "65+", _("65 and over")


class Nationality(models.TextChoices):
    """Countries of citizenship offered in the statistics (ISO 3166-1 alpha-2), and "other"."""

    ALBANIA = "AL", _("Albania")
    BANGLADESH = "BD", _("Bangladesh")
    CHINA = "CN", _("China")
    EGYPT = "EG", _("Egypt")
    GAMBIA = "GM", _("Gambia")
    GHANA = "GH", _("Ghana")
    INDIA = "IN", _("India")
    IVORY_COAST = "CI", _("Côte d'Ivoire")
    MALI = "ML", _("Mali")
    MOROCCO = "MA", _("Morocco")
    NIGERIA = "NG", _("Nigeria")
    PAKISTAN = "PK", _("Pakistan")
    ROMANIA = "RO", _("Romania")
    SENEGAL = "SN", _("Senegal")
    TUNISIA = "TN", _("Tunisia")
    UKRAINE = "UA", _("Ukraine")
    OTHER = "ZZ", _("Other country")


class BookingKind(models.TextChoices):
    APPOINTMENT = "appointment", _("Appointment at the desk")
    ACCOMPANIMENT = "accompaniment", _("Accompaniment to an office")


class Office(models.TextChoices):
    """Offices a person may be accompanied to (E.1.1)."""

    QUESTURA = "questura", _("Police headquarters (Questura)")
    PREFETTURA = "prefettura", _("Prefecture (Prefettura)")
    COMUNE = "comune", _("Town hall (registry office)")
    ASL = "asl", _("Health service (ASL)")
    INPS = "inps", _("Social security (INPS)")
    TAX = "tax", _("Tax office (Agenzia delle Entrate)")
    CPI = "cpi", _("Employment centre (CPI)")
    SCHOOL = "school", _("School")
    OTHER = "other", _("Other office")
