"""The glossary's terms, each explained as the sources explain it, with its sources. A term the
sources do not explain (e.g. the absentee certificate) is not here: staff add it with its source."""

from importlib import import_module

from .models import GlossaryTerm


def term(slug, kk, ru, en, source_kk_ru, source_en):
    return {
        "slug": slug,
        "term_kk": kk[0],
        "term_ru": ru[0],
        "term_en": en[0],
        "definition_kk": kk[1],
        "definition_ru": ru[1],
        "definition_en": en[1],
        "source_name_kk": source_kk_ru,
        "source_name_ru": source_kk_ru,
        "source_name_en": source_en,
    }


TERMS = [
    term(
        "kurultai",
        (
            "Құрылтай",
            "Жаңа Конституция бойынша бір палаталы парламент: бірыңғай жалпыұлттық сайлау округі бойынша "
            "пропорционалдық жүйемен бес жылға сайланатын 145 депутат.",
        ),
        (
            "Курултай",
            "Однопалатный парламент по новой Конституции: 145 депутатов, избираемых по пропорциональной системе в "
            "едином общенациональном избирательном округе на пять лет.",
        ),
        (
            "Kurultai",
            "The single-chamber parliament under the new Constitution: 145 deputies elected by proportional "
            "representation in one nationwide constituency for five years.",
        ),
        "Kazinform (inform.kz), 12.02.2026; diplomaticaffairs.com",
        "Kazinform (inform.kz), 12 Feb 2026; diplomaticaffairs.com",
    ),
    term(
        "halyk-kenesi",
        (
            "Халық Кеңесі",
            "Азаматтардың Құрылтайда заң шығару бастамасы құқығы бар өкілді консультативтік органы. Оның құрылу "
            "және жұмыс істеу тәртібін жеке конституциялық заң айқындайды.",
        ),
        (
            "Халық Кеңесі (Народный совет Казахстана)",
            "Представительный консультативный орган граждан с правом законодательной инициативы в Курултае. "
            "Порядок его формирования и деятельности определяет отдельный конституционный закон.",
        ),
        (
            "Halyk Kenesi (People's Council of Kazakhstan)",
            "A representative consultative body of citizens with the right of legislative initiative in the "
            "Kurultai. How it is formed and how it works is set by a separate constitutional law.",
        ),
        "Қазақстан Республикасы Сыртқы істер министрлігі, 17.02.2026; diplomaticaffairs.com",
        "Ministry of Foreign Affairs of the Republic of Kazakhstan, 17 Feb 2026; diplomaticaffairs.com",
    ),
    term(
        "central-referendum-commission",
        (
            "Орталық референдум комиссиясы",
            "Референдум қорытындыларын жариялайтын орган; заң бойынша түпкілікті қорытындылар жеті күн ішінде "
            "белгіленеді. Орталық референдум комиссиясының міндетін Орталық сайлау комиссиясы атқарады.",
        ),
        (
            "Центральная комиссия референдума",
            "Орган, который объявляет итоги референдума; по закону окончательные итоги устанавливаются в течение "
            "семи дней. Функции Центральной комиссии референдума выполняет Центральная избирательная комиссия.",
        ),
        (
            "Central Referendum Commission",
            "The body that announces the results of the referendum; the law gives seven days to establish the "
            "final results. The Central Election Commission acts as the Central Referendum Commission.",
        ),
        "Kazinform (inform.kz), 12.02.2026; Kazinform (qazinform.com)",
        "Kazinform (inform.kz), 12 Feb 2026; Kazinform (qazinform.com)",
    ),
    term(
        "valid-referendum",
        (
            "Өтті деп танылған референдум",
            "Дауыс беруге құқығы бар азаматтардың жартысынан астамы қатысса, референдум өтті деп танылады.",
        ),
        (
            "Состоявшийся референдум",
            "Референдум признаётся состоявшимся, если в нём приняли участие более половины граждан, имеющих право "
            "голоса.",
        ),
        ("Valid referendum", "A referendum is valid if more than half of the citizens eligible to vote take part."),
        "Kazinform (qazinform.com)",
        "Kazinform (qazinform.com)",
    ),
    term(
        "adopted-decision",
        (
            "Қабылданған шешім",
            "Қатысқан азаматтардың жартысынан астамы жақтап дауыс берсе, шешім қабылданды деп саналады.",
        ),
        (
            "Принятое решение",
            "Решение считается принятым, если за него проголосовали более половины граждан, принявших участие в "
            "голосовании.",
        ),
        ("Adopted decision", "A decision is adopted if more than half of the citizens who take part vote in favour."),
        "Kazinform (qazinform.com)",
        "Kazinform (qazinform.com)",
    ),
    term(
        "constitution-day",
        (
            "Конституция күні",
            "15 наурыздағы мемлекеттік мереке — жаңа Конституция референдумда қабылданған күн (94-бап). Бұрын ол "
            "30 тамызда атап өтілетін еді.",
        ),
        (
            "День Конституции",
            "Государственный праздник 15 марта — день принятия новой Конституции на референдуме (статья 94). "
            "Прежде его отмечали 30 августа.",
        ),
        (
            "Constitution Day",
            "A state holiday on 15 March, the day the new Constitution was adopted at the referendum (Article 94). "
            "It had been marked on 30 August.",
        ),
        "Kazinform (inform.kz), 12.02.2026; Эхо (echofm.online), 16.03.2026; BAQ.kz (ekaraganda.kz), 17.03.2026",
        "Kazinform (inform.kz), 12 Feb 2026; Echo (echofm.online), 16 Mar 2026; BAQ.kz (ekaraganda.kz), 17 Mar 2026",
    ),
]


def load():
    fresh = not GlossaryTerm.objects.exists()
    created = 0
    for order, values in enumerate(TERMS, start=1):
        fields = dict(values)
        _term, was_created = GlossaryTerm.objects.get_or_create(
            slug=fields.pop("slug"), defaults={**fields, "order": order * 10}
        )
        created += was_created
    if not fresh:
        return created  # once the glossary exists it is the staff's: what they cleared stays cleared
    # The addresses of the sources' articles, as older databases got them (migration about/0003).
    import_module("referendum.about.migrations.0003_glossary_source_articles").add_addresses_to(GlossaryTerm)
    # The terms' wording as the citizen's review corrected it, as older databases got it (migration about/0004).
    import_module("referendum.about.migrations.0004_glossary_wording").reword_terms(
        GlossaryTerm, untranslated_columns=False
    )
    return created
