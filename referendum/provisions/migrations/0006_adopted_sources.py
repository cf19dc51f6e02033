"""Each source of a provision links the article it cites, not the home page of the site that published it, and the
sources that describe the adopted Constitution (public-reports.md, "What the adopted Constitution says") are added.
The addresses are those found for each article (source-urls.md); a source whose article has no known address has
no link, and the page shows it as plain text.

Frozen here, not imported, so that a later change of the seed cannot change what this migration does: a link is
changed only where it still holds the home page the seed gave it, so an address staff entered stays theirs. A new
database gets the same through the seed, which runs `correct` after creating its first content
(referendum/provisions/seed.py, LATER_CORRECTIONS).
"""

from datetime import date

from django.db import migrations

# English title as seeded (the seed's natural key) -> (the home page it linked, the article's own address).
ADDRESSES = {
    "The Astana Times: “Draft Constitution sets July 1 entry into force if approved”": (
        "https://astanatimes.com/",
        "https://astanatimes.com/2026/02/draft-constitution-sets-july-1-entry-into-force-if-approved/",
    ),
    "Kazinform (inform.kz): on the draft Constitution": (
        "https://inform.kz/ru/",
        "https://www.inform.kz/ru/nazvani-sroki-prekrasheniya-polnomochiy-parlamenta-i-provedeniya-viborov-v-kuriltay-3fb44d",
    ),
    "Diplomatic Affairs (diplomaticaffairs.com)": (
        "https://diplomaticaffairs.com/",
        "https://diplomaticaffairs.com/kazakhstan-to-hold-referendum-on-new-constitution-as-sweeping-political-reforms-proposed",
    ),
    "Report.az (report.az): on the President's term": (
        "https://report.az/",
        "https://report.az/ru/v-regione/s-1-iyulya-parlament-kazahstana-slozhit-polnomochiya-v-sluchae-prinyatiya-novoj-konstitucii",
    ),
    "Echo (echofm.online): on Constitution Day": (
        "https://echofm.online/",
        "https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik",
    ),
    "BAQ.kz (via ekaraganda.kz): on the signing of the Constitution": (
        "https://ekaraganda.kz/",
        "http://m.ekaraganda.kz/sitemap.xml?id=165432&mod=news_read",
    ),
}


def source(published_on, url, kk, ru, en):
    return {"published_on": published_on, "url": url, "title_kk": kk, "title_ru": ru, "title_en": en}


