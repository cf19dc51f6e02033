from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import Member

SOURCES = [
    SearchSource(
        Member, "member", _("Commission member"), title_field="full_name", text_fields=("position", "biography")
    )
]
