import json
from datetime import datetime
from decimal import Decimal

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from referendum.core.content import TextIn
from referendum.core.languages import ENDONYMS
from referendum.core.site import absolute_url
from referendum.core.sources import numbers_together as keep_numbers_together
from referendum.core.sources import render_source_links

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
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        machine = value.replace(microsecond=0).isoformat()  # HTML allows at most three digits of a second
    else:
        machine = value.isoformat()
    return format_html('<time datetime="{}">{}</time>', machine, format_date(value, fmt))


@register.simple_tag
def json_ld(data):
    """Structured data for search engines. A data block is never executed, so the CSP does not apply to it;
    the JSON is escaped so no text in it can close the script element."""
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(_escaped_json(data)))


def _escaped_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


# The path on the portal's configured address (never the request's Host).
register.simple_tag(absolute_url, name="absolute_url")


@register.filter
def linked_sources(line, url=""):
    """Each source in a line of sources as its own link (referendum/core/sources.py)."""
    return render_source_links(line, url)


@register.filter
def endonym(code):
    """A language named in itself, as the language switcher names it ("Қазақша", not Django's "Қазақ")."""
    return ENDONYMS.get(code, code)


@register.filter
def fallback_lang(text_or_obj):
    """` lang="…"` where text is shown in a fallback language, else nothing: the one way a template names the
    language of translated content the page's language lacks. Takes the text (`obj.text`, a TextIn) or the
    object, whose `text` it reads."""
    text = text_or_obj if isinstance(text_or_obj, TextIn) else text_or_obj.text
    return format_html(' lang="{}"', text.language) if text.is_fallback else ""


@register.filter
def name_in_its_language(obj):
    """The object's `name` for use inside a translated sentence: in a `<span lang="…">` where it falls back
    (`fallback_lang`), escaped text otherwise."""
    text = obj.text
    return format_html("<span{}>{}</span>", fallback_lang(text), text.name) if text.is_fallback else escape(text.name)


@register.filter
def as_given(value):
    """A decimal figure with as many decimals as it was given with (88.6, not 88.60), in the page's language."""
    if value is None:
        return ""
    exponent = Decimal(value).normalize().as_tuple().exponent
    return floatformat(value, max(0, -exponent) if isinstance(exponent, int) else 0)


@register.filter(is_safe=True)
def numbers_together(value):
    """The text with each number's groups held on one line (a no-break space between them); safe stays safe."""
    if not value:
        return value
    return keep_numbers_together(str(value))
