# Russian formats as Django's own ("15 марта 2026 г."), with non-breaking spaces for thousands and before "г.".
from django.conf.locale.ru.formats import *  # noqa: F403

TIME_FORMAT = "H:i"
# "г." never alone at the start of a line: a non-breaking space before it.
DATE_FORMAT = "j E Y\xa0г."
DATETIME_FORMAT = "j E Y\xa0г., H:i"
THOUSAND_SEPARATOR = "\xa0"
