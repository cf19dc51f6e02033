from referendum.core.sitemaps import TranslatedSitemap

from .models import Article


class ArticleSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published()

    def lastmod(self, item):
        return item.published_at


SITEMAPS = {"news": ArticleSitemap}
