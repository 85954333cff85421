from django.core.management.base import BaseCommand

from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the Italian demo content and one account per role (idempotent)."

    def handle(self, *args, **options):
        load_demo()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
        self.stdout.write(f"\nDemo accounts (password for all: {DEMO_PASSWORD})")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(
                f"  {account.role.label!s:<45} {account.username:<15} {account.email}"
            )
