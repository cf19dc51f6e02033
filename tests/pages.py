"""The public pages every site-wide test visits, per language. Each section adds its pages here."""

from django.urls import reverse
from django.utils import translation

LANGUAGES = ("kk", "ru", "en")


def public_paths(language):
    """Paths of every public page in one language (the seed content must be loaded)."""
    with translation.override(language):
        return [reverse("vote:home")]


def all_public_paths():
    return [(language, path) for language in LANGUAGES for path in public_paths(language)]
