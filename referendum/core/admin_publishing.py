"""Publishing with care: a question before an incomplete item goes public, and the editor's own comment on a save.

- **Publishing with a language missing.** When a save would leave an item public (an article with the status
  "published", scheduled or not; anything else with "published" ticked) while it lacks a language it did not
  already lack in public, the change form comes back (nothing saved) saying which languages are missing, with a
  "Publish without them" button that sends the same form again with `_publish_incomplete`. A draft, an
  unpublished item, or a re-save of a published item that lacks no more than it did, never asks.
- **A comment on the change.** The change form has an optional "Comment on this change" box (`_change_comment`,
  not a model field). Its text is added to Django's structured change message as `{"comment": "..."}`, which the
  history renders after the list of changed fields (admin_language.render_change_message); Django and reversion
  ignore the extra entry elsewhere.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .content import fallback_chain, is_public_state, same_text
from .roles import is_translator_only

CONFIRM_FIELD = "_publish_incomplete"
KEEP_UNPUBLISHED_FIELD = "_keep_unpublished"
COMMENT_FIELD = "_change_comment"
COMMENT_MAX_LENGTH = 1000

# Each language named in the reader's language ("Russian, English"), not by its code.
LANGUAGE_NAMES = {"kk": _("Kazakh"), "ru": _("Russian"), "en": _("English")}


# What readers of a missing language would see instead, one whole sentence per pair: Russian declines a
# language's name after "на", so a name dropped into one sentence would read wrongly.
SHOWN_INSTEAD = {
    ("kk", "ru"): _("No Kazakh text: the Kazakh pages would show the Russian one."),
    ("kk", "en"): _("No Kazakh text: the Kazakh pages would show the English one."),
    ("ru", "kk"): _("No Russian text: the Russian pages would show the Kazakh one."),
    ("ru", "en"): _("No Russian text: the Russian pages would show the English one."),
    ("en", "kk"): _("No English text: the English pages would show the Kazakh one."),
    ("en", "ru"): _("No English text: the English pages would show the Russian one."),
}


def language_names(codes):
    return ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in codes)


def newly_public_gaps(obj):
    """The languages the saved object would be public without, if publishing it now would show a gap it did not
    already show; else an empty list."""
    if not is_public_state(obj) or not hasattr(obj, "missing_languages"):
        return []
    missing = obj.missing_languages
    if not missing:
        return []
    already = set()
    if obj.pk is not None:
        original = type(obj)._default_manager.filter(pk=obj.pk).first()
        if original is not None and is_public_state(original):
            already = set(original.missing_languages)
    return missing if set(missing) - already else []


class PublishingFormMixin:
    """Mixed into the admin's ModelForm: valid only once an incomplete publication is confirmed."""

    publish_missing = ()

    @property
    def changed_data(self):
        """Django's, less the text fields whose only difference is the line endings a browser sends (CRLF for the
        LF stored): the history would say "Changed Lead" for a save that changed nothing."""
        cleaned = getattr(self, "cleaned_data", {})
        changed = []
        for name in super().changed_data:
            field, value = self.fields.get(name), cleaned.get(name)
            if isinstance(field, forms.CharField) and isinstance(value, str):
                initial = self.get_initial_for_field(field, name)
                if isinstance(initial, str) and same_text(initial, value):
                    continue
            changed.append(name)
        return changed + [name for name in getattr(self, "_also_changed", ()) if name not in changed]

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():  # stored with LF line endings, whatever the browser sent
            if isinstance(value, str) and "\r\n" in value:
                cleaned[name] = value.replace("\r\n", "\n")
        return cleaned

    @property
    def change_comment(self):
        return (self.data.get(COMMENT_FIELD) or "")[:COMMENT_MAX_LENGTH] if self.is_bound else ""

    def is_valid(self):
        valid = super().is_valid()
        if valid and self.data.get(KEEP_UNPUBLISHED_FIELD):
            self.keep_unpublished()
        if not valid or self.data.get(CONFIRM_FIELD):
            return valid
        # _post_clean has put the posted values on the instance: judge it as it would be saved.
        self.publish_missing = newly_public_gaps(self.instance)
        return not self.publish_missing

    @property
    def publish_missing_names(self):
        return language_names(self.publish_missing)

    @property
    def publish_missing_sentences(self):
        """For each missing language, which language its readers would be shown instead."""
        sentences = []
        for code in self.publish_missing:
            instead = next((other for other in fallback_chain(code)[1:] if self.instance.has_language(other)), None)
            if (code, instead) in SHOWN_INSTEAD:
                sentences.append(SHOWN_INSTEAD[code, instead])
        return sentences

    def keep_unpublished(self):
        """The "Save without publishing" button: the item is saved as a draft (or not published), as typed."""
        names = {field.name for field in self.instance._meta.concrete_fields}
        if "status" in names and "draft" in dict(self.instance._meta.get_field("status").flatchoices):
            name, value = "status", "draft"
        elif "is_published" in names:
            name, value = "is_published", False
        else:
            return
        setattr(self.instance, name, value)
        if name in self.cleaned_data:
            self.cleaned_data[name] = value
        if name in self.fields and self.initial.get(name) != value:
            self._also_changed = [name]


class PublishWithCareMixin:
    """For content admins: the question before an incomplete item goes public, and the editor's comment."""

    change_form_template = "admin/content_change_form.html"

    class Media:
        css = {"all": ["css/admin-content.css"]}

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if issubclass(form, PublishingFormMixin):
            return form
        return type(form.__name__, (PublishingFormMixin, form), {"__module__": form.__module__})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context = {
            **context,
            "change_comment_field": COMMENT_FIELD,
            "publish_confirm_field": CONFIRM_FIELD,
            "keep_unpublished_field": KEEP_UNPUBLISHED_FIELD,
            # A translator may not change the status: no button that would end in a refusal.
            "may_keep_unpublished": not is_translator_only(request.user),
        }
        context["change_comment_max_length"] = COMMENT_MAX_LENGTH
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def _with_comment(self, request, message):
        comment = (
            (request.POST.get(COMMENT_FIELD) or "").strip()[:COMMENT_MAX_LENGTH] if request.method == "POST" else ""
        )
        if not comment:
            return message
        if isinstance(message, str):
            # A plain-text message (not the admin's own form): keep it as it is.
            return message
        return [*(message or []), {"comment": comment}]

    def log_addition(self, request, obj, message):
        return super().log_addition(request, obj, self._with_comment(request, message))

    def log_change(self, request, obj, message):
        return super().log_change(request, obj, self._with_comment(request, message))
