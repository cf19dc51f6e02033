from modeltranslation.translator import TranslationOptions, register

from .models import Referendum, Region, TimelineEvent


@register(Referendum)
class ReferendumTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "question",
        "question_note",
        "answer_yes",
        "answer_no",
        "results_source",
        "polling_stations_source",
    )
    required_languages = {"default": ("title", "question", "answer_yes", "answer_no")}


@register(TimelineEvent)
class TimelineEventTranslationOptions(TranslationOptions):
    fields = ("title", "description", "source_name")


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"default": ("name",)}
