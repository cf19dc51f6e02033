from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from referendum.core.content import PublishedFlagQuerySet, TranslatedContent
from referendum.core.slugs import SluggedContent, ascii_slug, unique_slug
from referendum.core.sources import is_article_address

from .validators import validate_article_address

# Addresses under /provisions/ that are pages of their own (urls.py), so no provision may take them as its slug.
RESERVED_SLUGS = ("what-changes-for-me",)


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
    url = models.URLField(
        _("link"),
        blank=True,
        validators=[validate_article_address],
        help_text=_("The address of the article itself, never a site's home page. Leave empty rather than guess."),
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-published_on", "pk"]

    def __str__(self):
        return self.title

    @property
    def link(self):
        """The address to link: only one a browser reads as it was checked (one saved before the checks stays text)."""
        return self.url if self.url and is_article_address(self.url) else ""


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
    # The column keeps its first name: the final text of 12 February 2026 was adopted unchanged, so its numbers
    # are the adopted Constitution's.
    draft_article = models.CharField(
        _("article in the new Constitution"),
        max_length=20,
        blank=True,
        help_text=_(
            "The number in the final text of 12 February 2026, adopted unchanged, e.g. 2 or 1, 2. Never guess a "
            "number, and never give one from an earlier draft."
        ),
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
            models.CheckConstraint(
                condition=~models.Q(slug__in=RESERVED_SLUGS),
                name="provisions_provision_slug_not_reserved",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            titles = [self.exact_text(code).title for code in ("kk", "ru", "en")]  # as SluggedContent does
            title = next((title for title in titles if title), "")
            if ascii_slug(title) in RESERVED_SLUGS:  # the slug made from it would be another page's address
                self.slug = unique_slug(self, f"{title} provision")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("provisions:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if (self.slug or "").lower() in RESERVED_SLUGS:  # "What-Changes-For-Me" would be a near-twin address
            raise ValidationError({"slug": _("Another page of the portal has this address. Choose another slug.")})


class EasyReadSection(TranslatedContent, models.Model):
    """A question of the "What changes for me" page, answered in short points in everyday words."""

    heading = models.CharField(
        _("question or heading"), max_length=200, help_text=_("A short question a reader would ask.")
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("heading",)

    objects = PublishedFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("easy-read question")
        verbose_name_plural = _("easy-read questions")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.heading

    def get_absolute_url(self):
        return reverse("provisions:easy-read") + f"#question-{self.pk}"


class EasyReadPoint(TranslatedContent, models.Model):
    """One idea of an easy-read answer, linked to the provision it comes from (and so to its sources)."""

    section = models.ForeignKey(
        EasyReadSection, on_delete=models.CASCADE, related_name="points", verbose_name=_("question")
    )
    # Not "text": TranslatedContent.text is the whole object in the page's language.
    body = models.TextField(
        _("text"),
        help_text=_("Short sentences in everyday words, one idea a line. Say only what the provision says."),
    )
    provision = models.ForeignKey(
        Provision,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="easy_read_points",
        verbose_name=_("provision"),
        help_text=_("The provision this point comes from: the page links it and its sources."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("body",)

    class Meta:
        verbose_name = _("easy-read point")
        verbose_name_plural = _("easy-read points")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.body[:80]
