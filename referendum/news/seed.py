"""News from the sources: the Ministry of Foreign Affairs report of 17 February 2026 (the English original,
with Kazakh and Russian translations of it) and short items written from dated facts in public reports, each
naming its source. Times of day are not known, so pages show dates only."""

from datetime import datetime
from importlib import import_module
from zoneinfo import ZoneInfo

from referendum.commission.models import Member
from referendum.provisions.models import Provision

from .models import Article, Correction

ALMATY = ZoneInfo("Asia/Almaty")

QUESTION_KK = (
    "«Жобасы бұқаралық ақпарат құралдарында 2026 жылғы 12 ақпанда жарияланған Қазақстан Республикасының жаңа "
    "Конституциясын қабылдайсыз ба?»"
)
QUESTION_RU = (
    "«Принимаете ли Вы новую Конституцию Республики Казахстан, проект которой опубликован в средствах массовой "
    "информации 12 февраля 2026 года?»"
)

MFA_BRIEFING = {
    "slug": "briefing-for-the-diplomatic-corps",
    "published_at": datetime(2026, 2, 17, tzinfo=ALMATY),
    "members": [
        "elvira-azimova",
        "yerlan-sarsembayev",
        "bakyt-nurmukhanov",
        "artur-lastayev",
        "arman-issetov",
        "madi-myrzagarayev",
    ],
    "provisions": [
        "sovereignty-unchanged",
        "amendments-only-by-referendum",
        "unicameral-kurultai",
        "halyk-kenesi",
        "foreign-policy-international-law",
        "international-treaties",
    ],
    "source_name_en": "Ministry of Foreign Affairs of the Republic of Kazakhstan",
    "source_name_ru": "Министерство иностранных дел Республики Казахстан (перевод с английского текста сообщения)",
    "source_name_kk": (
        "Қазақстан Республикасы Сыртқы істер министрлігі (хабарламаның ағылшын тіліндегі мәтінінен аударма)"
    ),
    "title_en": "Briefing for the diplomatic corps on the outcomes of the Constitutional Reform Commission's work",
    "title_ru": "Брифинг для дипломатического корпуса по итогам работы Комиссии по конституционной реформе",
    "title_kk": (
        "Конституциялық реформа жөніндегі комиссия жұмысының қорытындылары бойынша дипломатиялық корпусқа "
        "арналған брифинг"
    ),
    "lead_en": (
        "Members of the Commission presented the key novelties of the draft of the new Constitution to about 80 "
        "representatives of diplomatic missions and international organizations, as well as experts."
    ),
    "lead_ru": (
        "Члены Комиссии представили ключевые новеллы проекта новой Конституции около 80 представителям "
        "дипломатических миссий и международных организаций, а также экспертам."
    ),
    "lead_kk": (
        "Комиссия мүшелері жаңа Конституция жобасының негізгі жаңалықтарын дипломатиялық өкілдіктер мен халықаралық "
        "ұйымдардың 80-ге жуық өкіліне, сондай-ақ сарапшыларға таныстырды."
    ),
    "body_en": "".join(
        f"<p>{paragraph}</p>"
        for paragraph in [
            "At the initiative of the Ministry of Foreign Affairs a briefing on the outcomes of the work of the "
            "Constitutional Reform Commission was held for the diplomatic corps. Approximately 80 representatives "
            "of diplomatic missions and international organizations accredited in Kazakhstan, as well as experts, "
            "attended the event.",
            "The briefing was organized with the participation of Chairperson of the Commission and Head of the "
            "Constitutional Court Elvira Azimova, and members of the Commission, including Minister of Justice "
            "Yerlan Sarsembayev, Deputy Chairperson of the Constitutional Court Bakyt Nurmukhanov, Human Rights "
            "Commissioner Artur Lastayev, Deputy Minister of Foreign Affairs Arman Issetov, as well as Chairperson "
            "of the Republican Bar Association Madi Myrzagarayev.",
            "During the meeting, members of the Commission presented the key novelties of the draft of new "
            "Constitution of Kazakhstan, as well as the conceptual foundations of the reform initiated by the "
            "President of the Republic of Kazakhstan.",
            "“The sovereignty, independence, unitary character and territorial integrity of the Republic of "
            "Kazakhstan remain unchanged in the draft Constitution. Amendments to the Constitution will be "
            "introduced exclusively following a nationwide referendum. The republican referendum on 15 March 2026 "
            "will be a day of responsible choice for the people of Kazakhstan regarding the country’s future path "
            "of development,” E. Azimova stated during the briefing.",
            "The Constitution establishes a balanced and accountable model of public authority, providing for a "
            "transition to a unicameral Kurultai while simultaneously enshrining the legal basis for the Halyk "
            "Kenesi as a representative body of citizens vested with the right of legislative initiative in the "
            "Kurultai. The procedure for its formation and activities will be defined by a separate constitutional "
            "law.",
            "During the briefing, provisions of the draft Constitution concerning legal aspects of the Republic’s "
            "foreign policy were also explained.",
            "Deputy Minister Issetov emphasized that “the constitutional innovations comprehensively reflect our "
            "state’s commitment to the fundamental principles of international law and to national priorities "
            "under current conditions of transition to a new stage of development. The model of international "
            "cooperation of the Republic of Kazakhstan is based on the core principles of the UN Charter and the "
            "good-faith fulfillment of all assumed international obligations.”",
            "It was noted that international treaties remain part of the country’s legal system and are subject "
            "to mandatory implementation.",
            "Following the meeting, representatives of the diplomatic corps and international organizations noted "
            "the openness and transparency of the constitutional reform process in the Republic of Kazakhstan.",
        ]
    ),
    "body_ru": "".join(
        f"<p>{paragraph}</p>"
        for paragraph in [
            "По инициативе Министерства иностранных дел для дипломатического корпуса проведён брифинг по итогам "
            "работы Комиссии по конституционной реформе. В мероприятии приняли участие около 80 представителей "
            "дипломатических миссий и международных организаций, аккредитованных в Казахстане, а также эксперты.",
            "Брифинг прошёл с участием председателя Комиссии, Председателя Конституционного Суда Эльвиры Азимовой "
            "и членов Комиссии, в том числе министра юстиции Ерлана Сарсембаева, заместителя Председателя "
            "Конституционного Суда Бакыта Нурмуханова, Уполномоченного по правам человека Артура Ластаева, "
            "заместителя министра иностранных дел Армана Исетова, а также председателя Республиканской коллегии "
            "адвокатов Мади Мырзагараева.",
            "В ходе встречи члены Комиссии представили ключевые новеллы проекта новой Конституции Казахстана, а "
            "также концептуальные основы реформы, инициированной Президентом Республики Казахстан.",
            "«В проекте Конституции суверенитет, независимость, унитарность и территориальная целостность "
            "Республики Казахстан остаются неизменными. Изменения в Конституцию будут вноситься исключительно по "
            "итогам общенародного референдума. Республиканский референдум 15 марта 2026 года станет днём "
            "ответственного выбора народа Казахстана относительно дальнейшего пути развития страны», — заявила в "
            "ходе брифинга Э. Азимова.",
            "Конституция закрепляет сбалансированную и подотчётную модель публичной власти, предусматривая переход "
            "к однопалатному Курултаю и одновременно закрепляя правовую основу Халық Кеңесі как представительного "
            "органа граждан, наделённого правом законодательной инициативы в Курултае. Порядок его формирования и "
            "деятельности будет определён отдельным конституционным законом.",
            "В ходе брифинга также были разъяснены положения проекта Конституции, касающиеся правовых аспектов "
            "внешней политики Республики.",
            "Заместитель министра А. Исетов подчеркнул, что «конституционные новеллы всесторонне отражают "
            "приверженность нашего государства основополагающим принципам международного права и национальным "
            "приоритетам в нынешних условиях перехода к новому этапу развития. Модель международного сотрудничества "
            "Республики Казахстан основана на ключевых принципах Устава ООН и добросовестном выполнении всех "
            "принятых международных обязательств».",
            "Было отмечено, что международные договоры остаются частью правовой системы страны и подлежат "
            "обязательному исполнению.",
            "По итогам встречи представители дипломатического корпуса и международных организаций отметили "
            "открытость и прозрачность процесса конституционной реформы в Республике Казахстан.",
        ]
    ),
    "body_kk": "".join(
        f"<p>{paragraph}</p>"
        for paragraph in [
            "Сыртқы істер министрлігінің бастамасымен дипломатиялық корпус үшін Конституциялық реформа жөніндегі "
            "комиссия жұмысының қорытындылары бойынша брифинг өтті. Іс-шараға Қазақстанда аккредиттелген "
            "дипломатиялық өкілдіктер мен халықаралық ұйымдардың 80-ге жуық өкілі, сондай-ақ сарапшылар қатысты.",
            "Брифинг Комиссия төрағасы, Конституциялық Сот Төрағасы Эльвира Әзімованың және Комиссия мүшелері — "
            "Әділет министрі Ерлан Сәрсембаевтың, Конституциялық Сот Төрағасының орынбасары Бақыт Нұрмұхановтың, "
            "Адам құқықтары жөніндегі уәкіл Артур Ластаевтың, Сыртқы істер министрінің орынбасары Арман Исетовтың, "
            "сондай-ақ Республикалық адвокаттар алқасының төрағасы Мәди Мырзағараевтың қатысуымен өтті.",
            "Кездесу барысында Комиссия мүшелері Қазақстанның жаңа Конституциясы жобасының негізгі жаңалықтарын, "
            "сондай-ақ Қазақстан Республикасының Президенті бастамашы болған реформаның тұжырымдамалық негіздерін "
            "таныстырды.",
            "«Конституция жобасында Қазақстан Республикасының егемендігі, тәуелсіздігі, унитарлығы және аумақтық "
            "тұтастығы өзгеріссіз қалады. Конституцияға өзгерістер тек жалпыхалықтық референдум қорытындысы бойынша "
            "енгізіледі. 2026 жылғы 15 наурыздағы республикалық референдум Қазақстан халқы үшін елдің болашақ даму "
            "жолына қатысты жауапты таңдау күні болады», — деді брифинг барысында Э. Әзімова.",
            "Конституция жария биліктің теңгерімді әрі есеп беретін моделін бекітіп, бір палаталы Құрылтайға "
            "көшуді көздейді және сонымен қатар Құрылтайда заң шығару бастамасы құқығы берілген азаматтардың "
            "өкілді органы ретінде Халық Кеңесінің құқықтық негізін бекітеді. Оның құрылу және қызмет ету тәртібі "
            "жеке конституциялық заңмен айқындалады.",
            "Брифинг барысында Конституция жобасының Республиканың сыртқы саясатының құқықтық аспектілеріне "
            "қатысты ережелері де түсіндірілді.",
            "Министрдің орынбасары А. Исетов «конституциялық жаңалықтар мемлекетіміздің халықаралық құқықтың "
            "іргелі қағидаттарына және дамудың жаңа кезеңіне өтудің қазіргі жағдайындағы ұлттық басымдықтарға "
            "адалдығын жан-жақты көрсетеді. Қазақстан Республикасының халықаралық ынтымақтастық моделі БҰҰ "
            "Жарғысының негізгі қағидаттарына және қабылданған барлық халықаралық міндеттемелерді адал орындауға "
            "негізделген» екенін атап өтті.",
            "Халықаралық шарттар елдің құқықтық жүйесінің бөлігі болып қала беретіні және міндетті түрде "
            "орындалуға жататыны атап өтілді.",
            "Кездесу қорытындысы бойынша дипломатиялық корпус пен халықаралық ұйымдардың өкілдері Қазақстан "
            "Республикасындағы конституциялық реформа процесінің ашықтығы мен айқындығын атап өтті.",
        ]
    ),
}

