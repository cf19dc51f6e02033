from modeltranslation.translator import TranslationOptions, register

from .models import Member


@register(Member)
class MemberTranslationOptions(TranslationOptions):
    fields = ("full_name", "position", "biography", "photo_alt")
