from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from referendum.core.content import PublishedFlagQuerySet, TranslatedContent
from referendum.core.slugs import SluggedContent
from referendum.core.sources import SOURCES_HELP, source_links_field

DETAILS_CACHE_KEY = "portal:about:details"


class PortalDetails(TranslatedContent, models.Model):
    """Who runs the portal and how to reach them: one record, every field blank until staff fill it in (the
    sources name no operator, so the portal names none of itself)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    operator = models.CharField(
        _("operator"), max_length=300, blank=True, help_text=_("The body that runs the portal, by its official name.")
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=50, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ()

    class Meta:
        verbose_name = _("details of the portal")
        verbose_name_plural = _("details of the portal")
        constraints = [models.CheckConstraint(condition=Q(id=1), name="about_portaldetails_only_one")]

    def __str__(self):
        return str(_("Details of the portal"))

    def get_absolute_url(self):
        return reverse("about:index")

    @classmethod
    def current(cls):
        """The one record (an empty one until staff save it), kept in the cache: every news page names the
        operator. Saving it drops the copy (AboutConfig.ready)."""
        details = cache.get(DETAILS_CACHE_KEY)
        if details is None:
            details = cls.objects.filter(id=1).first() or cls()
            cache.set(DETAILS_CACHE_KEY, details, 24 * 60 * 60)
        return details


def forget_portal_details(**kwargs):
    cache.delete(DETAILS_CACHE_KEY)


class GlossaryTerm(SluggedContent, TranslatedContent, models.Model):
    """A term the portal uses, explained as its sources explain it."""

    slug_source = "term"

    term = models.CharField(_("term"), max_length=200)
    definition = models.TextField(_("definition"))
    source_name = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=SOURCES_HELP,
    )
    source_url = source_links_field()
    order = models.PositiveIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("term", "definition")

    objects = PublishedFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return reverse("about:glossary") + f"#term-{self.slug}"


def terms_in(*texts):
    """The published glossary terms that the texts use (by the term's name before any bracket, in the page's
    language), for a "terms on this page" list that links each to its explanation."""
    haystack = " ".join(text or "" for text in texts).casefold()
    found = []
    for term in GlossaryTerm.objects.published():
        name = term.text.term.split(" (")[0].casefold()
        if name and name in haystack:
            found.append(term)
    return found


def publishing_organisation():
    """The portal as the publisher and author of its pages, for structured data and feeds: the operator's name
    once staff enter it, the portal's own name until then."""
    from django.utils.translation import gettext

    from referendum.core.site import site_url

    operator = PortalDetails.current().text.operator
    return {
        "@type": "Organization",
        "name": operator or gettext("Referendum on the new Constitution of Kazakhstan"),
        "url": site_url("/"),
    }
