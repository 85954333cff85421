"""Staff area: the desk operators' call list (messages for people without email)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from . import permissions, selectors, services
from .forms import CallOutcomeForm
from .models import CallListItem


def call_list(request):
    if not request.user.has_perm(permissions.VIEW_CALL_LIST):
        raise PermissionDenied
    mine = request.GET.get("mine") == "1"
    due = selectors.calls_due(registered_by=request.user if mine else None)
    return TemplateResponse(
        request,
        "notify/admin/call_list.html",
        {
            "page_title": _("Call list"),
            "due": due,
            "done": selectors.calls_done(),
            "mine": mine,
            "form": CallOutcomeForm(),
            "can_record": request.user.has_perm(permissions.RECORD_CALL),
        },
    )


@require_POST
def call_record(request, item_id: int):
    if not request.user.has_perm(permissions.RECORD_CALL):
        raise PermissionDenied
    item = get_object_or_404(CallListItem, pk=item_id)
    form = CallOutcomeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the outcome of the call."))
        return redirect("notify_call_list")
    try:
        services.call_record(
            item=item,
            by=request.user,
            outcome=CallListItem.Outcome(form.cleaned_data["outcome"]),
            note=form.cleaned_data["note"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("notify_call_list")
    messages.success(request, _("Call to %(person)s recorded.") % {"person": item.person})
    return redirect("notify_call_list")
