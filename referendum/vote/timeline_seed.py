"""The reform's key dates, from public reports, each with its sources. Used by the seed for a new
database and by migration 0006 for one seeded earlier, which gets the steps it lacks and the corrected
wording of the steps it has, where staff have not changed them. Steps the sources give only as planned are
"scheduled"; staff mark them done, with a source, once one reports it."""

from datetime import date


def sources(kk_ru, en):
    return {"source_name_kk": kk_ru, "source_name_ru": kk_ru, "source_name_en": en}


def texts(field, kk, ru, en):
    return {f"{field}_kk": kk, f"{field}_ru": ru, f"{field}_en": en}


STEPS = [
    {
        "date": date(2025, 9, 8),
        **texts(
            "title",
            "Президент бір палаталы Парламентке көшуді ұсынды",
            "Президент предложил перейти к однопалатному Парламенту",
            "The President proposed a unicameral Parliament",
        ),
        **texts(
            "description",
            "Президент Қазақстан халқына жыл сайынғы Жолдауында бір палаталы Парламентке көшуді ұсынды. "
            "Реформа осыдан басталды.",
            "В ежегодном Послании народу Казахстана Президент предложил перейти к однопалатному парламенту. "
            "С этого началась реформа.",
            "In his annual Address to the people of Kazakhstan the President proposed a unicameral Parliament. "
            "This was the starting point of the reform.",
        ),
        **sources(
            "DKNews.kz (news.mail.ru), 06.03.2026; biznescentr.kz, 31.01.2026",
            "DKNews.kz (via news.mail.ru), 6 Mar 2026; biznescentr.kz, 31 Jan 2026",
        ),
    },
    {
        "date": date(2025, 10, 8),
        **texts(
            "title",
            "Парламенттік реформа жөніндегі жұмыс тобы құрылды",
            "Создана рабочая группа по парламентской реформе",
            "A working group on parliamentary reform was set up",
        ),
        **texts(
            "description",
            "Оның құрамына заңгерлер, сарапшылар, партиялар мен азаматтық қоғам өкілдері кірді. Азаматтар "
            "ұсыныстарын жолдады, оның ішінде e-Otinish арқылы.",
            "В неё вошли юристы, эксперты, представители партий и гражданского общества. Граждане направляли "
            "предложения, в том числе через e-Otinish.",
            "Lawyers, experts, parties and civil society took part in it. Citizens sent proposals, including "
            "through e-Otinish.",
        ),
        **sources("DKNews.kz (news.mail.ru), 06.03.2026", "DKNews.kz (via news.mail.ru), 6 Mar 2026"),
    },
    {
        "date": date(2026, 1, 21),
        **texts(
            "title",
            "Конституциялық реформа жөніндегі комиссия құрылды",
            "Создана Комиссия по конституционной реформе",
            "The Constitutional Reform Commission was created",
        ),
        **texts(
            "description",
            "Комиссия құрамында барлық өңірлерден және түрлі салалардан 130 мүше болды.",
            "В Комиссию вошли 130 членов из всех регионов и разных сфер жизни.",
            "The Commission had 130 members from all regions and walks of life.",
        ),
        **sources(
            "info.sibnet.ru, 31.01.2026; biznescentr.kz, 31.01.2026",
            "info.sibnet.ru, 31 Jan 2026; biznescentr.kz, 31 Jan 2026",
        ),
    },
    {
        "date": date(2026, 1, 30),
        **texts(
            "title",
            "Алғашқы жоба қоғамдық талқылауға жарияланды",
            "Первый проект опубликован для общественного обсуждения",
            "The first draft was published for public discussion",
        ),
        **texts(
            "description",
            "Жаңа Конституцияның алғашқы жобасы (кіріспе, 11 бөлім, 95 бап) Комиссияның алтыншы отырысында "
            "таныстырылып, қоғамдық талқылауға жарияланды. Жоба бойынша азаматтардан 10 000-ға жуық ұсыныс "
            "түсті.",
            "Первый проект новой Конституции (преамбула, 11 разделов, 95 статей) представлен на шестом "
            "заседании Комиссии и опубликован для общественного обсуждения. По проекту поступило около "
            "10 000 предложений граждан.",
            "The first draft of a new Constitution (a preamble, 11 sections, 95 articles) was presented at the "
            "Commission's sixth meeting and published for public discussion. About 10,000 proposals from the "
            "public were received on it.",
        ),
        **sources(
            "Kazinform (inform.kz), 30.01.2026; mgorod.kz, 30.01.2026; diplomaticaffairs.com; aimaqaqshamy.kz",
            "Kazinform (inform.kz), 30 Jan 2026; mgorod.kz, 30 Jan 2026; diplomaticaffairs.com; aimaqaqshamy.kz",
        ),
    },
    {
        "date": date(2026, 2, 11),
        **texts("title", "Референдум тағайындалды", "Назначен референдум", "The referendum was called"),
        **texts(
            "description",
            "Комиссия жобаны Президентке ұсынды. Президент 2026 жылғы 15 наурызға республикалық референдум "
            "тағайындау туралы Жарлыққа қол қойды.",
            "Комиссия представила проект Президенту. Президент подписал указ о назначении республиканского "
            "референдума на 15 марта 2026 года.",
            "The Commission presented its draft to the President, who signed the decree calling a republican "
            "referendum for 15 March 2026.",
        ),
        **sources(
            "Kazinform (inform.kz), 12.02.2026; BAQ.kz, 11.02.2026",
            "Kazinform (inform.kz), 12 Feb 2026; BAQ.kz, 11 Feb 2026",
        ),
    },
    {
        "date": date(2026, 2, 12),
        **texts(
            "title",
            "Конституция жобасы жарияланды",
            "Опубликован проект Конституции",
            "The draft Constitution was published",
        ),
        **texts(
            "description",
            "Жарлық пен жаңа Конституцияның жобасы бұқаралық ақпарат құралдарында ресми жарияланды. Жоба "
            "96 баптан тұрады.",
            "Указ и проект новой Конституции официально опубликованы в средствах массовой информации. Проект "
            "состоит из 96 статей.",
            "The decree and the draft of the new Constitution, 96 articles, were officially published in the media.",
        ),
        **sources("The Astana Times (astanatimes.com), 12.02.2026", "The Astana Times (astanatimes.com), 12 Feb 2026"),
    },
    {
        "date": date(2026, 2, 17),
        **texts(
            "title",
            "Дипломатиялық корпусқа арналған брифинг",
            "Брифинг для дипломатического корпуса",
            "Briefing for the diplomatic corps",
        ),
        **texts(
            "description",
            "Сыртқы істер министрлігінің бастамасымен Конституциялық реформа жөніндегі комиссияның мүшелері "
            "жобаның негізгі жаңалықтарын дипломатиялық өкілдіктер мен халықаралық ұйымдардың 80-ге жуық "
            "өкіліне таныстырды.",
            "По инициативе Министерства иностранных дел члены Комиссии по конституционной реформе представили "
            "ключевые новеллы проекта примерно 80 представителям дипломатических миссий и международных организаций.",
            "At the initiative of the Ministry of Foreign Affairs, members of the Constitutional Reform Commission "
            "presented the key novelties of the draft to about 80 representatives of diplomatic missions and "
            "international organizations.",
        ),
        "source_name_kk": "Қазақстан Республикасы Сыртқы істер министрлігі",
        "source_name_ru": "Министерство иностранных дел Республики Казахстан",
        "source_name_en": "Ministry of Foreign Affairs of the Republic of Kazakhstan",
    },
    {
        "date": date(2026, 3, 15),
        **texts("title", "Референдум күні", "День референдума", "Referendum day"),
        **texts(
            "description",
            "Дауыс беру учаскелері жергілікті уақыт бойынша 07:00-ден 20:00-ге дейін жұмыс істеді.",
            "Участки для голосования работали с 07:00 до 20:00 по местному времени.",
            "Polling stations were open from 07:00 to 20:00 local time.",
        ),
        **sources(
            "Tengrinews (en.tengrinews.kz); Kazinform (qazinform.com)",
            "Tengrinews (en.tengrinews.kz); Kazinform (qazinform.com)",
        ),
    },
    {
        "date": date(2026, 3, 16),
        **texts("title", "Алдын ала қорытындылар", "Предварительные итоги", "Preliminary results"),
        **texts(
            "description",
            "Орталық референдум комиссиясы референдумды өтті, ал жаңа Конституцияны қабылданды деп таныды: "
            "дауыс беруге құқығы бар азаматтардың 73,12%‑ы қатысты, олардың 87,15%‑ы жақтап дауыс берді.",
            "Центральная комиссия референдума признала референдум состоявшимся, а новую Конституцию — принятой: "
            "участвовали 73,12% граждан, имеющих право голоса, из них 87,15% проголосовали «за».",
            "The Central Referendum Commission declared the referendum valid and the new Constitution adopted: "
            "73.12% of eligible citizens took part, and 87.15% of them voted in favour.",
        ),
        "source_name_kk": "Орталық референдум комиссиясы: ElordaInfo (ru.elordainfo.kz); Caspian Post "
        "(caspianpost.com); ТАСС (monitoruldestiri.ro)",
        "source_name_ru": "Центральная комиссия референдума: ElordaInfo (ru.elordainfo.kz); Caspian Post "
        "(caspianpost.com); ТАСС (monitoruldestiri.ro)",
        "source_name_en": "Central Referendum Commission, via ElordaInfo (ru.elordainfo.kz); Caspian Post "
        "(caspianpost.com); TASS (monitoruldestiri.ro)",
    },
    {
        "date": date(2026, 3, 16),
        **texts(
            "title",
            "15 наурыз Конституция күні болады",
            "15 марта станет Днём Конституции",
            "15 March to be Constitution Day",
        ),
        **texts(
            "description",
            "Президент 15 наурыздың Конституция күні ретінде атап өтілетінін жариялады.",
            "Президент объявил, что 15 марта будет отмечаться как День Конституции.",
            "The President announced that 15 March will be marked as Constitution Day.",
        ),
        **sources("Эхо (echofm.online), 16.03.2026", "Echo (echofm.online), 16 Mar 2026"),
    },
    {
        "date": date(2026, 3, 17),
        **texts(
            "title",
            "Президент Конституцияға қол қойды",
            "Президент подписал Конституцию",
            "The President signed the Constitution",
        ),
        **texts(
            "description",
            "Салтанатты рәсімде Президент жаңа Конституцияға және оны іске асыру шаралары туралы Жарлыққа қол "
            "қойды. Жарлықта мәтінді «Егемен Қазақстан» және «Казахстанская правда» газеттерінде жариялау, "
            "Президент туралы және Халық Кеңесі туралы конституциялық заңдардың жобаларын Мәжіліске енгізу "
            "көзделген. Президент Конституция 1 шілдеде күшіне енетінін, ал 15 наурыздағы Конституция күні "
            "мемлекеттік мереке болатынын айтты (бұрын ол 30 тамызда атап өтілетін еді).",
            "На церемонии Президент подписал новую Конституцию и указ о мерах по её реализации. Указ "
            "предусматривает публикацию текста в газетах «Егемен Қазақстан» и «Казахстанская правда» и внесение "
            "в Мажилис проектов конституционных законов о Президенте и о Халық Кеңесі. Президент сообщил, что "
            "Конституция вступает в силу 1 июля, а День Конституции 15 марта станет государственным праздником "
            "(прежде его отмечали 30 августа).",
            "At a ceremony the President signed the new Constitution and a decree on measures to implement it. "
            "The decree provides for the text to be published in Egemen Qazaqstan and Kazakhstanskaya Pravda, "
            "and for draft constitutional laws on the President and on the Halyk Kenesi to go to the Mazhilis. "
            "The President said that the Constitution enters into force on 1 July and that Constitution Day, "
            "15 March, will be a state holiday (it had been 30 August).",
        ),
        **sources(
            "BAQ.kz (ekaraganda.kz), 17.03.2026; obk.kz, 18.03.2026; mk-kz.kz, 18.03.2026",
            "BAQ.kz (via ekaraganda.kz), 17 Mar 2026; obk.kz, 18 Mar 2026; mk-kz.kz, 18 Mar 2026",
        ),
    },
    {
        "date": date(2026, 3, 18),
        **texts(
            "title",
            "Конституцияның толық мәтіні жарияланды",
            "Опубликован полный текст Конституции",
            "The full text was published",
        ),
        **texts(
            "description",
            "Жаңа Конституцияның толық мәтіні «Казахстанская правда» газетінің сайтында жарияланды. Бес жаңа "
            "конституциялық заң туралы хабарланды: Президент, Құрылтай, Халық Кеңесі, астана және "
            "әкімшілік-аумақтық құрылыс туралы.",
            "Полный текст новой Конституции опубликован на сайте газеты «Казахстанская правда». Объявлено о пяти "
            "новых конституционных законах: о Президенте, о Курултае, о Халық Кеңесі, о столице и об "
            "административно-территориальном устройстве.",
            "The full text of the new Constitution was published on the website of Kazakhstanskaya Pravda. Five "
            "new constitutional laws were announced: on the President, the Kurultai, the Halyk Kenesi, the capital "
            "and the administrative-territorial structure.",
        ),
        **sources("mk-kz.kz, 18.03.2026; obk.kz, 18.03.2026", "mk-kz.kz, 18 Mar 2026; obk.kz, 18 Mar 2026"),
    },
    {
        "date": date(2026, 7, 1),
        "status": "scheduled",
        **texts("title", "Күшіне енуі", "Вступление в силу", "Entry into force"),
        **texts(
            "description",
            "Жобада Конституцияның 2026 жылғы 1 шілдеде күшіне енуі көзделген, Президент бұл күнді қол қою "
            "кезінде растады. Осы күні 1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі "
            "тоқтатылады (95-бап). Дереккөздер бұл қадамды жоспарланған ретінде келтіреді.",
            "Проект предусматривал вступление Конституции в силу 1 июля 2026 года, Президент подтвердил эту дату "
            "при подписании. В этот день прекращаются полномочия Парламента, сформированного по Конституции "
            "1995 года (статья 95). Источники называют этот шаг запланированным.",
            "The draft set 1 July 2026 for the Constitution to enter into force, and the President confirmed the "
            "date at the signing. On that day the powers of the Parliament formed under the 1995 Constitution end "
            "(Article 95). The sources give this step as scheduled.",
        ),
        **sources(
            "The Astana Times (astanatimes.com), 12.02.2026; Kazinform (inform.kz), 12.02.2026",
            "The Astana Times (astanatimes.com), 12 Feb 2026; Kazinform (inform.kz), 12 Feb 2026",
        ),
    },
    {
        "date": date(2026, 8, 1),
        "status": "scheduled",
        **texts(
            "title",
            "Құрылтайға сайлау тағайындалатын мерзім",
            "Срок назначения выборов в Курултай",
            "Deadline for calling the Kurultai elections",
        ),
        **texts(
            "description",
            "Жобаға сәйкес, Конституция күшіне енгеннен кейін бір ай ішінде Президент Құрылтайға сайлау "
            "тағайындайды, сайлау екі ай ішінде өткізіледі.",
            "По проекту, в течение месяца после вступления Конституции в силу Президент назначает выборы в "
            "Курултай, которые проводятся в течение двух месяцев.",
            "Under the draft, within one month of the Constitution's entry into force the President calls "
            "elections to the Kurultai, to be held within two months.",
        ),
        **sources("The Astana Times (astanatimes.com), 12.02.2026", "The Astana Times (astanatimes.com), 12 Feb 2026"),
    },
]

