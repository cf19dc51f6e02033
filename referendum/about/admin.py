from django.contrib import admin

from referendum.core.admin import TranslatedContentAdmin

from .models import GlossaryTerm, PortalDetails


@admin.register(PortalDetails)
class PortalDetailsAdmin(TranslatedContentAdmin):
    fields = ("operator", "contact_email", "contact_phone", "postal_address")

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not PortalDetails.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False  # blank the fields instead: the page then says the details have not been given


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(TranslatedContentAdmin):
    list_display = ("term", "order", "is_published")
    list_filter = ("is_published",)
    fields = ("term", "definition", "source_name", "source_url", "slug", "order", "is_published")
