"""What changed between two versions of an item, field by field and language by language.

The history page (django-reversion's) gets two radio columns and a "Compare" button, like a wiki's; the compare
page lists every field whose saved value differs between the two versions, labelled with its verbose name and
language ("Title [kk]") in the reader's language, text with a word-level difference (<del>/<ins>, the provisions'
`compare_words`), other values shown as they were and as they became; and, for each version, who saved it, when,
and the comment. It works from the stored versions alone, so a deleted item's versions can be compared too.

django-reversion-compare was considered: GPL-3.0-or-later, tested with django-reversion 6.3 (not 6.4), no Kazakh
or Russian catalogue, a line-level difference for short text, and `rich` as a dependency. It is not used.
"""

import datetime
import html
import re

from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext
from django_prose_editor.fields import ProseEditorField
from reversion.errors import RevertError
from reversion.models import Version

from referendum.provisions.comparison import Segment, compare_words

from .admin_language import render_change_message
from .roles import is_translator_only

# Where a block of rich text ends, the readable text starts a new line.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def readable_text(markup):
    """Rich text as its reader sees it: one line per paragraph, heading or list item, no tags, entities decoded."""
    return html.unescape(strip_tags(BLOCK_END.sub("\n", markup))).strip()


# Beyond this many characters a text's difference is not worth the wait: shown whole, as it was and became.
WORD_DIFFERENCE_LIMIT = 200_000


class HistoryCompareMixin:
    """For VersionAdmin subclasses: a "Compare" form on the history page and the page it leads to."""

    object_history_template = "reversion/object_history_compare.html"
    history_compare_template = "admin/history_compare.html"

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.history_compare_view),
            name=f"{opts.app_label}_{opts.model_name}_history_compare",
        )
        return [compare, *super().get_urls()]

    def _versions(self, request, object_id):
        return self._reversion_order_version_queryset(
            request,
            Version.objects.get_for_object_reference(self.model, unquote(object_id)).select_related(
                "revision", "revision__user"
            ),
        )

    def history_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        opts = self.model._meta
        action_list = [
            {
                "revision": version.revision,
                "version": version,
                "url": reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                    args=(quote(version.object_id), version.id),
                ),
            }
            for version in self._versions(request, object_id)
        ]
        context = {
            "action_list": action_list,
            "compare_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history_compare", args=(quote(object_id),)
            ),
            # Restoring is an editor's decision (admin.py revision_view): translators see the dates as text.
            "can_revert": not is_translator_only(request.user),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def history_compare_view(self, request, object_id):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        try:
            wanted = {int(request.GET["version_a"]), int(request.GET["version_b"])}
            for version_id in wanted:
                Version._meta.pk.run_validators(version_id)  # a number the database's column can hold
        except (KeyError, ValueError, ValidationError):
            raise Http404(gettext("Choose two versions to compare.")) from None
        versions = sorted(self._versions(request, object_id).filter(pk__in=wanted), key=lambda version: version.pk)
        if len(versions) != len(wanted):
            raise Http404(gettext("There is no such version of this item."))
        older, newer = versions[0], versions[-1]
        try:
            old_fields, new_fields = older.field_dict, newer.field_dict
        except RevertError:
            raise Http404(gettext("This version can no longer be read.")) from None
        opts = self.model._meta
        try:
            obj = self.model._default_manager.get(pk=unquote(object_id))
        except (ObjectDoesNotExist, ValidationError, ValueError):
            obj = None
        models_ = [self.model, *(inline.model for inline in self.inlines)]
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Compare versions: %(item)s") % {"item": obj if obj is not None else newer.object_repr},
            "subtitle": None,
            "opts": opts,
            "app_label": opts.app_label,
            "module_name": capfirst(opts.verbose_name_plural),
            "object": obj,
            "object_id": object_id,
            "versions": [
                {"version": version, "comment": render_change_message(version.revision.comment, models_)}
                for version in (older, newer)
            ],
            "changes": list(self.field_changes(old_fields, new_fields)),
            "history_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history", args=(quote(object_id),)
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.history_compare_template, context)

    def compared_fields(self):
        """The model's own fields, each per-language column on its own; the base column (`title`, which reads
        the active language) is left out, as are the automatic ones. In the order of the change form's fieldsets,
        where it has them (the rest after them, in the model's order), so a comparison reads like the form."""
        from .roles import translatable_field_names

        language_columns = translatable_field_names(self.model)
        base_names = {name.rsplit("_", 1)[0] for name in language_columns}
        fields = [
            field
            for field in self.model._meta.get_fields()
            if (field.concrete or field.many_to_many)
            and not field.auto_created
            and not getattr(field, "auto_now", False)
            and not field.primary_key
            and field.name not in base_names
        ]
        on_form = {name: place for place, name in enumerate(flatten_fieldsets(self.fieldsets or ()))}

        def place(field):  # a language column is on the form by its own name or by its field's
            base = field.name.rsplit("_", 1)[0] if field.name in language_columns else field.name
            return on_form.get(field.name, on_form.get(base, len(on_form)))

        return sorted(fields, key=place)  # stable: a field's languages stay in their order

    def field_changes(self, old_fields, new_fields):
        for field in self.compared_fields():
            old, new = old_fields.get(field.attname), new_fields.get(field.attname)
            if field.many_to_many:
                old, new = sorted(old or ()), sorted(new or ())
            if old == new:
                continue
            label = capfirst(field.verbose_name)
            if isinstance(field, models.CharField | models.TextField) and not field.choices:
                old, new = old or "", new or ""
                if isinstance(field, ProseEditorField):  # the words staff wrote, not the editor's <p> tags
                    old, new = readable_text(old), readable_text(new)
                    if old == new:
                        continue
                if len(old) + len(new) <= WORD_DIFFERENCE_LIMIT:
                    yield {"label": label, "segments": compare_words(old, new)}
                    continue
            else:
                old, new = self.display_value(field, old), self.display_value(field, new)
            yield {
                "label": label,
                "segments": [Segment(kind, text) for kind, text in (("deleted", old), ("inserted", new)) if text],
            }

    def display_value(self, field, value):
        """A stored value as a reader would recognise it: a choice's label, a date in the local format, a related
        item's name (or its number if it is gone)."""
        if value is None or value == "" or value == []:
            return ""
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(field, models.BooleanField):
            return gettext("Yes") if value else gettext("No")
        if isinstance(value, datetime.datetime):
            value = timezone.localtime(value) if timezone.is_aware(value) else value
            return formats.date_format(value, "DATETIME_FORMAT")
        if isinstance(value, datetime.date):
            return formats.date_format(value, "DATE_FORMAT")
        if field.is_relation:
            pks = value if isinstance(value, list) else [value]
            found = {item.pk: str(item) for item in field.related_model._default_manager.filter(pk__in=pks)}
            return "; ".join(found.get(pk, f"#{pk}") for pk in pks)
        return str(value)
