"""One admin page: per content model and language, what is not translated yet, with links to fix it."""

from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .content import LANGUAGE_CODES, TranslatedContent, missing_in
from .roles import content_models


def missing_translations(languages=LANGUAGE_CODES):
    """[(model, {language: [objects missing it]})] for every translated content model."""
    report = []
    for model in content_models():
        if not issubclass(model, TranslatedContent):
            continue
        missing = {
            language: list(model._default_manager.filter(missing_in(language, model.required_translations)))
            for language in languages
        }
        report.append((model, missing))
    return report


class TranslationStatusView(TemplateView):
    template_name = "admin/translation_status.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = []
        for model, missing in missing_translations():
            options = model._meta
            languages = []
            for language, objects in missing.items():
                items = []
                for obj in objects:
                    try:
                        url = reverse(f"admin:{options.app_label}_{options.model_name}_change", args=[obj.pk])
                    except NoReverseMatch:
                        url = ""
                    items.append({"object": obj, "url": url})
                languages.append({"code": language, "items": items})
            rows.append({"name": options.verbose_name_plural, "languages": languages})
        context.update(
            admin.site.each_context(self.request),
            title=_("Translation status"),
            rows=rows,
            languages=LANGUAGE_CODES,
            total_missing=sum(len(language["items"]) for row in rows for language in row["languages"]),
        )
        return context
