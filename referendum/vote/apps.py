from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VoteConfig(AppConfig):
    """The referendum itself: its date, question, rules, state on the clock and results."""

    name = "referendum.vote"
    label = "vote"
    verbose_name = _("Referendum")
