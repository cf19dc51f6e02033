"""The seeded provisions that the reports on the adopted text say more about: amendment only by a nationwide
referendum and what may never be changed, the single presidential term that may never be amended, the
Vice-President and the order of succession, the Halyk Kenesi's powers, the first Constitution Day under the new
Constitution (15 March 2027), the entry into force that took place on 1 July 2026 and the Kurultai election set
that day for 23 August 2026. Each text is told now of the adopted Constitution, not of the draft, and each
provision gets the sources of what it now says.

A field changes only where it still holds the seed's text (the first of each pair below), so what staff wrote
stays theirs; sources are added, never taken away. Frozen here; a new database gets the same through the seed
(referendum/provisions/seed.py, LATER_CORRECTIONS).
"""

from importlib import import_module

from django.db import migrations

SOURCES = import_module("referendum.provisions.migrations.0006_adopted_sources")

AMENDMENT_KK = (
    "Комиссия төрағасының айтуынша, Конституцияға түзетулер тек жалпыхалықтық референдум қорытындысы бойынша "
    "енгізіледі."
)
AMENDMENT_RU = (
    "По словам председателя Комиссии, поправки в Конституцию будут вноситься исключительно по итогам общенародного "
    "референдума."
)
AMENDMENT_EN = (
    "According to the Chairperson of the Commission, amendments to the Constitution will be introduced exclusively "
    "following a nationwide referendum."
)
TERM_KK = "Президент жеті жыл мерзімге бір рет қана сайланады."
TERM_RU = "Президент избирается на один срок продолжительностью семь лет."
TERM_EN = "The President is elected for one term of seven years."
HOLIDAY_KK = (
    "94-бап Конституция референдумда қабылданған күнді мемлекеттік мереке — Конституция күні деп белгілейді. "
    "Президент бұл күннің 15 наурызда атап өтілетінін жариялады."
)
HOLIDAY_RU = (
    "Статья 94 устанавливает день принятия Конституции на референдуме государственным праздником — Днём "
    "Конституции. Президент объявил, что он будет отмечаться 15 марта."
)
HOLIDAY_EN = (
    "Article 94 makes the day the Constitution is adopted at the referendum a state holiday, Constitution Day. The "
    "President announced that it will be marked on 15 March."
)
TIMETABLE_KK = (
    "Конституция күшіне енгеннен кейін бір ай ішінде Президент Құрылтайға сайлау тағайындайды, сайлау екі ай "
    "ішінде өткізіледі."
)
TIMETABLE_RU = (
    "В течение месяца после вступления Конституции в силу Президент назначает выборы в Курултай, которые "
    "проводятся в течение двух месяцев."
)
TIMETABLE_EN = (
    "Within one month of the Constitution's entry into force the President calls elections to the Kurultai, to be "
    "held within two months."
)

