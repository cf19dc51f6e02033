from modeltranslation.translator import TranslationOptions, register

from .models import Article, Correction


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "source_name", "cover_alt")


@register(Correction)
class CorrectionTranslationOptions(TranslationOptions):
    fields = ("note",)
