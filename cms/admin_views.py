"""Staff area: the editors' translation-status screen."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from staffarea.permissions import require_perm

from .translation_status import translation_status

# editors, approvers and administrators: the people who translate pages
PERM_TRANSLATE = "wagtail_localize.submit_translation"


def translation_status_view(request):
    require_perm(request, PERM_TRANSLATE)
    languages = translation_status()
    finder = AdminURLFinder(request.user)
    for language in languages:
        language.name = get_language_info(language.code)["name_translated"]
        for row in language.to_do:
            row.edit_url = finder.get_edit_url(row.obj) or ""
    return TemplateResponse(
        request,
        "cms/admin/translation_status.html",
        {"page_title": _("Translation status"), "languages": languages},
    )
