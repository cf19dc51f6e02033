"""The reform's timeline from the sources (referendum/vote/timeline_seed.py): a database seeded earlier gets the
steps it lacks, and its seeded steps the corrected wording (past tense, each source with its site), in every
field staff have not changed since; the entry into force is marked scheduled."""

from datetime import date

from django.db import migrations

from referendum.vote.timeline_seed import bring_up_to_date

EARLIER_STEPS = [
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


def update_timeline(apps, schema_editor):
    Referendum = apps.get_model("vote", "Referendum")
    TimelineEvent = apps.get_model("vote", "TimelineEvent")
    referendum = Referendum.objects.filter(slug="constitution-2026").first()
    if referendum is not None:
        earlier = {step["title_en"]: step for step in EARLIER_STEPS}
        bring_up_to_date(TimelineEvent, referendum, earlier)


class Migration(migrations.Migration):
    dependencies = [("vote", "0005_timeline_status_official_text")]

    operations = [migrations.RunPython(update_timeline, migrations.RunPython.noop)]
