from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = _("CV profiles and job offers")

    def ready(self) -> None:
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished

        from .models import JobOfferPage
        from .services import offer_announce_change

        def announce(sender, instance, **kwargs):
            offer_announce_change(offer_id=instance.pk)

        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(
                announce, sender=JobOfferPage, weak=False, dispatch_uid=f"jobs-offer-{signal!r}"
            )
