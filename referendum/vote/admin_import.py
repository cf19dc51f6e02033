"""Turnout and results imported in the admin from a CSV file or an .xlsx spreadsheet laid out as the portal's own
downloads are (admin_import_rows.py says which layouts): upload, a preview that saves nothing, then "Confirm
import", which saves everything in one transaction, as one django-reversion revision, with the admin's log.

Why a view of our own over tablib rather than django-import-export: that library maps one row to one object and
checks each alone, while a row of regions.csv is a region across several moments, a column is one snapshot, and
a snapshot is a parent with up to 20 regional children that are checked as a whole, against each other, against
the figures reported before and after them, and against the file's other columns (admin_import_rows.py).

What was read travels from the preview to the confirmation as the table of text cells, signed with the site's
secret (django.core.signing) for this user and this admin, so the file is not uploaded twice and cannot be
swapped in between; the confirmation reads that table again against the database as it is then and saves only
if every check passes again. The preview's page holds at most MAX_ROWS x MAX_COLUMNS short cells.
"""

import secrets

import reversion
from django.contrib import messages
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from referendum.core.roles import is_translator_only

from .admin_import_files import UnreadableFile, read_table
from .admin_import_rows import (
    COLUMNS,
    NATIONAL_RESULTS,
    NATIONAL_TURNOUT,
    REGIONAL_RESULTS,
    REGIONAL_TURNOUT,
    RESULTS_KINDS,
    TURNOUT_KINDS,
    plan_for,
)
from .forms import FAR_OFF_CONFIRM_FIELD, FAR_OFF_HELD, ImportForm, unaccounted_warning
from .models import Referendum

CARRIED_FIELD = "_carried"
SALT = "referendum.vote.admin_import"
# Long enough to compare a preview with the Commission's report; a preview left overnight is read again anyway.
CARRIED_SECONDS = 2 * 60 * 60
# Kept as the revision's comment and shown in the history in each reader's language (a catalogue constant).
IMPORT_COMMENT = _("Imported from a file.")
KIND_NAMES = {
    NATIONAL_TURNOUT: _("turnout nationally"),
    REGIONAL_TURNOUT: _("turnout by region"),
    REGIONAL_RESULTS: _("results by region"),
    NATIONAL_RESULTS: _("results nationally"),
}


class AlreadyImported(Exception):
    pass


def field_label(obj, name):
    """A changed field's name for the log; a snapshot's regional figures are a relation, named by its model."""
    field = obj._meta.get_field(name)
    label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
    return str(label)


