"""The provisions of the adopted Constitution that public reports describe from its final text of 12 February 2026
(public-reports.md, "What the adopted Constitution says"), each in plain words with its own sources, and the topics
a reader looks for them under ("Rights, freedoms and duties": what the Constitution changes for people).

An article number is given only where the reports give it for the final text, which was adopted unchanged; a kind
of change only where a source says it ("given constitutional status", "new powers"). What exists already (a slug
or a topic staff created) is left as it is. Frozen here; a new database gets the same through the seed
(referendum/provisions/seed.py, LATER_CORRECTIONS).
"""

from importlib import import_module

from django.db import migrations

SOURCES = import_module("referendum.provisions.migrations.0006_adopted_sources")

# slug -> (order, kk, ru, en); the seed's topics are 10 to 60 apart.
TOPICS = {
    "rights": (12, "Құқықтар, бостандықтар және міндеттер", "Права, свободы и обязанности", "Rights, freedoms and duties"),
    "society": (14, "Тіл, дін және білім", "Язык, религия и образование", "Language, religion and education"),
    "nature": (16, "Табиғат және табиғи ресурстар", "Природа и природные ресурсы", "Nature and natural resources"),
    "justice": (35, "Сот және заң көмегі", "Суд и юридическая помощь", "Courts and legal aid"),
}

