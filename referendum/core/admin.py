"""Admin pieces every translated content model uses: a completeness column and a "missing language" filter."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .content import LANGUAGE_CODES, missing_in


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, _("missing %(language)s") % {"language": code}) for code in LANGUAGE_CODES]

    def queryset(self, request, queryset):
        if self.value() in LANGUAGE_CODES:
            return queryset.filter(missing_in(self.value(), queryset.model.required_translations))
        return queryset


class TranslatedContentAdmin(TabbedTranslationAdmin):
    """Tabs per language, and at a glance which languages each object is complete in."""

    @admin.display(description=_("translations"))
    def languages_display(self, obj):
        missing = obj.missing_languages
        if not missing:
            return _("complete")
        return _("missing: %(languages)s") % {"languages": ", ".join(missing)}
