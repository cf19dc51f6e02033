"""What every content model's admin shares: language tabs, completeness, history and the staff roles.

Every content admin derives from TranslatedContentAdmin (inlines from RoleAwareInlineMixin), so a section
added later gets the same columns, filters, revisions and translator restrictions without code of its own.
"""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from .admin_history import HistoryCompareMixin
from .admin_language import HistoryInAdminLanguageMixin
from .admin_publishing import PublishWithCareMixin
from .admin_safety import EditConflictMixin, KeepRecordsOnRestoreMixin
from .admin_wording import use_portal_wording
from .content import LANGUAGE_CODES, missing_in
from .images import SafeImageField
from .roles import is_translator_only, translatable_field_names, translator_editable_field_names
from .translation_review import TranslationReviewMixin, marked_languages


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, _("missing %(language)s") % {"language": code}) for code in LANGUAGE_CODES]

    def queryset(self, request, queryset):
        if self.value() in LANGUAGE_CODES:
            return queryset.filter(missing_in(self.value(), queryset.model.required_translations))
        return queryset


class CalendarSafeChangeList(ChangeList):
    """The date hierarchy's year, month and day come from the address, and Django turns them into dates without
    checking that the calendar can hold them (year 9999 and its next year, 10000: a 500; Django ticket #37357,
    fixed after 6.1). A date outside years 2 to 9998 is Django's "bad filter" notice instead."""

    def get_filters(self, request):
        if self.date_hierarchy:
            year = request.GET.get(f"{self.date_hierarchy}__year")
            if year is not None and not (year.isdecimal() and 2 <= int(year) <= 9998):
                raise IncorrectLookupParameters(f"year {year!r}")
        return super().get_filters(request)


class RoleAwareMixin:
    """Translators see every field but may change only the per-language text columns: everything else is
    read-only in the form, ignored if posted anyway, and refused again at save time."""

    def protected_field_names(self):
        """The model's fields a translator may not change: all but the per-language text columns they edit."""
        translatable = translatable_field_names(self.model)
        editable = translator_editable_field_names(self.model)
        base_names = {name.rsplit("_", 1)[0] for name in translatable}
        return [
            field.name
            for field in self.model._meta.get_fields()
            if not field.auto_created
            and (field.concrete or field.many_to_many)
            and field.name not in editable
            and field.name not in base_names
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_translator_only(request.user):
            return readonly
        return readonly + [name for name in self.protected_field_names() if name not in readonly]

    def has_add_permission(self, request, *args):
        return not is_translator_only(request.user) and super().has_add_permission(request, *args)

    def has_delete_permission(self, request, *args):
        return not is_translator_only(request.user) and super().has_delete_permission(request, *args)


class RoleAwareInlineMixin(RoleAwareMixin):
    pass


class TranslatedContentAdmin(
    TranslationReviewMixin,
    KeepRecordsOnRestoreMixin,
    EditConflictMixin,
    PublishWithCareMixin,
    HistoryInAdminLanguageMixin,
    HistoryCompareMixin,
    RoleAwareMixin,
    VersionAdmin,
    TabbedTranslationAdmin,
):
    """Tabs per language, completeness at a glance, revisions for every save (and what changed between any two of
    them), the staff roles, a question before an item goes public with a language missing, and the editor's
    comment on a change (admin_publishing.py); a restore that keeps the records that only grow and a refusal to
    save over someone else's newer save (admin_safety.py)."""

    # Uploaded images are checked and re-encoded (referendum/core/images.py) before they are stored.
    formfield_overrides = {models.ImageField: {"form_class": SafeImageField}}

    @admin.display(description=_("translations"))
    def languages_display(self, obj):
        missing, to_review = obj.missing_languages, marked_languages(obj)
        parts = []
        if missing:
            parts.append(_("missing: %(languages)s") % {"languages": ", ".join(missing)})
        if to_review:
            parts.append(_("to review: %(languages)s") % {"languages": ", ".join(to_review)})
        return "; ".join(str(part) for part in parts) or _("complete")

    def get_list_display(self, request):
        display = list(super().get_list_display(request))
        return display if "languages_display" in display else [*display, "languages_display"]

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return filters if MissingTranslationFilter in filters else [*filters, MissingTranslationFilter]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and is_translator_only(request.user):
            # A posted status, date, slug or ordering can only come from a forged form: refuse it whole.
            protected = set(self.protected_field_names())
            posted = {name.rsplit("_", 1)[0] if name[-2:] in ("_0", "_1") else name for name in request.POST}
            if protected & posted:
                raise PermissionDenied
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_changelist(self, request, **kwargs):
        return CalendarSafeChangeList

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if is_translator_only(request.user):
            changelist.list_editable = ()  # no ordering or status changes from the list either
        return changelist

    def save_model(self, request, obj, form, change):
        if change and is_translator_only(request.user):
            original = type(obj)._default_manager.get(pk=obj.pk)
            editable = translator_editable_field_names(self.model)
            # The base column (`title`) reads and writes the admin's own language (`title_kk` under /kk/admin/):
            # what changed is judged on the per-language columns alone.
            base_names = {name.rsplit("_", 1)[0] for name in translatable_field_names(self.model)}
            for field in obj._meta.concrete_fields:
                if field.name in editable or field.name in base_names:
                    continue
                if getattr(original, field.attname) != getattr(obj, field.attname):
                    raise PermissionDenied
        super().save_model(request, obj, form, change)

    def revision_view(self, request, *args, **kwargs):
        # Reverting restores every field, status and dates included: an editor's decision.
        if is_translator_only(request.user):
            raise PermissionDenied
        return super().revision_view(request, *args, **kwargs)

    def recover_view(self, request, *args, **kwargs):
        if is_translator_only(request.user):
            raise PermissionDenied
        return super().recover_view(request, *args, **kwargs)


class ExpiredSignInAttemptsAdmin(AccessAttemptAdmin):
    """django-axes 8.3.1's "Clean up expired attempts" action reads the time of a sign-in attempt from the request,
    which only a sign-in request has (an AttributeError: a 500): the action's request is given the time now."""

    @admin.display(description=_("status"))
    def status(self, obj):
        return super().status(obj)

    @admin.action(description=AccessAttemptAdmin.cleanup_expired_attempts.short_description)
    def cleanup_expired_attempts(self, request, queryset):
        request.axes_attempt_time = timezone.now()
        return super().cleanup_expired_attempts(request, queryset)


admin.site.unregister(AccessAttempt)
admin.site.register(AccessAttempt, ExpiredSignInAttemptsAdmin)
use_portal_wording(admin.site)
