from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News about the constitutional reform."""

    name = "referendum.news"
    label = "news"
    verbose_name = _("News")
