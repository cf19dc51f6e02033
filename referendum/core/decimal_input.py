"""Decimal figures staff type in the admin (percentages): a decimal comma or point, in any admin language and any
browser. The admin's default number box lets the browser read the text first, and a browser set to English reads
"68,00" as 6800; this box sends the text as typed, and the server reads "68,00", "68.00" and "68" alike."""

from django import forms
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

SEPARATORS_HELP = _("Use a decimal comma or a point: 68,5 and 68.5 are the same.")


class DecimalInput(forms.TextInput):
    """A text box with a numeric keyboard on phones ("decimal"), which leaves the reading to the server."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", "size": 8, **(attrs or {})})


class EitherSeparatorDecimalField(forms.DecimalField):
    widget = DecimalInput

    def __init__(self, *args, help_text="", **kwargs):
        kwargs.pop("localize", None)
        help_text = format_lazy("{} {}", help_text, SEPARATORS_HELP) if help_text else SEPARATORS_HELP
        super().__init__(*args, help_text=help_text, **kwargs)

    def widget_attrs(self, widget):
        # No min/max/step: those belong to a number box, which this is not (the checks are the server's).
        return {}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            if value.count(",") == 1 and "." not in value:
                value = value.replace(",", ".")  # a figure here is never in thousands: a comma is the decimal mark
        return super().to_python(value)


class EitherDecimalSeparatorAdmin:
    """For an admin or inline whose decimal fields staff type: the box above for each of them (the admin's own
    `formfield_overrides` stay as they are)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DecimalField):
            kwargs["form_class"] = EitherSeparatorDecimalField
            kwargs.pop("widget", None)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
