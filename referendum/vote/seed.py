"""The referendum of 15 March 2026, from the public reports each figure's source line names. Creates only what is
missing."""

from datetime import date, time
from importlib import import_module

from django.apps import apps

from .models import Referendum, TimelineEvent
from .timeline_seed import bring_up_to_date
from .turnout_seed import load_regions, load_turnout

SLUG = "constitution-2026"

# Data migrations that corrected the 2026 referendum after it was first seeded, in order.
LATER_CORRECTIONS = ("0017_up_to_december",)

# Announced with the preliminary results (almatanews.kz, 2026-03-16; asia24.media, 2026-03-15). A referendum
# seeded before these had fields got them from migration vote/0009.
POLLING_STATIONS = {
    "polling_stations": 10_388,
    "polling_stations_abroad": 71,
    "countries_abroad": 54,
    "voters_on_lists": 12_461_796,
    "polling_stations_source_kk": "Орталық референдум комиссиясы (almatanews.kz және asia24.media хабарлауынша)",
    "polling_stations_source_ru": "Центральная комиссия референдума (по сообщениям almatanews.kz и asia24.media)",
    "polling_stations_source_en": "Central Referendum Commission (as reported by almatanews.kz and asia24.media)",
}

REFERENDUM = {
    "voting_date": date(2026, 3, 15),
    "polls_open": time(7),
    "polls_close": time(20),
    "title_kk": "Жаңа Конституция жөніндегі республикалық референдум",
    "title_ru": "Республиканский референдум по новой Конституции",
    "title_en": "Republican referendum on the new Constitution",
    "question_kk": (
        "Жобасы бұқаралық ақпарат құралдарында 2026 жылғы 12 ақпанда жарияланған Қазақстан Республикасының "
        "жаңа Конституциясын қабылдайсыз ба?"
    ),
    "question_ru": (
        "Принимаете ли Вы новую Конституцию Республики Казахстан, проект которой опубликован в средствах "
        "массовой информации 12 февраля 2026 года?"
    ),
    "question_en": (
        "Do you accept the new Constitution of the Republic of Kazakhstan, the draft of which was published "
        "in the mass media on 12 February 2026?"
    ),
    "question_note_en": (
        "This English wording is a translation made for this portal. The ballot was printed in Kazakh and "
        "Russian; no official English wording has been found."
    ),
    "answer_yes_kk": "Иә, қабылдаймын",
    "answer_yes_ru": "Да, принимаю",
    "answer_yes_en": "Yes, I accept (translation)",
    "answer_no_kk": "Жоқ, қабылдамаймын",
    "answer_no_ru": "Нет, не принимаю",
    "answer_no_en": "No, I do not accept (translation)",
    "eligible_voters": 12_482_613,
    "participants": 9_127_192,
    "votes_for": 7_954_667,
    "votes_against": 898_099,
    "invalid_ballots": 146_558,
    "unestablished_ballots": 127_868,
    "results_status": "preliminary",
    "results_date": date(2026, 3, 16),
    "results_source_kk": "Орталық референдум комиссиясы (ElordaInfo, Caspian Post және ТАСС хабарлауынша)",
    "results_source_ru": "Центральная комиссия референдума (по сообщениям ElordaInfo, Caspian Post и ТАСС)",
    "results_source_en": "Central Referendum Commission (as reported by ElordaInfo, Caspian Post and TASS)",
    **POLLING_STATIONS,
    # The Commission and provisions sections are about this referendum (migration vote/0012 sets the same).
    "reform_sections": True,
    "subject_kk": "Жаңа Конституция",
    "subject_ru": "Новая Конституция",
    "subject_en": "A new Constitution",
    "decision_kk": (
        "Жаңа Конституция қабылданды. Ол 2026 жылғы 1 шілдеде күшіне еніп, 1995 жылғы Конституцияны алмастырды."
    ),
    "decision_ru": "Новая Конституция принята. Она вступила в силу 1 июля 2026 года и заменила Конституцию 1995 года.",
    "decision_en": (
        "The new Constitution was adopted. It entered into force on 1 July 2026, replacing the Constitution of 1995."
    ),
}


def load():
    referendum, created = Referendum.objects.get_or_create(slug=SLUG, defaults=REFERENDUM)
    count = int(created)
    count += load_regions() + load_turnout(referendum)
    if created:
        # Key dates come with the referendum; once it exists, its timeline belongs to the staff.
        count += bring_up_to_date(TimelineEvent, referendum)
        # What the sources added later reached databases seeded before it through data migrations; a new one
        # gets it the same way, from the migration's own frozen copy (no second copy of the facts to drift).
        for migration in LATER_CORRECTIONS:
            import_module(f"referendum.vote.migrations.{migration}").up_to_december(apps, None)
    return count
