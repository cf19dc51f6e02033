from datetime import datetime

from django import template
from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.html import format_html

register = template.Library()


@register.filter
def as_time(value, fmt="DATE_FORMAT"):
    """A date or datetime as `<time datetime="...">` with the text in the active language's format.

    Returns safe HTML, so it can be passed into `{% blocktranslate %}` as one variable while the sentence
    around it stays in one translatable piece.
    """
    if not value:
        return ""
    if isinstance(value, datetime):
        machine = timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    else:
        machine = value.isoformat()
    return format_html('<time datetime="{}">{}</time>', machine, format_date(value, fmt))
