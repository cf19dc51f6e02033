"""The draft's key novelties as the seed reports them (shared/seed/). No wording is quoted and no article
number is given: the seed has neither, so those fields stay empty for staff to fill from the official text.
A kind of change is set only where the seed itself says it ("remain unchanged", "transition to",
"enshrining"); elsewhere it stays empty."""

from datetime import date

from .models import Provision, Source, Topic

SOURCES = {
    "mfa-briefing": {
        "published_on": date(2026, 2, 17),
        "title_kk": (
            "Қазақстан Республикасы Сыртқы істер министрлігі: Конституциялық реформа жөніндегі комиссия "
            "жұмысының қорытындылары бойынша дипломатиялық корпусқа арналған брифинг"
        ),
        "title_ru": (
            "Министерство иностранных дел Республики Казахстан: брифинг для дипломатического корпуса об итогах "
            "работы Комиссии по конституционной реформе"
        ),
        "title_en": (
            "Ministry of Foreign Affairs of the Republic of Kazakhstan: briefing for the diplomatic corps on the "
            "outcomes of the work of the Constitutional Reform Commission"
        ),
    },
    "astana-times-entry-into-force": {
        "published_on": date(2026, 2, 12),
        "title_kk": "The Astana Times: «Draft Constitution sets July 1 entry into force if approved»",
        "title_ru": "The Astana Times: «Draft Constitution sets July 1 entry into force if approved»",
        "title_en": "The Astana Times: “Draft Constitution sets July 1 entry into force if approved”",
    },
}

TOPICS = [
    ("state", "Мемлекет және егемендік", "Государство и суверенитет", "State and sovereignty"),
    ("amending", "Конституцияны өзгерту тәртібі", "Порядок изменения Конституции", "Amending the Constitution"),
    ("parliament", "Парламент және өкілдік", "Парламент и представительство", "Parliament and representation"),
    (
        "foreign-policy",
        "Сыртқы саясат және халықаралық құқық",
        "Внешняя политика и международное право",
        "Foreign policy and international law",
    ),
    ("transition", "Күшіне енуі және өтпелі кезең", "Вступление в силу и переходный период", "Entry into force"),
]

