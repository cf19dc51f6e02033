"""The referendum of 15 March 2026, from shared/seed/public-reports.md. Creates only what is missing."""

from datetime import date, time

from .models import Referendum, TimelineEvent
from .turnout_seed import load_regions, load_turnout

SLUG = "constitution-2026"

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
}

TIMELINE = [
    {
        "date": date(2026, 2, 11),
        "title_kk": "Референдум тағайындалды",
        "title_ru": "Назначен референдум",
        "title_en": "The referendum is called",
        "description_kk": (
            "Конституциялық комиссия жобаны Президентке ұсынды. Президент 2026 жылғы 15 наурызға республикалық "
            "референдум тағайындау туралы Жарлыққа қол қойды."
        ),
        "description_ru": (
            "Конституционная комиссия представила проект Президенту. Президент подписал указ о проведении "
            "республиканского референдума 15 марта 2026 года."
        ),
        "description_en": (
            "The Constitutional Commission presented its draft to the President, who signed the decree calling "
            "a republican referendum for 15 March 2026."
        ),
        "source_name_kk": "Kazinform (inform.kz), 12.02.2026; BAQ.kz, 11.02.2026",
        "source_name_ru": "Kazinform (inform.kz), 12.02.2026; BAQ.kz, 11.02.2026",
        "source_name_en": "Kazinform (inform.kz), 12 Feb 2026; BAQ.kz, 11 Feb 2026",
    },
    {
        "date": date(2026, 2, 12),
        "title_kk": "Конституция жобасы жарияланды",
        "title_ru": "Опубликован проект Конституции",
        "title_en": "The draft Constitution is published",
        "description_kk": (
            "Жарлық пен жаңа Конституцияның жобасы бұқаралық ақпарат құралдарында ресми жарияланды. Жоба "
            "96 баптан тұрады."
        ),
        "description_ru": (
            "Указ и проект новой Конституции официально опубликованы в средствах массовой информации. Проект "
            "состоит из 96 статей."
        ),
        "description_en": "The decree and the draft of the new Constitution, 96 articles, are officially published.",
        "source_name_kk": "The Astana Times, 12.02.2026",
        "source_name_ru": "The Astana Times, 12.02.2026",
        "source_name_en": "The Astana Times, 12 Feb 2026",
    },
    {
        "date": date(2026, 2, 17),
        "title_kk": "Дипломатиялық корпусқа арналған брифинг",
        "title_ru": "Брифинг для дипломатического корпуса",
        "title_en": "Briefing for the diplomatic corps",
        "description_kk": (
            "Сыртқы істер министрлігінің бастамасымен Конституциялық реформа жөніндегі комиссияның мүшелері "
            "жобаның негізгі жаңалықтарын дипломатиялық өкілдіктер мен халықаралық ұйымдардың 80-ге жуық "
            "өкіліне таныстырды."
        ),
        "description_ru": (
            "По инициативе Министерства иностранных дел члены Комиссии по конституционной реформе представили "
            "ключевые новеллы проекта около 80 представителям дипломатических миссий и международных организаций."
        ),
        "description_en": (
            "At the initiative of the Ministry of Foreign Affairs, members of the Constitutional Reform Commission "
            "presented the key novelties of the draft to about 80 representatives of diplomatic missions and "
            "international organizations."
        ),
        "source_name_kk": "Қазақстан Республикасы Сыртқы істер министрлігі",
        "source_name_ru": "Министерство иностранных дел Республики Казахстан",
        "source_name_en": "Ministry of Foreign Affairs of the Republic of Kazakhstan",
    },
    {
        "date": date(2026, 3, 15),
        "title_kk": "Референдум күні",
        "title_ru": "День референдума",
        "title_en": "Referendum day",
        "description_kk": "Дауыс беру учаскелері жергілікті уақыт бойынша 07:00-ден 20:00-ге дейін жұмыс істеді.",
        "description_ru": "Участки для голосования работали с 07:00 до 20:00 по местному времени.",
        "description_en": "Polling stations were open from 07:00 to 20:00 local time.",
        "source_name_kk": "Tengrinews; Kazinform",
        "source_name_ru": "Tengrinews; Kazinform",
        "source_name_en": "Tengrinews; Kazinform",
    },
    {
        "date": date(2026, 3, 16),
        "title_kk": "Алдын ала қорытындылар",
        "title_ru": "Предварительные итоги",
        "title_en": "Preliminary results",
        "description_kk": (
            "Орталық референдум комиссиясы референдумды өтті деп таныды, жаңа Конституция қабылданды: "
            "дауыс беруге құқығы бар азаматтардың 73,12%-ы қатысты, олардың 87,15%-ы жақтап дауыс берді."
        ),
        "description_ru": (
            "Центральная комиссия референдума признала референдум состоявшимся, новая Конституция принята: "
            "участвовали 73,12% граждан, имеющих право голоса, из них 87,15% проголосовали «за»."
        ),
        "description_en": (
            "The Central Referendum Commission declared the referendum valid and the new Constitution adopted: "
            "73.12% of eligible citizens took part, and 87.15% of them voted in favour."
        ),
        "source_name_kk": "Орталық референдум комиссиясы (ElordaInfo, Caspian Post, ТАСС)",
        "source_name_ru": "Центральная комиссия референдума (ElordaInfo, Caspian Post, ТАСС)",
        "source_name_en": "Central Referendum Commission (via ElordaInfo, Caspian Post, TASS)",
    },
    {
        "date": date(2026, 3, 16),
        "title_kk": "15 наурыз — Конституция күні",
        "title_ru": "15 марта — День Конституции",
        "title_en": "15 March to be Constitution Day",
        "description_kk": "Президент 15 наурыз Конституция күні ретінде атап өтілетінін жариялады.",
        "description_ru": "Президент объявил, что 15 марта будет отмечаться как День Конституции.",
        "description_en": "The President announced that 15 March will be marked as Constitution Day.",
        "source_name_kk": "Эхо (echofm.online), 16.03.2026",
        "source_name_ru": "Эхо (echofm.online), 16.03.2026",
        "source_name_en": "Echo (echofm.online), 16 Mar 2026",
    },
    {
        "date": date(2026, 7, 1),
        "title_kk": "Күшіне ену (жоба бойынша)",
        "title_ru": "Вступление в силу (по проекту)",
        "title_en": "Entry into force (as the draft provided)",
        "description_kk": (
            "Жобада жаңа Конституцияның 2026 жылғы 1 шілдеде күшіне енуі көзделген; оған дейін қазіргі "
            "Парламент жұмысын жалғастырады."
        ),
        "description_ru": (
            "Проект предусматривал вступление новой Конституции в силу 1 июля 2026 года; до этого работает "
            "действующий Парламент."
        ),
        "description_en": (
            "The draft set 1 July 2026 for the new Constitution to enter into force; the current Parliament "
            "works until then."
        ),
        "source_name_kk": "The Astana Times, 12.02.2026",
        "source_name_ru": "The Astana Times, 12.02.2026",
        "source_name_en": "The Astana Times, 12 Feb 2026",
    },
]


def load():
    referendum, created = Referendum.objects.get_or_create(slug=SLUG, defaults=REFERENDUM)
    count = int(created)
    if not created and referendum.unestablished_ballots is None and referendum.participants == 9_127_192:
        # Databases seeded before this figure was a field of its own: add it, change nothing else.
        Referendum.objects.filter(pk=referendum.pk).update(unestablished_ballots=127_868)
    count += load_regions() + load_turnout(referendum)
    if created:
        # Key dates come with the referendum; once it exists, its timeline belongs to the staff.
        for event in TIMELINE:
            TimelineEvent.objects.create(referendum=referendum, **event)
            count += 1
    return count
