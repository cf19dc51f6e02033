from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """A read-only JSON API of the published content, every language in each record."""

    name = "referendum.opendata"
    label = "opendata"
    verbose_name = _("Open data")
