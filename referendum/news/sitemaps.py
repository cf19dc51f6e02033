from referendum.core.sitemaps import TranslatedSitemap

from .models import Article


class ArticleSitemap(TranslatedSitemap):
    changefreq = "weekly"
    lastmod_field = "published_at"

    def items(self):
        return Article.objects.published()


SITEMAPS = {"news": ArticleSitemap}
