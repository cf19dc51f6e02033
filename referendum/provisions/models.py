from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from referendum.core.content import PublishedFlagQuerySet, TranslatedContent
from referendum.core.slugs import SluggedContent


class Topic(SluggedContent, TranslatedContent, models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    redirect_old_urls = False  # a topic is a place on the index page, not a page of its own

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("provisions:index") + f"#topic-{self.slug}"


class Source(TranslatedContent, models.Model):
    """A published document a provision's explanation rests on."""

    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("link"), blank=True, help_text=_("Leave empty rather than guess an address."))
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-published_on", "pk"]

    def __str__(self):
        return self.title


class ProvisionChange(models.TextChoices):
    NEW = "new", _("New provision")
    AMENDED = "amended", _("Amended provision")
    UNCHANGED = "unchanged", _("Provision kept unchanged")
    REMOVED = "removed", _("Provision removed")


class Provision(SluggedContent, TranslatedContent, models.Model):
    """One key novelty of the draft Constitution, in plain words, with the wordings where they are known."""

    Change = ProvisionChange

    title = models.CharField(_("title"), max_length=300)
    explanation = models.TextField(_("plain-language explanation"))
    draft_wording = models.TextField(
        _("wording in the draft"), blank=True, help_text=_("Quote only an official text; leave empty when unknown.")
    )
    current_wording = models.TextField(
        _("wording in the 1995 Constitution"),
        blank=True,
        help_text=_("Quote only an official text; leave empty when unknown."),
    )
    change = models.CharField(
        _("kind of change"),
        max_length=20,
        choices=Change,
        blank=True,
        help_text=_("Leave empty when the sources do not say."),
    )
    draft_article = models.CharField(
        _("article in the draft"), max_length=20, blank=True, help_text=_("E.g. 2 or 2.1. Never guess a number.")
    )
    current_article = models.CharField(
        _("article in the 1995 Constitution"), max_length=20, blank=True, help_text=_("Never guess a number.")
    )
    topics = models.ManyToManyField(Topic, related_name="provisions", blank=True, verbose_name=_("topics"))
    sources = models.ManyToManyField(Source, related_name="provisions", blank=True, verbose_name=_("sources"))
    order = models.PositiveIntegerField(_("order"), default=0)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("title", "explanation")

    objects = PublishedFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("provision")
        verbose_name_plural = _("provisions")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(change__in=["", *ProvisionChange.values]),  # blank: no source gives a kind
                name="provisions_provision_change_is_known",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("provisions:detail", kwargs={"slug": self.slug})
