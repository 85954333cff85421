from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Holds the `load_demo` management command; no models."""

    name = "demo"
    verbose_name = "Demo content"
