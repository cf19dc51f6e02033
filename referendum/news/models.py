from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from modeltranslation.utils import build_localized_fieldname

from referendum.commission.models import Member
from referendum.core.content import LANGUAGE_CODES, TranslatedContent
from referendum.core.log_names import log_date
from referendum.core.sanitize import sanitize_html
from referendum.core.slugs import SluggedContent
from referendum.core.sources import source_links_field
from referendum.core.validators import IMAGE_VALIDATORS, PHOTO_CREDIT_HELP, DescribedImage
from referendum.provisions.models import Provision

# What the editor offers is exactly what sanitize_html keeps.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "HardBreak": True,
}


def public_articles(now=None, through=""):
    """The condition for an article the public can read now (`through`: the path to it, e.g. "article__")."""
    return models.Q(
        **{f"{through}status": ArticleStatus.PUBLISHED, f"{through}published_at__lte": now or timezone.now()}
    )


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        return self.filter(public_articles(now))

    def scheduled(self, now=None):
        """Published by staff, for a time still to come, soonest first."""
        now = now or timezone.now()
        return self.filter(status=ArticleStatus.PUBLISHED, published_at__gt=now).order_by("published_at", "pk")

    def with_public_links(self):
        """The members and provisions an article links to, as far as the public may see them."""
        return self.prefetch_related(
            models.Prefetch("members", queryset=Member.objects.published()),
            models.Prefetch("provisions", queryset=Provision.objects.published()),
        )


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Article(DescribedImage, SluggedContent, TranslatedContent, models.Model):
    """A news item about the reform. A publication time in the future means it is scheduled."""

    Status = ArticleStatus

    title = models.CharField(_("title"), max_length=300)
    lead = models.TextField(_("lead"), help_text=_("One or two sentences that sum the article up."))
    body = ProseEditorField(_("body"), extensions=EDITOR_EXTENSIONS, sanitize=sanitize_html, blank=True)
    source_name = models.CharField(_("source"), max_length=300, blank=True)
    source_url = source_links_field()
    published_at = models.DateTimeField(
        _("publication time"), default=timezone.now, help_text=_("Kazakhstan time. A future time schedules it.")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.DRAFT)
    cover_image = models.ImageField(
        _("cover image"), upload_to="news/", blank=True, validators=IMAGE_VALIDATORS, help_text=_("Optional.")
    )
    cover_alt = models.CharField(
        _("cover image description"), max_length=300, blank=True, help_text=_("Required with an image.")
    )
    cover_caption = models.CharField(
        _("cover image caption"), max_length=300, blank=True, help_text=_("Shown under the image. Optional.")
    )
    cover_credit = models.CharField(
        _("cover image credit"),
        max_length=200,
        blank=True,
        help_text=PHOTO_CREDIT_HELP,
    )
    members = models.ManyToManyField(
        Member, related_name="news_articles", blank=True, verbose_name=_("commission members mentioned")
    )
    provisions = models.ManyToManyField(
        Provision, related_name="news_articles", blank=True, verbose_name=_("provisions discussed")
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("title", "lead")
    image_field = "cover_image"
    description_field = "cover_alt"

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        ordering = ["-published_at", "-pk"]
        # In the order lists and API pages read: a deep page is found in the index, without sorting the table.
        indexes = [models.Index(fields=["status", "-published_at", "-id"], name="news_article_published_order")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ArticleStatus.values), name="news_article_status_is_known"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        for code in LANGUAGE_CODES:
            field = build_localized_fieldname("body", code)
            setattr(self, field, sanitize_html(getattr(self, field)))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()


class CorrectionQuerySet(models.QuerySet):
    def public(self, now=None):
        """Corrections of the articles the public can read, newest first."""
        return self.filter(public_articles(now, through="article__")).order_by("-corrected_on", "-pk")


class Correction(TranslatedContent, models.Model):
    """A change made to an article after it was published: the article says so, and so does the corrections
    log on the About page."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("article")
    )
    corrected_on = models.DateField(_("corrected on"))
    note = models.TextField(_("what was corrected"), help_text=_("What was wrong and what it says now."))
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    required_translations = ("note",)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["corrected_on", "pk"]

    def __str__(self):
        return f"{log_date(self.corrected_on)}: {self.article}"

    def get_absolute_url(self):
        return self.article.get_absolute_url() + "#corrections"
