"""Demo accounts: one per role (printed by `load_demo`, listed in the README), sample learners."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from partners.models import Partner
from portal.accounts.roles import Role
from portal.accounts.services import user_set_role

DEMO_PASSWORD = "ali-demo-2026"  # noqa: S105 - printed for the demo; never used in production


@dataclass(frozen=True)
class DemoAccount:
    username: str
    email: str
    first_name: str
    last_name: str
    role: Role
    superuser: bool = False
    partner: str = ""  # operators: the partner they work for (programme scoping)


DEMO_ACCOUNTS = [
    DemoAccount("admin", "admin@ali.example.org", "Giulia", "Bianchi", Role.ADMIN, True),
    DemoAccount("redattrice", "redazione@ali.example.org", "Elena", "Fabbri", Role.EDITOR),
    DemoAccount("approvatore", "approvazione@ali.example.org", "Marco", "Neri", Role.APPROVER),
    DemoAccount(
        "operatrice", "sportello@ali.example.org", "Sara", "Conti", Role.OPERATOR, partner="coeso"
    ),
    DemoAccount("operatore.cpi", "cpi@ali.example.org", "Luca", "Ferri", Role.OPERATOR),
    DemoAccount(
        "operatore.arci",
        "arci@ali.example.org",
        "Paolo",
        "Rossi",
        Role.OPERATOR,
        partner="arcisolidarieta",
    ),
    DemoAccount(
        "programma", "programma@ali.example.org", "Chiara", "Galli", Role.PROGRAMME_MANAGER
    ),
    DemoAccount("docente", "docente@ali.example.org", "Anna", "Marini", Role.TEACHER),
    DemoAccount("amina", "amina@ali.example.org", "Amina", "Diallo", Role.LEARNER),
    DemoAccount("samir", "samir@ali.example.org", "Samir", "Haddad", Role.LEARNER),
]


def ensure_users() -> dict[str, object]:
    """The accounts of DEMO_ACCOUNTS by username, with a verified email and their role."""
    User = get_user_model()
    users = {}
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "email": account.email,
                "first_name": account.first_name,
                "last_name": account.last_name,
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            EmailAddress.objects.update_or_create(
                user=user, email=account.email, defaults={"verified": True, "primary": True}
            )
        user_set_role(user=user, role=account.role)
        if account.partner and not user.partner_id:
            user.partner = Partner.objects.get(slug=account.partner)
            user.save(update_fields=["partner"])
        users[account.username] = user
    return users


def demo_learner(username: str, first_name: str, last_name: str, language: str):
    """A sample learner account (password DEMO_PASSWORD, an address that cannot receive mail)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@esempio.invalid",
            "first_name": first_name,
            "last_name": last_name,
            "preferred_language": language,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user_set_role(user=user, role=Role.LEARNER)
    return user
