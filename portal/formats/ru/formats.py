# Russian formats as Django's own ("15 марта 2026 г."), with a non-breaking thousands separator.
from django.conf.locale.ru.formats import *  # noqa: F403

TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y г., H:i"
THOUSAND_SEPARATOR = "\xa0"
