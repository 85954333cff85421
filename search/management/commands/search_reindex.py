"""Rebuild the candidate and offer indices from the database with no downtime (alias swap)."""

import sys

from django.core.management.base import BaseCommand

from search import indexing
from search.models import DocType


class Command(BaseCommand):
    help = "Build new candidate/offer indices from the database and swap the aliases."

    def add_arguments(self, parser):
        parser.add_argument("--only", choices=[d.value for d in DocType], default=None)

    def handle(self, *args, only=None, **options):
        for doc_type in [only] if only else [d.value for d in DocType]:

            def progress(done, total, doc_type=doc_type):
                width = 30
                filled = int(width * done / total) if total else width
                self.stdout.write(
                    f"\r{doc_type:<10} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
                    ending="",
                )
                sys.stdout.flush()

            result = indexing.reindex(doc_type, progress=progress)
            self.stdout.write("")
            self.stdout.write(
                self.style.SUCCESS(
                    f"{doc_type}: {result['documents']} documents from {result['rows']} rows "
                    f"in {result['seconds']} s → {result['index']} (alias {result['alias']}; "
                    f"replaced {', '.join(result['replaced']) or 'nothing'})"
                )
            )
