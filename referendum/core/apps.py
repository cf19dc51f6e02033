from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Pieces every section shares: language links, navigation, date formats, the seed-loading command."""

    name = "referendum.core"
    label = "core"
    verbose_name = _("Portal")
