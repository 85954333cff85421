from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CallListItem


class CallOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=CallListItem.Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(label=_("Note"), max_length=500, required=False)
