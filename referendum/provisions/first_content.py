"""The provisions' first content: the draft's key novelties as the sources report them (the Foreign Ministry's
briefing, public reports), as databases seeded before were given it. No wording is quoted: the sources give none,
so those fields stay empty for staff to fill from the official text; an article number is given only where a
source names it. A kind of change is set only where a source itself says it ("remain unchanged", "transition to",
"enshrining"); elsewhere it stays empty. Its links went to the sites' home pages: migration 0006 gives each the
address of its article (referendum/provisions/seed.py runs the later corrections on a new database too)."""

from datetime import date

from .models import Provision

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
        "url": "https://astanatimes.com/",
        "published_on": date(2026, 2, 12),
        "title_kk": "The Astana Times: «Draft Constitution sets July 1 entry into force if approved»",
        "title_ru": "The Astana Times: «Draft Constitution sets July 1 entry into force if approved»",
        "title_en": "The Astana Times: “Draft Constitution sets July 1 entry into force if approved”",
    },
}

SOURCES |= {
    "kazinform-draft": {
        "url": "https://inform.kz/ru/",
        "published_on": date(2026, 2, 12),
        "title_kk": "Kazinform (inform.kz): Конституция жобасы туралы",
        "title_ru": "Kazinform (inform.kz): о проекте Конституции",
        "title_en": "Kazinform (inform.kz): on the draft Constitution",
    },
    "diplomatic-affairs": {
        "url": "https://diplomaticaffairs.com/",
        "published_on": None,
        "title_kk": "Diplomatic Affairs (diplomaticaffairs.com)",
        "title_ru": "Diplomatic Affairs (diplomaticaffairs.com)",
        "title_en": "Diplomatic Affairs (diplomaticaffairs.com)",
    },
    "report-az-term": {
        "url": "https://report.az/",
        "published_on": date(2026, 2, 12),
        "title_kk": "Report.az (report.az): Президенттің мерзімі туралы",
        "title_ru": "Report.az (report.az): о сроке полномочий Президента",
        "title_en": "Report.az (report.az): on the President's term",
    },
    "echo-constitution-day": {
        "url": "https://echofm.online/",
        "published_on": date(2026, 3, 16),
        "title_kk": "Эхо (echofm.online): Конституция күні туралы",
        "title_ru": "Эхо (echofm.online): о Дне Конституции",
        "title_en": "Echo (echofm.online): on Constitution Day",
    },
    "baq-signing": {
        "url": "https://ekaraganda.kz/",
        "published_on": date(2026, 3, 17),
        "title_kk": "BAQ.kz (ekaraganda.kz): Конституцияға қол қою туралы",
        "title_ru": "BAQ.kz (ekaraganda.kz): о подписании Конституции",
        "title_en": "BAQ.kz (via ekaraganda.kz): on the signing of the Constitution",
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
    ("president", "Президент", "Президент", "The President"),
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
            "Комиссия төрағасы брифингте Қазақстан Республикасының егемендігі, тәуелсіздігі, унитарлық сипаты "
            "және аумақтық тұтастығы Конституция жобасында өзгеріссіз қалатынын мәлімдеді."
        ),
        "explanation_ru": (
            "Председатель Комиссии заявила на брифинге, что суверенитет, независимость, унитарность и "
            "территориальная целостность Республики Казахстан в проекте Конституции остаются неизменными."
        ),
        "explanation_en": (
            "The Chairperson of the Commission said at the briefing that the sovereignty, independence, unitary "
            "character and territorial integrity of the Republic of Kazakhstan remain unchanged in the draft "
            "Constitution."
        ),
    },
    {
        "slug": "amendments-only-by-referendum",
        "topics": ["amending"],
        "sources": ["mfa-briefing"],
        "change": "",
        "is_featured": True,
        "title_kk": "Конституцияға түзетулер тек жалпыхалықтық референдум арқылы енгізіледі",
        "title_ru": "Поправки в Конституцию — только через общенародный референдум",
        "title_en": "Amendments to the Constitution only through a nationwide referendum",
        "explanation_kk": (
            "Комиссия төрағасының айтуынша, Конституцияға түзетулер тек жалпыхалықтық референдум қорытындысы "
            "бойынша енгізіледі."
        ),
        "explanation_ru": (
            "По словам председателя Комиссии, поправки в Конституцию будут вноситься исключительно по итогам "
            "общенародного референдума."
        ),
        "explanation_en": (
            "According to the Chairperson of the Commission, amendments to the Constitution will be introduced "
            "exclusively following a nationwide referendum."
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
        "sources": ["astana-times-entry-into-force", "baq-signing"],
        "change": "",
        "title_kk": "2026 жылғы 1 шілдеде күшіне енуі",
        "title_ru": "Вступление в силу 1 июля 2026 года",
        "title_en": "Entry into force on 1 July 2026",
        "explanation_kk": (
            "Жобада, референдумда мақұлданған жағдайда, жаңа Конституция 2026 жылғы 1 шілдеде күшіне енетіні, "
            "ал осы күнге дейін қазіргі Парламент жұмыс істейтіні көзделген. Конституция қабылданды; 2026 жылғы "
            "17 наурызда оған қол қойған кезде Президент оның 1 шілдеде күшіне енетінін айтты. Дереккөздер бұл "
            "күнді жоспарланған күн ретінде келтіреді."
        ),
        "explanation_ru": (
            "Проект предусматривал, что в случае одобрения на референдуме новая Конституция вступит в силу "
            "1 июля 2026 года, а до этой даты будет работать действующий Парламент. Конституция принята; подписывая её "
            "17 марта 2026 года, Президент сообщил, что она вступает в силу 1 июля. Источники называют эту дату "
            "запланированной."
        ),
        "explanation_en": (
            "The draft provided that, if approved at the referendum, the new Constitution would enter into force "
            "on 1 July 2026, with the current Parliament working until then. The Constitution was adopted, and at "
            "the signing on 17 March 2026 the President said it enters into force on 1 July. The sources give "
            "this date as scheduled."
        ),
    },
    {
        "slug": "kurultai-elections-timetable",
        "topics": ["transition", "parliament"],
        "sources": ["astana-times-entry-into-force"],
        "change": "",
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


# Added once public reports described them from the published text (each provision names its sources).
PROVISIONS += [
    {
        "slug": "kurultai-composition",
        "topics": ["parliament"],
        "sources": ["kazinform-draft", "diplomatic-affairs"],
        "change": "",
        "title_kk": "Құрылтай: бес жылға сайланатын 145 депутат",
        "title_ru": "Курултай: 145 депутатов, избираемых на пять лет",
        "title_en": "The Kurultai: 145 deputies elected for five years",
        "explanation_kk": (
            "Құрылтай — 145 депутаттан тұратын бір палаталы парламент. Депутаттар бірыңғай жалпыұлттық сайлау "
            "округі бойынша пропорционалдық жүйемен бес жылға сайланады."
        ),
        "explanation_ru": (
            "Курултай — однопалатный парламент из 145 депутатов. Они избираются по пропорциональной системе в "
            "едином общенациональном избирательном округе сроком на пять лет."
        ),
        "explanation_en": (
            "The Kurultai is a single chamber of 145 deputies, elected by proportional representation in one "
            "nationwide constituency for five years."
        ),
    },
    {
        "slug": "vice-president",
        "topics": ["president"],
        "sources": ["kazinform-draft"],
        "change": "",
        "title_kk": "Вице-президент лауазымы",
        "title_ru": "Должность вице-президента",
        "title_en": "The post of Vice-President",
        "explanation_kk": (
            "Жобада вице-президент лауазымы көзделген. Вице-президентті Президент Құрылтайдың келісімімен "
            "Құрылтайдың алғашқы сессиясынан кейін екі ай ішінде тағайындайды."
        ),
        "explanation_ru": (
            "Проект предусматривает должность вице-президента. Вице-президента назначает Президент с согласия "
            "Курултая в течение двух месяцев после первой сессии Курултая."
        ),
        "explanation_en": (
            "The draft provides for the post of Vice-President, appointed by the President with the Kurultai's "
            "consent within two months of the Kurultai's first session."
        ),
    },
    {
        "slug": "single-presidential-term",
        "topics": ["president"],
        "sources": ["report-az-term"],
        "change": "",
        "title_kk": "Президенттің бір ғана жеті жылдық мерзімі",
        "title_ru": "Один семилетний срок Президента",
        "title_en": "A single seven-year presidential term",
        "explanation_kk": "Президент жеті жыл мерзімге бір рет қана сайланады.",
        "explanation_ru": "Президент избирается на один срок продолжительностью семь лет.",
        "explanation_en": "The President is elected for one term of seven years.",
    },
    {
        "slug": "constitution-day",
        "topics": ["transition"],
        "sources": ["kazinform-draft", "echo-constitution-day"],
        "change": "",
        "draft_article": "94",
        "title_kk": "Конституция күні — 15 наурыз (94-бап)",
        "title_ru": "День Конституции — 15 марта (статья 94)",
        "title_en": "Constitution Day, 15 March (Article 94)",
        "explanation_kk": (
            "94-бап Конституция референдумда қабылданған күнді мемлекеттік мереке — Конституция күні деп "
            "белгілейді. Президент бұл күннің 15 наурызда атап өтілетінін жариялады."
        ),
        "explanation_ru": (
            "Статья 94 устанавливает день принятия Конституции на референдуме государственным праздником — Днём "
            "Конституции. Президент объявил, что он будет отмечаться 15 марта."
        ),
        "explanation_en": (
            "Article 94 makes the day the Constitution is adopted at the referendum a state holiday, Constitution "
            "Day. The President announced that it will be marked on 15 March."
        ),
    },
    {
        "slug": "end-of-1995-parliament",
        "topics": ["transition"],
        "sources": ["kazinform-draft"],
        "change": "",
        "draft_article": "95",
        "title_kk": "1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі тоқтатылады (95-бап)",
        "title_ru": "Полномочия Парламента, сформированного по Конституции 1995 года, прекращаются (статья 95)",
        "title_en": "The powers of the Parliament formed under the 1995 Constitution end (Article 95)",
        "explanation_kk": (
            "«Қорытынды және өтпелі ережелер» деген XI бөлімнің 95-бабы 1995 жылғы Конституция бойынша құрылған "
            "Парламенттің өкілеттігін 2026 жылғы 1 шілдеде тоқтатады."
        ),
        "explanation_ru": (
            "Статья 95 раздела XI «Заключительные и переходные положения» прекращает 1 июля 2026 года полномочия "
            "Парламента, сформированного по Конституции 1995 года."
        ),
        "explanation_en": (
            'Article 95, in Section XI "Final and transitional provisions", ends the powers of the Parliament '
            "formed under the 1995 Constitution on 1 July 2026."
        ),
    },
]
ADDED_LATER = (
    "kurultai-composition",
    "vice-president",
    "single-presidential-term",
    "constitution-day",
    "end-of-1995-parliament",
)
