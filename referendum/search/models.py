from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One searchable page in one language: a denormalised copy kept in step by signals.

    On PostgreSQL `vector` holds the weighted tsvector (title A, text B); elsewhere it stays empty."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    visible_from = models.DateTimeField(null=True, blank=True)
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="search_entry_one_per_object_language"
            )
        ]
        indexes = [models.Index(fields=["language", "visible_from"], name="search_entry_language_time")]

    def __str__(self):
        return f"{self.language}: {self.title}"
