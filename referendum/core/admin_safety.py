"""Nothing staff did is lost: a restore keeps the records that must only grow, and a stale form is not saved.

- **Records kept on a restore.** django-reversion's restore reverts with `delete=True`: rows that follow the item
  (an article's corrections) and were added after the chosen version are deleted, and older ones are rolled back.
  A correction is a public admission that the article changed, so it is a record of its own: an admin names the
  related rows it keeps (`kept_on_restore = ("corrections",)`), they are read before the revert and written back
  as they are now right after it, on the preview and on the save; one the old version had and an editor deleted
  since is not brought back. If the restored version would still change what
  the public corrections log shows (the article taken off the site, or its title changed), the restore page says
  so before anything is saved.
- **Edit conflicts.** The change form carries the number of the item's newest version when it was opened
  (`_seen_version`). A save whose number is no longer the newest, because someone saved the item meanwhile, is
  refused with the form as typed, naming who saved, when, which fields they changed, and a link to compare the two
  versions. Sending the form again after reading that saves it: the editor then knowingly replaces those fields.
  django-reversion keeps a version of every admin save, so no version column is needed on each model.
"""

from django.contrib.admin.utils import quote, unquote
from django.core import serializers
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from reversion.models import Version

SEEN_VERSION_FIELD = "_seen_version"


class KeepRecordsOnRestoreMixin:
    """For VersionAdmin subclasses: the related rows named in `kept_on_restore` survive a restore unchanged."""

    kept_on_restore = ()
    # reversion's own restore page extends the plain change form: this one extends the content form.
    revision_form_template = "admin/content_revision_form.html"

    def kept_records(self, obj):
        return [row for accessor in self.kept_on_restore for row in getattr(obj, accessor).all()]

    def public_records(self, obj):
        """What the public log shows of the item's kept rows: each row's number and the item's title."""
        shown = []
        for accessor in self.kept_on_restore:
            related = getattr(obj, accessor)
            public = getattr(related, "public", None)
            rows = public() if public is not None else related.none()
            shown.extend((row.pk, str(obj)) for row in rows)
        return sorted(shown)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        if not self.kept_on_restore:
            return super()._reversion_revisionform_view(request, version, template_name, extra_context)
        obj = self.model._default_manager.filter(pk=version.object_id).first()
        if obj is None:
            return super()._reversion_revisionform_view(request, version, template_name, extra_context)
        rows_now = self.kept_records(obj)
        kept = serializers.serialize("json", rows_now)
        kept_keys = {(type(row), row.pk) for row in rows_now}
        shown_before = self.public_records(obj)
        # The restore page's context: the revert below runs before the page is made, and says whether the public
        # log would change.
        context = {**(extra_context or {}), "kept_on_restore": len(kept_keys), "restore_changes_public_log": False}
        revision = version.revision
        original_revert = revision.revert
        admin = self

        def revert_keeping_records(delete=False):
            original_revert(delete=delete)
            reverted = admin.model._default_manager.get(pk=obj.pk)
            # A row the old version had and an editor deleted since stays deleted: the record is as it is now.
            for row in admin.kept_records(reverted):
                if (type(row), row.pk) not in kept_keys:
                    row.delete()
            for restored in serializers.deserialize("json", kept):
                restored.save()  # as they are now: recreated if the revert deleted them
            context["restore_changes_public_log"] = admin.public_records(reverted) != shown_before

        revision.revert = revert_keeping_records
        return super()._reversion_revisionform_view(request, version, template_name, context)


def newest_version(model, object_id):
    return (
        Version.objects.get_for_object_reference(model, object_id)
        .select_related("revision", "revision__user")
        .order_by("-pk")
        .first()
    )


class EditConflictMixin:
    """For VersionAdmin subclasses: a change form opened before someone else's save is not saved over it."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        newest = newest_version(self.model, unquote(object_id)) if object_id else None
        request._newest_version = newest
        if request.method == "POST" and object_id is not None and SEEN_VERSION_FIELD in request.POST:
            seen = request.POST.get(SEEN_VERSION_FIELD, "")
            seen = int(seen) if seen.isdecimal() and len(seen) < 19 else 0
            if newest is not None and newest.pk != seen:
                request._edit_conflict = self.conflict_message(request, object_id, seen, newest)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, *args, **kwargs):
        newest = getattr(request, "_newest_version", None)
        context = {
            **context,
            "seen_version_field": SEEN_VERSION_FIELD,
            "seen_version": newest.pk if newest is not None else "",
        }
        return super().render_change_form(request, context, *args, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        conflict = getattr(request, "_edit_conflict", None)
        if conflict is None:
            return form

        def clean(self):
            super(conflicted, self).clean()
            raise ValidationError(conflict, code="edit_conflict")

        conflicted = type(form.__name__, (form,), {"clean": clean, "__module__": form.__module__})
        return conflicted

    def conflict_message(self, request, object_id, seen, newest):
        opts = self.model._meta
        user = newest.revision.user
        who = (user.get_full_name() or user.get_username()) if user is not None else gettext("someone")
        when = formats.date_format(timezone.localtime(newest.revision.date_created), "DATETIME_FORMAT")
        labels = []
        seen_version = Version.objects.filter(pk=seen).first() if seen else None
        if seen_version is not None and hasattr(self, "field_changes"):
            try:
                labels = [
                    str(change["label"]) for change in self.field_changes(seen_version.field_dict, newest.field_dict)
                ]
            except Exception:  # an unreadable old version: say who and when, without the fields
                labels = []
        history = reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history", args=(quote(object_id),)
        )
        if seen_version is not None:
            link = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history_compare", args=(quote(object_id),)
            )
            link = f"{link}?version_a={seen_version.pk}&version_b={newest.pk}"
            link_text = gettext("Compare their version with the one you opened")
        else:
            link, link_text = history, gettext("See the history")
        changed = gettext("They changed: %(fields)s.") % {"fields": ", ".join(labels)} if labels else ""
        return format_html(
            '{} {} {} <a href="{}">{}</a>',
            gettext(
                "Not saved: %(user)s saved this item on %(time)s, after you opened it, and your save would have "
                "replaced their changes."
            )
            % {"user": who, "time": when},
            changed,
            gettext(
                "Your text is still in the form below. Check it against theirs; saving again replaces their version "
                "with the form as it is now."
            ),
            link,
            link_text,
        )
