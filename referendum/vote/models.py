from datetime import date, datetime, time
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from referendum.core.content import PublishedFlagQuerySet, TranslatedContent, localized_field_names
from referendum.core.sources import source_links_field

from .counts import VoteCount, percent
from .state import state_at

PERCENT_VALIDATORS = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))]
# The Republic's referendums lie between its independence and a date far enough ahead for any plan; a date past
# the calendar's end (9999-12-31) left no day after the vote to compute, and every page naming it failed.
FIRST_POSSIBLE_DATE = date(1991, 12, 16)
LAST_POSSIBLE_DATE = date(2100, 12, 31)


# Callables, not fixed times: Django's check cannot tell a fixed time from "now" mistyped (fields.W161).
def usual_opening_time():
    return time(7)


def usual_closing_time():
    return time(20)


class ReferendumResultsStatus(models.TextChoices):
    # Translators: the status of the results, as the Commission announced them: not yet final.
    PRELIMINARY = "preliminary", _("preliminary")
    # Translators: the status of the results, once the Commission has established them.
    FINAL = "final", _("final")


class QuestionWording(models.TextChoices):
    # Translators: how the question of a referendum is given: the words printed on the ballot.
    VERBATIM = "verbatim", _("verbatim, as on the ballot")
    # Translators: how the question of a referendum is given: no wording was found, only what it was about.
    DESCRIPTION = "description", _("a description: no verbatim wording was found")


class ApprovalRule(models.TextChoices):
    # Translators: the rule for adopting a decision at a referendum: a majority of everyone who took part.
    NATIONAL = "national", _("more than the approval threshold of those who took part, nationwide")
    # Translators: the rule for adopting a decision at a referendum, as for the constitutional amendments of 2022.
    REGIONS = (
        "regions",
        _(
            "more than the approval threshold of those who took part in at least two thirds of the regions, the "
            "cities of republican significance and the capital"
        ),
    )


def current_of(referendums, now=None):
    """Of these referendums, the one the home page tells: the next one still to come (its voting day included),
    otherwise the latest held; None when there is none. Never "the first row". The Republic holds a referendum
    every few years, so all of them are read at once and chosen from here."""
    today = timezone.localdate(now or timezone.now())
    referendums = sorted(referendums, key=lambda referendum: referendum.voting_date)
    to_come = [referendum for referendum in referendums if referendum.voting_date >= today]
    return to_come[0] if to_come else (referendums[-1] if referendums else None)


class ReferendumQuerySet(PublishedFlagQuerySet):
    def current(self, now=None):
        """The referendum the home page tells (see `current_of`); one query."""
        return current_of(self.published(), now)

    def reform(self):
        """The referendum this portal's Commission and provisions sections are about, if one is published."""
        return self.published().filter(reform_sections=True).first()