REFERENDUM_CALLED = {
    "slug": "referendum-called-for-15-march-2026",
    "published_at": datetime(2026, 2, 11, tzinfo=ALMATY),
    "source_url": "https://inform.kz/ru",
    "source_name_en": "Kazinform (inform.kz), 12 February 2026; BAQ.kz, 11 February 2026",
    "source_name_ru": "Kazinform (inform.kz), 12 февраля 2026 г.; BAQ.kz, 11 февраля 2026 г.",
    "source_name_kk": "Kazinform (inform.kz), 2026 жылғы 12 ақпан; BAQ.kz, 2026 жылғы 11 ақпан",
    "title_en": "Referendum on the new Constitution called for 15 March 2026",
    "title_ru": "Референдум по новой Конституции назначен на 15 марта 2026 года",
    "title_kk": "Жаңа Конституция бойынша референдум 2026 жылғы 15 наурызға тағайындалды",
    "lead_en": "The President signed a decree calling a republican referendum after the Constitutional Reform "
    "Commission presented its draft.",
    "lead_ru": "Президент подписал указ о проведении республиканского референдума после того, как Комиссия по "
    "конституционной реформе представила свой проект.",
    "lead_kk": "Конституциялық реформа жөніндегі комиссия жобасын ұсынғаннан кейін Президент республикалық "
    "референдум тағайындау туралы Жарлыққа қол қойды.",
    "body_en": "<p>On 11 February 2026 the Constitutional Reform Commission presented its draft of the new "
    "Constitution to the President. The President signed a decree calling a republican referendum for "
    "15 March 2026.</p>"
    "<p>The Central Election Commission acts as the Central Referendum Commission.</p>",
    "body_ru": "<p>11 февраля 2026 года Комиссия по конституционной реформе представила Президенту проект новой "
    "Конституции. "
    "Президент подписал указ о назначении республиканского референдума на 15 марта 2026 года.</p>"
    "<p>Функции Центральной комиссии референдума выполняет Центральная избирательная комиссия.</p>",
    "body_kk": "<p>2026 жылғы 11 ақпанда Конституциялық реформа жөніндегі комиссия жаңа Конституцияның жобасын "
    "Президентке ұсынды. "
    "Президент 2026 жылғы 15 наурызға республикалық референдум тағайындау туралы Жарлыққа қол қойды.</p>"
    "<p>Орталық референдум комиссиясының міндетін Орталық сайлау комиссиясы атқарады.</p>",
}