# key -> the source as first created. An empty url: no address of the article was found (source-urls.md says
# "not checked" or "not found"), so it is named without a link.
SOURCES = {
    "tengrinews-text": source(
        None,
        "https://en.tengrinews.kz/kazakhstan_news/draft-of-kazakhstans-new-constitution-published-ahead-of-270941/amp",
        "Tengrinews (en.tengrinews.kz): жарияланған Конституция жобасының мәтіні туралы",
        "Tengrinews (en.tengrinews.kz): о тексте опубликованного проекта Конституции",
        "Tengrinews (en.tengrinews.kz): on the text of the published draft Constitution",
    ),
    "kazinform-text": source(
        date(2026, 2, 12),
        "",
        "Kazinform (inform.kz): Конституция жобасының 12 ақпанда жарияланған мәтіні туралы",
        "Kazinform (inform.kz): о тексте проекта Конституции, опубликованном 12 февраля",
        "Kazinform (inform.kz): on the text of the draft Constitution published on 12 February",
    ),
    "baq-preamble": source(
        date(2026, 1, 31),
        "https://rus.baq.kz/edinstvo-i-soglasie-zakreplyayut-kak-fundament-gosudarstvennosti-kazahstana_300032155/",
        "BAQ.kz (rus.baq.kz): Конституция жобасының преамбуласы туралы",
        "BAQ.kz (rus.baq.kz): о преамбуле проекта Конституции",
        "BAQ.kz (rus.baq.kz): on the preamble of the draft Constitution",
    ),
    "baq-property": source(
        date(2026, 2, 28),
        "",
        "BAQ.kz (rus.baq.kz): меншік және табиғи ресурстар туралы",
        "BAQ.kz (rus.baq.kz): о собственности и природных ресурсах",
        "BAQ.kz (rus.baq.kz): on property and natural resources",
    ),
    "eri-new-constitution": source(
        date(2026, 7, 1),
        "",
        "eri.kz: жаңа Конституция туралы",
        "eri.kz: о новой Конституции",
        "eri.kz: on the new Constitution",
    ),
    "alau-digital-rights": source(
        date(2026, 2, 12),
        "https://alau.kz/proekt-novoj-konstitucii-opublikovan-chto-izmenitsja-v-osnovnom-zakone/",
        "alau.kz (Informburo сілтемесімен): Негізгі заңда не өзгеретіні туралы",
        "alau.kz (со ссылкой на Informburo): что изменится в Основном законе",
        "alau.kz (citing Informburo): what changes in the basic law",
    ),
    "kazpravda-marriage": source(
        date(2026, 3, 6),
        "https://kazpravda.kz/n/zakreplenie-polozheniya-o-brake-v-osnovnom-zakone-povysit-status-instituta-semi-zhuldyzay-iskakova/",
        "«Казахстанская правда» (kazpravda.kz): Негізгі заңдағы неке туралы ереже жайында",
        "«Казахстанская правда» (kazpravda.kz): о положении о браке в Основном законе",
        "Kazakhstanskaya Pravda (kazpravda.kz): on the provision on marriage in the basic law",
    ),
    "lada-marriage": source(
        date(2026, 2, 18),
        "https://www.lada.kz/aktau_news/society/149584-prostymi-slovami-o-novom-v-konstitutsii-semia-i-brak.html",
        "Lada.kz: Конституциядағы отбасы мен неке туралы",
        "Lada.kz: о семье и браке в Конституции",
        "Lada.kz: on family and marriage in the Constitution",
    ),
    "bizmedia-dissolution": source(
        date(2026, 2, 16),
        "",
        "bizmedia.kz: Құрылтайды тарату туралы",
        "bizmedia.kz: о роспуске Курултая",
        "bizmedia.kz: on dissolving the Kurultai",
    ),
    "1news-term": source(
        date(2026, 1, 31),
        "https://1news.az/news/20260131110904789-Proekt-konstitutsii-Kazakhstana-vklyuchaet-odin-semiletnii-srok-dlya-prezidenta",
        "1news.az: Президенттің бір ғана жеті жылдық мерзімі туралы",
        "1news.az: об одном семилетнем сроке Президента",
        "1news.az: on the single seven-year presidential term",
    ),
    "mail-ru-term": source(
        date(2026, 2, 12),
        "https://news.mail.ru/society/69780266/",
        "news.mail.ru: түпкілікті мәтіндегі Президент мерзімі туралы",
        "news.mail.ru: о сроке Президента в окончательном тексте",
        "news.mail.ru: on the presidential term in the final text",
    ),
    "kt-term": source(
        date(2026, 2, 4),
        "",
        "kt.kz: Президенттің мерзімі туралы",
        "kt.kz: о сроке Президента",
        "kt.kz: on the President's term",
    ),
    "gazeta-kg-architecture": source(
        None,
        "https://gazeta.kg/en/exclusive/162823-kak-izmenitsja-politicheskaja-arhitektura-kazahstana.html",
        "Gazeta.kg: Қазақстанның саяси құрылымы қалай өзгеретіні туралы",
        "Gazeta.kg: о том, как изменится политическая архитектура Казахстана",
        "Gazeta.kg: on how Kazakhstan's political architecture changes",
    ),
    "qazinform-nurmukhanov": source(
        None,
        "",
        "Kazinform (qazinform.com): Нұрмұханов Конституция жобасы туралы",
        "Kazinform (qazinform.com): Нурмуханов о проекте Конституции",
        "Kazinform (qazinform.com): Nurmukhanov on the draft Constitution",
    ),
    "apn-succession": source(
        date(2026, 2, 4),
        "",
        "apn.ru: Президент өкілеттігінің ауысу тәртібі туралы",
        "apn.ru: о порядке перехода полномочий Президента",
        "apn.ru: on the order of succession to the President's powers",
    ),
    "trend-kurultai": source(
        date(2026, 1, 24),
        "",
        "Trend (trend.az): Құрылтайдың өкілеттіктері туралы",
        "Trend (trend.az): о полномочиях Курултая",
        "Trend (trend.az): on the Kurultai's powers",
    ),
    "kazinform-kurultai-powers": source(
        date(2026, 1, 30),
        "https://www.inform.kz/ru/novie-polnomochiya-kurultaya-usilyat-otvetstvennost-predstavitelnoy-vlasti-pered-narodom-bbff2f",
        "Kazinform (inform.kz): Құрылтайдың жаңа өкілеттіктері туралы",
        "Kazinform (inform.kz): о новых полномочиях Курултая",
        "Kazinform (inform.kz): on the Kurultai's new powers",
    ),
    "kazpravda-halyk-kenesi": source(
        date(2026, 2, 4),
        "",
        "«Казахстанская правда» (kazpravda.kz): Халық Кеңесі туралы",
        "«Казахстанская правда» (kazpravda.kz): о Халық Кеңесі",
        "Kazakhstanskaya Pravda (kazpravda.kz): on the Halyk Kenesi",
    ),
    "qazinform-constitutional-court": source(
        date(2026, 1, 30),
        "https://qazinform.com/news/kazakhstans-constitutional-court-to-have-final-say-on-international-rulings-e5074d",
        "Kazinform (qazinform.com): Конституциялық Сот және халықаралық ұйымдардың шешімдері туралы",
        "Kazinform (qazinform.com): о Конституционном Суде и решениях международных организаций",
        "Kazinform (qazinform.com): on the Constitutional Court and the decisions of international organisations",
    ),
    "baq-bar": source(
        date(2026, 2, 12),
        "",
        "BAQ.kz (rus.baq.kz): Адвокатураның конституциялық мәртебесі туралы",
        "BAQ.kz (rus.baq.kz): о конституционном статусе адвокатуры",
        "BAQ.kz (rus.baq.kz): on the constitutional status of the Bar",
    ),
    "caliber-secular": source(
        None,
        "",
        "Caliber.az: зайырлы мемлекет және зайырлы білім беру туралы",
        "Caliber.az: о светском государстве и светском образовании",
        "Caliber.az: on the secular state and secular education",
    ),
    "filmogaz-secular": source(
        None,
        "",
        "filmogaz.com («Жібек жолы» телеарнасының сілтемесімен): мемлекет және дін туралы",
        "filmogaz.com (со ссылкой на телеканал «Жібек жолы»): о государстве и религии",
        "filmogaz.com (citing Jibek Joly TV): on the state and religion",
    ),
    "tass-languages": source(
        date(2026, 2, 12),
        "https://tass.com/world/2085637",
        "ТАСС (tass.com): мемлекеттік тіл және орыс тілі туралы",
        "ТАСС (tass.com): о государственном языке и русском языке",
        "TASS (tass.com): on the state language and Russian",
    ),
    "sibnet-languages": source(
        date(2026, 2, 12),
        "",
        "info.sibnet.ru: Конституциядағы тілдер туралы",
        "info.sibnet.ru: о языках в Конституции",
        "info.sibnet.ru: on languages in the Constitution",
    ),
    "baq-amendment": source(
        date(2026, 1, 30),
        "",
        "BAQ.kz (rus.baq.kz): Конституцияны өзгерту тәртібі туралы",
        "BAQ.kz (rus.baq.kz): о порядке изменения Конституции",
        "BAQ.kz (rus.baq.kz): on how the Constitution is changed",
    ),
    "ng-unchangeable": source(
        date(2026, 1, 31),
        "https://www.ng.kz/modules/news/article.php?storyid=58615",
        "ng.kz (Informburo сілтемесімен): Конституцияның өзгертілмейтін негіздері туралы",
        "ng.kz (со ссылкой на Informburo): о неизменяемых основах Конституции",
        "ng.kz (citing Informburo): on what in the Constitution may never be changed",
    ),
    "gazeta-kg-transition": source(
        None,
        "https://gazeta.kg/en/world/169232-polnomochija-dejstvujuschego-parlamenta-kazahstana-prekratjatsja-s-1-ijulja.html",
        "Gazeta.kg: 1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі 1 шілдеде тоқтатылатыны туралы",
        "Gazeta.kg: о прекращении 1 июля полномочий Парламента, сформированного по Конституции 1995 года",
        "Gazeta.kg: on the end, on 1 July, of the powers of the Parliament formed under the 1995 Constitution",
    ),
    "taspanews-holiday": source(
        date(2026, 3, 18),
        "",
        "taspanews.kz: Конституция күні мен 30 тамыз туралы",
        "taspanews.kz: о Дне Конституции и 30 августа",
        "taspanews.kz: on Constitution Day and 30 August",
    ),
    "timesca-in-force": source(
        date(2026, 7, 1),
        "https://timesca.com/?p=51256",
        "The Times of Central Asia (timesca.com): Жаңа Конституция күшіне енген күні Тоқаев сайлауды 23 тамызға "
        "тағайындады (мақала ағылшын тілінде)",
        "The Times of Central Asia (timesca.com): Токаев назначил выборы на 23 августа в день вступления в силу "
        "новой Конституции (статья на английском языке)",
        "The Times of Central Asia (timesca.com): “Tokayev Sets August 23 Election Date as Kazakhstan’s New "
        "Constitution Takes Effect”",
    ),
}

