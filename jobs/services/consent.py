"""Consents of a CV profile: given or withdrawn, by whom, and why when an operator records it."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.types import User
from jobs.errors import JobsErrorCode
from jobs.models import CONSENT_TEXT_VERSION, CandidateProfile, ConsentEvent, ConsentPurpose
from jobs.permissions import PERM_EDIT_CV_AT_DESK
from jobs.signals import profile_changed

CONSENT_FIELDS = {
    ConsentPurpose.SEARCH: "search_consent_at",
    ConsentPurpose.EMPLOYERS: "employers_consent_at",
}


def _check_who(*, profile: CandidateProfile, given: bool, by: User, reason: str) -> None:
    """The person decides. An operator may only record the person's own explicit request, at
    the desk; giving a consent that way needs the reason (what the person asked, and how)."""
    if by.pk == profile.user_id:
        return
    if not by.has_perm(PERM_EDIT_CV_AT_DESK):
        raise PermissionDenied
    if given and not reason.strip():
        raise ValidationError(
            _(
                "Only the person can give this consent. If the person is here and asks for it, "
                "write down their request."
            ),
            code=JobsErrorCode.REASON_REQUIRED,
        )


@transaction.atomic
def consent_set(
    *,
    profile: CandidateProfile,
    purpose: str,
    given: bool,
    by: User | None = None,
    reason: str = "",
) -> bool:
    """Give or withdraw a consent and keep it in the history with who did it and why.

    ``by`` is who makes the change: the person (None means the person), or an operator recording
    the person's request at the desk, with a ``reason``. Withdrawing search consent takes the
    profile out of search at once (search's receiver deletes the document synchronously).
    Returns whether anything changed.
    """
    person = by or profile.user
    _check_who(profile=profile, given=given, by=person, reason=reason)
    field = CONSENT_FIELDS[ConsentPurpose(purpose)]
    current = getattr(profile, field)
    if given == (current is not None):
        return False
    setattr(profile, field, timezone.now() if given else None)
    profile.save(update_fields=[field, "updated_at"])
    ConsentEvent.objects.create(
        profile=profile,
        purpose=purpose,
        given=given,
        text_version=CONSENT_TEXT_VERSION,
        changed_by=person,
        changed_by_name=(person.get_full_name() or person.get_username())[:160],
        reason=reason.strip()[:300],
    )
    profile_changed.send(sender=CandidateProfile, profile_id=profile.pk)
    return True
