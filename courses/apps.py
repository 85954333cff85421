from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses and paths")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.signals import page_published

        from . import handlers
        from .models import CoursePage

        pre_save.connect(handlers.remember_editions, sender=CoursePage, dispatch_uid="ali-ed")
        page_published.connect(
            handlers.tell_about_changes, sender=CoursePage, dispatch_uid="ali-ed-changes"
        )
