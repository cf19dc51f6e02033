"""Every republican referendum of Kazakhstan, not only the 2026 one: the four held before it (29 April 1995,
30 August 1995, 5 June 2022, 6 October 2024), from the public reports each record's source line names, and the
2026 referendum marked as the one the Commission and provisions sections are about.

A referendum already in the database for that voting date is left as staff have it; the 2026 one only gets its
subject and what it decided where those are still empty. The figures and texts are written here, not imported
from the seed, so that a later change of the seed cannot change what this migration did.

Where the sources give no rule, no polling hours or no answers, the fields stay empty: the pages then show no
rule and work out no outcome (nothing is guessed). The yes share is always a share of those who took part.
"""

from datetime import date

from django.db import migrations

REFORM_SLUG = "constitution-2026"

REFORM_TEXTS = {
    "subject_kk": "Жаңа Конституция",
    "subject_ru": "Новая Конституция",
    "subject_en": "A new Constitution",
    "decision_kk": "Жаңа Конституция қабылданды. Ол 2026 жылғы 1 шілдеде күшіне еніп, 1995 жылғы Конституцияны алмастырды.",
    "decision_ru": "Новая Конституция принята. Она вступила в силу 1 июля 2026 года и заменила Конституцию 1995 года.",
    "decision_en": "The new Constitution was adopted. It entered into force on 1 July 2026, replacing the Constitution of 1995.",
}

# What the sources do not describe for the earlier referendums: the usual rules, the polling hours, the thresholds.
UNRECORDED = {
    "usual_rules": False,
    "polls_open": None,
    "polls_close": None,
    "turnout_threshold_percent": None,
    "approval_threshold_percent": None,
}

