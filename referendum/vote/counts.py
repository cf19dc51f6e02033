"""The counted votes: the same fields and shares wherever a count is published, for the whole referendum
(Referendum) or for one region (RegionalResult). A figure the sources don't give stays empty."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


def percent(part, whole):
    """`part` as a share of `whole` in per cent, None where either is unknown (or the whole is nought)."""
    if part is None or not whole:
        return None
    return Decimal(part * 100) / Decimal(whole)


class VoteCount(models.Model):
    participants = models.PositiveIntegerField(_("citizens who took part"), null=True, blank=True)
    votes_for = models.PositiveIntegerField(_("votes in favour"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("votes against"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def for_percent(self):
        return percent(self.votes_for, self.participants)

    @property
    def against_percent(self):
        return percent(self.votes_against, self.participants)
