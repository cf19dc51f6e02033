from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommissionConfig(AppConfig):
    """The Constitutional Reform Commission: who sits on it and in what capacity."""

    name = "referendum.commission"
    label = "commission"
    verbose_name = _("Constitutional Reform Commission")
