"""One sitemap for the whole portal, with hreflang alternates: each section lists its pages in its own
`sitemaps.py` (a SITEMAPS dict), collected here like the seed modules."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class TranslatedSitemap(Sitemap):
    """Every page in every language it really has, with alternates for those languages only."""

    i18n = True
    alternates = True
    x_default = True

    @property
    def protocol(self):
        return settings.SITE_SCHEME  # not the request's: the sitemap is cached for everyone

    def get_languages_for_item(self, item):
        languages = getattr(item, "complete_languages", None)
        return languages if languages is not None else super().get_languages_for_item(item)


class SectionPagesSitemap(TranslatedSitemap):
    """The fixed pages of the installed sections: their navigation entries and other `pages`."""

    changefreq = "daily"
    priority = 0.8

    def items(self):
        configs = apps.get_app_configs()
        pages = [url_name for config in configs for url_name, _label in getattr(config, "navigation", ())]
        return pages + [url_name for config in configs for url_name in getattr(config, "pages", ())]

    def location(self, item):
        return reverse(item)


def portal_sitemaps():
    sitemaps = {"sections": SectionPagesSitemap}
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.sitemaps"
        if app_config.name.startswith("referendum.") and app_config.label != "core" and find_spec(module_name):
            sitemaps.update(import_module(module_name).SITEMAPS)
    return sitemaps
