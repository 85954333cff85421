from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "A.L.I. portal"

    def ready(self) -> None:
        from portal import pagecache

        pagecache.connect_signals()
