"""List the emails interrupted while sending, or send chosen ones again once staff have checked
that they did not arrive (the outbox sends each email at most once on its own)."""

from django.core.management.base import BaseCommand

from notify.models import OutboundEmail
from notify.services import email_resend


class Command(BaseCommand):
    help = "List interrupted emails, or send the given ones (ids) again."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="outbox ids to send again")

    def handle(self, *args, ids, **options):
        if not ids:
            for email in OutboundEmail.objects.filter(status=OutboundEmail.Status.INTERRUPTED):
                self.stdout.write(
                    f"{email.pk}\t{email.claimed_at:%Y-%m-%d %H:%M}\t{email.to}\t{email.subject}"
                )
            return
        count = email_resend(email_ids=ids)
        self.stdout.write(f"{count} email(s) queued again.")
