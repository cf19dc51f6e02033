"""ASCII slugs made on the server: Kazakh and Russian letters are transliterated, never dropped.

The admin's own slug JavaScript (prepopulated_fields, URLify) drops the letters it has no Latin form for and
turns "Қазақстан" into "azastan", so slugs are left blank in the form and made here from the title.
"""

from anyascii import anyascii
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

SLUG_HELP = _(
    "Latin letters, digits and hyphens, the same in every language. Leave empty to make it from the Kazakh title "
    "(Kazakh letters written in Latin ones), or from the Russian or English title if there is no Kazakh one yet."
)


def ascii_slug(text, max_length=80):
    return slugify(anyascii(text or ""))[:max_length].strip("-")


def unique_slug(instance, text, field_name="slug", max_length=80):
    base = ascii_slug(text, max_length - 4) or instance._meta.model_name
    manager = type(instance)._default_manager
    others = manager.exclude(pk=instance.pk) if instance.pk else manager.all()
    candidate, number = base, 2
    while others.filter(**{field_name: candidate}).exists():
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class SluggedContent(models.Model):
    """A slug made from the title on the first save, editable later; a changed slug keeps its old addresses
    working through django.contrib.redirects, in every language, so shared links never break."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True, help_text=SLUG_HELP)

    slug_source = "title"
    redirect_old_urls = True

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        from .redirects import remember_old_urls

        if not self.slug:
            # Kazakh first, the state language (the README's "Құрылтай" → "quryltay"), as the help text says.
            source = [getattr(self.exact_text(code), self.slug_source) for code in ("kk", "ru", "en")]
            self.slug = unique_slug(self, next((text for text in source if text), ""))
        old_slug = None
        if self.pk:
            old_slug = type(self)._default_manager.filter(pk=self.pk).values_list("slug", flat=True).first()
        super().save(*args, **kwargs)
        if self.redirect_old_urls and old_slug and old_slug != self.slug:
            remember_old_urls(self, old_slug)