DRAFT_PUBLISHED = {
    "slug": "draft-constitution-published",
    "published_at": datetime(2026, 2, 12, tzinfo=ALMATY),
    "provisions": ["entry-into-force", "kurultai-elections-timetable"],
    "source_url": "https://astanatimes.com",
    "source_name_en": "The Astana Times, 12 February 2026; the ballot question: Kazinform and the Central "
    "Referendum Commission's notice in Arka azhary",
    "source_name_ru": "The Astana Times, 12 февраля 2026 г.; вопрос бюллетеня: Kazinform и сообщение Центральной "
    "комиссии референдума в «Арка ажары»",
    "source_name_kk": "The Astana Times, 2026 жылғы 12 ақпан; бюллетень сұрағы: Kazinform және Орталық референдум "
    "комиссиясының «Арқа ажары» газетіндегі хабарламасы",
    "title_en": "The draft Constitution is officially published",
    "title_ru": "Проект Конституции официально опубликован",
    "title_kk": "Конституция жобасы ресми жарияланды",
    "lead_en": "The decree calling the referendum and the draft of the new Constitution, 96 articles, were "
    "officially published in the media.",
    "lead_ru": "Указ о проведении референдума и проект новой Конституции из 96 статей официально опубликованы в "
    "средствах массовой информации.",
    "lead_kk": "Референдум тағайындау туралы Жарлық пен 96 баптан тұратын жаңа Конституцияның жобасы бұқаралық "
    "ақпарат құралдарында ресми жарияланды.",
    "body_en": "<p>On 12 February 2026 the decree calling the referendum and the draft of the new Constitution were "
    "officially published in the media. The draft has 96 articles.</p>"
    f"<p>The question on the ballot, in Kazakh: {QUESTION_KK}</p><p>In Russian: {QUESTION_RU}</p>"
    "<p>In English (a translation made for this portal; no official English wording has been found): “Do you "
    "accept the new Constitution of the Republic of Kazakhstan, the draft of which was published in the mass "
    "media on 12 February 2026?”</p>"
    "<p>The draft sets 1 July 2026 for the new Constitution to enter into force if it is approved.</p>",
    "body_ru": "<p>12 февраля 2026 года указ о проведении референдума и проект новой Конституции официально "
    "опубликованы в средствах массовой информации. Проект состоит из 96 статей.</p>"
    f"<p>Вопрос в бюллетене на русском языке: {QUESTION_RU}</p><p>На казахском языке: {QUESTION_KK}</p>"
    "<p>Проект предусматривает, что в случае одобрения новая Конституция вступает в силу 1 июля 2026 года.</p>",
    "body_kk": "<p>2026 жылғы 12 ақпанда референдум тағайындау туралы Жарлық пен жаңа Конституцияның жобасы "
    "бұқаралық ақпарат құралдарында ресми жарияланды. Жоба 96 баптан тұрады.</p>"
    f"<p>Бюллетеньдегі сұрақ қазақ тілінде: {QUESTION_KK}</p><p>Орыс тілінде: {QUESTION_RU}</p>"
    "<p>Жобаға сәйкес, мақұлданған жағдайда жаңа Конституция 2026 жылғы 1 шілдеде күшіне енеді.</p>",
}

