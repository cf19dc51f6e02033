from django.urls import reverse

from referendum.core.content import localized_field_names
from referendum.core.sitemaps import TranslatedSitemap

from .models import Referendum


class ReferendumSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Referendum.objects.published().order_by("-voting_date")

    def addresses_only(self, queryset):
        # Its address is its voting date; its languages, those it is complete in.
        return queryset.only("voting_date", *localized_field_names(Referendum.required_translations))


class TurnoutSitemap(TranslatedSitemap):
    """The turnout page of each referendum that has turnout figures."""

    changefreq = "monthly"

    def items(self):
        return Referendum.objects.published().filter(snapshots__isnull=False).distinct().order_by("-voting_date")

    def addresses_only(self, queryset):
        return queryset

    def location(self, item):
        return reverse("vote:turnout", kwargs={"voting_date": item.voting_date})


SITEMAPS = {"referendums": ReferendumSitemap, "turnout": TurnoutSitemap}
