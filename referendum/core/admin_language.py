"""The admin's history in the language of whoever reads it, not of whoever saved.

django-reversion stores each revision's comment as text rendered in the saver's language ("Changed Short biography
[kk]." for an editor in /en/admin/), and Django renders a change message's field names through `gettext`, which has
no entry for django-modeltranslation's per-language labels ("Short biography [kk]"). Here:

- new revisions keep Django's structured change message (JSON) as their comment, which reversion's
  `Revision.get_comment()` already renders at display time;
- an editor's own comment on a save (admin_publishing.py) is kept in that message as `{"comment": "..."}` and
  shown, as typed, on a line of its own after the changes;
- the history page renders each comment in the active language: field names are looked up on the model (and its
  inlines' models) and shown with their verbose name in that language; a plain-text comment with a catalogue entry
  (the seed loader's `SEED_COMMENT`) is translated; any other text is shown as stored.
"""

import json

from django.contrib.admin.models import LogEntry
from django.utils.text import capfirst
from django.utils.translation import gettext, override
from reversion import is_active, set_comment


def _field_labels(models):
    """Each model field's label as Django stores it in a change message (English, capitalised) -> the field."""
    labels = {}
    with override(None):
        for model in models:
            for field in model._meta.get_fields():
                verbose_name = getattr(field, "verbose_name", None)
                if verbose_name:
                    labels.setdefault(str(capfirst(verbose_name)), field)
    return labels


def render_change_message(comment, models):
    """A stored comment (a JSON change message or plain text) in the active language."""
    if not comment:
        return ""
    try:
        messages = json.loads(comment) if comment.startswith("[") else None
    except json.JSONDecodeError:
        messages = None
    if not isinstance(messages, list):
        translated = gettext(comment)  # a constant such as the seed comment, when a catalogue has it
        return translated
    labels = _field_labels(models)
    # The editor's own words (admin_publishing.py): shown after the changes, as typed (escaped where shown).
    comments = [
        message["comment"]
        for message in messages
        if isinstance(message, dict) and isinstance(message.get("comment"), str) and message["comment"].strip()
    ]
    messages = [message for message in messages if not (isinstance(message, dict) and "comment" in message)]
    for message in messages:
        for details in message.values() if isinstance(message, dict) else ():
            if isinstance(details, dict) and isinstance(details.get("fields"), list):
                details["fields"] = [
                    str(labels[name].verbose_name) if name in labels else name for name in details["fields"]
                ]
    rendered = LogEntry(change_message=json.dumps(messages)).get_change_message() if messages else ""
    for comment in comments:
        line = gettext("Comment: %(comment)s") % {"comment": comment.strip()}
        rendered = f"{rendered}\n{line}" if rendered else line
    return rendered


class _RevisionInLanguage:
    """A reversion Revision whose comment is rendered for the reader."""

    def __init__(self, revision, models):
        self._revision = revision
        self._models = models

    def __getattr__(self, name):
        return getattr(self._revision, name)

    def get_comment(self):
        return render_change_message(self._revision.comment, self._models)


class HistoryInAdminLanguageMixin:
    """For VersionAdmin subclasses: structured revision comments, rendered in the reader's language."""

    def history_models(self):
        return [self.model, *(inline.model for inline in self.inlines)]

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if is_active() and entry is not None and entry.change_message:
            set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if is_active() and entry is not None and entry.change_message:
            set_comment(entry.change_message)
        return entry

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        context = getattr(response, "context_data", None) or {}
        models = self.history_models()
        for action in context.get("action_list") or ():
            if isinstance(action, dict) and "revision" in action:
                action["revision"] = _RevisionInLanguage(action["revision"], models)
        return response
