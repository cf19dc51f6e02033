from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Provision


class ChangeFilterForm(forms.Form):
    change = forms.ChoiceField(
        label=_("Kind of change"),
        required=False,
        # Translators: the first choice of the filter by kind of change: every provision.
        choices=[("", _("All")), *Provision.Change.choices],
        error_messages={"invalid_choice": _("There is no such kind of change. Choose one from the list.")},
    )

    def __init__(self, *args, offered=None, **kwargs):
        """`offered`: the kinds any published provision has; the list shows only those (a choice that would
        always show nothing is left out), while any known kind is still accepted."""
        super().__init__(*args, **kwargs)
        if offered is not None:
            self.fields["change"].widget.choices = [
                (value, label) for value, label in self.fields["change"].choices if not value or value in offered
            ]
