from datetime import datetime, time
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

from .counts import VoteCount, percent
from .state import state_at

PERCENT_VALIDATORS = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))]


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


class Referendum(TranslatedContent, VoteCount):
    """A republican referendum: what is asked, when, under which rules, and what the count gave."""

    ResultsStatus = ReferendumResultsStatus

    slug = models.SlugField(_("slug"), max_length=100, unique=True, help_text=_("Latin letters, digits and hyphens."))
    title = models.CharField(_("title"), max_length=200)
    is_published = models.BooleanField(_("published"), default=True)
    voting_date = models.DateField(_("voting date"))
    polls_open = models.TimeField(
        _("polling stations open"), default=usual_opening_time, help_text=_("Kazakhstan time (UTC+5).")
    )
    polls_close = models.TimeField(
        _("polling stations close"), default=usual_closing_time, help_text=_("Kazakhstan time (UTC+5).")
    )
    question = models.TextField(_("question on the ballot"), help_text=_("Verbatim, as printed on the ballot."))
    question_note = models.CharField(
        _("note on the question"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the question, e.g. that a wording is an unofficial translation."),
    )
    answer_yes = models.CharField(_("answer in favour"), max_length=100)
    answer_no = models.CharField(_("answer against"), max_length=100)
    turnout_threshold_percent = models.DecimalField(
        _("turnout threshold, %"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(50),
        validators=PERCENT_VALIDATORS,
        help_text=_("The referendum is valid when MORE than this share of eligible citizens take part."),
    )
    approval_threshold_percent = models.DecimalField(
        _("approval threshold, %"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(50),
        validators=PERCENT_VALIDATORS,
        help_text=_("The decision is adopted when MORE than this share of participants vote in favour."),
    )
    eligible_voters = models.PositiveIntegerField(_("eligible citizens"), null=True, blank=True)
    invalid_ballots = models.PositiveIntegerField(_("invalid ballots"), null=True, blank=True)
    unestablished_ballots = models.PositiveIntegerField(
        _("ballots of an unestablished form"),
        null=True,
        blank=True,
        help_text=_("Ballots the Commission's announcement counted separately, as of an unestablished form."),
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
    results_status = models.CharField(
        _("status of the results"),
        max_length=12,
        choices=ReferendumResultsStatus,
        default=ReferendumResultsStatus.PRELIMINARY,
        help_text=_("Final only once the Commission has established the final results."),
    )
    results_date = models.DateField(_("results announced on"), null=True, blank=True)
    results_source = models.CharField(_("source of the results"), max_length=300, blank=True)
    results_source_url = models.URLField(_("link to the source of the results"), blank=True)
    official_text_url = models.URLField(
        _("link to the official text"),
        blank=True,
        help_text=_("Where the official text of the Constitution is published. Leave empty until it is known."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("title", "question", "answer_yes", "answer_no")
    # Printed on the ballot in the state and the official language: translators may not change these.
    verbatim_translations = tuple(localized_field_names(("question", "answer_yes", "answer_no"), ("kk", "ru")))

    objects = PublishedFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("referendum")
        verbose_name_plural = _("referendums")
        ordering = ["-voting_date"]
        constraints = [
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
        return reverse("vote:home")

    def clean(self):
        errors = {}
        if self.polls_open and self.polls_close and self.polls_close <= self.polls_open:
            errors["polls_close"] = _("Polling stations must close after they open.")
        if None not in (self.participants, self.eligible_voters) and self.participants > self.eligible_voters:
            errors["participants"] = _("More citizens took part than were eligible.")
        counted = (self.votes_for, self.votes_against, self.invalid_ballots)
        if self.participants is not None and None not in counted and self.ballots_counted > self.participants:
            errors["votes_for"] = _(
                "Votes in favour, votes against, invalid ballots and ballots of an unestablished form add up to "
                "more than the citizens who took part."
            )
        if errors:
            raise ValidationError(errors)

    # --- the clock
    def _local(self, moment):
        return timezone.make_aware(datetime.combine(self.voting_date, moment), timezone.get_default_timezone())

    @property
    def opens_at(self):
        return self._local(self.polls_open)

    @property
    def closes_at(self):
        return self._local(self.polls_close)

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
    def is_valid(self):
        if not self.has_results:
            return None
        return self.participants * 100 > self.eligible_voters * self.turnout_threshold_percent

    @property
    def is_adopted(self):
        if not self.has_results:
            return None
        return bool(self.is_valid) and self.votes_for * 100 > self.participants * self.approval_threshold_percent


class TimelineStatus(models.TextChoices):
    DONE = "done", pgettext_lazy("timeline step", "Took place")
    SCHEDULED = "scheduled", pgettext_lazy("timeline step", "Scheduled")


class TimelineEvent(TranslatedContent, models.Model):
    """A key date on the way to and after the vote, with where the fact comes from. A step the sources give
    only as planned stays "scheduled" until staff mark it done, with the source that says so."""

    Status = TimelineStatus

    referendum = models.ForeignKey(
        Referendum, on_delete=models.CASCADE, related_name="timeline", verbose_name=_("referendum")
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("link to the source"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status,
        default=Status.DONE,
        help_text=_("Scheduled: the sources give this step only as planned. Mark it done once a source says so."),
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
