from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from referendum.about.models import publishing_organisation
from referendum.core.site import SiteRequest

from .models import Article

FEED_SIZE = 20


class EntriesInTheirLanguage(Atom1Feed):
    """An entry shown in a fallback language says so with `xml:lang` (RFC 4287), as a page does with `lang`."""

    def item_attributes(self, item):
        return {"xml:lang": item["fallback_language"]} if item.get("fallback_language") else {}


class LatestArticlesFeed(Feed):
    """An Atom feed per language; each entry in the feed's language, or its fallback."""

    feed_type = EntriesInTheirLanguage
    title = _("News of the constitutional reform")
    subtitle = _("News about the new Constitution of Kazakhstan and the referendum of 15 March 2026.")

    def get_feed(self, obj, request):
        # Links on the configured address and scheme, never the request's (the feed is cached for everyone).
        return super().get_feed(obj, SiteRequest(request))

    def link(self):
        return reverse("news:list")

    def author_name(self):
        # RFC 4287 asks every Atom feed for an author: the portal, as the publisher of its news.
        return publishing_organisation()["name"]

    def author_link(self):
        return publishing_organisation()["url"]

    def items(self):
        return Article.objects.published()[:FEED_SIZE]

    def item_title(self, item):
        return item.text.title

    def item_description(self, item):
        # Atom's summary is declared as HTML; the lead is plain text that staff typed, so it goes in escaped.
        return escape(item.text.lead)

    def item_extra_kwargs(self, item):
        text = item.text
        return {"fallback_language": text.language if text.is_fallback else None}

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at
