from modeltranslation.translator import TranslationOptions, register

from .models import Article, Correction


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "source_name", "cover_alt", "cover_caption", "cover_credit")


@register(Correction)
class CorrectionTranslationOptions(TranslationOptions):
    fields = ("note",)
