"""Who may do what in the programme, and which partner's records a person sees (one rule).

Operators belong to a partner (`User.partner`) and see and record only that partner's desk
contacts, bookings and monthly counts; the dashboard shows them their partner's figures only.
Administrators and programme managers (`see_all_partners`) see every partner. An operator with
no partner sees nothing of the programme until an administrator says whom they work for.
"""

from dataclasses import dataclass
from typing import TypeVar

from django.contrib.auth.models import AnonymousUser
from django.db.models import Model, Q, QuerySet

from common.types import User

M = TypeVar("M", bound=Model)

PERM_RECORD_CONTACT = "programme.add_deskcontact"
PERM_VIEW_CONTACTS = "programme.view_deskcontact"
PERM_BOOK_FOR_PEOPLE = "programme.add_booking"
PERM_VIEW_BOOKINGS = "programme.view_booking"
PERM_MANAGE_BOOKINGS = "programme.change_booking"
PERM_RECORD_COUNTS = "programme.add_monthlycount"
PERM_VIEW_DASHBOARD = "programme.view_programme_dashboard"
PERM_EXPORT_REPORT = "programme.export_programme_report"
PERM_ALL_PARTNERS = "programme.see_all_partners"


@dataclass(frozen=True)
class PartnerScope:
    """Which partners' records someone sees: every partner, one, or none."""

    every: bool = False
    partner_id: int | None = None

    def filter(self, queryset: QuerySet[M], field: str = "partner") -> QuerySet[M]:
        if self.every:
            return queryset
        if self.partner_id is None:
            return queryset.none()
        return queryset.filter(Q(**{f"{field}_id": self.partner_id}))

    def allows(self, partner_id: int | None) -> bool:
        return self.every or (partner_id is not None and partner_id == self.partner_id)

    @property
    def empty(self) -> bool:
        return not self.every and self.partner_id is None


def partner_scope(user: User | AnonymousUser) -> PartnerScope:
    if not user.is_authenticated:
        return PartnerScope()
    if user.has_perm(PERM_ALL_PARTNERS):
        return PartnerScope(every=True)
    return PartnerScope(partner_id=getattr(user, "partner_id", None))
