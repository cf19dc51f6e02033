from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProvisionsConfig(AppConfig):
    """The draft Constitution's key novelties, explained, with what changes."""

    name = "referendum.provisions"
    label = "provisions"
    verbose_name = _("Draft provisions")

    def ready(self):
        from django.db.models.signals import post_save

        from .comparison import compare_on_save

        post_save.connect(compare_on_save, sender=self.get_model("Provision"), dispatch_uid="provision-comparison")