PROVISIONS = [
    {
        "slug": "sovereignty-unchanged",
        "topics": ["state"],
        "sources": ["mfa-briefing"],
        "change": Provision.Change.UNCHANGED,
        "is_featured": True,
        "title_kk": "Егемендік, тәуелсіздік, унитарлық сипат және аумақтық тұтастық өзгеріссіз қалады",
        "title_ru": "Суверенитет, независимость, унитарность и территориальная целостность остаются неизменными",
        "title_en": "Sovereignty, independence, unitary character and territorial integrity remain unchanged",
        "explanation_kk": (
            "Жоба мемлекеттің негіздерін өзгертпейді. Қазақстан егемен әрі тәуелсіз, унитарлы мемлекет болып қала "
            "береді, оның аумақтық тұтастығы сақталады."
        ),
        "explanation_ru": (
            "Проект не меняет основ государства. Казахстан остаётся суверенным, независимым и унитарным "
            "государством, его территориальная целостность сохраняется."
        ),
        "explanation_en": (
            "The draft does not change the foundations of the state. Kazakhstan remains a sovereign, independent "
            "and unitary state, and its territorial integrity is kept as it is."
        ),
    },
    {
        "slug": "amendments-only-by-referendum",
        "topics": ["amending"],
        "sources": ["mfa-briefing"],
        "change": "",
        "is_featured": True,
        "title_kk": "Конституцияға өзгерістер тек жалпыхалықтық референдум арқылы енгізіледі",
        "title_ru": "Изменения в Конституцию — только через общенародный референдум",
        "title_en": "Amendments to the Constitution only through a nationwide referendum",
        "explanation_kk": (
            "Комиссия төрағасының айтуынша, Конституцияға түзетулер тек жалпыхалықтық референдум қорытындысы "
            "бойынша енгізіледі: Негізгі заңның кез келген өзгерісін азаматтардың өздері шешеді."
        ),
        "explanation_ru": (
            "По словам председателя Комиссии, поправки в Конституцию будут вноситься исключительно по итогам "
            "общенародного референдума: любое изменение Основного закона решают сами граждане."
        ),
        "explanation_en": (
            "According to the Chairperson of the Commission, amendments to the Constitution will be made only "
            "following a nationwide referendum: citizens themselves decide on any change to the basic law."
        ),
    },
    {
        "slug": "unicameral-kurultai",
        "topics": ["parliament"],
        "sources": ["mfa-briefing"],
        "change": Provision.Change.AMENDED,
        "is_featured": True,
        "title_kk": "Бір палаталы Құрылтай",
        "title_ru": "Однопалатный Курултай",
        "title_en": "A unicameral Kurultai",
        "explanation_kk": (
            "Жоба жария биліктің теңгерімді әрі есеп беретін моделін бекітеді. Оның бір бөлігі — бір палаталы "
            "парламентке, Құрылтайға көшу."
        ),
        "explanation_ru": (
            "Проект закрепляет сбалансированную и подотчётную модель публичной власти. Её часть — переход к "
            "однопалатному парламенту, Курултаю."
        ),
        "explanation_en": (
            "The draft sets out a balanced and accountable model of public authority. Part of it is the "
            "transition to a parliament with a single chamber, the Kurultai."
        ),
    },
    {
        "slug": "halyk-kenesi",
        "topics": ["parliament"],
        "sources": ["mfa-briefing"],
        "change": Provision.Change.NEW,
        "is_featured": True,
        "title_kk": "Халық Кеңесі — азаматтардың өкілді органы",
        "title_ru": "Халық Кеңесі — представительный орган граждан",
        "title_en": "The Halyk Kenesi, a representative body of citizens",
        "explanation_kk": (
            "Жоба азаматтардың өкілді органы — Халық Кеңесінің құқықтық негізін бекітеді. Ол Құрылтайда заң "
            "шығару бастамасы құқығына ие болады, яғни заң жобаларын ұсына алады. Оның құрылу және жұмыс істеу "
            "тәртібін жеке конституциялық заң айқындайды."
        ),
        "explanation_ru": (
            "Проект закрепляет правовую основу Халық Кеңесі — представительного органа граждан. Он наделяется "
            "правом законодательной инициативы в Курултае, то есть может вносить законопроекты. Порядок его "
            "формирования и деятельности определит отдельный конституционный закон."
        ),
        "explanation_en": (
            "The draft enshrines the legal basis for the Halyk Kenesi, a representative body of citizens. It has "
            "the right of legislative initiative in the Kurultai, which means it can propose laws. How it is "
            "formed and how it works will be set by a separate constitutional law."
        ),
    },
    {
        "slug": "foreign-policy-international-law",
        "topics": ["foreign-policy"],
        "sources": ["mfa-briefing"],
        "change": "",
        "title_kk": "Халықаралық құқық пен БҰҰ Жарғысына негізделген сыртқы саясат",
        "title_ru": "Внешняя политика на основе международного права и Устава ООН",
        "title_en": "Foreign policy based on international law and the UN Charter",
        "explanation_kk": (
            "Брифингте Сыртқы істер министрінің орынбасары жобада мемлекеттің халықаралық құқықтың іргелі "
            "қағидаттарына адалдығы көрініс тапқанын түсіндірді. Қазақстанның халықаралық ынтымақтастығы "
            "БҰҰ Жарғысының негізгі қағидаттарына және қабылдаған барлық халықаралық міндеттемелерін адал "
            "орындауға негізделген."
        ),
        "explanation_ru": (
            "На брифинге заместитель министра иностранных дел пояснил, что проект отражает приверженность "
            "государства основополагающим принципам международного права. Международное сотрудничество "
            "Казахстана основано на ключевых принципах Устава ООН и добросовестном выполнении всех принятых "
            "международных обязательств."
        ),
        "explanation_en": (
            "At the briefing the Deputy Minister of Foreign Affairs explained that the draft reflects the state's "
            "commitment to the fundamental principles of international law. Kazakhstan's international "
            "cooperation rests on the core principles of the UN Charter and the good-faith fulfilment of all the "
            "international obligations it has assumed."
        ),
    },
    {
        "slug": "international-treaties",
        "topics": ["foreign-policy"],
        "sources": ["mfa-briefing"],
        "change": Provision.Change.UNCHANGED,
        "title_kk": "Халықаралық шарттар құқықтық жүйенің бөлігі болып қала береді",
        "title_ru": "Международные договоры остаются частью правовой системы",
        "title_en": "International treaties remain part of the legal system",
        "explanation_kk": (
            "Халықаралық шарттар Қазақстанның құқықтық жүйесінің бөлігі болып қала береді және міндетті түрде "
            "орындалуға тиіс."
        ),
        "explanation_ru": (
            "Международные договоры остаются частью правовой системы Казахстана и подлежат обязательному исполнению."
        ),
        "explanation_en": (
            "International treaties remain part of Kazakhstan's legal system and are subject to mandatory "
            "implementation."
        ),
    },
    {
        "slug": "entry-into-force",
        "topics": ["transition"],
        "sources": ["astana-times-entry-into-force"],
        "change": Provision.Change.NEW,
        "title_kk": "2026 жылғы 1 шілдеде күшіне енуі",
        "title_ru": "Вступление в силу 1 июля 2026 года",
        "title_en": "Entry into force on 1 July 2026",
        "explanation_kk": (
            "Жобаға сәйкес, референдумда мақұлданған жағдайда жаңа Конституция 2026 жылғы 1 шілдеде күшіне енеді. "
            "Осы күнге дейін қазіргі Парламент жұмыс істейді."
        ),
        "explanation_ru": (
            "Проект предусматривает, что в случае одобрения на референдуме новая Конституция вступает в силу "
            "1 июля 2026 года. До этой даты работает действующий Парламент."
        ),
        "explanation_en": (
            "The draft provides that, if approved at the referendum, the new Constitution enters into force on "
            "1 July 2026. The current Parliament works until then."
        ),
    },
    {
        "slug": "kurultai-elections-timetable",
        "topics": ["transition", "parliament"],
        "sources": ["astana-times-entry-into-force"],
        "change": Provision.Change.NEW,
        "title_kk": "Құрылтайға сайлау мерзімдері",
        "title_ru": "Сроки выборов в Курултай",
        "title_en": "The timetable for electing the Kurultai",
        "explanation_kk": (
            "Конституция күшіне енгеннен кейін бір ай ішінде Президент Құрылтайға сайлау тағайындайды, сайлау "
            "екі ай ішінде өткізіледі. Бұл — жобада белгіленген мерзімдер; әр қадамның кейін қалай орындалғаны "
            "бұл бетте көрсетілмеген."
        ),
        "explanation_ru": (
            "В течение месяца после вступления Конституции в силу Президент назначает выборы в Курултай, которые "
            "проводятся в течение двух месяцев. Таковы сроки, установленные проектом; как затем прошёл каждый шаг, "
            "эта страница не отражает."
        ),
        "explanation_en": (
            "Within one month of the Constitution's entry into force the President calls elections to the "
            "Kurultai, to be held within two months. This is the timetable the draft set; this page does not "
            "record how each step then went."
        ),
    },
]


def load():
    created = 0
    sources = {}
    for key, values in SOURCES.items():
        sources[key], was_created = Source.objects.get_or_create(title_en=values["title_en"], defaults=values)
        created += was_created
    topics = {}
    for order, (slug, kk, ru, en) in enumerate(TOPICS, start=1):
        defaults = {"title_kk": kk, "title_ru": ru, "title_en": en, "order": order * 10}
        topics[slug], was_created = Topic.objects.get_or_create(slug=slug, defaults=defaults)
        created += was_created
    for order, values in enumerate(PROVISIONS, start=1):
        fields = dict(values)
        topic_slugs, source_keys = fields.pop("topics"), fields.pop("sources")
        provision, was_created = Provision.objects.get_or_create(
            slug=fields.pop("slug"), defaults={**fields, "order": order * 10}
        )
        if was_created:
            provision.topics.set(topics[slug] for slug in topic_slugs)
            provision.sources.set(sources[key] for key in source_keys)
            created += 1
    return created
