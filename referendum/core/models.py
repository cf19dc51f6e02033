"""What the shared code keeps in the database: which translations of an item wait for a translator's review."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationReview(models.Model):
    """One language of one item whose text may no longer say what another language now says: that other
    language's text changed after this one was written. Deleted when a translator (or an editor) revises the
    language or confirms it still matches (referendum/core/translation_review.py)."""

    class Language(models.TextChoices):
        KAZAKH = "kk", _("Kazakh")
        RUSSIAN = "ru", _("Russian")
        ENGLISH = "en", _("English")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("type of content"))
    object_id = models.CharField(_("item"), max_length=64)
    item = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language to review"), max_length=2, choices=Language.choices)
    changed_language = models.CharField(_("language that changed"), max_length=2, choices=Language.choices)
    changed_at = models.DateTimeField(_("changed at"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )

    class Meta:
        verbose_name = _("translation to review")
        verbose_name_plural = _("translations to review")
        ordering = ["content_type", "object_id", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="core_translationreview_one_per_language"
            ),
            models.CheckConstraint(
                condition=~models.Q(language=models.F("changed_language")),
                name="core_translationreview_another_language",
            ),
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.language}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse(f"admin:{self.content_type.app_label}_{self.content_type.model}_change", args=[self.object_id])
