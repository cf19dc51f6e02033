from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AboutConfig(AppConfig):
    """The portal itself: who runs it and how to reach them, its sources policy and corrections, its
    accessibility statement and privacy notice, and the glossary of the terms the other sections use."""

    name = "referendum.about"
    label = "about"
    verbose_name = _("About the portal")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import PortalDetails, forget_portal_details

        for signal in (post_save, post_delete):
            signal.connect(forget_portal_details, sender=PortalDetails, dispatch_uid=f"forget-details-{signal}")