EARLIER = [
    {
        **UNRECORDED,
        "slug": "presidential-term-1995",
        "voting_date": date(1995, 4, 29),
        "title_kk": "1995 жылғы 29 сәуірдегі Президенттің өкілеттік мерзімін ұзарту туралы республикалық референдум",
        "title_ru": "Республиканский референдум 29 апреля 1995 года о продлении срока полномочий Президента",
        "title_en": "Republican referendum of 29 April 1995 on extending the President’s term of office",
        "subject_kk": "Президент Назарбаевтың өкілеттік мерзімін 2000 жылғы 1 желтоқсанға дейін ұзарту",
        "subject_ru": "Продление срока полномочий Президента Назарбаева до 1 декабря 2000 года",
        "subject_en": "Extending President Nazarbayev’s term of office to 1 December 2000",
        "question_wording": "description",
        "question_kk": "Президент Назарбаевтың өкілеттік мерзімін 2000 жылғы 1 желтоқсанға дейін ұзарту туралы.",
        "question_ru": "О продлении срока полномочий Президента Назарбаева до 1 декабря 2000 года.",
        "question_en": "On extending President Nazarbayev’s term of office to 1 December 2000.",
        "question_note_kk": (
            "Сұрақтың қазақ және орыс тілдеріндегі сөзбе-сөз мәтіні табылмады: бұл — не сұралғанының сипаттамасы. "
            "Референдум 1995 жылғы 25 наурыздағы № 2152 Жарлықпен тағайындалды."
        ),
        "question_note_ru": (
            "Дословная формулировка вопроса на казахском и русском языках не найдена: это описание того, о чём "
            "спрашивали. Референдум назначен Указом № 2152 от 25 марта 1995 года."
        ),
        "question_note_en": (
            "No verbatim wording of the question in Kazakh or Russian was found: this describes what was asked. "
            "The referendum was called by Decree No. 2152 of 25 March 1995."
        ),
        "eligible_voters": 9_110_156,
        "participants": 8_309_637,
        "votes_for": 7_932_834,
        "votes_against": 312_156,
        "invalid_ballots": 64_647,
        "results_status": "final",
        "results_source_kk": "sudd.ch (тікелей демократия дерекқоры); «Коммерсантъ»",
        "results_source_ru": "sudd.ch (база данных о прямой демократии); «Коммерсантъ»",
        "results_source_en": "sudd.ch (a database of direct democracy); Kommersant",
        "results_source_url": "https://sudd.ch/event.php?id=kz011995&lang=en",
        "results_note_kk": (
            "sudd.ch пен «Коммерсантъ» келу деңгейін 91,26% деп береді, басқа бір көшірмеде — 91,21%; мұнда "
            "көрсетілген үлес сандардан есептелген."
        ),
        "results_note_ru": (
            "sudd.ch и «Коммерсантъ» приводят явку 91,26%, другая копия — 91,21%; доля, указанная здесь, вычислена "
            "по числам."
        ),
        "results_note_en": (
            "sudd.ch and Kommersant give the turnout as 91.26%, another copy 91.21%; the share shown here is worked "
            "out from the figures."
        ),
        "results_from_reference_databases": True,
    },
    {
        **UNRECORDED,
        "slug": "constitution-1995",
        "voting_date": date(1995, 8, 30),
        "title_kk": "1995 жылғы 30 тамыздағы Конституция жөніндегі республикалық референдум",
        "title_ru": "Республиканский референдум 30 августа 1995 года по Конституции",
        "title_en": "Republican referendum of 30 August 1995 on the Constitution",
        "subject_kk": "Жаңа Конституция (1995 жылғы Конституция)",
        "subject_ru": "Новая Конституция (Конституция 1995 года)",
        "subject_en": "A new Constitution (the Constitution of 1995)",
        "question_kk": (
            "Жобасы 1995 жылғы бірінші тамызда баспасөзде жарияланған Қазақстан Республикасының жаңа "
            "Конституциясын қабылдайсыз ба?"
        ),
        "question_ru": (
            "Принимаете ли Вы новую Конституцию Республики Казахстан, проект которой опубликован в печати первого "
            "августа 1995 года?"
        ),
        "question_en": (
            "Do you accept the new Constitution of the Republic of Kazakhstan, the draft of which was published in "
            "the press on the first of August 1995?"
        ),
        "question_note_kk": (
            "Сұрақтың қазақ тіліндегі ресми мәтіні табылмады: бұл — орыс тіліндегі мәтіннің осы портал жасаған "
            "аудармасы. Орыс тіліндегі мәтін бір ғана дереккөз бойынша (1995 жылғы 28 шілдедегі № 2389 Жарлықтан "
            "дәйексөз ретінде) келтірілген."
        ),
        "question_note_ru": (
            "Формулировка приведена по единственному источнику, цитирующему Указ № 2389 от 28 июля 1995 года."
        ),
        "question_note_en": (
            "This English wording is a translation made for this portal of the Russian wording, which only one "
            "source gives (quoting Decree No. 2389 of 28 July 1995); no official Kazakh or English wording was found."
        ),
        "eligible_voters": 8_933_225,
        "participants": 8_091_715,
        "votes_for": 7_212_773,
        "votes_against": 800_839,
        "invalid_ballots": 78_103,
        "results_status": "final",
        "results_source_kk": "sudd.ch (тікелей демократия дерекқоры); Nohlen, «Elections in Asia»",
        "results_source_ru": "sudd.ch (база данных о прямой демократии); Nohlen, «Elections in Asia»",
        "results_source_en": "sudd.ch (a database of direct democracy); Nohlen, Elections in Asia",
        "results_source_url": "https://www.sudd.ch/event.php?id=kz021995",
        "results_note_kk": "Сол кезде оппозициялық топтар келу деңгейіне дау айтты (histogood.ru).",
        "results_note_ru": "Оппозиционные группы в то время оспаривали явку (histogood.ru).",
        "results_note_en": "Opposition groups disputed the turnout at the time (histogood.ru).",
        "results_from_reference_databases": True,
        "decision_kk": (
            "Осы дауысқа салынған 1995 жылғы Конституция 2026 жылғы 1 шілдеде жаңа Конституция күшіне енгенге "
            "дейін қолданыста болды."
        ),
        "decision_ru": (
            "Вынесенная на это голосование Конституция 1995 года действовала до вступления в силу новой "
            "Конституции 1 июля 2026 года."
        ),
        "decision_en": (
            "The Constitution of 1995 put to this vote remained in force until the new Constitution took effect on "
            "1 July 2026."
        ),
    },
    {
        **UNRECORDED,
        "slug": "constitutional-amendments-2022",
        "voting_date": date(2022, 6, 5),
        "title_kk": "2022 жылғы 5 маусымдағы Конституцияға өзгерістер енгізу жөніндегі республикалық референдум",
        "title_ru": "Республиканский референдум 5 июня 2022 года по изменениям в Конституцию",
        "title_en": "Republican referendum of 5 June 2022 on amendments to the Constitution",
        "subject_kk": "Конституцияға өзгерістер: 33 бапқа 56 түзету",
        "subject_ru": "Изменения в Конституцию: 56 поправок к 33 статьям",
        "subject_en": "Amendments to the Constitution: 56 amendments to 33 articles",
        "question_kk": (
            "2022 жылғы 6 мамырда бұқаралық ақпарат құралдарында жарияланған «Қазақстан Республикасының "
            "Конституциясына өзгерістер мен толықтырулар енгізу туралы» Қазақстан Республикасы Заңының жобасында "
            "баяндалған Қазақстан Республикасының Конституциясына өзгерістер мен толықтыруларды қабылдайсыз ба?"
        ),
        "question_ru": (
            "Принимаете ли Вы изменения и дополнения в Конституцию Республики Казахстан, изложенные в проекте "
            "Закона Республики Казахстан «О внесении изменений и дополнений в Конституцию Республики Казахстан», "
            "опубликованном в средствах массовой информации 6 мая 2022 года?"
        ),
        "question_en": (
            "Do you accept the amendments and additions to the Constitution of the Republic of Kazakhstan set out "
            "in the draft Law of the Republic of Kazakhstan “On Amendments and Additions to the Constitution of the "
            "Republic of Kazakhstan” published in the mass media on 6 May 2022?"
        ),
        "question_note_en": (
            "This English wording is a translation made for this portal; no official English wording has been found."
        ),
        "approval_threshold_percent": 50,
        "approval_rule": "regions",
        "eligible_voters": 11_734_642,
        "participants": 7_985_769,
        "votes_for": 6_163_516,
        "votes_against": 1_490_475,
        "results_status": "final",
        "results_date": date(2022, 6, 7),
        "results_source_kk": "Орталық референдум комиссиясы (The Astana Times және Sputnik хабарлауынша)",
        "results_source_ru": "Центральная комиссия референдума (по сообщениям The Astana Times и Sputnik)",
        "results_source_en": "Central Referendum Commission (as reported by The Astana Times and Sputnik)",
        "results_note_kk": (
            "Алдын ала қорытынды 2022 жылғы 6 маусымда жарияланды: келу деңгейі 68,06%, жақтап дауыс бергендер — "
            "77,18% (6 163 863 дауыс) (Kazinform, azernews.az арқылы). «Жоқ» үлесі ең жоғары — Алматы қаласында "
            "(27,41%) (informburo.kz)."
        ),
        "results_note_ru": (
            "Предварительные итоги объявлены 6 июня 2022 года: явка 68,06%, «за» 77,18% (6 163 863 голоса) "
            "(Kazinform через azernews.az). Наибольшая доля «против» — в городе Алматы, 27,41% (informburo.kz)."
        ),
        "results_note_en": (
            "Preliminary results were announced on 6 June 2022: turnout 68.06%, 77.18% in favour (6,163,863 votes) "
            "(Kazinform via azernews.az). The highest share against was in Almaty city, 27.41% (informburo.kz)."
        ),
    },
    {
        **UNRECORDED,
        "slug": "nuclear-power-plant-2024",
        "voting_date": date(2024, 10, 6),
        "title_kk": "2024 жылғы 6 қазандағы атом электр станциясын салу жөніндегі республикалық референдум",
        "title_ru": "Республиканский референдум 6 октября 2024 года по строительству атомной электростанции",
        "title_en": "Republican referendum of 6 October 2024 on building a nuclear power plant",
        "subject_kk": "Қазақстанда атом электр станциясын (АЭС) салу",
        "subject_ru": "Строительство атомной электростанции (АЭС) в Казахстане",
        "subject_en": "Building a nuclear power plant in Kazakhstan",
        "question_kk": "Қазақстанда атом электр станциясын салуға келісесіз бе?",
        "question_ru": "Согласны ли Вы со строительством атомной электростанции в Казахстане?",
        "question_en": "Do you agree to the construction of a nuclear power plant in Kazakhstan?",
        "question_note_kk": (
            "Сұрақ пен жауаптардың қазақ тіліндегі ресми мәтіні табылмады: бұл — орыс тіліндегі мәтіннің осы "
            "портал жасаған аудармасы."
        ),
        "question_note_en": (
            "This English wording of the question and the answers is a translation made for this portal of the "
            "Russian wording; no official English or Kazakh wording has been found."
        ),
        "answer_yes_kk": "ИӘ, келісемін",
        "answer_yes_ru": "ДА, согласен",
        "answer_yes_en": "YES, I agree",
        "answer_no_kk": "ЖОҚ, келіспеймін",
        "answer_no_ru": "НЕТ, не согласен",
        "answer_no_en": "NO, I do not agree",
        "eligible_voters": 12_284_487,
        "participants": 7_820_204,
        "votes_for": 5_561_937,
        "votes_against": 2_045_271,
        "invalid_ballots": 130_267,
        "unestablished_ballots": 82_729,
        "results_status": "preliminary",
        "results_date": date(2024, 10, 7),
        "results_source_kk": "Орталық референдум комиссиясы (Азаттық (azattyq.org) хабарлауынша, 07.10.2024)",
        "results_source_ru": "Центральная комиссия референдума (по сообщению Азаттыка (azattyq.org), 07.10.2024)",
        "results_source_en": "Central Referendum Commission (as reported by Azattyq (azattyq.org), 7 October 2024)",
        "results_source_url": "https://azattyq.org/amp/33148869.html",
        "results_note_kk": (
            "Екі жауап та белгіленген 82 729 бюллетень жарамды, бірақ есепке алынбады; белгіленбеген үлгідегі "
            "130 267 бюллетень жарамсыз деп танылды. «Иә» үлесі ең жоғары — Қостанай облысында (82,18%), «жоқ» "
            "үлесі ең жоғары — Алматы қаласында (39,24%); келу деңгейі Қызылорда облысында ең жоғары (82,23%), "
            "Алматы қаласында ең төмен (25,21%) болды."
        ),
        "results_note_ru": (
            "82 729 бюллетеней с отмеченными обоими ответами действительны, но не учтены; 130 267 бюллетеней "
            "неустановленного образца признаны недействительными. Наибольшая доля «за» — в Костанайской области "
            "(82,18%), «против» — в городе Алматы (39,24%); явка была самой высокой в Кызылординской области "
            "(82,23%) и самой низкой в городе Алматы (25,21%)."
        ),
        "results_note_en": (
            "82,729 ballots with both answers marked were valid but not counted; 130,267 ballots of an "
            "unestablished form were invalid. The share in favour was highest in Kostanay region (82.18%), the "
            "share against in Almaty city (39.24%); turnout was highest in Kyzylorda region (82.23%) and lowest in "
            "Almaty city (25.21%)."
        ),
    },
]


def add_earlier_referendums(apps, schema_editor):
    Referendum = apps.get_model("vote", "Referendum")
    reform = Referendum.objects.filter(slug=REFORM_SLUG).first()
    if reform is not None:
        reform.reform_sections = True
        for field, value in REFORM_TEXTS.items():
            if not getattr(reform, field):
                setattr(reform, field, value)
        reform.save()
    taken_dates = set(Referendum.objects.values_list("voting_date", flat=True))
    taken_slugs = set(Referendum.objects.values_list("slug", flat=True))
    for record in EARLIER:
        if record["voting_date"] not in taken_dates and record["slug"] not in taken_slugs:
            Referendum.objects.create(**record)


class Migration(migrations.Migration):
    dependencies = [
        ("vote", "0011_many_referendums"),
    ]

    operations = [
        migrations.RunPython(add_earlier_referendums, migrations.RunPython.noop),
    ]