# The seed's own sources, by the key later migrations name them with -> their English title as seeded.
SEEDED = {
    "mfa-briefing": (
        "Ministry of Foreign Affairs of the Republic of Kazakhstan: briefing for the diplomatic corps on the "
        "outcomes of the work of the Constitutional Reform Commission"
    ),
    "astana-times-entry-into-force": "The Astana Times: “Draft Constitution sets July 1 entry into force if approved”",
    "kazinform-draft": "Kazinform (inform.kz): on the draft Constitution",
    "diplomatic-affairs": "Diplomatic Affairs (diplomaticaffairs.com)",
    "report-az-term": "Report.az (report.az): on the President's term",
    "echo-constitution-day": "Echo (echofm.online): on Constitution Day",
    "baq-signing": "BAQ.kz (via ekaraganda.kz): on the signing of the Constitution",
}


def sources_by_key(Source, keys):
    """The sources the keys name (the seed's and this migration's), by their English title; any staff renamed or
    deleted are left out."""
    titles = {key: SEEDED.get(key) or SOURCES[key]["title_en"] for key in keys}
    found = {source.title_en: source for source in Source.objects.filter(title_en__in=titles.values())}
    return [found[title] for title in titles.values() if title in found]


def correct(apps, schema_editor):
    Source = apps.get_model("provisions", "Source")
    if not apps.get_model("provisions", "Provision").objects.exists():
        return 0  # a new database: the seed runs this once it has created its first content
    for title, (home_page, article) in ADDRESSES.items():
        Source.objects.filter(title_en=title, url=home_page).update(url=article)
    created = 0
    for fields in SOURCES.values():
        created += Source.objects.get_or_create(title_en=fields["title_en"], defaults=fields)[1]
    return created


class Migration(migrations.Migration):
    dependencies = [("provisions", "0005_easy_read_and_article_links")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
