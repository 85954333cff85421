"""The CV as a PDF in a Europass-like layout (WeasyPrint): the person's language, then Italian,
which employers and the employment centres read (one Italian version for Italian speakers)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from .models import CandidateProfile, LanguageSkill
from .selectors import profile_italian_level


def cv_pdf(profile: CandidateProfile) -> bytes:
    from weasyprint import HTML

    language = profile.user.preferred_language or settings.LANGUAGE_CODE
    pages = []
    for code in dict.fromkeys([language, settings.LANGUAGE_CODE]):
        with translation.override(code):
            level, source = profile_italian_level(profile)
            html = render_to_string(
                "jobs/cv_pdf_page.html",
                {
                    "profile": profile,
                    "person": profile.user,
                    "italian_level": level,
                    "italian_source": source,
                    "grid": LanguageSkill.GRID,
                    "today": timezone.localdate(),
                    "LANGUAGE_CODE": code,
                    "LANGUAGE_BIDI": translation.get_language_bidi(),
                },
            )
        pages.append({"language": code, "html": mark_safe(html)})  # noqa: S308 - rendered above
    html = render_to_string("jobs/cv_pdf.html", {"pages": pages, "person": profile.user})
    return HTML(string=html).write_pdf()