RESULTS = {
    "slug": "official-results",
    "published_at": datetime(2026, 3, 16, tzinfo=ALMATY),
    "source_url": "https://ru.elordainfo.kz",
    "source_name_en": "Central Referendum Commission, via ElordaInfo (“ЦИК объявил итоги референдума по новой "
    "Конституции”), Caspian Post and TASS, 16 March 2026; Constitution Day: Echo (echofm.online)",
    "source_name_ru": "Центральная комиссия референдума, по данным ElordaInfo («ЦИК объявил итоги референдума по "
    "новой Конституции»), Caspian Post и ТАСС, 16 марта 2026 г.; День Конституции: «Эхо» (echofm.online)",
    "source_name_kk": "Орталық референдум комиссиясы, ElordaInfo («ЦИК объявил итоги референдума по новой "
    "Конституции»), Caspian Post және ТАСС деректері бойынша, 2026 жылғы 16 наурыз; Конституция күні: «Эхо» "
    "(echofm.online)",
    "title_en": "Referendum valid, new Constitution adopted: the preliminary results",
    "title_ru": "Референдум состоялся, новая Конституция принята: предварительные итоги",
    "title_kk": "Референдум өтті, жаңа Конституция қабылданды: алдын ала қорытындылар",
    "lead_en": "73.12% of eligible citizens took part; 87.15% of them voted in favour of the new Constitution.",
    "lead_ru": "В голосовании приняли участие 73,12% граждан, имеющих право голоса; 87,15% из них проголосовали за "
    "новую Конституцию.",
    "lead_kk": "Дауыс беруге құқығы бар азаматтардың 73,12%‑ы қатысты; олардың 87,15%‑ы жаңа Конституцияны жақтап "
    "дауыс берді.",
    "body_en": "<p>The Central Referendum Commission announced the preliminary results of the republican referendum of "
    "15 March 2026 on 16 March; the final results are established within seven days.</p>"
    "<ul><li>Eligible citizens: 12,482,613.</li><li>Took part: 9,127,192 (73.12%).</li>"
    "<li>In favour: 7,954,667 (87.15% of those who took part).</li><li>Against: 898,099.</li>"
    "<li>Ballots declared invalid: 146,558.</li><li>Ballots of an unestablished form: 127,868.</li>"
    "</ul><p>The referendum was declared valid and the new Constitution "
    "adopted. A referendum is valid when more than half of eligible citizens take part, and its decision is adopted "
    "when more than half of those taking part vote in favour.</p>"
    "<p>The President announced that 15 March will be marked as Constitution Day.</p>",
    "body_ru": "<p>Центральная комиссия референдума объявила 16 марта предварительные итоги республиканского "
    "референдума 15 марта 2026 года; окончательные итоги устанавливаются в течение семи дней.</p>"
    "<ul><li>Граждан, имеющих право голоса: 12 482 613.</li>"
    "<li>Приняли участие: 9 127 192 (73,12%).</li><li>«За»: 7 954 667 (87,15% от принявших участие).</li>"
    "<li>«Против»: 898 099.</li><li>Недействительных бюллетеней: 146 558.</li>"
    "<li>Бюллетеней неустановленного образца: 127 868.</li></ul><p>Референдум признан "
    "состоявшимся, новая Конституция принята. Референдум считается состоявшимся, если в нём приняли участие более "
    "половины граждан, имеющих право голоса, а решение — принятым, если за него проголосовали более половины "
    "принявших участие.</p><p>Президент объявил, что 15 марта будет отмечаться как День Конституции.</p>",
    "body_kk": "<p>Орталық референдум комиссиясы 2026 жылғы 15 наурыздағы республикалық референдумның алдын ала "
    "қорытындыларын 16 наурызда жариялады; түпкілікті қорытындылар жеті күн ішінде белгіленеді.</p>"
    "<ul><li>Дауыс беруге құқығы бар азаматтар: 12 482 613.</li>"
    "<li>Қатысқандар: 9 127 192 (73,12%).</li><li>Жақтап дауыс бергендер: 7 954 667 (қатысқандардың 87,15%‑ы).</li>"
    "<li>Қарсы дауыс бергендер: 898 099.</li><li>Жарамсыз деп танылған бюллетеньдер: 146 558.</li>"
    "<li>Белгіленбеген үлгідегі бюллетеньдер: 127 868.</li></ul><p>Референдум өтті деп "
    "танылып, жаңа Конституция қабылданды. Дауыс беруге құқығы бар азаматтардың жартысынан астамы қатысса, "
    "референдум өтті деп саналады, ал қатысқандардың жартысынан астамы жақтап дауыс берсе, шешім қабылданды деп "
    "саналады.</p><p>Президент 15 наурыз Конституция күні ретінде атап өтілетінін жариялады.</p>",
}

