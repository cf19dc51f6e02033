"""Turnout through the voting day, nationally and by region, and the count by region, as the Central
Referendum Commission published them. A figure the sources don't give is left empty, never estimated."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from referendum.core.content import TranslatedContent
from referendum.core.log_names import log_date
from referendum.core.sources import source_links_field

from .counts import VoteCount

PERCENT = {"max_digits": 5, "decimal_places": 2, "null": True, "blank": True}
# A region's figure this many points above its previous one is held until the editor confirms it. On 15 March
# 2026 the Commission reported every two hours and no region rose by more than 11 points between two reports
# (16:00 to 18:00); a swapped or a dropped digit (68,5 typed 86,5; 7,5 typed 75) moves a figure further. Reports
# further apart (12:00, then 16:00) can pass it for real: then the editor says so with one tick.
FAR_OFF_POINTS = Decimal(15)


class RegionKind(models.TextChoices):
    REGION = "region", _("region")
    CITY = "city", _("city of republican significance")


class Region(TranslatedContent, models.Model):
    """A region or a city of republican significance, placed on a tile map laid out roughly as the country is."""

    Kind = RegionKind

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    # Translators: whether the place is a region or a city of republican significance.
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.REGION)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("The Commission's own order."))
    map_row = models.PositiveSmallIntegerField(_("row on the tile map"), default=0)
    map_column = models.PositiveSmallIntegerField(_("column on the tile map"), default=0)

    required_translations = ("name",)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["map_row", "map_column"], name="vote_region_one_tile_per_place"),
            models.CheckConstraint(condition=Q(kind__in=RegionKind.values), name="vote_region_kind_is_known"),
        ]

    def __str__(self):
        return self.name


class TurnoutSnapshot(models.Model):
    """What the Commission reported at one moment of the voting day: the national figure and/or each region's."""

    referendum = models.ForeignKey(
        "vote.Referendum", on_delete=models.CASCADE, related_name="snapshots", verbose_name=_("referendum")
    )
    taken_at = models.DateTimeField(_("as of"), help_text=_("Kazakhstan time."))
    participants = models.PositiveIntegerField(_("citizens who had received a ballot"), null=True, blank=True)
    percent = models.DecimalField(_("turnout, %"), **PERCENT)
    source_name = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("Who reported these figures, as the report names them.")
    )
    source_url = source_links_field()
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("turnout snapshot")
        verbose_name_plural = _("turnout snapshots")
        ordering = ["taken_at"]
        constraints = [
            models.UniqueConstraint(fields=["referendum", "taken_at"], name="vote_snapshot_one_per_moment"),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="vote_snapshot_percent_is_a_percentage",
            ),
        ]

    def __str__(self):
        # In the reader's date format ("2026 жылғы 15 наурыз, 17:00"): it names the snapshot in the admin's log.
        return log_date(timezone.localtime(self.taken_at))

    @property
    def after_close(self):
        return self.taken_at > self.referendum.closes_at

    @property
    def at_close(self):
        return self.taken_at == self.referendum.closes_at

    def clean(self):
        self.check_figures()

    def check_figures(self, neighbours=None):
        """The checks of `clean`; `neighbours` are the referendum's other snapshots as they will be (an import
        checks a file's rows against each other too), read from the database when not given."""
        referendum = getattr(self, "referendum", None)
        if referendum is not None and self.taken_at and self.taken_at < referendum.opens_at:
            raise ValidationError({"taken_at": _("A snapshot cannot be from before the polling stations opened.")})
        errors = {}
        if self.percent is not None and self.percent > 100:
            errors["percent"] = _("A share cannot pass 100%.")
        lists = referendum and (referendum.voters_on_lists or referendum.eligible_voters)
        if self.participants is not None and lists and self.participants > lists:
            errors["participants"] = _("More citizens than the %(count)s on the voter lists.") % {
                "count": number_format(lists, force_grouping=True)
            }
        if referendum is not None and self.taken_at:
            errors = {**self.neighbour_errors(referendum, neighbours), **errors}
        if errors:
            raise ValidationError(errors)

    def neighbour_errors(self, referendum, neighbours=None):
        """Turnout only grows through the day: a figure below the one reported before it, or above the one
        reported after it, is a typo (17:30 lower than 17:00)."""
        if neighbours is None:
            neighbours = referendum.snapshots.exclude(pk=self.pk) if self.pk else referendum.snapshots.all()
        neighbours = [other for other in neighbours if other is not self and other.taken_at != self.taken_at]
        errors = {}
        for field in ("percent", "participants"):
            value = getattr(self, field)
            if value is None:
                continue
            known = [other for other in neighbours if getattr(other, field) is not None]
            before = max((o for o in known if o.taken_at < self.taken_at), key=lambda o: o.taken_at, default=None)
            after = min((o for o in known if o.taken_at > self.taken_at), key=lambda o: o.taken_at, default=None)
            if before is not None and value < getattr(before, field):
                errors[field] = fall_message(before.taken_at, self.figure(field, getattr(before, field)))
            elif after is not None and value > getattr(after, field):
                errors[field] = rise_message(after.taken_at, self.figure(field, getattr(after, field)))
        return errors

    @staticmethod
    def figure(field, value):
        return f"{number_format(value, 2)}%" if field == "percent" else number_format(value, force_grouping=True)


