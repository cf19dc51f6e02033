from django.urls import reverse

from referendum.core.sitemaps import TranslatedSitemap

from .models import Provision


class ProvisionSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Provision.objects.published()


class ProvisionLanguagesSitemap(TranslatedSitemap):
    """The side-by-side view: it shows all three languages whatever the page's language."""

    changefreq = "monthly"

    def items(self):
        return Provision.objects.published()

    def get_languages_for_item(self, item):
        return super(TranslatedSitemap, self).get_languages_for_item(item)

    def location(self, item):
        return reverse("provisions:languages", kwargs={"slug": item.slug})


SITEMAPS = {"provisions": ProvisionSitemap, "provisions-languages": ProvisionLanguagesSitemap}
