"""Translations that go stale are flagged until someone reviews them.

When an editor's save changes an item's text in one language (any per-language column: title, lead, body…) and
leaves another language's text, already written, as it was, that other language is marked "to review": it was
translated from a text that no longer reads the same. The mark shows in the content lists (the translations
column and a filter), on the translation status page and at the top of the item's form, which offers to confirm
that a language still matches. It goes when that language's text is revised or confirmed.

A translator's own save is a translation, not a new source: it clears the marks of the languages it revises and
marks nothing. Text that differs only in line endings (a browser sends CRLF) is not a change.
"""

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .admin_publishing import LANGUAGE_NAMES
from .content import LANGUAGE_CODES, same_text
from .models import TranslationReview
from .roles import is_translator_only, translatable_field_names

REVIEWED_FIELD = "_translations_reviewed"


def text_columns(model):
    """{language: [column, ...]} of the model's per-language text columns."""
    columns = {code: [] for code in LANGUAGE_CODES}
    for name in sorted(translatable_field_names(model)):
        code = name.rpartition("_")[2]
        if code in columns:
            columns[code].append(name)
    return columns


def changed_languages(original, obj):
    """The languages whose text differs between two states of an item."""
    return {
        code
        for code, names in text_columns(type(obj)).items()
        if any(not same_text(getattr(original, name), getattr(obj, name)) for name in names)
    }


def written_languages(obj):
    return {
        code for code, names in text_columns(type(obj)).items() if any((getattr(obj, n) or "").strip() for n in names)
    }


def reviews_for(obj):
    return TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
    )


def languages_to_review(obj):
    return sorted(reviews_for(obj).values_list("language", flat=True), key=LANGUAGE_CODES.index)


def record_save(original, obj, user, confirmed=()):
    """After an admin save of `obj` (`original`: as it was before, or None when added): mark and clear."""
    if original is None:
        return
    changed = changed_languages(original, obj)
    cleared = changed | set(confirmed)
    if cleared:
        reviews_for(obj).filter(language__in=cleared).delete()
    if not changed or is_translator_only(user):
        return
    stale = (written_languages(original) & written_languages(obj)) - changed
    content_type = ContentType.objects.get_for_model(type(obj))
    source = min(changed, key=LANGUAGE_CODES.index)
    for language in stale:
        TranslationReview.objects.update_or_create(
            content_type=content_type,
            object_id=str(obj.pk),
            language=language,
            defaults={"changed_language": source, "changed_at": timezone.now(), "changed_by": user},
        )


def items_to_review(model):
    """{language: [items of `model` whose text in that language waits for review]}."""
    content_type = ContentType.objects.get_for_model(model)
    marks = TranslationReview.objects.filter(content_type=content_type).values_list("language", "object_id")
    if not marks:
        return {}
    items = model._default_manager.in_bulk([object_id for _language, object_id in marks])
    found = {}
    for language, object_id in marks:
        item = items.get(int(object_id) if object_id.isdecimal() else object_id)
        if item is not None:
            found.setdefault(language, []).append(item)
    return found


def marked_languages(obj):
    """The languages to review of a list row (annotated by TranslationReviewMixin.get_queryset), else queried."""
    if hasattr(obj, f"review_{LANGUAGE_CODES[0]}"):
        return [code for code in LANGUAGE_CODES if getattr(obj, f"review_{code}")]
    return languages_to_review(obj)


class ToReviewFilter(admin.SimpleListFilter):
    title = _("translation to review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES]

    def queryset(self, request, queryset):
        if self.value() in LANGUAGE_CODES:
            return queryset.filter(**{f"review_{self.value()}": True})
        return queryset


class TranslationReviewMixin:
    """For content admins: marks on save, the marks in the list and on the form, and the confirmation."""

    def get_queryset(self, request):
        """Each row knows which of its languages wait for review (one query for the list, not one per row)."""
        content_type = ContentType.objects.get_for_model(self.model)
        object_id = Cast(OuterRef("pk"), output_field=CharField())
        marks = {
            f"review_{code}": Exists(
                TranslationReview.objects.filter(content_type=content_type, object_id=object_id, language=code)
            )
            for code in LANGUAGE_CODES
        }
        return super().get_queryset(request).annotate(**marks)

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return filters if ToReviewFilter in filters else [*filters, ToReviewFilter]

    def save_model(self, request, obj, form, change):
        original = type(obj)._default_manager.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        confirmed = [code for code in request.POST.getlist(REVIEWED_FIELD) if code in LANGUAGE_CODES]
        record_save(original, obj, request.user, confirmed)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        to_review = languages_to_review(obj) if obj is not None and obj.pk else []
        context = {
            **context,
            "reviewed_field": REVIEWED_FIELD,
            "translations_to_review": [(code, LANGUAGE_NAMES[code]) for code in to_review],
        }
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)