class RegionalTurnout(models.Model):
    snapshot = models.ForeignKey(
        TurnoutSnapshot, on_delete=models.CASCADE, related_name="regional", verbose_name=_("snapshot")
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="turnout", verbose_name=_("region"))
    percent = models.DecimalField(_("turnout, %"), max_digits=5, decimal_places=2)

    class Meta:
        verbose_name = _("regional turnout")
        verbose_name_plural = _("regional turnout")
        ordering = ["region__order"]
        constraints = [
            models.UniqueConstraint(fields=["snapshot", "region"], name="vote_regional_turnout_once_per_snapshot"),
            models.CheckConstraint(
                condition=Q(percent__gte=0, percent__lte=100), name="vote_regional_turnout_is_a_percentage"
            ),
        ]

    def __str__(self):
        return f"{self.region}: {number_format(self.percent)}%"  # 73,12 in kk and ru


class RegionalResult(VoteCount):
    """The count in one region, once the Commission publishes it."""

    referendum = models.ForeignKey(
        "vote.Referendum", on_delete=models.CASCADE, related_name="regional_results", verbose_name=_("referendum")
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="results", verbose_name=_("region"))
    source_name = models.CharField(_("source"), max_length=300, blank=True)
    source_url = source_links_field()

    class Meta:
        verbose_name = _("result in a region")
        verbose_name_plural = _("results by region")
        ordering = ["region__order"]
        constraints = [
            models.UniqueConstraint(fields=["referendum", "region"], name="vote_regional_result_once_per_region"),
        ]

    def __str__(self):
        return str(self.region)


def fall_message(moment, figure):
    return _("Turnout cannot fall through the day: at %(time)s it was already %(figure)s.") % {
        "time": timezone.localtime(moment).strftime("%H:%M"),
        "figure": figure,
    }


def rise_message(moment, figure):
    return _("Turnout cannot fall through the day: at %(time)s it was only %(figure)s.") % {
        "time": timezone.localtime(moment).strftime("%H:%M"),
        "figure": figure,
    }


def percent_figure(value):
    return TurnoutSnapshot.figure("percent", value)


@dataclass(frozen=True)
class FarOff:
    """A region's new figure far above its previous one: shown to the editor, saved once they confirm it."""

    region: Region
    before_at: datetime
    before: Decimal
    taken_at: datetime
    percent: Decimal

    @property
    def points(self):
        return self.percent - self.before

    def field_message(self):
        return _(
            "Far above this region's figure at %(time)s (%(figure)s). If it is right, tick the box at the top "
            "of the form and save again."
        ) % {"time": timezone.localtime(self.before_at).strftime("%H:%M"), "figure": percent_figure(self.before)}


def regional_series(referendum, exclude=()):
    """Every region's figures through the referendum's day, as stored, but for the snapshots in `exclude`
    (those being changed): {region id: [(moment, percent), ...]}, one query."""
    series = {}
    figures = RegionalTurnout.objects.filter(snapshot__referendum=referendum).exclude(snapshot__in=exclude)
    for region_id, moment, value in figures.values_list("region_id", "snapshot__taken_at", "percent"):
        series.setdefault(region_id, []).append((moment, value))
    return series


def regional_findings(series, taken_at, figures, regions, changed=None):
    """A snapshot's regional `figures` ({region id: percent}) against each region's `series`: errors, by region
    id, for a figure below the region's figure before it or above the one after it (turnout cannot fall, as
    `TurnoutSnapshot.neighbour_errors` says nationally), and the FarOff figures among those in `changed` (all
    when None): an unchanged figure was confirmed when it was saved."""
    errors, far_off = {}, []
    for region_id, value in figures.items():
        known = [(moment, figure) for moment, figure in series.get(region_id, ()) if moment != taken_at]
        before = max((item for item in known if item[0] < taken_at), default=None)
        after = min((item for item in known if item[0] > taken_at), default=None)
        if before is not None and value < before[1]:
            errors[region_id] = fall_message(before[0], percent_figure(before[1]))
        elif after is not None and value > after[1]:
            errors[region_id] = rise_message(after[0], percent_figure(after[1]))
        elif before is not None and value - before[1] > FAR_OFF_POINTS and (changed is None or region_id in changed):
            far_off.append(FarOff(regions[region_id], before[0], before[1], taken_at, value))
    return errors, far_off