# slug -> {field: (as seeded, now)} and the sources to add.
UPDATES = {
    "amendments-only-by-referendum": {
        "fields": {
            "explanation_kk": (
                AMENDMENT_KK,
                AMENDMENT_KK + " Конституция осыны бекітеді: оған кез келген өзгеріс тек жалпыхалықтық референдум "
                "арқылы енгізіледі. Кейбір негіздерді ешқашан өзгертуге болмайды: мемлекеттің егемендігі мен "
                "тәуелсіздігін, унитарлығы мен аумақтық тұтастығын, басқару нысанын және Президенттің бір ғана "
                "мерзімі туралы ережені.",
            ),
            "explanation_ru": (
                AMENDMENT_RU,
                AMENDMENT_RU + " Конституция это закрепляет: любые изменения в неё вносятся только общенародным "
                "референдумом. Некоторые основы нельзя изменить никогда: суверенитет и независимость государства, "
                "его унитарность и территориальную целостность, форму правления и правило об одном сроке Президента.",
            ),
            "explanation_en": (
                AMENDMENT_EN,
                AMENDMENT_EN + " The Constitution enshrines this: any change to it is made only by a nationwide "
                "referendum. Some things may never be changed: the state's sovereignty and independence, its unitary "
                "character and territorial integrity, the form of government and the rule of a single presidential "
                "term.",
            ),
        },
        "sources": ["baq-amendment", "ng-unchangeable"],
    },
    "single-presidential-term": {
        "fields": {
            "explanation_kk": (
                TERM_KK,
                TERM_KK + " Бір адам Президент болып екі рет сайлана алмайды. Бұл ережені ешқашан өзгертуге болмайды.",
            ),
            "explanation_ru": (
                TERM_RU,
                TERM_RU + " Одно и то же лицо не может быть избрано Президентом дважды. Это правило нельзя изменить "
                "никогда.",
            ),
            "explanation_en": (
                TERM_EN,
                TERM_EN + " The same person can never be elected President twice. This rule may never be amended.",
            ),
        },
        "sources": ["1news-term", "mail-ru-term", "kt-term"],
    },
    "vice-president": {
        "fields": {
            "title_kk": ("Вице-президент лауазымы", "Вице-президент және Президент өкілеттігінің ауысу тәртібі"),
            "title_ru": ("Должность вице-президента", "Вице-президент и порядок перехода полномочий Президента"),
            "title_en": ("The post of Vice-President", "The Vice-President and the order of succession"),
            "explanation_kk": (
                "Жобада вице-президент лауазымы көзделген. Вице-президентті Президент Құрылтайдың келісімімен "
                "Құрылтайдың алғашқы сессиясынан кейін екі ай ішінде тағайындайды.",
                "Конституцияда Вице-президент лауазымы көзделген. Вице-президентті Президент Құрылтай "
                "депутаттарының көпшілігінің келісімімен тағайындайды; алғаш рет — Құрылтайдың алғашқы сессиясынан "
                "кейін екі ай ішінде. Вице-президент басқа ақылы лауазым атқара алмайды, кәсіпкерлік қызметпен "
                "айналыса алмайды және партия мүшесі бола алмайды. Мемлекеттік кеңесші лауазымы жойылады. "
                "Президенттің өкілеттігі мерзімінен бұрын тоқтатылса, ол Вице-президентке, одан кейін Құрылтай "
                "Төрағасына, одан кейін Премьер-Министрге өтеді. Құрылтай 7 күн ішінде Президент сайлауын "
                "тағайындайды, сайлау екі ай ішінде өткізіледі.",
            ),
            "explanation_ru": (
                "Проект предусматривает должность вице-президента. Вице-президента назначает Президент с согласия "
                "Курултая в течение двух месяцев после первой сессии Курултая.",
                "Конституция предусматривает должность Вице-президента. Президент назначает Вице-президента с "
                "согласия большинства депутатов Курултая; впервые — в течение двух месяцев после первой сессии "
                "Курултая. Вице-президент не может занимать другую оплачиваемую должность, заниматься "
                "предпринимательской деятельностью или состоять в партии. Должность Государственного советника "
                "упраздняется. Если полномочия Президента прекращаются досрочно, они переходят к Вице-президенту, "
                "затем к Председателю Курултая, затем к Премьер-Министру. Курултай в течение 7 дней назначает "
                "выборы Президента, которые проводятся в течение двух месяцев.",
            ),
            "explanation_en": (
                "The draft provides for the post of Vice-President, appointed by the President with the Kurultai's "
                "consent within two months of the Kurultai's first session.",
                "The Constitution provides for the post of Vice-President. The President appoints the Vice-President "
                "with the consent of a majority of the deputies of the Kurultai, the first time within two months of "
                "the Kurultai's first session. The Vice-President may hold no other paid post, may not do business "
                "and may not belong to a party. The post of State Counsellor is removed. If the President's powers "
                "end early, they pass to the Vice-President, then to the Chair of the Kurultai, then to the Prime "
                "Minister. The Kurultai calls a presidential election within 7 days, to be held within two months.",
            ),
        },
        "sources": ["gazeta-kg-architecture", "qazinform-nurmukhanov", "apn-succession"],
    },
    "halyk-kenesi": {
        "fields": {
            "explanation_kk": (
                "Жоба азаматтардың өкілді органы — Халық Кеңесінің құқықтық негізін бекітеді. Ол Құрылтайда заң "
                "шығару бастамасы құқығына ие болады, яғни заң жобаларын ұсына алады. Оның құрылу және жұмыс істеу "
                "тәртібін жеке конституциялық заң айқындайды.",
                "Конституция азаматтардың өкілді консультативтік органы — Халық Кеңесінің құқықтық негізін бекітіп, "
                "оған жеке бөлім арнайды. Оның заң шығару бастамасы құқығы бар: ол Құрылтайға заң жобаларын енгізе "
                "алады. Ол сондай-ақ жалпыхалықтық референдум өткізуді ұсына алады. Оның құрылу және жұмыс істеу "
                "тәртібін конституциялық заң айқындайды.",
            ),
            "explanation_ru": (
                "Проект закрепляет правовую основу Халық Кеңесі — представительного органа граждан. Он наделяется "
                "правом законодательной инициативы в Курултае, то есть может вносить законопроекты. Порядок его "
                "формирования и деятельности определит отдельный конституционный закон.",
                "Конституция закрепляет правовую основу Халық Кеңесі — представительного консультативного органа "
                "граждан — и отводит ему отдельный раздел. Он обладает правом законодательной инициативы: может "
                "вносить законопроекты в Курултай. Он также может предложить провести общенародный референдум. "
                "Порядок его формирования и деятельности определяет конституционный закон.",
            ),
            "explanation_en": (
                "The draft enshrines the legal basis for the Halyk Kenesi, a representative body of citizens. It has "
                "the right of legislative initiative in the Kurultai, which means it can propose laws. How it is "
                "formed and how it works will be set by a separate constitutional law.",
                "The Constitution enshrines the legal basis for the Halyk Kenesi, a representative consultative body "
                "of citizens, and gives it a section of its own. It has the right of legislative initiative: it can "
                "submit bills to the Kurultai. It can also propose a nationwide referendum. How it is formed and how "
                "it works is set by a constitutional law.",
            ),
        },
        "sources": ["diplomatic-affairs", "qazinform-nurmukhanov", "kazpravda-halyk-kenesi"],
    },
    "constitution-day": {
        "fields": {
            "explanation_kk": (
                HOLIDAY_KK,
                HOLIDAY_KK + " Еңбек министрлігінің хабарлауынша, 2026 жылдан бастап бұрынғы Конституция күні — "
                "30 тамыз мереке күні болып саналмайды, ал 2027 жылдан бастап Конституция күні 15 наурызда атап "
                "өтіледі. "
                "Сондықтан жаңа Конституция бойынша алғашқы Конституция күні — 2027 жылғы 15 наурыз.",
            ),
            "explanation_ru": (
                HOLIDAY_RU,
                HOLIDAY_RU + " Как сообщило Министерство труда, с 2026 года 30 августа — прежний День Конституции — "
                "больше не является праздничным днём, а с 2027 года День Конституции будет отмечаться 15 марта. "
                "Поэтому первый День Конституции по новому Основному закону — 15 марта 2027 года.",
            ),
            "explanation_en": (
                HOLIDAY_EN,
                HOLIDAY_EN + " The Ministry of Labour said that 30 August, the old Constitution Day, is no longer a "
                "public holiday from 2026, and that 15 March will be celebrated as Constitution Day from 2027. The first "
                "Constitution Day under the new Constitution is therefore 15 March 2027.",
            ),
        },
        "sources": ["taspanews-holiday"],
    },
    "entry-into-force": {
        "fields": {
            "explanation_kk": (
                "Жобада, референдумда мақұлданған жағдайда, жаңа Конституция 2026 жылғы 1 шілдеде күшіне енетіні, "
                "ал осы күнге дейін қазіргі Парламент жұмыс істейтіні көзделген. Конституция қабылданды; 2026 жылғы "
                "17 наурызда оған қол қойған кезде Президент оның 1 шілдеде күшіне енетінін айтты. Дереккөздер бұл "
                "күнді жоспарланған күн ретінде келтіреді.",
                "Жобада, референдумда мақұлданған жағдайда, жаңа Конституция 2026 жылғы 1 шілдеде күшіне енетіні, "
                "ал осы күнге дейін сол кездегі Парламент жұмыс істейтіні көзделген. Конституция қабылданды; 2026 "
                "жылғы 17 наурызда оған қол қойған кезде Президент бұл күнді растады. Конституция 2026 жылғы "
                "1 шілдеде күшіне енді; 95-бапта көзделгендей, 1995 жылғы Конституция бойынша құрылған Парламенттің "
                "өкілеттігі сол күні тоқтатылды.",
            ),
            "explanation_ru": (
                "Проект предусматривал, что в случае одобрения на референдуме новая Конституция вступит в силу "
                "1 июля 2026 года, а до этой даты будет работать действующий Парламент. Конституция принята; "
                "подписывая её 17 марта 2026 года, Президент сообщил, что она вступает в силу 1 июля. Источники "
                "называют эту дату запланированной.",
                "Проект предусматривал, что в случае одобрения на референдуме новая Конституция вступит в силу "
                "1 июля 2026 года, а до этой даты будет работать действовавший тогда Парламент. Конституция принята; "
                "подписывая её 17 марта 2026 года, Президент подтвердил эту дату. Конституция вступила в силу "
                "1 июля 2026 года; в тот же день, как предусматривает статья 95, прекратились полномочия Парламента, "
                "сформированного по Конституции 1995 года.",
            ),
            "explanation_en": (
                "The draft provided that, if approved at the referendum, the new Constitution would enter into force "
                "on 1 July 2026, with the current Parliament working until then. The Constitution was adopted, and at "
                "the signing on 17 March 2026 the President said it enters into force on 1 July. The sources give "
                "this date as scheduled.",
                "The draft provided that, if approved at the referendum, the new Constitution would enter into force "
                "on 1 July 2026, with the Parliament of the time working until then. The Constitution was adopted, "
                "and at the signing on 17 March 2026 the President confirmed the date. It came into force on 1 July "
                "2026; that day, as Article 95 provides, the powers of the Parliament formed under the 1995 "
                "Constitution ended.",
            ),
        },
        "sources": ["timesca-in-force", "eri-new-constitution"],
    },
    "kurultai-elections-timetable": {
        "fields": {
            "explanation_kk": (
                TIMETABLE_KK + " Бұл — жобада белгіленген мерзімдер; әр қадамның кейін қалай орындалғаны бұл бетте "
                "көрсетілмеген.",
                TIMETABLE_KK + " Конституция күшіне енген күні, 2026 жылғы 1 шілдеде, Президент сайлауды 2026 жылғы "
                "23 тамызға тағайындады. Бұл сайлаудың қорытындысы порталда әзірге көрсетілмеген.",
            ),
            "explanation_ru": (
                TIMETABLE_RU + " Таковы сроки, установленные проектом; как затем прошёл каждый шаг, эта страница не "
                "отражает.",
                TIMETABLE_RU + " 1 июля 2026 года, в день вступления Конституции в силу, Президент назначил выборы на "
                "23 августа 2026 года. Итоги этих выборов на портале пока не отражены.",
            ),
            "explanation_en": (
                TIMETABLE_EN + " This is the timetable the draft set; this page does not record how each step then "
                "went.",
                TIMETABLE_EN + " On 1 July 2026, the day the Constitution came into force, the President set the "
                "election for 23 August 2026. The portal does not yet record the outcome of that election.",
            ),
        },
        "sources": ["timesca-in-force"],
    },
}


def is_as_seeded(current, seeded):
    # modeltranslation stores an empty translation as NULL
    return current == seeded or (seeded in ("", None) and current in ("", None))


def correct(apps, schema_editor):
    Provision = apps.get_model("provisions", "Provision")
    Source = apps.get_model("provisions", "Source")
    if not Provision.objects.exists():
        return 0  # a new database: the seed runs this once it has created its first content
    for provision in Provision.objects.filter(slug__in=UPDATES):
        update = UPDATES[provision.slug]
        fields = update["fields"]
        changed = [name for name, (seeded, _now) in fields.items() if is_as_seeded(getattr(provision, name), seeded)]
        for name in changed:
            setattr(provision, name, fields[name][1])
        if changed:
            provision.save(update_fields=[*changed, "updated_at"])
        provision.sources.add(*SOURCES.sources_by_key(Source, update["sources"]))
    return 0


class Migration(migrations.Migration):
    dependencies = [("provisions", "0007_adopted_provisions")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
