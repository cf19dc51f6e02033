"""ASCII slugs made on the server: Kazakh and Russian letters are transliterated, never dropped.

The admin's own slug JavaScript turns "Қазақстан" into "azastan" (see shared/PITFALLS.md), so slugs are
left blank in the form and made here from the title.
"""

from anyascii import anyascii
from django.utils.text import slugify


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
