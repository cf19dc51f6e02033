from modeltranslation.translator import TranslationOptions, register

from .models import GlossaryTerm, PortalDetails


@register(PortalDetails)
class PortalDetailsTranslationOptions(TranslationOptions):
    fields = ("operator", "postal_address")


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = ("term", "definition", "source_name")
