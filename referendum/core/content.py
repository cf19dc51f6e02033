"""What every translated content model shares: per-language completeness and a page-language fallback.

A model mixes in TranslatedContent and names `required_translations`, the translated fields a language
needs before the object counts as translated into it. modeltranslation stores them as `<field>_<lang>`.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


def fallback_chain(language):
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    chain = [language, *fallbacks.get(language, fallbacks["default"])]
    return [code for index, code in enumerate(chain) if code in LANGUAGE_CODES and code not in chain[:index]]


def localized_field_names(fields, languages=LANGUAGE_CODES):
    """The columns modeltranslation stores `fields` in, one per field and language (for admin searches, queries)."""
    return [build_localized_fieldname(field, code) for field in fields for code in languages]


def missing_in(language, fields):
    """A filter for objects lacking any of `fields` in `language` (modeltranslation stores empty as NULL)."""
    condition = Q()
    for field in fields:
        column = build_localized_fieldname(field, language)
        condition |= Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
    return condition


def same_text(old, new):
    """Whether two states of a text read the same: a browser sends CRLF line endings for the LF stored, and a
    text left empty may be stored as NULL (modeltranslation) or as ""."""

    def normalised(text):
        return (text or "").replace("\r\n", "\n").strip()

    return normalised(old) == normalised(new)


def is_public_state(obj):
    """Whether the object, as it stands, is (or is scheduled to be) public; None for content that is always shown
    as part of something else and has no publication switch of its own."""
    field_names = {field.name for field in obj._meta.concrete_fields}
    if "is_published" in field_names:
        return bool(obj.is_published)
    status = getattr(type(obj), "Status", None)
    if "status" in field_names and status is not None and hasattr(status, "PUBLISHED"):
        return obj.status == status.PUBLISHED
    return None


class TextIn:
    """An object's translated fields in one language, without modeltranslation's per-field fallback."""

    def __init__(self, obj, language, requested):
        self._obj = obj
        self.language = language
        self.requested = requested

    @property
    def is_fallback(self):
        return self.language != self.requested

    def __getattr__(self, field):
        if field.startswith("_"):
            raise AttributeError(field)
        return getattr(self._obj, build_localized_fieldname(field, self.language)) or ""


class TranslatedContent:
    required_translations: tuple[str, ...] = ("title",)

    def has_language(self, language):
        return all(getattr(self, build_localized_fieldname(field, language)) for field in self.required_translations)

    @property
    def complete_languages(self):
        return [code for code in LANGUAGE_CODES if self.has_language(code)]

    @property
    def missing_languages(self):
        return [code for code in LANGUAGE_CODES if not self.has_language(code)]

    def text_in(self, requested=None):
        """The whole object in the page's language, or in the first fallback language it is complete in,
        so a page never mixes languages field by field."""
        requested = requested or get_language() or settings.LANGUAGE_CODE
        for language in fallback_chain(requested):
            if self.has_language(language):
                return TextIn(self, language, requested)
        return TextIn(self, requested, requested)

    def exact_text(self, language):
        """The object's fields in exactly this language, empty where untranslated."""
        return TextIn(self, language, language)

    @property
    def text(self):
        return self.text_in()

    @property
    def text_here(self):
        """The object's fields in exactly the page's language, for what must never fall back (a note that the
        English wording is a translation has no place on the Kazakh or Russian page)."""
        return self.exact_text(get_language() or settings.LANGUAGE_CODE)


class PublishedFlagQuerySet(models.QuerySet):
    """Content that staff publish by ticking "published" (news has its own: a status and a time)."""

    def published(self):
        return self.filter(is_published=True)
