from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from referendum.core.admin import RoleAwareInlineMixin, TranslatedContentAdmin

from .models import Referendum, TimelineEvent


class TimelineEventInline(RoleAwareInlineMixin, TranslationStackedInline):
    model = TimelineEvent
    extra = 0


@admin.register(Referendum)
class ReferendumAdmin(TranslatedContentAdmin):
    list_display = ("title", "voting_date", "is_published", "turnout_display", "verdict_display")
    list_filter = ("is_published",)
    inlines = [TimelineEventInline]
    fieldsets = [
        (None, {"fields": ("title", "slug", "is_published")}),
        (_("Voting day"), {"fields": ("voting_date", "polls_open", "polls_close")}),
        (_("Ballot"), {"fields": ("question", "question_note", "answer_yes", "answer_no")}),
        (_("Rules"), {"fields": ("turnout_threshold_percent", "approval_threshold_percent")}),
        (
            _("Results"),
            {
                "fields": (
                    "eligible_voters",
                    "participants",
                    "votes_for",
                    "votes_against",
                    "invalid_ballots",
                    "results_date",
                    "results_source",
                    "results_source_url",
                ),
                "description": _("Whether the referendum was valid and adopted is worked out from these numbers."),
            },
        ),
    ]

    @admin.display(description=_("turnout, %"))
    def turnout_display(self, obj):
        return f"{obj.turnout_percent:.2f}" if obj.turnout_percent is not None else "—"

    @admin.display(description=_("adopted"), boolean=True)
    def verdict_display(self, obj):
        return obj.is_adopted