class Referendum(TranslatedContent, VoteCount):
    """A republican referendum: what is asked, when, under which rules, and what the count gave."""

    ResultsStatus = ReferendumResultsStatus
    QuestionWording = QuestionWording
    ApprovalRule = ApprovalRule

    slug = models.SlugField(_("slug"), max_length=100, unique=True, help_text=_("Latin letters, digits and hyphens."))
    title = models.CharField(_("title"), max_length=200)
    is_published = models.BooleanField(_("published"), default=True)
    voting_date = models.DateField(
        _("voting date"),
        validators=[MinValueValidator(FIRST_POSSIBLE_DATE), MaxValueValidator(LAST_POSSIBLE_DATE)],
        help_text=_("Also the address of the referendum's page: /referendums/YYYY-MM-DD/."),
    )
    polls_open = models.TimeField(
        _("polling stations open"),
        default=usual_opening_time,
        null=True,
        blank=True,
        help_text=_("Kazakhstan time (UTC+5). Leave empty where the sources do not give the hours."),
    )
    polls_close = models.TimeField(
        _("polling stations close"),
        default=usual_closing_time,
        null=True,
        blank=True,
        help_text=_("Kazakhstan time (UTC+5). Leave empty where the sources do not give the hours."),
    )
    subject = models.CharField(
        _("subject in short"),
        max_length=200,
        blank=True,
        help_text=_("What the referendum was about, in a few words, for the list of all referendums."),
    )
    question = models.TextField(_("question on the ballot"), help_text=_("Verbatim, as printed on the ballot."))
    question_wording = models.CharField(
        _("the question is given"),
        max_length=12,
        choices=QuestionWording,
        default=QuestionWording.VERBATIM,
        help_text=_("A description where no verbatim wording of the question was found in the sources."),
    )
    question_note = models.CharField(
        _("note on the question"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the question, e.g. that a wording is an unofficial translation."),
    )
    answer_yes = models.CharField(
        _("answer in favour"), max_length=100, blank=True, help_text=_("Leave empty where the sources do not give it.")
    )
    answer_no = models.CharField(
        _("answer against"), max_length=100, blank=True, help_text=_("Leave empty where the sources do not give it.")
    )
    usual_rules = models.BooleanField(
        _("held under the usual rules"),
        default=True,
        help_text=_(
            "Citizens aged 18 and over; voluntary, universal, equal, direct and secret; in person. Untick where "
            "the sources do not describe how the vote was held."
        ),
    )
    turnout_threshold_percent = models.DecimalField(
        _("turnout threshold, %"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(50),
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
        help_text=_(
            "The referendum is valid when MORE than this share of eligible citizens take part. Leave empty where "
            "the sources do not give the rule: the outcome is then not worked out."
        ),
    )
    approval_threshold_percent = models.DecimalField(
        _("approval threshold, %"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(50),
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
        help_text=_(
            "The decision is adopted when MORE than this share of participants vote in favour. Leave empty where "
            "the sources do not give the rule."
        ),
    )
    approval_rule = models.CharField(
        _("where the approval threshold must be passed"),
        max_length=10,
        choices=ApprovalRule,
        default=ApprovalRule.NATIONAL,
    )
    regions_total = models.PositiveSmallIntegerField(
        _("regions, cities of republican significance and the capital"),
        null=True,
        blank=True,
        help_text=_("Only for the rule by regions: how many there were on voting day."),
    )
    regions_in_favour = models.PositiveSmallIntegerField(
        _("of them, where the approval threshold was passed"),
        null=True,
        blank=True,
        help_text=_("Only for the rule by regions, from the Commission's results by region."),
    )
    eligible_voters = models.PositiveIntegerField(_("eligible citizens"), null=True, blank=True)
    invalid_ballots = models.PositiveIntegerField(_("invalid ballots"), null=True, blank=True)
    unestablished_ballots = models.PositiveIntegerField(
        _("ballots not counted"),
        null=True,
        blank=True,
        help_text=_(
            "Ballots the Commission reported separately from the votes and the invalid ballots (for example, with "
            "both answers marked)."
        ),
    )
    polling_stations = models.PositiveIntegerField(_("polling stations in Kazakhstan"), null=True, blank=True)
    polling_stations_abroad = models.PositiveIntegerField(
        _("polling stations abroad"), null=True, blank=True, help_text=_("At diplomatic missions.")
    )
    countries_abroad = models.PositiveIntegerField(
        _("countries with polling stations abroad"),
        null=True,
        blank=True,
        help_text=_("The countries in which the polling stations abroad were."),
    )
    voters_on_lists = models.PositiveIntegerField(
        _("citizens on the voter lists"),
        null=True,
        blank=True,
        help_text=_("On voting day, as the Commission reported it. Not the same count as the eligible citizens."),
    )
    polling_stations_source = models.CharField(_("source of the polling-station figures"), max_length=300, blank=True)
    voted_abroad = models.PositiveIntegerField(
        _("citizens who voted abroad"), null=True, blank=True, help_text=_("At the polling stations abroad.")
    )
    turnout_abroad_percent = models.DecimalField(
        _("turnout abroad, %"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
        help_text=_("The turnout at the polling stations abroad, as the source gives it."),
    )
    abroad_source = models.CharField(_("source of the figures abroad"), max_length=300, blank=True)
    abroad_source_url = source_links_field(_("links to the sources of the figures abroad"))
    observers = models.TextField(
        _("observers"),
        blank=True,
        help_text=_("Who observed the vote and what their missions said, as the sources report it."),
    )
    observers_source = models.CharField(_("source on the observers"), max_length=400, blank=True)
    observers_source_url = source_links_field(_("links to the sources on the observers"))
    results_status = models.CharField(
        _("status of the results"),
        max_length=12,
        choices=ReferendumResultsStatus,
        default=ReferendumResultsStatus.PRELIMINARY,
        help_text=_("Final only once the Commission has established the final results."),
    )
    results_date = models.DateField(
        _("results announced on"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_POSSIBLE_DATE), MaxValueValidator(LAST_POSSIBLE_DATE)],
    )
    results_source = models.CharField(_("source of the results"), max_length=300, blank=True)
    results_source_url = source_links_field(_("links to the sources of the results"))
    results_note = models.TextField(
        _("note on the results"),
        blank=True,
        help_text=_("Shown under the results: earlier announcements of the count, where sources differ, and why."),
    )
    results_from_reference_databases = models.BooleanField(
        _("figures from reference databases only"),
        default=False,
        help_text=_("Tick where no official publication of the results was found, only reference databases."),
    )
    decision = models.TextField(
        _("what it decided"),
        blank=True,
        help_text=_("What followed from the result, as the sources state it. Leave empty until a source says."),
    )
    reform_sections = models.BooleanField(
        _("the Commission and the provisions are about this referendum"),
        default=False,
        help_text=_("Its page then links the portal's Commission and provisions sections. One referendum at most."),
    )
    official_text_url = models.URLField(
        _("link to the official text"),
        blank=True,
        help_text=_("Where the official text of the Constitution is published. Leave empty until it is known."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("title", "question")
    # Printed on the ballot in the state and the official language: translators may not change these.
    verbatim_translations = tuple(localized_field_names(("question", "answer_yes", "answer_no"), ("kk", "ru")))

    objects = ReferendumQuerySet.as_manager()

    class Meta:
        verbose_name = _("referendum")
        verbose_name_plural = _("referendums")
        ordering = ["-voting_date"]
        constraints = [
            models.UniqueConstraint(fields=["voting_date"], name="vote_referendum_one_per_voting_date"),
            models.CheckConstraint(
                condition=Q(voting_date__gte=FIRST_POSSIBLE_DATE, voting_date__lte=LAST_POSSIBLE_DATE),
                name="vote_referendum_voting_date_in_range",
            ),
            models.UniqueConstraint(
                fields=["reform_sections"],
                condition=Q(reform_sections=True),
                name="vote_referendum_one_with_the_reform_sections",
                violation_error_message=_(
                    "Another referendum is already the one the Commission and the provisions are about: untick it "
                    "there first."
                ),
            ),
            models.CheckConstraint(
                condition=Q(question_wording__in=QuestionWording.values), name="vote_referendum_question_wording_known"
            ),
            models.CheckConstraint(
                condition=Q(approval_rule__in=ApprovalRule.values), name="vote_referendum_approval_rule_known"
            ),
            models.CheckConstraint(
                condition=Q(regions_in_favour__lte=F("regions_total")),
                name="vote_referendum_regions_in_favour_within_total",
            ),
            models.CheckConstraint(
                condition=Q(polls_close__gt=F("polls_open")), name="vote_referendum_polls_close_after_open"
            ),
            models.CheckConstraint(
                condition=Q(results_status__in=ReferendumResultsStatus.values),
                name="vote_referendum_results_status_is_known",
            ),
            models.CheckConstraint(
                condition=Q(participants__lte=F("eligible_voters")),
                name="vote_referendum_participants_within_eligible",
            ),
            models.CheckConstraint(
                condition=Q(
                    participants__gte=F("votes_for")
                    + F("votes_against")
                    + F("invalid_ballots")
                    + Coalesce(F("unestablished_ballots"), 0)
                ),
                name="vote_referendum_ballots_within_participants",
            ),
            models.CheckConstraint(
                condition=Q(turnout_threshold_percent__gte=0, turnout_threshold_percent__lte=100)
                & Q(approval_threshold_percent__gte=0, approval_threshold_percent__lte=100),
                name="vote_referendum_thresholds_are_percentages",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("vote:referendum", kwargs={"voting_date": self.voting_date})

    def clean(self):
        errors = {}
        if None not in (self.regions_in_favour, self.regions_total) and self.regions_in_favour > self.regions_total:
            errors["regions_in_favour"] = _("More regions passed the threshold than there were.")
        if self.polls_open and self.polls_close and self.polls_close <= self.polls_open:
            errors["polls_close"] = _("Polling stations must close after they open.")
        if None not in (self.participants, self.eligible_voters) and self.participants > self.eligible_voters:
            errors["participants"] = _("More citizens took part than were eligible.")
        counted = (self.votes_for, self.votes_against, self.invalid_ballots)
        if self.participants is not None and None not in counted and self.ballots_counted > self.participants:
            errors["votes_for"] = _(
                "Votes in favour, votes against, invalid ballots and ballots not counted add up to more than the "
                "citizens who took part."
            )
        if errors:
            raise ValidationError(errors)

    # --- the clock
    def _local(self, moment):
        return timezone.make_aware(datetime.combine(self.voting_date, moment), timezone.get_default_timezone())

    @property
    def opens_at(self):
        """When polling stations opened; the start of the voting day where the hours are not recorded."""
        return self._local(self.polls_open or time(0))

    @property
    def closes_at(self):
        """When polling stations closed; the end of the voting day where the hours are not recorded."""
        return self._local(self.polls_close or time(23, 59, 59))

    @property
    def has_polling_hours(self):
        return self.polls_open is not None and self.polls_close is not None

    def state(self, now=None):
        return state_at(timezone.localtime(now or timezone.now()), self.opens_at, self.closes_at)

    # --- the results, derived from the numbers and the thresholds, never typed in
    @property
    def has_results(self):
        return None not in (self.eligible_voters, self.participants, self.votes_for) and self.eligible_voters > 0

    @property
    def ballots_counted(self):
        """Every ballot the count accounted for; None while a part of it is unknown."""
        parts = (self.votes_for, self.votes_against, self.invalid_ballots)
        if None in parts:
            return None
        return sum(parts) + (self.unestablished_ballots or 0)

    @property
    def unaccounted_ballots(self):
        """How many of those who took part the published parts leave out (0 when they add up)."""
        if self.participants is None or self.ballots_counted is None:
            return None
        return self.participants - self.ballots_counted

    @property
    def results_are_final(self):
        return self.results_status == self.ResultsStatus.FINAL

    @property
    def turnout_percent(self):
        return percent(self.participants, self.eligible_voters)

    @property
    def has_rules(self):
        """Whether the rules it was held under are recorded, so that the outcome can be worked out."""
        return self.turnout_threshold_percent is not None and self.approval_threshold_percent is not None

    @property
    def is_valid(self):
        """Worked out from the figures and the turnout threshold; None where either is unknown."""
        if not self.has_results or self.turnout_threshold_percent is None:
            return None
        return self.participants * 100 > self.eligible_voters * self.turnout_threshold_percent

    @property
    def is_adopted(self):
        """Worked out from the figures and the rules, never typed in; None where they do not settle it."""
        if self.is_valid is None or self.approval_threshold_percent is None:
            return None
        if not self.is_valid:
            return False
        if self.approval_rule == self.ApprovalRule.REGIONS:
            if None in (self.regions_in_favour, self.regions_total) or not self.regions_total:
                return None
            return self.regions_in_favour * 3 >= self.regions_total * 2
        return self.votes_for * 100 > self.participants * self.approval_threshold_percent


class TimelineStatus(models.TextChoices):
    DONE = "done", pgettext_lazy("timeline step", "Took place")
    SCHEDULED = "scheduled", pgettext_lazy("timeline step", "Scheduled")
    # A step whose day has passed, though no source found says what came of it yet.
    UNRECORDED = "unrecorded", pgettext_lazy("timeline step", "Outcome not yet recorded")


class TimelineEvent(TranslatedContent, models.Model):
    """A key date on the way to and after the vote, with where the fact comes from. A step the sources give
    only as planned stays "scheduled" until staff mark it done, with the source that says so."""

    Status = TimelineStatus

    referendum = models.ForeignKey(
        Referendum, on_delete=models.CASCADE, related_name="timeline", verbose_name=_("referendum")
    )
    # Bounded as a voting date is: a key date past the calendar's end made calendar.ics a 500.
    date = models.DateField(
        _("date"), validators=[MinValueValidator(FIRST_POSSIBLE_DATE), MaxValueValidator(LAST_POSSIBLE_DATE)]
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = source_links_field()
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status,
        default=Status.DONE,
        help_text=_(
            "Scheduled: the sources give this step only as planned. Outcome not yet recorded: its day has passed "
            "but no source on what came of it has been entered. Mark it done once a source says so."
        ),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("title",)

    class Meta:
        verbose_name = _("key date")
        verbose_name_plural = _("key dates")
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=TimelineStatus.values), name="vote_timelineevent_status_known"
            )
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.title}"

    def get_absolute_url(self):
        return reverse("vote:home") + f"#date-{self.pk}"


from .turnout import Region, RegionalResult, RegionalTurnout, TurnoutSnapshot  # noqa: E402, F401
