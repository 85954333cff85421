from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.documents import ALIASES
from search.health import opensearch_info


class Command(BaseCommand):
    help = "Print the OpenSearch engine version, cluster health, indices and document counts."

    def handle(self, *args, **options):
        try:
            info = opensearch_info()
        except Exception as exc:
            raise CommandError(
                f"OpenSearch at {settings.OPENSEARCH_URL} is unreachable: {exc}"
            ) from exc
        self.stdout.write(
            f"{info['distribution']} {info['version']} at {settings.OPENSEARCH_URL} "
            f"— cluster {info['status']}"
        )
        aliases = {
            index: ", ".join(sorted(data.get("aliases", {})))
            for index, data in info["aliases"].items()
        }
        self.stdout.write(f"{'index':<60} {'docs':>8}  aliases")
        for row in info["indices"]:
            if row["index"].startswith("."):
                continue
            self.stdout.write(
                f"{row['index']:<60} {row['docs']:>8}  {aliases.get(row['index'], '')}"
            )
        for doc_type in ALIASES:
            missing = indexing.missing_fields(doc_type)
            if missing:
                self.stdout.write(
                    f"The {doc_type} index lacks {', '.join(missing)}: it was built by an older "
                    "version. Run manage.py search_reindex."
                )
