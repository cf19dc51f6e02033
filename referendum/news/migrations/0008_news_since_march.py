"""Four articles on what followed the vote, from dated facts in public reports (checked 2026-12-06): the final
results (17 March 2026), the signing of the Constitution and the decree on implementing it (17 March), the
publication of its full text (18 March), and its entry into force with the setting of the Kurultai election
(1 July). Each is added, published, to a database that has no article with its slug; an article that exists is
never changed, whoever wrote it. The migration carries its own texts: the app's code may change after it."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import migrations

ALMATY = ZoneInfo("Asia/Almaty")
# The untranslated columns hold the default language's text, as modeltranslation leaves them.
DEFAULT_LANGUAGE = "kk"
TRANSLATED = ("title", "lead", "body", "source_name")
# The seed's article on the results: a database that has it was seeded before these articles existed.
SEEDED_BEFORE = "official-results"


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def items(*texts):
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def lines(*urls):
    """The field of source addresses: one address a line."""
    return "\n".join(urls)


FINAL_RESULTS = {
    "slug": "final-results",
    "published_at": datetime(2026, 3, 17, tzinfo=ALMATY),
    "source_url": lines(
        "https://exclusive.kz/rezultaty-referenduma-ozvuchili-v-kazahstane",
        "https://informburo.kz/amp/kaz/newskaz/ork-referendumnyn-qorytyndy-natizelerin-zariialady",
        "https://kz.mir24.tv/news/16664032/bolee-87percent-grazhdan-kazahstana-podderzhali-prinyatie-novoj-konstitucii",
    ),
    "source_name_kk": "Орталық референдум комиссиясы, Interfax (m.interfax.ru) деректері бойынша, 17.03.2026; "
    "exclusive.kz; Informburo (informburo.kz), қазақ тіліндегі басылым; kz.mir24.tv",
    "source_name_ru": "Центральная комиссия референдума, по данным «Интерфакса» (m.interfax.ru), 17.03.2026; "
    "exclusive.kz; Informburo (informburo.kz), казахская версия; kz.mir24.tv",
    "source_name_en": "Central Referendum Commission, via Interfax (m.interfax.ru), 17.03.2026; exclusive.kz; "
    "Informburo (informburo.kz), Kazakh edition; kz.mir24.tv",
    "title_kk": "Референдумның түпкілікті қорытындылары алдын ала қорытындылармен сәйкес келді",
    "title_ru": "Окончательные итоги референдума совпали с предварительными",
    "title_en": "The final results of the referendum matched the preliminary ones",
    "lead_kk": "2026 жылғы 17 наурызда Орталық референдум комиссиясы түпкілікті қорытындыларды белгіледі: референдум "
    "өтті деп танылып, жаңа Конституция қабылданды.",
    "lead_ru": "17 марта 2026 года Центральная комиссия референдума установила окончательные итоги: референдум "
    "признан состоявшимся, новая Конституция принята.",
    "lead_en": "On 17 March 2026 the Central Referendum Commission established the final results: the referendum was "
    "valid and the new Constitution was adopted.",
    "body_kk": paragraphs(
        "2026 жылғы 17 наурызда Орталық референдум комиссиясының отырысында оның төрағасы Нұрлан Әбдіров 2026 жылғы "
        "15 наурыздағы республикалық референдумның түпкілікті қорытындыларын жариялады. Олар 16 наурызда "
        "жарияланған алдын ала қорытындылармен бірдей."
    )
    + items(
        "Дауыс беруге құқығы бар азаматтар: 12 482 613.",
        "Қатысқандар: 9 127 192 (келу деңгейі 73,12%).",
        "Жақтап дауыс бергендер: 7 954 667 (қатысқандардың 87,15%\u2011ы).",
        "Қарсы дауыс бергендер: 898 099.",
        "Жарамсыз бюллетеньдер: 146 558.",
        "Есепке алынбаған бюллетеньдер: 127 868.",
    )
    + paragraphs(
        "Бұл 127 868 бюллетеньнің неліктен есепке алынбағанын дереккөздер әртүрлі түсіндіреді. Жақтап және қарсы "
        "берілген дауыстардың, жарамсыз және есепке алынбаған бюллетеньдердің қосындысы қатысқандар санына тең: "
        "9 127 192.",
        "Референдум өтті деп танылып, жаңа Конституция қабылданды.",
    ),
    "body_ru": paragraphs(
        "17 марта 2026 года на заседании Центральной комиссии референдума её председатель Нурлан Абдиров объявил "
        "окончательные итоги республиканского референдума 15 марта 2026 года. Они совпадают с предварительными "
        "итогами, объявленными 16 марта."
    )
    + items(
        "Граждан, имеющих право голоса: 12 482 613.",
        "Приняли участие: 9 127 192 (явка 73,12%).",
        "«За»: 7 954 667 (87,15% от принявших участие).",
        "«Против»: 898 099.",
        "Недействительных бюллетеней: 146 558.",
        "Неучтённых бюллетеней: 127 868.",
    )
    + paragraphs(
        "Источники по-разному объясняют, почему эти 127 868 бюллетеней не были учтены. Голоса «за» и «против», "
        "недействительные и неучтённые бюллетени в сумме составляют 9 127 192 — число принявших участие.",
        "Референдум признан состоявшимся, новая Конституция принята.",
    ),
    "body_en": paragraphs(
        "On 17 March 2026, at a session of the Central Referendum Commission, its chairman Nurlan Abdirov announced "
        "the final results of the republican referendum of 15 March 2026. They are the same figures as the "
        "preliminary results announced on 16 March."
    )
    + items(
        "Eligible citizens: 12,482,613.",
        "Took part: 9,127,192 (turnout 73.12%).",
        "In favour: 7,954,667 (87.15% of those who took part).",
        "Against: 898,099.",
        "Invalid ballots: 146,558.",
        "Ballots not counted: 127,868.",
    )
    + paragraphs(
        "Reports differ on why these 127,868 ballots were not counted. The votes in favour and against, the invalid "
        "ballots and the ballots not counted add up to 9,127,192, the number of those who took part.",
        "The referendum was declared valid and the new Constitution adopted.",
    ),
}

CONSTITUTION_SIGNED = {
    "slug": "constitution-signed",
    "published_at": datetime(2026, 3, 17, tzinfo=ALMATY),
    "source_url": lines(
        "http://m.ekaraganda.kz/sitemap.xml?id=165432&mod=news_read",
        "https://prosud.kz/ekspertiza/1027758-ukaz-o-merakh-po-realizatsii-novoy-konstitutsii-podpisal-prezident.html",
        "https://chechnya-news.ru/society/2026/03/22/42280.html",
        "https://obk.kz/soobshhaem/opublikovan-tekst-novoj-konstituczii-kazahstana",
        "https://mk-kz.kz/amp/politics/2026/03/18/opublikovan-tekst-novoy-konstitucii-kazakhstana.html",
    ),
    "source_name_kk": "ekaraganda.kz (BAQ.kz сілтемесімен), 17.03.2026; prosud.kz; chechnya-news.ru, 22.03.2026; "
    "obk.kz, 18.03.2026; mk-kz.kz, 18.03.2026",
    "source_name_ru": "ekaraganda.kz (со ссылкой на BAQ.kz), 17.03.2026; prosud.kz; chechnya-news.ru, 22.03.2026; "
    "obk.kz, 18.03.2026; mk-kz.kz, 18.03.2026",
    "source_name_en": "ekaraganda.kz (citing BAQ.kz), 17.03.2026; prosud.kz; chechnya-news.ru, 22.03.2026; "
    "obk.kz, 18.03.2026; mk-kz.kz, 18.03.2026",
    "title_kk": "Президент Конституцияға және оны іске асыру туралы Жарлыққа қол қойды",
    "title_ru": "Президент подписал Конституцию и указ о её реализации",
    "title_en": "The President signed the Constitution and a decree on implementing it",
    "lead_kk": "Президент жаңа Конституция 1 шілдеде күшіне енетінін, ал Конституция күні 15 наурызда атап "
    "өтілетінін айтты.",
    "lead_ru": "Президент сообщил, что новая Конституция вступает в силу 1 июля, а День Конституции будет отмечаться "
    "15 марта.",
    "lead_en": "The President said that the new Constitution would enter into force on 1 July and that Constitution "
    "Day would be marked on 15 March.",
    "body_kk": paragraphs(
        "2026 жылғы 17 наурызда салтанатты рәсімде Президент жаңа Конституцияға және оны іске асыру шаралары туралы "
        "Жарлыққа қол қойды.",
        "Жарлықта мыналар көзделген:",
    )
    + items(
        "Конституция мәтінін «Егемен Қазақстан» және «Казахстанская правда» газеттерінде жариялау;",
        "1995 жылғы Конституцияның түпнұсқасын Қазақстан Республикасы Президентінің Архивіне беру; жаңа "
        "Конституцияның түпнұсқасы Президентте сақталады;",
        "Президент туралы және Халық Кеңесі туралы конституциялық заңдардың жобаларын Мәжіліске енгізу;",
        "Үкіметтің астана туралы және әкімшілік-аумақтық құрылыс туралы заң жобаларын дайындауы;",
        "Үкіметтің 2026 жылғы 7 сәуірге дейін Конституцияны халыққа түсіндіру жоспарын бекітуі.",
    )
    + paragraphs(
        "Президент Конституция 1 шілдеде күшіне енетінін айтты. Ол сондай-ақ Конституция күні 15 наурызда "
        "мемлекеттік мереке болатынын хабарлады; бұрын ол 30 тамызда атап өтілетін еді."
    ),
    "body_ru": paragraphs(
        "17 марта 2026 года на церемонии Президент подписал новую Конституцию и указ о мерах по её реализации.",
        "Указ предусматривает:",
    )
    + items(
        "публикацию текста Конституции в газетах «Егемен Қазақстан» и «Казахстанская правда»;",
        "передачу подлинника Конституции 1995 года в Архив Президента Республики Казахстан; подлинник новой "
        "Конституции хранится у Президента;",
        "внесение в Мажилис проектов конституционных законов о Президенте и о Халық Кеңесі;",
        "подготовку Правительством проектов законов о столице и об административно-территориальном устройстве;",
        "утверждение Правительством до 7 апреля 2026 года плана разъяснения Конституции населению.",
    )
    + paragraphs(
        "Президент сообщил, что Конституция вступает в силу 1 июля, а День Конституции 15 марта станет "
        "государственным праздником; прежде его отмечали 30 августа."
    ),
    "body_en": paragraphs(
        "On 17 March 2026, at a ceremony, the President signed the new Constitution and a decree on measures to "
        "implement it.",
        "The decree provides for:",
    )
    + items(
        "the text of the Constitution to be published in Egemen Qazaqstan and Kazakhstanskaya Pravda;",
        "the original of the 1995 Constitution to go to the Presidential Archive; the President keeps the original "
        "of the new Constitution;",
        "draft constitutional laws on the President and on the Halyk Kenesi to go to the Mazhilis;",
        "the Government to prepare draft laws on the capital and on the administrative-territorial structure;",
        "the Government to approve, by 7 April 2026, a plan to explain the Constitution to the public.",
    )
    + paragraphs(
        "The President said that the Constitution would enter into force on 1 July and that Constitution Day, "
        "15 March, would be a state holiday; it had been marked on 30 August."
    ),
}

TEXT_PUBLISHED = {
    "slug": "constitution-text-published",
    "published_at": datetime(2026, 3, 18, tzinfo=ALMATY),
    "source_url": lines(
        "https://mk-kz.kz/amp/politics/2026/03/18/opublikovan-tekst-novoy-konstitucii-kazakhstana.html",
        "https://obk.kz/soobshhaem/opublikovan-tekst-novoj-konstituczii-kazahstana",
    ),
    "source_name_kk": "mk-kz.kz, 18.03.2026; obk.kz, 18.03.2026",
    "source_name_ru": "mk-kz.kz, 18.03.2026; obk.kz, 18.03.2026",
    "source_name_en": "mk-kz.kz, 18.03.2026; obk.kz, 18.03.2026",
    "title_kk": "Жаңа Конституцияның толық мәтіні жарияланды",
    "title_ru": "Опубликован полный текст новой Конституции",
    "title_en": "The full text of the new Constitution was published",
    "lead_kk": "2026 жылғы 18 наурызда жаңа Конституцияның толық мәтіні «Казахстанская правда» газетінің сайтында "
    "жарияланды.",
    "lead_ru": "18 марта 2026 года полный текст новой Конституции был опубликован на сайте газеты «Казахстанская "
    "правда».",
    "lead_en": "On 18 March 2026 the full text of the new Constitution was published on the website of "
    "Kazakhstanskaya Pravda.",
    "body_kk": paragraphs(
        "Президент жаңа Конституцияға 17 наурызда қол қойды. Келесі күні, 2026 жылғы 18 наурызда, оның толық мәтіні "
        "«Казахстанская правда» газетінің сайтында жарияланды.",
        "Бес жаңа конституциялық заң туралы хабарланды:",
    )
    + items(
        "Президент туралы;",
        "Құрылтай туралы;",
        "Халық Кеңесі туралы;",
        "астана туралы;",
        "әкімшілік-аумақтық құрылыс туралы.",
    )
    + paragraphs("Бұл заңдардың қабылданғаны туралы мәлімет порталда әзірге жоқ."),
    "body_ru": paragraphs(
        "Президент подписал новую Конституцию 17 марта. На следующий день, 18 марта 2026 года, её полный текст был "
        "опубликован на сайте газеты «Казахстанская правда».",
        "Было объявлено о пяти новых конституционных законах:",
    )
    + items(
        "о Президенте;",
        "о Курултае;",
        "о Халық Кеңесі;",
        "о столице;",
        "об административно-территориальном устройстве.",
    )
    + paragraphs("Сведений о принятии этих законов на портале пока нет."),
    "body_en": paragraphs(
        "The President signed the new Constitution on 17 March. The next day, 18 March 2026, its full text was "
        "published on the website of Kazakhstanskaya Pravda.",
        "Five new constitutional laws were announced:",
    )
    + items(
        "on the President;",
        "on the Kurultai;",
        "on the Halyk Kenesi;",
        "on the capital;",
        "on the administrative-territorial structure.",
    )
    + paragraphs("The portal has not yet recorded whether these laws have been passed."),
}

IN_FORCE = {
    "slug": "constitution-in-force-kurultai-election",
    "published_at": datetime(2026, 7, 1, tzinfo=ALMATY),
    "source_url": lines("https://timesca.com/?p=51256"),
    "source_name_kk": "The Times of Central Asia (timesca.com), 01.07.2026; eri.kz, 01.07.2026",
    "source_name_ru": "The Times of Central Asia (timesca.com), 01.07.2026; eri.kz, 01.07.2026",
    "source_name_en": "The Times of Central Asia (timesca.com), 01.07.2026; eri.kz, 01.07.2026",
    "title_kk": "Жаңа Конституция күшіне енді, Құрылтайға сайлау 23 тамызға тағайындалды",
    "title_ru": "Новая Конституция вступила в силу, выборы в Курултай назначены на 23 августа",
    "title_en": "The new Constitution came into force, and the Kurultai election was set for 23 August",
    "lead_kk": "2026 жылғы 1 шілдеде жаңа Конституция күшіне енді. Сол күні Президент Құрылтайға сайлауды 2026 жылғы "
    "23 тамызға тағайындады.",
    "lead_ru": "1 июля 2026 года новая Конституция вступила в силу. В тот же день Президент назначил выборы в "
    "Курултай на 23 августа 2026 года.",
    "lead_en": "On 1 July 2026 the new Constitution came into force. The same day the President set the election of "
    "the Kurultai for 23 August 2026.",
    "body_kk": paragraphs(
        "Жаңа Конституция 2026 жылғы 1 шілдеде күшіне енді. Президент сол күнгі үндеуінде мұны жаңа дәуірдің басы "
        "деп атады; үндеу президенттік сайтта жарияланды.",
        "1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі сол күні, Конституцияның 95-бабында "
        "көзделгендей, тоқтатылды (бұл туралы жеке ресми хабарлама табылмады).",
        "Сол күні Президент Қасым-Жомарт Тоқаев Құрылтайға сайлауды 2026 жылғы 23 тамызға тағайындады.",
        "Бұл сайлаудың нәтижелері порталда әзірге тіркелмеген.",
    ),
    "body_ru": paragraphs(
        "Новая Конституция вступила в силу 1 июля 2026 года. Президент в обращении в тот день назвал это началом "
        "новой эпохи; обращение опубликовано на президентском сайте.",
        "Полномочия Парламента, сформированного по Конституции 1995 года, прекратились в тот же день, как "
        "предусматривает статья 95 Конституции (отдельного официального сообщения об этом найдено не было).",
        "В тот же день Президент Касым-Жомарт Токаев назначил выборы в Курултай на 23 августа 2026 года.",
        "Итоги этих выборов на портал пока не внесены.",
    ),
    "body_en": paragraphs(
        "The new Constitution came into force on 1 July 2026. The President's address that day, published on the "
        "presidential website, called it the start of a new era.",
        "The Parliament formed under the 1995 Constitution ended its powers that day, as Article 95 of the "
        "Constitution provides (no separate official notice of this was found).",
        "The same day President Kassym-Jomart Tokayev set the election of the Kurultai for 23 August 2026.",
        "The portal has not yet recorded the results of this election.",
    ),
}

ARTICLES = [FINAL_RESULTS, CONSTITUTION_SIGNED, TEXT_PUBLISHED, IN_FORCE]


def add_articles_to(Article, *, untranslated_columns):
    """Adds each article whose slug no article has; an existing one is left as it is. `untranslated_columns`:
    fill the plain columns too, as modeltranslation does (the historical model has no translation fields'
    machinery); the app's own model fills them itself."""
    taken = set(Article.objects.filter(slug__in=[values["slug"] for values in ARTICLES]).values_list("slug", flat=True))
    created = 0
    for values in ARTICLES:
        if values["slug"] in taken:
            continue
        fields = {**values, "status": "published"}
        if untranslated_columns:
            for name in TRANSLATED:
                fields[name] = values[f"{name}_{DEFAULT_LANGUAGE}"]
        Article.objects.create(**fields)
        created += 1
    return created


def add_articles(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    if not Article.objects.filter(slug=SEEDED_BEFORE).exists():
        return  # a new database, or one without the seed: the seed adds these after its own articles
    add_articles_to(Article, untranslated_columns=True)


class Migration(migrations.Migration):
    dependencies = [("news", "0007_source_addresses")]

    operations = [migrations.RunPython(add_articles, migrations.RunPython.noop)]
