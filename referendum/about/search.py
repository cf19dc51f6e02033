from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import GlossaryTerm

SOURCES = [SearchSource(GlossaryTerm, "glossary", _("Glossary"), title_field="term", text_fields=("definition",))]
