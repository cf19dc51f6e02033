from django.contrib import admin, messages
from django.urls import reverse
from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from referendum.core.admin import RoleAwareInlineMixin, RoleAwareMixin, TranslatedContentAdmin
from referendum.core.content import localized_field_names
from referendum.core.decimal_input import EitherDecimalSeparatorAdmin
from referendum.core.roles import is_translator_only

from .admin_import import ResultsImportMixin, TurnoutImportMixin
from .forms import ReferendumAdminForm, RegionalTurnoutFormSet, unaccounted_warning
from .models import Referendum, Region, RegionalResult, RegionalTurnout, TimelineEvent, TurnoutSnapshot

RESULTS_FIELDSET = (
    _("Results"),
    {
        "fields": (
            "eligible_voters",
            "participants",
            "votes_for",
            "votes_against",
            "invalid_ballots",
            "unestablished_ballots",
            "results_status",
            "results_date",
            "results_source",
            "results_source_url",
            "results_note",
            "results_from_reference_databases",
        ),
        "description": _("Whether the referendum was valid and adopted is worked out from these numbers."),
    },
)


class RegionalResultInline(EitherDecimalSeparatorAdmin, RoleAwareInlineMixin, admin.TabularInline):
    model = RegionalResult
    extra = 0
    fields = ("region", "participants", "votes_for", "votes_against", "source_name", "source_url")
    autocomplete_fields = ["region"]


@admin.register(Referendum)
class ReferendumAdmin(ResultsImportMixin, EitherDecimalSeparatorAdmin, TranslatedContentAdmin):
    """The results come second, straight after the title: on the night of the count they are what is typed, and
    an error in them is seen without scrolling past the ballot and the rules. The key dates have a page of their
    own (TimelineEventAdmin) and are listed here with links: seventeen stacked forms of three languages each made
    this form about 360 fields, over half a second to render on the server."""

    form = ReferendumAdminForm
    list_display = ("title", "voting_date", "is_published", "turnout_display", "verdict_display")
    list_filter = ("is_published",)
    date_hierarchy = "voting_date"
    inlines = [RegionalResultInline]
    readonly_fields = ("key_dates",)
    fieldsets = [
        (None, {"fields": ("title", "subject", "slug", "is_published", "reform_sections")}),
        RESULTS_FIELDSET,
        (_("Voting day"), {"fields": ("voting_date", "polls_open", "polls_close")}),
        (_("Ballot"), {"fields": ("question", "question_wording", "question_note", "answer_yes", "answer_no")}),
        (
            _("Rules"),
            {
                "fields": (
                    "usual_rules",
                    "turnout_threshold_percent",
                    "approval_threshold_percent",
                    "approval_rule",
                    "regions_total",
                    "regions_in_favour",
                )
            },
        ),
        (_("What it decided"), {"fields": ("decision", "official_text_url")}),
        (
            _("Polling stations and voter lists"),
            {
                "fields": (
                    "polling_stations",
                    "polling_stations_abroad",
                    "countries_abroad",
                    "voters_on_lists",
                    "polling_stations_source",
                    "voted_abroad",
                    "turnout_abroad_percent",
                    "abroad_source",
                    "abroad_source_url",
                )
            },
        ),
        (_("Observers"), {"fields": ("observers", "observers_source", "observers_source_url")}),
        (_("Key dates"), {"fields": ("key_dates",)}),
    ]

    def get_fieldsets(self, request, obj=None):
        # A translator may not add key dates: their list has no "Add a key date" link that would end in a 403.
        fieldsets = super().get_fieldsets(request, obj)
        if not is_translator_only(request.user):
            return fieldsets
        return [
            (name, {**options, "fields": tuple("key_dates_list" if f == "key_dates" else f for f in options["fields"])})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "key_dates_list"]

    @admin.display(description=_("key dates"))
    def key_dates(self, obj, can_add=True):
        if obj is None or obj.pk is None:
            return _("Save the referendum first, then add its key dates.")
        events = format_html_join(
            "",
            '<li><a href="{}">{}</a>: {}</li>',
            (
                (reverse("admin:vote_timelineevent_change", args=[event.pk]), date_format(event.date), event.title)
                for event in obj.timeline.all()
            ),
        )
        listing = reverse("admin:vote_timelineevent_changelist") + f"?referendum__id__exact={obj.pk}"
        links = format_html('<a href="{}">{}</a>', listing, _("All key dates"))
        if can_add:
            add = reverse("admin:vote_timelineevent_add") + f"?referendum={obj.pk}"
            links = format_html('{} · <a href="{}">{}</a>', links, add, _("Add a key date"))
        return format_html("<ul>{}</ul><p>{}</p>", events, links) if events else format_html("<p>{}</p>", links)

    @admin.display(description=_("key dates"))
    def key_dates_list(self, obj):
        return self.key_dates(obj, can_add=False)

    @admin.display(description=_("turnout, %"))
    def turnout_display(self, obj):
        return number_format(obj.turnout_percent, 2) if obj.turnout_percent is not None else "—"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        missing = obj.unaccounted_ballots
        if missing:
            messages.warning(request, unaccounted_warning(missing))

    @admin.display(description=_("adopted"), boolean=True)
    def verdict_display(self, obj):
        return obj.is_adopted


@admin.register(TimelineEvent)
class TimelineEventAdmin(TranslatedContentAdmin):
    """A referendum's key dates, one page each (they used to be stacked inside the referendum's form)."""

    list_display = ("title", "date", "status", "referendum")
    list_filter = ("referendum", "status")
    date_hierarchy = "date"
    search_fields = localized_field_names(("title",))


@admin.register(Region)
class RegionAdmin(TranslatedContentAdmin):
    list_display = ("name", "kind", "order")
    search_fields = [*localized_field_names(("name",)), "slug"]


class RegionalTurnoutInline(EitherDecimalSeparatorAdmin, RoleAwareInlineMixin, admin.TabularInline):
    model = RegionalTurnout
    formset = RegionalTurnoutFormSet
    extra = 0
    autocomplete_fields = ["region"]


@admin.register(TurnoutSnapshot)
class TurnoutSnapshotAdmin(TurnoutImportMixin, EitherDecimalSeparatorAdmin, RoleAwareMixin, VersionAdmin):
    """Figures and sources only, nothing to translate: translators may look, not change. A region's figure far
    above its previous one waits for a tick (admin/vote/turnoutsnapshot/change_form.html); a whole day's figures
    can come from a file (admin_import.py)."""

    list_display = ("__str__", "referendum", "participants", "percent", "source_name")
    list_filter = ("referendum",)
    inlines = [RegionalTurnoutInline]

    def has_change_permission(self, request, obj=None):
        return not is_translator_only(request.user) and super().has_change_permission(request, obj)
