from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "ali_search"
    verbose_name = _("Search and matching")

    def ready(self) -> None:
        from . import signals

        signals.connect()
