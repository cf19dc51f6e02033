"""Kazakh month names as they stand in a date ("2026 жылғы 15 наурыз").

Django's kk catalogue capitalises month names ("Наурыз"), but Kazakh writes them in lower case inside a
date. These msgids repeat Django's own so that `makemessages` keeps them in locale/kk, where they override
Django's catalogue; the kk date format (portal/formats/kk) uses this "alt. month" context through "E".
"""

from django.utils.translation import pgettext_lazy

ALT_MONTHS = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
