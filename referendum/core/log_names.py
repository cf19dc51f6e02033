"""How an item with a date in its name is named: in the admin's own date format ("2026 жылғы 15 наурыз, 17:00"),
and in ISO (2026-03-15 17:00) where no language is active. Django writes the change messages of its log with
translation switched off, to be read later in any language: a name made then in English ("Dec. 7, 2026") would
show in the kk and ru admin, where ISO reads the same in every language."""

import datetime

from django.utils import translation
from django.utils.formats import date_format


def log_date(value):
    if isinstance(value, datetime.datetime):
        if translation.get_language() is None:
            return value.strftime("%Y-%m-%d %H:%M")
        return date_format(value, "DATETIME_FORMAT")
    if translation.get_language() is None:
        return value.isoformat()
    return date_format(value, "DATE_FORMAT")