PROVISIONS = [
    {
        "slug": "preamble",
        "order": 4,
        "topics": ["state"],
        "sources": ["kazinform-text", "tengrinews-text", "baq-preamble"],
        "title_kk": "Преамбула: халық, жер және мемлекеттің құндылықтары",
        "title_ru": "Преамбула: народ, земля и ценности государства",
        "title_en": "The preamble: the people, the land and the state's values",
        "explanation_kk": (
            "Преамбула Қазақстанның біртұтас халқының атынан сөйлейді. Онда байырғы қазақ жеріндегі "
            "мемлекеттілік пен Ұлы Дала тарихының сабақтастығы айтылады. Преамбула унитарлық мемлекет пен оның "
            "аумақтық тұтастығын, «Әділетті Қазақстан» мен «Заң және Тәртіп» қағидаттарын, адам құқықтарын, "
            "бірлікті, ұлтаралық және конфессияаралық келісімді, мәдениетті, білімді, ғылым мен инновацияны, "
            "табиғатқа қамқорлықты және барлық елдермен бейбітшілікті бекітеді. Алғашқы жобаны таныстырған кезде "
            "Комиссия преамбула адам құқықтары мен бостандықтарын алғаш рет мемлекеттің басты басымдығы етіп "
            "белгілейтінін айтты."
        ),
        "explanation_ru": (
            "Преамбула говорит от имени единого народа Казахстана. В ней говорится о государственности на исконной "
            "казахской земле и о преемственности истории Великой степи. Преамбула утверждает унитарное государство "
            "и его территориальную целостность, принципы «Справедливый Казахстан» и «Закон и Порядок», права "
            "человека, единство, межнациональное и межконфессиональное согласие, культуру, образование, науку и "
            "инновации, заботу о природе и мир со всеми странами. Представляя первый проект, Комиссия заявила, что "
            "преамбула впервые делает права и свободы человека главным приоритетом государства."
        ),
        "explanation_en": (
            "The preamble speaks for the united people of Kazakhstan. It names statehood on ancestral Kazakh land and "
            "the continuity of the history of the Great Steppe. It affirms the unitary state and its territorial "
            "integrity, a “Just Kazakhstan” and “Law and Order”, human rights, unity, accord between ethnic groups "
            "and between faiths, culture, education, science and innovation, care for nature, and peace with all "
            "countries. When the first draft was presented, the Commission said that the preamble makes human rights "
            "and freedoms the state's main priority for the first time."
        ),
    },
    {
        "slug": "state-character",
        "order": 6,
        "topics": ["state"],
        "sources": ["kazinform-text", "tengrinews-text"],
        "draft_article": "1, 2",
        "title_kk": "Демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет, президенттік республика (1 және 2-баптар)",
        "title_ru": "Демократическое, светское, правовое и социальное государство, президентская республика (статьи 1 и 2)",
        "title_en": "A democratic, secular, legal and social state, a presidential republic (Articles 1 and 2)",
        "explanation_kk": (
            "1-бапқа сәйкес Қазақстан — демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет. Оның ең жоғары "
            "құндылықтары — адам, оның өмірі, құқықтары мен бостандықтары. 2-бапқа сәйкес Қазақстан — унитарлық "
            "мемлекет, президенттік республика. Елордасы — Астана. Елорданың мәртебесі мен әкімшілік-аумақтық "
            "құрылыс конституциялық заңдармен айқындалады."
        ),
        "explanation_ru": (
            "Согласно статье 1, Казахстан — демократическое, светское, правовое и социальное государство. Его высшие "
            "ценности — человек, его жизнь, права и свободы. Согласно статье 2, Казахстан — унитарное государство, "
            "президентская республика. Столица — Астана. Статус столицы и административно-территориальное "
            "устройство определяются конституционными законами."
        ),
        "explanation_en": (
            "Under Article 1, Kazakhstan is a democratic, secular, legal and social state. Its highest values are the "
            "person, their life, rights and freedoms. Under Article 2, Kazakhstan is a unitary state and a presidential "
            "republic. The capital is Astana. The capital's status and the administrative-territorial structure are "
            "set by constitutional laws."
        ),
    },
    {
        "slug": "natural-resources",
        "order": 140,
        "topics": ["nature"],
        "sources": ["baq-property"],
        "draft_article": "8",
        "title_kk": "Табиғи ресурстар халыққа тиесілі (8-бап)",
        "title_ru": "Природные ресурсы принадлежат народу (статья 8)",
        "title_en": "Natural resources belong to the people (Article 8)",
        "explanation_kk": (
            "8-бапқа сәйкес табиғи ресурстар халыққа тиесілі. Меншік иелері өз мүлкін қоғам мүддесіне сай "
            "пайдалануға және экологиялық талаптарды сақтауға міндетті."
        ),
        "explanation_ru": (
            "Согласно статье 8, природные ресурсы принадлежат народу. Собственники обязаны использовать своё "
            "имущество в общественных интересах и соблюдать экологические требования."
        ),
        "explanation_en": (
            "Under Article 8, natural resources belong to the people. Owners must use their property in the public "
            "interest and meet environmental requirements."
        ),
    },
    {
        "slug": "privacy-and-personal-data",
        "order": 150,
        "topics": ["rights"],
        "sources": ["eri-new-constitution", "alau-digital-rights"],
        "draft_article": "21",
        "title_kk": "Жеке өмірге қол сұғылмаушылық және дербес деректерді қорғау (21-бап)",
        "title_ru": "Неприкосновенность частной жизни и защита персональных данных (статья 21)",
        "title_en": "Privacy and the protection of personal data (Article 21)",
        "explanation_kk": (
            "21-бап жеке өмірді, жеке және отбасылық құпияны қорғайды. Ол сондай-ақ дербес деректерді заңсыз жинау "
            "мен пайдаланудан, оның ішінде цифрлық технологиялар арқылы жинау мен пайдаланудан қорғайды. Жоба "
            "жарияланған кезде онда цифрлық ортадағы құқықтарды қорғайтын норма алғаш рет енгізілгені хабарланды."
        ),
        "explanation_ru": (
            "Статья 21 защищает частную жизнь, личную и семейную тайну. Она также защищает от незаконного сбора и "
            "использования персональных данных, в том числе с помощью цифровых технологий. При публикации проекта "
            "сообщалось, что в нём впервые появилась норма о защите прав в цифровой среде."
        ),
        "explanation_en": (
            "Article 21 protects private life and personal and family secrets. It also protects people against the "
            "unlawful collection and use of their personal data, including by digital technologies. When the draft "
            "was published, it was reported to contain, for the first time, a norm protecting rights in the digital "
            "environment."
        ),
    },
    {
        "slug": "marriage",
        "order": 160,
        "topics": ["rights"],
        "sources": ["kazpravda-marriage", "lada-marriage"],
        "draft_article": "30",
        "title_kk": "Неке — ер мен әйелдің одағы (30-бап)",
        "title_ru": "Брак — союз мужчины и женщины (статья 30)",
        "title_en": "Marriage, a union of a man and a woman (Article 30)",
        "explanation_kk": "30-бап некені ер мен әйелдің ерікті әрі тең құқықты одағы ретінде айқындайды.",
        "explanation_ru": "Статья 30 определяет брак как добровольный и равноправный союз мужчины и женщины.",
        "explanation_en": "Article 30 defines marriage as a voluntary and equal union of a man and a woman.",
    },
    {
        "slug": "duty-to-preserve-nature",
        "order": 170,
        "topics": ["rights", "nature"],
        "sources": ["kazinform-text"],
        "draft_article": "37",
        "title_kk": "Табиғатты сақтау міндеті (37-бап)",
        "title_ru": "Обязанность сохранять природу (статья 37)",
        "title_en": "The duty to preserve nature (Article 37)",
        "explanation_kk": (
            "37-бапқа сәйкес азаматтар табиғатты сақтауға міндетті. Адамдардың өміріне, денсаулығына немесе "
            "қоршаған ортаға қауіп төндіретін фактілерді жасырған лауазымды адамдар жауапкершілікке тартылады."
        ),
        "explanation_ru": (
            "Согласно статье 37, граждане обязаны сохранять природу. Должностные лица, скрывающие факты, которые "
            "угрожают жизни и здоровью людей или окружающей среде, несут ответственность."
        ),
        "explanation_en": (
            "Under Article 37, citizens must preserve nature. Officials who hide facts that threaten people's life or "
            "health or the environment are held liable."
        ),
    },
    {
        "slug": "limits-on-dissolving-the-kurultai",
        "order": 180,
        "topics": ["parliament", "president"],
        "sources": ["bizmedia-dissolution"],
        "draft_article": "62",
        "title_kk": "Президент Құрылтайды қашан тарата алады (62-бап)",
        "title_ru": "Когда Президент может распустить Курултай (статья 62)",
        "title_en": "When the President may dissolve the Kurultai (Article 62)",
        "explanation_kk": (
            "62-бапқа сәйкес Президент Құрылтайды тек шектеулі жағдайларда тарата алады: мысалы, Құрылтай "
            "кандидатураға екі рет келісім бермесе. Төтенше немесе соғыс жағдайы кезінде, сондай-ақ Президент "
            "өкілеттігі мерзімінің соңғы алты айында Құрылтайды таратуға болмайды."
        ),
        "explanation_ru": (
            "Согласно статье 62, Президент может распустить Курултай только в ограниченных случаях: например, если "
            "Курултай дважды отказал в согласии на кандидатуру. Курултай нельзя распустить во время чрезвычайного "
            "или военного положения, а также в последние шесть месяцев срока полномочий Президента."
        ),
        "explanation_en": (
            "Under Article 62, the President may dissolve the Kurultai only in limited cases, for example when it "
            "twice refuses consent to a nominee. The Kurultai may never be dissolved during a state of emergency or "
            "martial law, nor in the last six months of the President's term."
        ),
    },
    {
        "slug": "kurultai-powers",
        "order": 190,
        "topics": ["parliament"],
        "sources": ["trend-kurultai", "kazinform-kurultai-powers", "diplomatic-affairs"],
        "title_kk": "Құрылтайдың өкілеттіктері",
        "title_ru": "Полномочия Курултая",
        "title_en": "The Kurultai's powers",
        "explanation_kk": (
            "Құрылтайда президенттік квота жоқ: Президент оның депутаттарын тағайындамайды. Құрылтай заң жобаларын "
            "үш оқылымда қарайды. Вице-президентті, Премьер-Министрді және бірқатар басқа да жоғары лауазымды "
            "адамдарды тағайындау үшін оның келісімі қажет. Құрылтай Конституциялық Сотты, Жоғары аудиторлық "
            "палатаны және Орталық сайлау комиссиясын қалыптастыруға қатысады."
        ),
        "explanation_ru": (
            "В Курултае нет президентской квоты: Президент не назначает его депутатов. Курултай рассматривает "
            "законопроекты в трёх чтениях. Его согласие нужно для назначения Вице-президента, Премьер-Министра и "
            "ряда других высших должностных лиц. Курултай участвует в формировании Конституционного Суда, Высшей "
            "аудиторской палаты и Центральной избирательной комиссии."
        ),
        "explanation_en": (
            "There is no presidential quota in the Kurultai: the President appoints none of its deputies. The Kurultai "
            "considers bills in three readings. Its consent is needed to appoint the Vice-President, the Prime "
            "Minister and several other senior officials. It takes part in forming the Constitutional Court, the "
            "Supreme Audit Chamber and the Central Election Commission."
        ),
    },
    {
        "slug": "constitutional-court-and-international-decisions",
        "order": 200,
        "topics": ["justice"],
        "sources": ["qazinform-constitutional-court"],
        "change": "new",
        "title_kk": "Конституциялық Соттың жаңа өкілеттігі: халықаралық ұйымдардың шешімдері",
        "title_ru": "Новое полномочие Конституционного Суда: решения международных организаций",
        "title_en": "A new power of the Constitutional Court: decisions of international organisations",
        "explanation_kk": (
            "Конституциялық Сот халықаралық ұйымдардың шешімдерін орындаудың Конституцияға сәйкестігін тексере "
            "алады. Оған Президент, Құрылтай Төрағасы, Құрылтай депутаттарының бестен бірі, Премьер-Министр немесе "
            "Бас Прокурор жүгіне алады. Сот Конституцияға сәйкес емес деп таныған шешімдер орындалмайды."
        ),
        "explanation_ru": (
            "Конституционный Суд может проверять, соответствует ли Конституции исполнение решений международных "
            "организаций. С таким обращением могут выступить Президент, Председатель Курултая, пятая часть депутатов "
            "Курултая, Премьер-Министр или Генеральный Прокурор. Решения, которые Суд признал несовместимыми с "
            "Конституцией, не могут быть исполнены."
        ),
        "explanation_en": (
            "The Constitutional Court may check whether carrying out a decision of an international organisation "
            "agrees with the Constitution. The President, the Chair of the Kurultai, a fifth of the deputies of the "
            "Kurultai, the Prime Minister or the Prosecutor General may apply to it. A decision the Court finds "
            "incompatible with the Constitution cannot be carried out."
        ),
    },
    {
        "slug": "the-bar",
        "order": 210,
        "topics": ["justice", "rights"],
        "sources": ["baq-bar"],
        "change": "new",
        "title_kk": "Адвокатураның конституциялық мәртебесі",
        "title_ru": "Конституционный статус адвокатуры",
        "title_en": "Constitutional status for the Bar",
        "explanation_kk": (
            "Конституция адвокатураға конституциялық мәртебе береді. Адвокатура адамдарға сот арқылы қорғалу және "
            "заң көмегін алу құқықтарын іске асыруға көмектеседі."
        ),
        "explanation_ru": (
            "Конституция придаёт адвокатуре конституционный статус. Адвокатура помогает людям осуществлять право на "
            "судебную защиту и на юридическую помощь."
        ),
        "explanation_en": (
            "The Constitution gives the Bar constitutional status. The Bar helps people exercise their rights to "
            "judicial protection and to legal aid."
        ),
    },
    {
        "slug": "religion-and-secular-education",
        "order": 220,
        "topics": ["society"],
        "sources": ["caliber-secular", "filmogaz-secular"],
        "title_kk": "Мемлекет діннен бөлінген, білім беру зайырлы",
        "title_ru": "Государство отделено от религии, образование светское",
        "title_en": "The state is separate from religion, and education is secular",
        "explanation_kk": (
            "Мемлекет діннен бөлінген. Діни бірлестіктер мемлекет істеріне араласа алмайды. Білім беру зайырлы "
            "сипатта болады."
        ),
        "explanation_ru": (
            "Государство отделено от религии. Религиозные объединения не вправе вмешиваться в дела государства. "
            "Образование носит светский характер."
        ),
        "explanation_en": (
            "The state is separate from religion. Religious organisations may not interfere in the affairs of the "
            "state. Education is secular."
        ),
    },
    {
        "slug": "state-language-and-russian",
        "order": 230,
        "topics": ["society"],
        "sources": ["tass-languages", "sibnet-languages"],
        "title_kk": "Мемлекеттік тіл — қазақ тілі, орыс тілі онымен «қатар» қолданылады",
        "title_ru": "Государственный язык — казахский, русский употребляется «наряду» с ним",
        "title_en": "Kazakh is the state language, and Russian is used “alongside” it",
        "explanation_kk": (
            "Мемлекеттік тіл — қазақ тілі. Мемлекеттік ұйымдарда және жергілікті өзін-өзі басқару органдарында "
            "орыс тілі қазақ тілімен «қатар» ресми түрде қолданылады. Қаңтардағы жобада бұл жерде «тең» деген сөз "
            "болған."
        ),
        "explanation_ru": (
            "Государственный язык — казахский. В государственных организациях и органах местного самоуправления "
            "русский язык официально употребляется «наряду» с казахским. В январском проекте здесь стояло слово "
            "«наравне»."
        ),
        "explanation_en": (
            "Kazakh is the state language. In state organisations and local self-government bodies, Russian is used "
            "officially “alongside” Kazakh (in Russian «наряду», in Kazakh «қатар»). The January draft had said “on "
            "an equal footing” («наравне») instead."
        ),
    },
    {
        "slug": "transitional-appointments",
        "order": 240,
        "topics": ["transition"],
        "sources": ["gazeta-kg-transition"],
        "title_kk": "Өтпелі кезеңдегі тағайындаулар",
        "title_ru": "Назначения в переходный период",
        "title_en": "Appointments in the transitional period",
        "explanation_kk": (
            "Өтпелі ережелер екі мерзім белгілейді. Құрылтайдың алғашқы сессиясынан кейін екі ай ішінде оның "
            "келісімімен Вице-президент, Конституциялық Соттың Төрағасы мен судьялары, Орталық сайлау комиссиясы "
            "мен Жоғары аудиторлық палатаның құрамы тағайындалады. Конституция күшіне енгеннен кейін екі ай ішінде "
            "Жоғарғы Соттың, Ұлттық Банктің, Ұлттық қауіпсіздік комитетінің және Жоғары Сот Кеңесінің төрағалары, "
            "Бас Прокурор және Адам құқықтары жөніндегі уәкіл тағайындалады."
        ),
        "explanation_ru": (
            "Переходные положения устанавливают два срока. В течение двух месяцев после первой сессии Курултая с его "
            "согласия назначаются Вице-президент, Председатель и судьи Конституционного Суда, состав Центральной "
            "избирательной комиссии и Высшей аудиторской палаты. В течение двух месяцев после вступления Конституции "
            "в силу назначаются председатели Верховного Суда, Национального Банка, Комитета национальной "
            "безопасности и Высшего Судебного Совета, Генеральный Прокурор и Уполномоченный по правам человека."
        ),
        "explanation_en": (
            "The transitional provisions set two deadlines. Within two months of the Kurultai's first session, with "
            "its consent, the Vice-President, the Chair and the judges of the Constitutional Court, and the members of "
            "the Central Election Commission and of the Supreme Audit Chamber are appointed. Within two months of the "
            "Constitution's entry into force, the chairs of the Supreme Court, the National Bank, the National "
            "Security Committee and the Supreme Judicial Council, the Prosecutor General and the Human Rights "
            "Commissioner are appointed."
        ),
    },
]


def correct(apps, schema_editor):
    Provision = apps.get_model("provisions", "Provision")
    Source = apps.get_model("provisions", "Source")
    Topic = apps.get_model("provisions", "Topic")
    if not Provision.objects.exists():
        return 0  # a new database: the seed runs this once it has created its first content
    created = 0
    for slug, (order, kk, ru, en) in TOPICS.items():
        defaults = {"order": order, "title_kk": kk, "title_ru": ru, "title_en": en}
        created += Topic.objects.get_or_create(slug=slug, defaults=defaults)[1]
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for values in PROVISIONS:
        fields = dict(values)
        topic_slugs, source_keys = fields.pop("topics"), fields.pop("sources")
        provision, was_created = Provision.objects.get_or_create(slug=fields.pop("slug"), defaults=fields)
        if was_created:
            provision.topics.set(topics[slug] for slug in topic_slugs if slug in topics)
            provision.sources.set(SOURCES.sources_by_key(Source, source_keys))
            created += 1
    return created


class Migration(migrations.Migration):
    dependencies = [("provisions", "0006_adopted_sources")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
