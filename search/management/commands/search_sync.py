from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Write the pending candidate/offer changes to OpenSearch (what the beat task does)."

    def handle(self, *args, **options):
        before = indexing.pending_count()
        result = indexing.sync_pending(limit=100_000)
        self.stdout.write(
            f"pending before: {before}; {result}; pending now: {indexing.pending_count()}"
        )
