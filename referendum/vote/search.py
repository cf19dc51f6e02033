from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import Referendum


def key_dates(referendum, language):
    events = (event.exact_text(language) for event in referendum.timeline.all())
    return [str(referendum.voting_date.year), *(f"{event.title}. {event.description}" for event in events)]


SOURCES = [
    SearchSource(
        Referendum,
        "referendum",
        _("Referendum"),
        # Each referendum is found by what it was about and by its year ("2022", "1995").
        text_fields=("subject", "question", "answer_yes", "answer_no", "decision"),
        related_texts=key_dates,
    )
]
