from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import Provision

SOURCES = [
    SearchSource(
        Provision, "provision", _("Provision"), text_fields=("explanation", "draft_wording", "current_wording")
    )
]
