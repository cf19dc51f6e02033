from modeltranslation.translator import TranslationOptions, register

from .models import Referendum, TimelineEvent


@register(Referendum)
class ReferendumTranslationOptions(TranslationOptions):
    fields = ("title", "question", "question_note", "answer_yes", "answer_no", "results_source")
    required_languages = {"default": ("title", "question", "answer_yes", "answer_no")}


@register(TimelineEvent)
class TimelineEventTranslationOptions(TranslationOptions):
    fields = ("title", "description", "source_name")
