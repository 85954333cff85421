"""The PDF certificate of attendance (WeasyPrint) with a QR code to its public check page."""

import io

import qrcode
import qrcode.image.svg
from django.template.loader import render_to_string
from django.utils import translation

from courses.models import Enrolment
from courses.selectors import AttendanceStats


def qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    return svg[svg.index("<svg") :]  # drop the XML declaration: the SVG goes inline


def certificate_pdf(
    *, enrolment: Enrolment, stats: AttendanceStats, verify_url: str, dates: tuple
) -> bytes:
    """Render the certificate in the person's language."""
    from weasyprint import HTML  # heavy import: only when a certificate is asked for

    if enrolment.person is None:
        raise ValueError("certificates are for people with an account")
    with translation.override(enrolment.person.preferred_language or "it"):
        html = render_to_string(
            "courses/certificate.html",
            {
                "enrolment": enrolment,
                "person": enrolment.person,
                "edition": enrolment.edition,
                "course": enrolment.edition.course,
                "stats": stats,
                "hours": round(stats.hours_attended, 1),
                "first_day": dates[0],
                "last_day": dates[1],
                "verify_url": verify_url,
                "qr_svg": qr_svg(verify_url),
                "LANGUAGE_BIDI": translation.get_language_bidi(),
                "LANGUAGE_CODE": translation.get_language(),
            },
        )
    return HTML(string=html).write_pdf()