# Steps seeded before, by their English title then: (new English title, the texts they had, field by field).
EARLIER_TITLES = {
    "The referendum is called": "The referendum was called",
    "The draft Constitution is published": "The draft Constitution was published",
    "Entry into force (as the draft provided)": "Entry into force",
}


def bring_up_to_date(TimelineEvent, referendum, earlier=None):
    """Adds the steps the referendum's timeline lacks; a step it has gets the texts above in every field staff
    have not changed since it was seeded (`earlier`: the seeded texts, by English title). Returns how many
    steps were added or corrected."""
    earlier = earlier or {}
    count = 0
    for step in STEPS:
        titles = {step["title_en"], *(old for old, new in EARLIER_TITLES.items() if new == step["title_en"])}
        event = TimelineEvent.objects.filter(referendum=referendum, date=step["date"], title_en__in=titles).first()
        if event is None:
            TimelineEvent.objects.create(referendum=referendum, **step)
            count += 1
            continue
        seeded = earlier.get(event.title_en, {})
        changed = [
            field
            for field, value in step.items()
            if field in seeded and getattr(event, field) == seeded[field] and seeded[field] != value
        ]
        for field in changed:
            setattr(event, field, step[field])
        if "status" in step and event.status != step["status"] and "title_en" in changed:
            event.status = step["status"]
            changed.append("status")
        if changed:
            event.save(update_fields=changed)
            count += 1
    return count
