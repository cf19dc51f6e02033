from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from referendum.core.admin import RoleAwareInlineMixin, TranslatedContentAdmin
from referendum.core.content import localized_field_names

from .models import Article, Correction


class CorrectionInline(RoleAwareInlineMixin, TranslationTabularInline):
    model = Correction
    extra = 0
    # A correction is a public admission that the article changed: its wording may be mended, but the record only
    # grows (a restore keeps it too, core/admin_safety.py).
    can_delete = False

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # A correction is nearly always entered on the day it is made: today (Kazakhstan time) is filled in.
        # An added row left untouched is still not saved: Django compares it with this initial value.
        if db_field.name == "corrected_on":
            kwargs.setdefault("initial", timezone.localdate)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Article)
class ArticleAdmin(TranslatedContentAdmin):
    inlines = [CorrectionInline]
    # A correction is a public record of its own: restoring an older version of the article keeps every one.
    kept_on_restore = ("corrections",)
    list_display = ("title", "published_at", "status_display")
    list_filter = ("status",)
    search_fields = localized_field_names(("title",))
    date_hierarchy = "published_at"
    filter_horizontal = ("members", "provisions")
    fieldsets = [
        (None, {"fields": ("title", "lead", "body")}),
        (_("Source"), {"fields": ("source_name", "source_url")}),
        (_("Publication"), {"fields": ("status", "published_at", "slug")}),
        (_("Cover image"), {"fields": ("cover_image", "cover_alt", "cover_caption", "cover_credit")}),
        (_("Related"), {"fields": ("members", "provisions")}),
    ]

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, obj):
        if obj.is_scheduled:
            return _("Scheduled")
        return obj.get_status_display()
