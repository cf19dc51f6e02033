"""The portal's sitemap: an index (/sitemap.xml) of sections (/sitemap-news.xml, ?p=2 …), each page listing at
most `PAGE_OBJECTS` items in every language they really have, with hreflang alternates. Each section lists its
pages in its own `sitemaps.py` (a SITEMAPS dict), collected here like the seed modules.

A page loads only its own records, so its cost does not grow with the number of articles (Django's sitemap
loads every item of a section for each page and for the index), and stays far inside the protocol's limits
(50,000 addresses, 50 MB)."""

from functools import cache
from importlib import import_module

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, QuerySet
from django.urls import reverse

from referendum import sections

from .content import LANGUAGE_CODES, localized_field_names

# Items per sitemap page, each in up to three languages: 300 addresses, about 150 KB of XML; a page of 1,000
# items took 0.8 s to make, most of it in the template.
PAGE_OBJECTS = 100


class LanguagePairs:
    """The (item, language) pairs of a queryset that Django's sitemap paginates, fetched page by page.

    Pair number n is item n // 3 in language n % 3, so a slice of pairs needs only a slice of the items. A
    language an item does not have leaves a gap: such a page lists fewer addresses, never another item twice."""

    def __init__(self, sitemap, items):
        self.sitemap, self.items = sitemap, items

    def count(self):
        return self.items.count() * len(LANGUAGE_CODES)

    def __len__(self):
        return self.count()

    def __getitem__(self, pairs):
        width = len(LANGUAGE_CODES)
        start, stop = pairs.start or 0, pairs.stop
        first = start // width
        found = []
        for position, item in enumerate(self.items[first : -(-stop // width)], first):
            available = self.sitemap.get_languages_for_item(item)
            for offset, language in enumerate(LANGUAGE_CODES):
                if start <= position * width + offset < stop and language in available:
                    found.append((item, language))
        return found


class TranslatedSitemap(Sitemap):
    """Every page in every language it really has, with alternates for those languages only."""

    i18n = True
    alternates = True
    x_default = True
    limit = PAGE_OBJECTS * len(LANGUAGE_CODES)
    # The model field that says when an item last changed, for the index's <lastmod>; None: not given.
    lastmod_field = None

    @property
    def protocol(self):
        return settings.SITE_SCHEME  # not the request's: the sitemap is cached for everyone

    def get_languages_for_item(self, item):
        languages = getattr(item, "complete_languages", None)
        return languages if languages is not None else super().get_languages_for_item(item)

    def _items(self):
        items = self.items()
        return LanguagePairs(self, self.addresses_only(items)) if isinstance(items, QuerySet) else super()._items()

    def addresses_only(self, queryset):
        """The fields an entry needs (its address, its languages, its date), not the texts themselves."""
        required = getattr(queryset.model, "required_translations", ())
        fields = localized_field_names(required)
        return queryset.only("slug", *fields, *filter(None, [self.lastmod_field]))

    def get_latest_lastmod(self):
        # One aggregate, where Django's own would call lastmod() on every item of the section.
        if self.lastmod_field is None:
            return None
        return self.items().aggregate(latest=Max(self.lastmod_field))["latest"]

    def lastmod(self, item):
        return getattr(item, self.lastmod_field) if self.lastmod_field else None

    def _location(self, item, force_lang_code=None):
        # Each address is asked for up to five times (its own entry and as an alternate of the others).
        obj, language = item if self.i18n else (item, None)
        key = (obj if isinstance(obj, str) else obj.pk, force_lang_code or language)
        if key not in self._locations:
            self._locations[key] = super()._location(item, force_lang_code)
        return self._locations[key]

    def _urls(self, page, protocol, domain):
        self._locations = {}
        urls = super()._urls(page, protocol, domain)
        # x-default names the default language's own address, not the bare path that redirects to it.
        for url in urls:
            for alternate in url["alternates"]:
                if alternate["lang_code"] == "x-default":
                    with_language = next(a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE)
                    alternate["location"] = with_language["location"]
        return urls


class SectionPagesSitemap(TranslatedSitemap):
    """The fixed pages: the menu's and the others referendum/sections.py lists."""

    changefreq = "daily"
    priority = 0.8

    def items(self):
        # A menu item that leads elsewhere (a part of a page, or a redirect) is not a page of its own.
        names = [item.url_name for item in sections.NAVIGATION if item.is_page and not item.fragment]
        return list(dict.fromkeys(names + list(sections.PAGES)))

    def location(self, item):
        return reverse(item)


@cache
def portal_sitemaps():
    sitemaps = {"sections": SectionPagesSitemap}
    for module_name in sections.SITEMAPS:
        sitemaps.update(import_module(module_name).SITEMAPS)
    return sitemaps


def sitemap_index(request):
    return sitemap_views.index(request, portal_sitemaps(), sitemap_url_name="sitemap-section")


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, portal_sitemaps(), section=section)


sitemap_section.query_parameters = ("p",)  # the page of a section, for the page cache's key
