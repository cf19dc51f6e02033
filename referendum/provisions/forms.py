from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Provision


class ChangeFilterForm(forms.Form):
    change = forms.ChoiceField(
        label=_("Kind of change"),
        required=False,
        choices=[("", _("All")), *Provision.Change.choices],
        error_messages={"invalid_choice": _("There is no such kind of change. Choose one from the list.")},
    )
