"""Staff access to a CV: the one door every staff page showing a CV goes through.

A member of staff sees a person's CV only with the right permission and while the person's
search consent is given (candidate search and matching also need the profile to be active),
and every opening is written to the view log, which the person sees on their own CV page.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from common.types import User
from jobs.errors import JobsErrorCode
from jobs.models import CandidateProfile, CvViewLog
from jobs.permissions import PERM_EDIT_CV_AT_DESK, PERM_VIEW_CV


class CvAccessRefused(PermissionDenied):
    """Staff may not open this CV now. ``message`` says why, in the operator's language."""

    def __init__(self, message: str, code: JobsErrorCode) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def cv_access_check(
    *, profile: CandidateProfile | None, viewer: User, at_desk: bool
) -> CandidateProfile:
    """Raise PermissionDenied, or CvAccessRefused with the reason, unless `viewer` may open the
    CV now. ``profile`` is None when the person has no CV profile yet."""
    if not viewer.has_perm(PERM_EDIT_CV_AT_DESK if at_desk else PERM_VIEW_CV):
        raise PermissionDenied
    if profile is None or profile.search_consent_at is None:
        raise CvAccessRefused(
            _(
                "This person has not given, or has withdrawn, the consent for staff to see "
                "their CV. Only the person can give it again: on their own CV page, or here at "
                "the desk by asking you to record their request."
            ),
            code=JobsErrorCode.NO_CONSENT,
        )
    if not at_desk and not profile.is_active:
        raise CvAccessRefused(
            _("This person has switched their CV off: they are not looking for work now."),
            code=JobsErrorCode.NOT_SEARCHABLE,
        )
    return profile


@transaction.atomic
def cv_view_record(*, profile: CandidateProfile, viewer: User, context: str = "") -> CvViewLog:
    name = viewer.get_full_name() or viewer.get_username()
    return CvViewLog.objects.create(
        profile=profile, viewer=viewer, viewer_name=name[:160], context=context[:200]
    )


@transaction.atomic
def cv_open_for_staff(
    *, profile: CandidateProfile | None, viewer: User, context: str, at_desk: bool = False
) -> CandidateProfile:
    """Check that `viewer` may see this CV now and write the view log entry (who, when, why).

    ``at_desk``: an operator fills in the CV with the person at the desk (the CV may be switched
    off); otherwise the CV is opened from matching, candidate search or a shortlist.
    """
    profile = cv_access_check(profile=profile, viewer=viewer, at_desk=at_desk)
    cv_view_record(profile=profile, viewer=viewer, context=context)
    return profile
