"""The CV as a PDF in a Europass-like layout, always in Italian (WeasyPrint)."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import CandidateProfile, LanguageSkill
from .selectors import profile_italian_level


def cv_pdf(profile: CandidateProfile) -> bytes:
    from weasyprint import HTML

    with translation.override("it"):
        level, source = profile_italian_level(profile)
        html = render_to_string(
            "jobs/cv_pdf.html",
            {
                "profile": profile,
                "person": profile.user,
                "italian_level": level,
                "italian_source": source,
                "grid": LanguageSkill.GRID,
                "today": timezone.localdate(),
            },
        )
        return HTML(string=html).write_pdf()
