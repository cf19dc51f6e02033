from django.utils.translation import gettext_lazy as _

from referendum.search.sources import SearchSource

from .models import Referendum


def key_dates(referendum, language):
    return [
        f"{getattr(event, f'title_{language}') or ''}. {getattr(event, f'description_{language}') or ''}"
        for event in referendum.timeline.all()
    ]


SOURCES = [
    SearchSource(
        Referendum,
        "referendum",
        _("Referendum"),
        text_fields=("question", "answer_yes", "answer_no"),
        related_texts=key_dates,
    )
]
