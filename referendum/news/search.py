from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import Article

SOURCES = [SearchSource(Article, "news", _("News"), text_fields=("lead", "body"), public_from_field="published_at")]
