from modeltranslation.translator import TranslationOptions, register

from .models import Provision, Source, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Source)
class SourceTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Provision)
class ProvisionTranslationOptions(TranslationOptions):
    fields = ("title", "explanation", "draft_wording", "current_wording")
