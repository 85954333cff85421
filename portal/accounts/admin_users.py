"""Wagtail's user admin, restricted: staff may create and edit only accounts whose roles they may
grant (`roles.grantable_roles`), and only superusers see the superuser box. Wagtail's own forms
offer every group and the superuser flag to anyone with `add_user`; this closes that."""

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users
from wagtail.users.views.bulk_actions import assign_role, delete, set_active_state

from partners.models import Partner

from .roles import grantable_roles, is_administrator


class _RestrictedRolesMixin:
    """Form mixin: groups limited to what `for_user` may grant; no superuser box unless the
    requester is a superuser. Whatever is posted outside those choices is rejected by the form's
    own validation (an invalid choice), so nothing is saved. Only administrators say which
    partner an operator works for (it decides what the operator sees of the programme)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if for_user is not None and is_administrator(for_user):
            self.fields["partner"] = forms.ModelChoiceField(
                label=_("Partner"),
                queryset=Partner.objects.order_by("order"),
                required=False,
                initial=self.instance.partner_id if self.instance.pk else None,
                help_text=_("For operators: the partner they work for."),
            )
        if for_user is None or not for_user.is_superuser:
            self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            allowed = grantable_roles(for_user) if for_user is not None else frozenset()
            self.fields["groups"].queryset = Group.objects.filter(name__in=allowed).order_by("name")

    def save(self, commit=True):
        user = super().save(commit=False)
        # Fields not on the form keep their stored value; a new account never gets power.
        if (self.for_user is None or not self.for_user.is_superuser) and user.pk is None:
            user.is_superuser = False
            user.is_staff = False
        if "partner" in self.fields:
            user.partner = self.cleaned_data.get("partner")
        if commit:
            user.save()
            self._save_groups(user)
        else:
            self.save_m2m = lambda: self._save_groups(user)
        return user

    def _save_groups(self, user):
        """Set the posted groups, but keep the groups the editor may not grant (an operator
        editing a learner must not strip a role they cannot give back)."""
        chosen = set(self.cleaned_data.get("groups", []))
        allowed = set(self.fields["groups"].queryset) if "groups" in self.fields else set()
        kept = {g for g in user.groups.all() if g not in allowed} if user.pk else set()
        user.groups.set(chosen | kept)


class RestrictedUserCreationForm(_RestrictedRolesMixin, UserCreationForm):
    pass


class RestrictedUserEditForm(_RestrictedRolesMixin, UserEditForm):
    pass


def may_manage(requester, account) -> bool:
    """Whether `requester` may edit or delete `account` in the staff area: a superuser always;
    otherwise only accounts that are not superusers and hold no role the requester cannot
    grant (an operator may not reset an administrator's password)."""
    if requester.is_superuser:
        return True
    if account.is_superuser or account.is_staff:
        return False
    held = set(account.groups.values_list("name", flat=True))
    return held <= grantable_roles(requester)


class _ForRequesterMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["for_user"] = self.request.user
        return kwargs


class CreateView(_ForRequesterMixin, wagtail_users.CreateView):
    pass


class EditView(_ForRequesterMixin, wagtail_users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not self.editing_self and not may_manage(request.user, self.object):
            raise PermissionDenied


class DeleteView(wagtail_users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not may_manage(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(wagtail_users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return RestrictedUserEditForm if for_update else RestrictedUserCreationForm


class AssignRoleBulkAction(assign_role.AssignRoleBulkAction):
    """Wagtail's "assign role" bulk action, limited to roles the requester may grant."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = Group.objects.filter(
            name__in=grantable_roles(self.request.user)
        )
        return form

    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class DeleteBulkAction(delete.DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class SetActiveStateBulkAction(set_active_state.SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


RESTRICTED_BULK_ACTIONS = (AssignRoleBulkAction, DeleteBulkAction, SetActiveStateBulkAction)
