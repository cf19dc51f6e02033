from modeltranslation.translator import TranslationOptions, register

from .models import Member


@register(Member)
class MemberTranslationOptions(TranslationOptions):
    fields = (
        "full_name",
        "position",
        "biography",
        "biography_source",
        "photo_alt",
        "photo_caption",
        "photo_credit",
    )
