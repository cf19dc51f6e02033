from django.contrib import admin

from referendum.core.admin import TranslatedContentAdmin
from referendum.core.content import localized_field_names

from .models import Member


@admin.register(Member)
class MemberAdmin(TranslatedContentAdmin):
    list_display = ("full_name", "role", "position", "order", "is_current", "is_published")
    list_editable = ("order",)
    list_filter = ("role", "is_current", "is_published")
    search_fields = localized_field_names(("full_name", "position"))
    fields = (
        "full_name",
        "position",
        "role",
        "order",
        "is_current",
        "is_published",
        "biography",
        "biography_source",
        "biography_source_url",
        "photo",
        "photo_alt",
        "photo_caption",
        "photo_credit",
        "slug",
    )
