from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import Referendum


def key_dates(referendum, language):
    events = (event.exact_text(language) for event in referendum.timeline.all())
    return [f"{event.title}. {event.description}" for event in events]


SOURCES = [
    SearchSource(
        Referendum,
        "referendum",
        _("Referendum"),
        text_fields=("question", "answer_yes", "answer_no"),
        related_texts=key_dates,
    )
]
