from modeltranslation.translator import TranslationOptions, register

from .models import Referendum, Region, TimelineEvent


@register(Referendum)
class ReferendumTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "subject",
        "question",
        "question_note",
        "answer_yes",
        "answer_no",
        "results_source",
        "results_note",
        "polling_stations_source",
        "abroad_source",
        "observers",
        "observers_source",
        "decision",
    )
    required_languages = {"default": ("title", "question")}


@register(TimelineEvent)
class TimelineEventTranslationOptions(TranslationOptions):
    fields = ("title", "description", "source_name")


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"default": ("name",)}