class ImportFromFileMixin:
    """For a ModelAdmin: "Import from a file" on its list, `<changelist>/import/`, for the layouts in
    `import_kinds`, for the users `may_import` lets in (others get 403 and see no link)."""

    import_kinds = ()
    import_link_text = _("Import from a file")
    change_list_template = "admin/vote/import_change_list.html"

    def may_import(self, request):
        raise NotImplementedError

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_import"
        return [path("import/", self.admin_site.admin_view(self.import_view), name=name), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra = {"may_import": self.may_import(request), "import_link_text": self.import_link_text}
        return super().changelist_view(request, {**extra, **(extra_context or {})})

    def import_view(self, request):
        if not self.may_import(request):
            raise PermissionDenied
        if request.method == "POST" and CARRIED_FIELD in request.POST:
            return self.confirm_import(request)
        form = ImportForm(request.POST or None, request.FILES or None, now=timezone.now())
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            referendum, source = form.cleaned_data["referendum"], form.cleaned_data["source"]
            try:
                table = read_table(upload.read())
                plan = self.plan(table, referendum, source)
            except UnreadableFile as error:
                form.add_error("file", error.message)
            else:
                carried = {
                    "id": secrets.token_hex(8),  # a preview is confirmed once (confirm_import)
                    "user": request.user.pk,
                    "admin": self.opts.label,
                    "referendum": referendum.pk,
                    "source": source,
                    "name": upload.name[:200],
                    "table": table,
                }
                return self.render_preview(request, plan, signing.dumps(carried, salt=SALT, compress=True), carried)
        return TemplateResponse(request, "admin/vote/import_form.html", {**self.import_context(request), "form": form})

    def plan(self, table, referendum, source):
        plan = plan_for(table, referendum, source)
        if plan is None:
            raise UnreadableFile(self.layout_message())
        if plan.kind not in self.import_kinds:
            raise UnreadableFile(self.elsewhere_message)
        return plan

    def confirm_import(self, request):
        signed = request.POST[CARRIED_FIELD]
        try:
            carried = signing.loads(signed, salt=SALT, max_age=CARRIED_SECONDS)
        except signing.BadSignature:
            carried = None
        if (
            not carried
            or not carried.get("id")
            or carried.get("user") != request.user.pk
            or carried.get("admin") != self.opts.label
        ):
            messages.error(request, _("The preview has expired or was changed: upload the file again."))
            return redirect(self.import_url())
        confirmed = bool(request.POST.get(FAR_OFF_CONFIRM_FIELD))
        used = f"vote-import-used:{carried.get('id')}"
        try:
            return self.confirm_once(request, signed, carried, confirmed, used)
        except AlreadyImported:
            messages.error(
                request,
                _("This preview was already imported. To import newer figures, upload the file again."),
            )
            return redirect(self.import_url())
        except Exception:
            cache.delete(used)  # nothing was saved: the same preview may be confirmed again
            raise

    def confirm_once(self, request, signed, carried, confirmed, used):
        with transaction.atomic():
            # One import of a referendum's figures at a time: the checks below see what the other saved.
            referendum = Referendum.objects.select_for_update().filter(pk=carried["referendum"]).first()
            if referendum is None:
                messages.error(request, _("The preview has expired or was changed: upload the file again."))
                return redirect(self.import_url())
            try:
                plan = self.plan(carried["table"], referendum, carried["source"])
            except UnreadableFile as error:
                messages.error(request, error.message)
                return redirect(self.import_url())
            if plan.has_errors or not plan.saves or (plan.far_off and not confirmed):
                return self.render_preview(request, plan, signed, carried, held=bool(plan.far_off))
            # A preview sent twice (the back button, a resubmitted page) would write the file's figures over
            # whatever a colleague corrected since the first import: the second sending is refused.
            if not cache.add(used, True, CARRIED_SECONDS):
                raise AlreadyImported
            with reversion.create_revision():
                plan.apply()
                reversion.set_user(request.user)
                with translation.override(None):
                    reversion.set_comment(str(IMPORT_COMMENT))
                for save in plan.saves:
                    reversion.add_to_revision(save.obj)
            self.log_import(request, plan)
        added = sum(save.is_new for save in plan.saves)
        messages.success(
            request,
            _("Imported from “%(name)s”. Added: %(added)s; changed: %(changed)s.")
            % {"name": carried["name"], "added": added, "changed": len(plan.saves) - added},
        )
        if plan.kind == NATIONAL_RESULTS and plan.referendum.unaccounted_ballots:
            messages.warning(request, unaccounted_warning(plan.referendum.unaccounted_ballots))
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))

    def log_import(self, request, plan):
        """One entry of the admin's log per record, as the admin's own forms write it (field names as msgids,
        shown in each reader's language)."""
        with translation.override(None):
            for save in plan.saves:
                if save.is_new:
                    message = [{"added": {}}]
                else:
                    names = [field_label(save.obj, name) for name in save.fields]
                    message = [{"changed": {"fields": names}}]
                LogEntry.objects.log_actions(
                    user_id=request.user.pk,
                    queryset=[save.obj],
                    action_flag=ADDITION if save.is_new else CHANGE,
                    change_message=message,
                    single_object=True,
                )

    def render_preview(self, request, plan, signed, carried, held=False):
        context = {
            **self.import_context(request),
            "plan": plan,
            "kind_name": KIND_NAMES[plan.kind],
            "file_name": carried["name"],
            "carried": signed,
            "carried_field": CARRIED_FIELD,
            "confirm_field": FAR_OFF_CONFIRM_FIELD,
            "held": held,
            "far_off_held": FAR_OFF_HELD,
        }
        return TemplateResponse(request, "admin/vote/import_preview.html", context)

    def import_url(self):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")

    def import_context(self, request):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": self.import_link_text,
            "import_url": self.import_url(),
            "changelist_url": reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"),
        }


class TurnoutImportMixin(ImportFromFileMixin):
    import_kinds = TURNOUT_KINDS
    elsewhere_message = _(
        "This file holds results: import it from the list of referendums, with “Import results from a file”."
    )

    def may_import(self, request):
        perms = ("vote.add_regionalturnout", "vote.change_regionalturnout")
        may_save = self.has_add_permission(request) and self.has_change_permission(request)
        return may_save and request.user.has_perms(perms)

    def layout_message(self):
        return _(
            "The first row is not that of a turnout download: it should begin with “%(as_of)s” (turnout "
            "nationally) or with “%(region)s” (turnout by region), as the portal's downloads do."
        ) % {"as_of": COLUMNS["as_of"], "region": COLUMNS["region"]}


class ResultsImportMixin(ImportFromFileMixin):
    import_kinds = RESULTS_KINDS
    import_link_text = _("Import results from a file")
    elsewhere_message = _(
        "This file holds turnout figures: import it from the list of turnout snapshots, with “Import from a file”."
    )

    def may_import(self, request):
        perms = ("vote.change_referendum", "vote.add_regionalresult", "vote.change_regionalresult")
        return not is_translator_only(request.user) and request.user.has_perms(perms)

    def layout_message(self):
        return _(
            "The first row is not that of a results file: it should begin with “%(voting_date)s” (results, as the "
            "portal's download) or with “%(region)s”, “slug”, “%(took_part)s”, “%(votes_for)s”, "
            "“%(votes_against)s” (results by region)."
        ) % {key: COLUMNS[key] for key in ("voting_date", "region", "took_part", "votes_for", "votes_against")}