ARTICLES = [REFERENDUM_CALLED, DRAFT_PUBLISHED, MFA_BRIEFING, RESULTS]


def load():
    if not (Member.objects.exists() and Provision.objects.exists()):
        # Linked to nothing, the articles would lose their "related" lists without a word: say so instead.
        raise RuntimeError(
            "The news seed links articles to members and provisions: run the commission's and the provisions' "
            "seeds first (referendum/sections.py, SEEDS)."
        )
    fresh = not Article.objects.exists()
    created = 0
    for values in ARTICLES:
        fields = dict(values)
        member_slugs, provision_slugs = fields.pop("members", []), fields.pop("provisions", [])
        article, was_created = Article.objects.get_or_create(
            slug=fields.pop("slug"), defaults={**fields, "status": Article.Status.PUBLISHED}
        )
        if was_created:
            article.members.set(Member.objects.filter(slug__in=member_slugs))
            article.provisions.set(Provision.objects.filter(slug__in=provision_slugs))
            created += 1
    if not fresh:
        # Once the news exists it is the staff's: an article they deleted or rewrote stays as they left it.
        return created
    # The articles on what followed the vote reached databases seeded before them through a data migration; a
    # new database gets them the same way, from the migration's own copy.
    since_march = import_module("referendum.news.migrations.0008_news_since_march")
    created += since_march.add_articles_to(Article, untranslated_columns=False)
    # The results article as first published, then corrected as older databases were (with its correction).
    import_module("referendum.news.migrations.0009_official_results_corrected").correct_article(
        Article, Correction, untranslated_columns=False
    )
    # The articles' wording as the citizen's review corrected it (with the briefing's correction).
    import_module("referendum.news.migrations.0010_wording").reword_articles(
        Article, Correction, untranslated_columns=False
    )
    return created
