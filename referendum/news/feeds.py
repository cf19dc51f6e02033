from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import Article

FEED_SIZE = 20


class LatestArticlesFeed(Feed):
    """An Atom feed per language; each entry in the feed's language, or its fallback."""

    feed_type = Atom1Feed
    title = _("News of the constitutional reform")
    subtitle = _("News about the new Constitution of Kazakhstan and the referendum of 15 March 2026.")

    def link(self):
        return reverse("news:list")

    def items(self):
        return Article.objects.published()[:FEED_SIZE]

    def item_title(self, item):
        return item.text.title

    def item_description(self, item):
        return item.text.lead

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at
