"""CV profiles (Europass-shaped), the occupation/skill vocabulary, job offers and shortlists."""

from common.choices import CEFR_ORDER, LANGUAGE_CHOICES, CefrLevel, cefr_rank

from .offers import (
    AtecoSection,
    ContractType,
    JobOfferIndexPage,
    JobOfferPage,
    JobOfferPageQuerySet,
)
from .profiles import (
    CONSENT_TEXT_VERSION,
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
from .shortlist import Outcome, ShortlistEntry
from .vocabulary import DrivingLicence, Municipality, Occupation, Skill

__all__ = [
    "CEFR_ORDER",
    "CONSENT_TEXT_VERSION",
    "LANGUAGE_CHOICES",
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
    "JobOfferIndexPage",
    "JobOfferPage",
    "JobOfferPageQuerySet",
    "LanguageSkill",
    "Municipality",
    "Occupation",
    "Outcome",
    "Recognition",
    "ShortlistEntry",
    "Skill",
    "WorkExperience",
    "WorkingTime",
    "cefr_rank",
]
