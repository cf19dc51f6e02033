"""One admin page: per content model and language, what needs a translator, with links to it: the items not
translated yet and those whose translation waits for review (core/translation_review.py). Only what needs work is
listed; a model or a language with nothing to do is left out."""

from django.conf import settings
from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .content import LANGUAGE_CODES, TranslatedContent, missing_in
from .roles import content_models
from .translation_review import items_to_review


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
        language_names = {code: str(name) for code, name in settings.LANGUAGES}
        missing_items, review_items = set(), set()
        for model, missing in missing_translations():
            options = model._meta
            to_review = items_to_review(model)

            def listed(objects, options=options):
                items = []
                for obj in objects:
                    try:
                        url = reverse(f"admin:{options.app_label}_{options.model_name}_change", args=[obj.pk])
                    except NoReverseMatch:
                        url = ""
                    items.append({"object": obj, "url": url})
                return items

            languages = []
            for language, objects in missing.items():
                reviews = to_review.get(language, [])
                if not objects and not reviews:
                    continue
                missing_items.update((options.label, obj.pk) for obj in objects)
                review_items.update((options.label, obj.pk) for obj in reviews)
                # Named in the admin's language ("орыс тілі" in the Kazakh admin), as Rosetta names them.
                languages.append(
                    {
                        "code": language,
                        "name": language_names[language],
                        "items": listed(objects),
                        "to_review": listed(reviews),
                    }
                )
            if languages:
                rows.append({"name": options.verbose_name_plural, "languages": languages})
        context.update(
            admin.site.each_context(self.request),
            title=_("Translation status"),
            rows=rows,
            languages=LANGUAGE_CODES,
            # Items, not language slots: an article missing both ru and en is one item to translate.
            total_missing=len(missing_items),
            total_to_review=len(review_items),
        )
        return context
