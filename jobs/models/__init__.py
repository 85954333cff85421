"""CV profiles (Europass-shaped), the occupation/skill vocabulary, job offers and shortlists."""

from common.choices import CEFR_ORDER, LANGUAGE_CHOICES, CefrLevel, cefr_rank

from .offers import (
    AtecoSection,
    ContractType,
    EmploymentCentre,
    JobOfferIndexPage,
    JobOfferPage,
    JobOfferPageQuerySet,
)
from .profiles import (
    CONSENT_TEXT_VERSION,
    RADIUS_STEPS_KM,
    CandidateProfile,
    CandidateProfileQuerySet,
    ConsentEvent,
    ConsentPurpose,
    CvViewLog,
    EducationEntry,
    EducationLevel,
    LanguageSkill,
    Recognition,
    WorkExperience,
    WorkingTime,
)
from .shortlist import Origin, Outcome, ShortlistEntry
from .vocabulary import (
    DrivingLicence,
    MultilingualTerm,
    Municipality,
    Occupation,
    Qualification,
    Skill,
    current_language,
)

__all__ = [
    "CEFR_ORDER",
    "CONSENT_TEXT_VERSION",
    "LANGUAGE_CHOICES",
    "RADIUS_STEPS_KM",
    "AtecoSection",
    "CandidateProfile",
    "CandidateProfileQuerySet",
    "CefrLevel",
    "ConsentEvent",
    "ConsentPurpose",
    "ContractType",
    "CvViewLog",
    "DrivingLicence",
    "EducationEntry",
    "EducationLevel",
    "EmploymentCentre",
    "JobOfferIndexPage",
    "JobOfferPage",
    "JobOfferPageQuerySet",
    "LanguageSkill",
    "MultilingualTerm",
    "Municipality",
    "Occupation",
    "Origin",
    "Outcome",
    "Qualification",
    "Recognition",
    "ShortlistEntry",
    "Skill",
    "WorkExperience",
    "WorkingTime",
    "cefr_rank",
    "current_language",
]
