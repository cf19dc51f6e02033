from modeltranslation.translator import TranslationOptions, register

from .models import EasyReadPoint, EasyReadSection, Provision, Source, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Source)
class SourceTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Provision)
class ProvisionTranslationOptions(TranslationOptions):
    fields = ("title", "explanation", "draft_wording", "current_wording")


@register(EasyReadSection)
class EasyReadSectionTranslationOptions(TranslationOptions):
    fields = ("heading",)


@register(EasyReadPoint)
class EasyReadPointTranslationOptions(TranslationOptions):
    fields = ("body",)
