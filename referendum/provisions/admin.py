from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from referendum.core.admin import RoleAwareInlineMixin, TranslatedContentAdmin
from referendum.core.content import localized_field_names

from .models import EasyReadPoint, EasyReadSection, Provision, Source, Topic


@admin.register(Topic)
class TopicAdmin(TranslatedContentAdmin):
    fields = ("title", "description", "order", "slug")
    list_display = ("title", "order")
    list_editable = ("order",)
    search_fields = localized_field_names(("title",))


@admin.register(Source)
class SourceAdmin(TranslatedContentAdmin):
    list_display = ("title", "published_on", "url")
    search_fields = localized_field_names(("title",))


@admin.register(Provision)
class ProvisionAdmin(TranslatedContentAdmin):
    list_display = ("title", "change", "order", "is_featured", "is_published")
    list_editable = ("order",)
    list_filter = ("change", "topics", "is_featured", "is_published")
    search_fields = localized_field_names(("title", "explanation"))
    filter_horizontal = ("topics", "sources")
    fieldsets = [
        (None, {"fields": ("title", "explanation", "change", "topics", "sources")}),
        (_("Wordings"), {"fields": ("draft_article", "draft_wording", "current_article", "current_wording")}),
        (_("Publication"), {"fields": ("order", "is_featured", "is_published", "slug")}),
    ]


class EasyReadPointInline(RoleAwareInlineMixin, TranslationStackedInline):
    model = EasyReadPoint
    extra = 0
    fields = ("body", "provision", "order")
    autocomplete_fields = ["provision"]


@admin.register(EasyReadSection)
class EasyReadSectionAdmin(TranslatedContentAdmin):
    """The "What changes for me" page: its questions, in order, each with its points."""

    inlines = [EasyReadPointInline]
    fields = ("heading", "order", "is_published")
    list_display = ("heading", "order", "is_published")
    list_editable = ("order",)
    list_filter = ("is_published",)
    search_fields = localized_field_names(("heading",))
