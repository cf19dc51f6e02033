"""The 2026 referendum up to December 2026, from the sources added on 2026-12-06: the results are final
(established on 17 March, the same figures as on 16 March), the 127,868 ballots are "not counted", the entry into
force on 1 July took place, the Kurultai election was set for 23 August, the invented 1 August deadline is gone,
the first Constitution Day is 15 March 2027; voting abroad, the observers, the 10:00 regional turnout, two more
20:00 figures, the Commission's English names of two regions, the address of each source's own article, and the
wording of the key dates as the citizen's review of 2026-12-06 corrected it (one name for the decree, the Commission
and the polling station; Kazakh and Russian that read as written, not translated).

Each field changes only where it still holds what the seed put there (the first value of each pair below): what staff changed stays theirs.
The texts are written here, not imported, so that a later change of the seed cannot change this migration;
a new database gets the same by the seed, which runs `up_to_december` after creating the 2026 referendum as it
first was (referendum/vote/seed.py): the seed is its first content with each later correction applied in turn.
"""

from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import migrations
from django.utils import timezone

ASTANA = ZoneInfo("Asia/Almaty")
SLUG = "constitution-2026"

# --- the referendum: field -> (what the seed had, what it says now)
REFERENDUM = {
    "results_status": ("preliminary", "final"),
    "results_date": (date(2026, 3, 16), date(2026, 3, 17)),
    "results_source_kk": (
        "Орталық референдум комиссиясы (ElordaInfo, Caspian Post және ТАСС хабарлауынша)",
        "Орталық референдум комиссиясы, Interfax (m.interfax.ru) деректері бойынша, 17.03.2026; exclusive.kz; "
        "Informburo (informburo.kz); «Мир 24» (kz.mir24.tv)",
    ),
    "results_source_ru": (
        "Центральная комиссия референдума (по сообщениям ElordaInfo, Caspian Post и ТАСС)",
        "Центральная комиссия референдума, по сообщению «Интерфакса» (m.interfax.ru), 17.03.2026; exclusive.kz; "
        "Informburo (informburo.kz); «Мир 24» (kz.mir24.tv)",
    ),
    "results_source_en": (
        "Central Referendum Commission (as reported by ElordaInfo, Caspian Post and TASS)",
        "Central Referendum Commission, as reported by Interfax (m.interfax.ru), 17.03.2026; exclusive.kz; "
        "Informburo (informburo.kz); Mir 24 (kz.mir24.tv)",
    ),
    "results_source_url": (
        "",
        "https://exclusive.kz/rezultaty-referenduma-ozvuchili-v-kazahstane\n"
        "https://informburo.kz/amp/kaz/newskaz/ork-referendumnyn-qorytyndy-natizelerin-zariialady\n"
        "https://kz.mir24.tv/news/16664032/bolee-87percent-grazhdan-kazahstana-podderzhali-prinyatie-novoj-konstitucii",
    ),
    "results_note_kk": (
        "",
        "Комиссия бұл сандарды 2026 жылғы 16 наурызда алдын ала қорытынды ретінде жариялап, 2026 жылғы "
        "17 наурызда өзгеріссіз түпкілікті қорытынды ретінде белгіледі. 127 868 бюллетеньнің неліктен есепке "
        "алынбағаны туралы хабарламалар әртүрлі.",
    ),
    "results_note_ru": (
        "",
        "16 марта 2026 года Комиссия объявила эти числа предварительными итогами, а 17 марта 2026 года без "
        "изменений установила их как окончательные. Сообщения расходятся в том, почему 127 868 бюллетеней не были "
        "учтены.",
    ),
    "results_note_en": (
        "",
        "The Commission announced these figures as preliminary on 16 March 2026 and established them as the final "
        "results, unchanged, on 17 March 2026. Reports differ on why the 127,868 ballots were not counted.",
    ),
    "polling_stations_source_kk": (
        "Орталық референдум комиссиясы (almatanews.kz және asia24.media хабарлауынша)",
        "Орталық референдум комиссиясы, дауыс беру күнгі almatanews.kz және asia24.media деректері бойынша "
        "(exclusive.kz деректері бойынша, 10 388 учаскеге шетелдегілері де кіреді); дауыс беруге дейін Комиссия "
        "10 411 учаске (62 елде 80 шетелдік учаске) туралы хабарлаған (The Astana Times, 2026 жылғы ақпан)",
    ),
    "polling_stations_source_ru": (
        "Центральная комиссия референдума (по сообщениям almatanews.kz и asia24.media)",
        "Центральная комиссия референдума, по сообщениям almatanews.kz и asia24.media в день голосования "
        "(по данным exclusive.kz, в число 10 388 участков входят и зарубежные); до голосования Комиссия называла "
        "10 411 участков, из них 80 за рубежом в 62 странах (The Astana Times, февраль 2026 года)",
    ),
    "polling_stations_source_en": (
        "Central Referendum Commission (as reported by almatanews.kz and asia24.media)",
        "Central Referendum Commission, as reported on voting day by almatanews.kz and asia24.media (exclusive.kz "
        "counts the 10,388 stations in all regions and abroad); before the vote it gave 10,411 stations, 80 of them "
        "abroad in 62 countries (The Astana Times, February 2026)",
    ),
    "voted_abroad": (None, 12_740),
    "turnout_abroad_percent": (None, Decimal("88.6")),
    "abroad_source_kk": ("", "Сыртқы істер министрлігі, caliber.az деректері бойынша (Orda.kz сілтемесімен)"),
    "abroad_source_ru": ("", "Министерство иностранных дел, по сообщению caliber.az (со ссылкой на Orda.kz)"),
    "abroad_source_en": ("", "Ministry of Foreign Affairs, as reported by caliber.az (citing Orda.kz)"),
    "abroad_source_url": (
        "",
        "https://caliber.az/post/skolko-kazahstancev-progolosovali-na-referendume-po-novoj-konstitucii-za-rubezhom",
    ),
    "observers_kk": (
        "",
        "Дауыс беруді ТМД миссиясының 100-ге жуық байқаушысы бақылады; миссияны ТМД Бас хатшысының бірінші "
        "орынбасары Игорь Петришенко басқарды. Миссияның 16 наурыздағы мәлімдемесінде учаскелер уақытында "
        "ашылғаны, байқалған кемшіліктер техникалық сипатта болып, орнында түзетілгені және нәтижеге әсер ете "
        "алатын бұзушылық анықталмағаны айтылды. ШЫҰ миссиясының басшысы, Бас хатшының орынбасары Олег Копылов "
        "16 наурызда дауыс беру ұлттық заңнамаға сай өткенін және оған күмән келтіретін бұзушылық тіркелмегенін "
        "мәлімдеді. Дауыс беруге дейін елге Дуглас Брюс Уэйк басқарған ЕҚЫҰ ДИАБ миссиясы келді; дауыс беруден кейін "
        "ДИАБ мәлімдемесі табылмады. Барлығы бірнеше жүз халықаралық байқаушы қатысты; байқауды он бір халықаралық "
        "ұйым жүргізді.",
    ),
    "observers_ru": (
        "",
        "За голосованием следили около 100 наблюдателей миссии СНГ во главе с первым заместителем "
        "Генерального секретаря СНГ Игорем Петришенко. В заявлении миссии от 16 марта говорится, что участки "
        "открылись вовремя, замеченные недочёты носили технический характер и устранялись на месте, а нарушений, "
        "способных повлиять на итог, не выявлено. Глава миссии ШОС, заместитель Генерального секретаря Олег "
        "Копылов, заявил 16 марта, что голосование прошло в соответствии с национальным законодательством и "
        "нарушений, ставящих его под сомнение, не зафиксировано. До голосования в страну прибыла миссия БДИПЧ "
        "ОБСЕ во главе с Дугласом Брюсом Уэйком; заявления БДИПЧ после голосования не найдено. Всего в "
        "наблюдении участвовали несколько сотен международных наблюдателей от одиннадцати международных "
        "организаций.",
    ),
    "observers_en": (
        "",
        "About 100 observers of the CIS mission, led by its First Deputy Secretary General Igor Petrishenko, "
        "watched the vote. The mission's statement of 16 March said the polls opened on time, the lapses seen were "
        "technical and corrected on the spot, and no violation that could affect the result was found. The head of "
        "the SCO mission, Deputy Secretary General Oleg Kopylov, said on 16 March that the vote met national law "
        "and that no violation casting doubt on it was recorded. An OSCE/ODIHR mission headed by Douglas Bruce Wake "
        "came before the vote; no ODIHR statement after the vote was found. Several hundred international observers "
        "took part; eleven international organisations observed the vote.",
    ),
    "observers_source_kk": (
        "",
        "Kazinform (qazinform.com), 25.02.2026; Zakon.kz (mail.kz), 16.03.2026; РИА Новости (newsreports.ru), "
        "16.03.2026; kt.kz, 05.03.2026; «Мир 24» (kz.mir24.tv)",
    ),
    "observers_source_ru": (
        "",
        "Kazinform (qazinform.com), 25.02.2026; Zakon.kz (mail.kz), 16.03.2026; РИА Новости (newsreports.ru), "
        "16.03.2026; kt.kz, 05.03.2026; «Мир 24» (kz.mir24.tv)",
    ),
    "observers_source_en": (
        "",
        "Kazinform (qazinform.com), 25 Feb 2026; Zakon.kz (via mail.kz), 16 Mar 2026; RIA Novosti (via "
        "newsreports.ru), 16 Mar 2026; kt.kz, 5 Mar 2026; Mir 24 (kz.mir24.tv)",
    ),
    "observers_source_url": (
        "",
        "https://qazinform.com/news/around-100-cis-observers-to-monitor-constitutional-referendum-in-kazakhstan-b806e6\n"
        "https://mail.kz/ru/news/kz-news/kak-proshel-referendum-v-kazahstane-mnenie-nablyudatelei-iz-sng\n"
        "https://newsreports.ru/news/obshchestvo/glava-missii-shos-rasskazal-o-proshedshem-v-kazakhstane-referendume\n"
        "https://kz.mir24.tv/news/16664032/bolee-87percent-grazhdan-kazahstana-podderzhali-prinyatie-novoj-konstitucii",
    ),
}

# --- key dates: the addresses of their sources, by (date, English title as seeded); given where still empty
TIMELINE_ADDRESSES = {
    (date(2025, 9, 8), "The President proposed a unicameral Parliament"): "https://news.mail.ru/politics/70060103/",
    (date(2025, 10, 8), "A working group on parliamentary reform was set up"): "https://news.mail.ru/politics/70060103/",
    (date(2026, 1, 30), "The first draft was published for public discussion"): (
        "https://www.inform.kz/ru/v-kazahstane-predstavili-perviy-proekt-novoy-konstitutsii-e55183\n"
        "https://mgorod.kz/news/proekt-novoi-konstitucii-prezentovali-v-kazaxstane\n"
        "https://diplomaticaffairs.com/kazakhstan-to-hold-referendum-on-new-constitution-as-sweeping-political-reforms-proposed\n"
        "https://aimaqaqshamy.kz/ru/news/novaya-konstitutsiya-sovmestnyy-trud-gosudarstva-i-obshchestva"
    ),
    (date(2026, 2, 11), "The referendum was called"): (
        "https://www.inform.kz/ru/referendum-po-novoy-konstitutsii-sostoitsya-15-marta-2026-goda-ukaz-prezidenta-kazahstana-725abf\n"
        "https://rus.baq.kz/15-marta-v-kazahstane-proydet-respublikanskiy-referendum-po-konstitutsionnoy-reforme_300032983/"
    ),
    (date(2026, 2, 12), "The draft Constitution was published"): (
        "https://astanatimes.com/2026/02/draft-constitution-sets-july-1-entry-into-force-if-approved/"
    ),
    (date(2026, 3, 15), "Referendum day"): (
        "https://en.tengrinews.kz/laws_initiatives/when-the-results-of-the-referendum-on-the-new-constitution-271056"
    ),
    (date(2026, 3, 16), "Preliminary results"): (
        "https://ru.elordainfo.kz/tema-dnya-ru/ozvucheny-predvaritelnye-itogi-referenduma/amp\n"
        "https://caspianpost.com/kazakhstan/kazakh-citizens-overwhelmingly-approve-new-constitution\n"
        "http://monitoruldestiri.ro/tag/referendum/over-87-of-voters-in-kazakhstan-approve-new-constitution-in-referendum-5327730"
    ),
    (date(2026, 3, 16), "15 March to be Constitution Day"): (
        "https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik"
    ),
    (date(2026, 3, 17), "The President signed the Constitution"): (
        "http://m.ekaraganda.kz/sitemap.xml?id=165432&mod=news_read\n"
        "https://obk.kz/soobshhaem/opublikovan-tekst-novoj-konstituczii-kazahstana\n"
        "https://mk-kz.kz/amp/politics/2026/03/18/opublikovan-tekst-novoy-konstitucii-kazakhstana.html"
    ),
    (date(2026, 3, 18), "The full text was published"): (
        "https://mk-kz.kz/amp/politics/2026/03/18/opublikovan-tekst-novoy-konstitucii-kazakhstana.html\n"
        "https://obk.kz/soobshhaem/opublikovan-tekst-novoj-konstituczii-kazahstana"
    ),
}

ENTRY_INTO_FORCE = (date(2026, 7, 1), "Entry into force")
ENTRY_INTO_FORCE_SEEDED_EN = (
    "The draft set 1 July 2026 for the Constitution to enter into force, and the President confirmed the date at the "
    "signing. On that day the powers of the Parliament formed under the 1995 Constitution end (Article 95). The "
    "sources give this step as scheduled."
)
# The step as the seed had it, field by field: only a field still like this is changed.
ENTRY_INTO_FORCE_SEEDED = {
    "status": "scheduled",
    "title_kk": "Күшіне енуі",
    "title_ru": "Вступление в силу",
    "title_en": "Entry into force",
    "description_kk": (
        "Жобада Конституцияның 2026 жылғы 1 шілдеде күшіне енуі көзделген, Президент бұл күнді қол қою кезінде "
        "растады. Осы күні 1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі тоқтатылады (95-бап). "
        "Дереккөздер бұл қадамды жоспарланған ретінде келтіреді."
    ),
    "description_ru": (
        "Проект предусматривал вступление Конституции в силу 1 июля 2026 года, Президент подтвердил эту дату при "
        "подписании. В этот день прекращаются полномочия Парламента, сформированного по Конституции 1995 года "
        "(статья 95). Источники называют этот шаг запланированным."
    ),
    "description_en": ENTRY_INTO_FORCE_SEEDED_EN,
    "source_name_kk": "The Astana Times (astanatimes.com), 12.02.2026; Kazinform (inform.kz), 12.02.2026",
    "source_name_ru": "The Astana Times (astanatimes.com), 12.02.2026; Kazinform (inform.kz), 12.02.2026",
    "source_name_en": "The Astana Times (astanatimes.com), 12 Feb 2026; Kazinform (inform.kz), 12 Feb 2026",
    "source_url": "",
}
ENTRY_INTO_FORCE_NOW = {
    "status": "done",
    "title_kk": "Конституция күшіне енді",
    "title_ru": "Конституция вступила в силу",
    "title_en": "The Constitution entered into force",
    "description_kk": (
        "Жаңа Конституция 2026 жылғы 1 шілдеде күшіне енді; Президент сол күнгі үндеуінде мұны жаңа дәуірдің "
        "басталуы деп атады. 95-бапта көзделгендей, 1995 жылғы Конституция бойынша құрылған Парламенттің "
        "өкілеттігі сол күні тоқтатылды (бұл туралы жеке ресми хабарлама табылмады)."
    ),
    "description_ru": (
        "Новая Конституция вступила в силу 1 июля 2026 года; в обращении, с которым Президент выступил в тот же "
        "день, он назвал это началом новой эпохи. Как предусматривает статья 95, в тот же день прекратились полномочия Парламента, "
        "сформированного по Конституции 1995 года (отдельного официального сообщения об этом не найдено)."
    ),
    "description_en": (
        "The new Constitution came into force on 1 July 2026; in his address that day the President called it the "
        "start of a new era. As Article 95 provides, the Parliament formed under the 1995 Constitution ended its "
        "powers that day (no separate official notice of it was found)."
    ),
    "source_name_kk": "The Times of Central Asia (timesca.com), 01.07.2026; eri.kz, 01.07.2026; Kazinform (inform.kz), 12.02.2026",
    "source_name_ru": "The Times of Central Asia (timesca.com), 01.07.2026; eri.kz, 01.07.2026; Kazinform (inform.kz), 12.02.2026",
    "source_name_en": "The Times of Central Asia (timesca.com), 1 Jul 2026; eri.kz, 1 Jul 2026; Kazinform (inform.kz), 12 Feb 2026",
    "source_url": (
        "https://timesca.com/?p=51256\n"
        "https://www.inform.kz/ru/nazvani-sroki-prekrasheniya-polnomochiy-parlamenta-i-provedeniya-viborov-v-kuriltay-3fb44d"
    ),
}

# The step no source gave: a date the portal had worked out (1 July + one month). Removed where left as seeded.
INVENTED = (date(2026, 8, 1), "Deadline for calling the Kurultai elections")
INVENTED_SEEDED_EN = (
    "Under the draft, within one month of the Constitution's entry into force the President calls elections to the "
    "Kurultai, to be held within two months."
)
# Deleted only if every field is still as seeded: a step staff worked on is theirs to remove.
INVENTED_SEEDED = {
    "status": "scheduled",
    "title_kk": "Құрылтайға сайлау тағайындалатын мерзім",
    "title_ru": "Срок назначения выборов в Курултай",
    "title_en": INVENTED[1],
    "description_kk": (
        "Жобаға сәйкес, Конституция күшіне енгеннен кейін бір ай ішінде Президент Құрылтайға сайлау тағайындайды, "
        "сайлау екі ай ішінде өткізіледі."
    ),
    "description_ru": (
        "По проекту, в течение месяца после вступления Конституции в силу Президент назначает выборы в Курултай, "
        "которые проводятся в течение двух месяцев."
    ),
    "description_en": INVENTED_SEEDED_EN,
    "source_name_kk": "The Astana Times (astanatimes.com), 12.02.2026",
    "source_name_ru": "The Astana Times (astanatimes.com), 12.02.2026",
    "source_name_en": "The Astana Times (astanatimes.com), 12 Feb 2026",
    "source_url": "",
}

TIMESCA = "https://timesca.com/?p=51256"
NEW_STEPS = [
    {
        "date": date(2026, 3, 17),
        "status": "done",
        "title_kk": "Түпкілікті қорытындылар белгіленді",
        "title_ru": "Установлены окончательные итоги",
        "title_en": "The final results were established",
        "description_kk": (
            "Орталық референдум комиссиясының отырысында оның төрағасы Нұрлан Әбдіров түпкілікті қорытындыларды "
            "жариялады: олар 16 наурыздағы алдын ала қорытындылармен бірдей. Референдум өткен деп, жаңа Конституция "
            "қабылданған деп танылды."
        ),
        "description_ru": (
            "На заседании Центральной комиссии референдума её председатель Нурлан Абдиров объявил окончательные "
            "итоги: они совпадают с предварительными от 16 марта. Референдум признан состоявшимся, новая "
            "Конституция — принятой."
        ),
        "description_en": (
            "At a session of the Central Referendum Commission its chairman Nurlan Abdirov announced the final "
            "results: the same figures as the preliminary ones of 16 March. The referendum was declared valid and the "
            "new Constitution adopted."
        ),
        "source_name_kk": "Interfax (m.interfax.ru), 17.03.2026; exclusive.kz; Informburo (informburo.kz); «Мир 24» (kz.mir24.tv)",
        "source_name_ru": "«Интерфакс» (m.interfax.ru), 17.03.2026; exclusive.kz; Informburo (informburo.kz); «Мир 24» (kz.mir24.tv)",
        "source_name_en": "Interfax (m.interfax.ru), 17 Mar 2026; exclusive.kz; Informburo (informburo.kz); Mir 24 (kz.mir24.tv)",
        "source_url": REFERENDUM["results_source_url"][1],
    },
    {
        "date": date(2026, 7, 1),
        "status": "done",
        "title_kk": "Құрылтайға сайлау 2026 жылғы 23 тамызға тағайындалды",
        "title_ru": "Выборы в Курултай назначены на 23 августа 2026 года",
        "title_en": "The Kurultai election was set for 23 August 2026",
        "description_kk": "Конституция күшіне енген күні Президент Тоқаев Құрылтайға сайлауды 2026 жылғы 23 тамызға тағайындады.",
        "description_ru": "В день вступления Конституции в силу Президент Токаев назначил выборы в Курултай на 23 августа 2026 года.",
        "description_en": "On the day the Constitution took effect, President Tokayev set the election of the Kurultai for 23 August 2026.",
        "source_name_kk": "The Times of Central Asia (timesca.com), 01.07.2026",
        "source_name_ru": "The Times of Central Asia (timesca.com), 01.07.2026",
        "source_name_en": "The Times of Central Asia (timesca.com), 1 Jul 2026",
        "source_url": TIMESCA,
    },
    {
        "date": date(2026, 8, 23),
        "status": "unrecorded",
        "title_kk": "Құрылтайға сайлау",
        "title_ru": "Выборы в Курултай",
        "title_en": "Election of the Kurultai",
        "description_kk": "Президент 1 шілдеде тағайындаған күн. Сайлау қорытындылары порталға әлі енгізілмеген.",
        "description_ru": "Дата, назначенная Президентом 1 июля. Итоги выборов на портал пока не внесены.",
        "description_en": "The date the President set on 1 July. The election's results have not yet been recorded here.",
        "source_name_kk": "The Times of Central Asia (timesca.com), 01.07.2026",
        "source_name_ru": "The Times of Central Asia (timesca.com), 01.07.2026",
        "source_name_en": "The Times of Central Asia (timesca.com), 1 Jul 2026",
        "source_url": TIMESCA,
    },
    {
        "date": date(2027, 3, 15),
        "status": "scheduled",
        "title_kk": "Жаңа Конституция бойынша алғашқы Конституция күні",
        "title_ru": "Первый День Конституции по новому Основному закону",
        "title_en": "The first Constitution Day under the new Constitution",
        "description_kk": (
            "Еңбек министрлігінің хабарлауынша, 2026 жылдан бастап 30 тамыз мереке күні болып саналмайды, ал "
            "2027 жылдан бастап 15 наурыз Конституция күні ретінде атап өтіледі."
        ),
        "description_ru": (
            "Как сообщило Министерство труда, с 2026 года 30 августа больше не является праздничным днём, а с "
            "2027 года 15 марта будет отмечаться как День Конституции."
        ),
        "description_en": (
            "The Ministry of Labour said that 30 August is no longer a public holiday from 2026 and that 15 March will "
            "be celebrated as Constitution Day from 2027."
        ),
        "source_name_kk": "taspanews.kz, 18.03.2026",
        "source_name_ru": "taspanews.kz, 18.03.2026",
        "source_name_en": "taspanews.kz, 18 Mar 2026",
        "source_url": "",
    },
]

# --- key dates as seeded, reworded (the citizen's review of 2026-12-06): by (date, English title as seeded), each
# field's (seeded fragment, corrected fragment), replaced only where the step still has the seeded fragment. The
# decree is named by its title («о проведении» / «өткізу туралы»), the Commission by its one name with the other
# as a gloss, the polling station as «участок референдума», "novelties" as «жаңашылдықтар».
STEP_WORDING = {
    (date(2025, 9, 8), "The President proposed a unicameral Parliament"): {
        "title_kk": [("бір палаталы Парламентке", "бір палаталы парламентке")],
        "title_ru": [("к однопалатному Парламенту", "к однопалатному парламенту")],
        "description_kk": [("бір палаталы Парламентке", "бір палаталы парламентке")],
    },
    (date(2025, 10, 8), "A working group on parliamentary reform was set up"): {
        "description_kk": [
            (
                "Азаматтар ұсыныстарын жолдады, оның ішінде e-Otinish арқылы.",
                "Азаматтар өз ұсыныстарын, оның ішінде e-Otinish жүйесі арқылы, жолдады.",
            )
        ],
    },
    (date(2026, 1, 21), "The Constitutional Reform Commission was created"): {
        "description_kk": [
            (
                "130 мүше болды.",
                "130 мүше болды. Оның құрылғаны туралы хабарламаларда ол Конституциялық комиссия деп аталады.",
            )
        ],
        "description_ru": [
            (
                "разных сфер жизни.",
                "разных сфер жизни. В сообщениях о её создании она названа Конституционной комиссией.",
            )
        ],
        "description_en": [
            (
                "all regions and walks of life.",
                "all regions and walks of life. The reports of its creation call it the Constitutional Commission.",
            )
        ],
    },
    (date(2026, 1, 30), "The first draft was published for public discussion"): {
        "description_kk": [("азаматтардан 10 000-ға жуық ұсыныс", "азаматтардан 10 000-нан астам ұсыныс")],
        "description_ru": [("поступило около 10 000 предложений", "поступило более 10 000 предложений")],
        "description_en": [("About 10,000 proposals", "More than 10,000 proposals")],
    },
    (date(2026, 2, 11), "The referendum was called"): {
        "description_kk": [
            (
                "2026 жылғы 15 наурызға республикалық референдум тағайындау туралы Жарлыққа",
                "республикалық референдумды 2026 жылғы 15 наурызда өткізу туралы Жарлыққа",
            )
        ],
        "description_ru": [
            (
                "указ о назначении республиканского референдума на 15 марта 2026 года.",
                "указ о проведении республиканского референдума 15 марта 2026 года.",
            )
        ],
    },
    (date(2026, 2, 17), "Briefing for the diplomatic corps"): {
        "description_kk": [("жобаның негізгі жаңалықтарын", "жобаның негізгі жаңашылдықтарын")],
    },
    (date(2026, 3, 15), "Referendum day"): {
        "description_ru": [("Участки для голосования работали", "Участки референдума работали")],
    },
    (date(2026, 3, 16), "Preliminary results"): {
        "description_kk": [
            (
                "референдумды өтті, ал жаңа Конституцияны қабылданды деп таныды",
                "референдумды өткен деп, жаңа Конституцияны қабылданған деп таныды",
            )
        ],
    },
    (date(2026, 3, 16), "15 March to be Constitution Day"): {
        "title_kk": [("15 наурыз Конституция күні болады", "15 наурыз — Конституция күні")],
    },
}

# --- turnout through the day
TEN_O_CLOCK = {
    "percent": (None, Decimal("19.21")),
    "source_name": (
        "almatanews.kz, 16.03.2026",
        "almatanews.kz, 16.03.2026; nur.kz, 15.03.2026; abai.kz, 15.03.2026",
    ),
}
SNAPSHOT_ADDRESSES = {
    (10, 0): (
        "https://almatanews.kz/199638-predvaritelnye-rezultaty-golosovanija-po-novoj-konstitucii-ozvucheny.html\n"
        "https://www.nur.kz/politics/kazakhstan/2354058-referendum-v-kazahstane-ozvuchena-yavka-izbirateley-na-10-00\n"
        "https://abai.kz/index.php/tt/post/213538"
    ),
    (12, 0): "https://ult.kz/index.php/post/sagat-1200-referendumda-4-677-595-azamaty-byulleten-aldy",
    (14, 0): (
        "https://asia24.media/news/svyshe-70-protsentov-izbirateley-progolosovali-v-den-referenduma-po-novoy-"
        "konstitutsii-v-kazakhstane"
    ),
    (16, 0): (
        "https://www.caravan.kz/?p=19170568\n"
        "https://kaz.zakon.kz/kogam-tynysy/6078221-referendumda-dauys-bergender-turaly-zhaartylan-mlmet-zhariyalandy.html"
    ),
    (18, 0): (
        "https://cmn.kz/7098-izbirateley-progolosovali-nareferendume-d34eab\n"
        "https://sn.kz/sn-akparat-agyny/134036-referendumda-8-8-millionnan-astam-kazakstandyk-dauys-berdi/amp"
    ),
    (20, 0): (
        "https://www.qonaev-gorod.kz/news/4079951/referendum-zaversen-v-kazahstane-nacinaetsa-podscet-golosov\n"
        "https://mgorod.kz/news/referendum-po-novoi-konstitucii-zaversilsia-iavka-v-kazaxstane-prevysila-73\n"
        "https://astanalife.kz/?p=79744"
    ),
    (20, 30): "https://mgorod.kz/news/referendum-po-novoi-konstitucii-zaversilsia-iavka-v-kazaxstane-prevysila-73",
}
TWENTY_O_CLOCK_SOURCE = (
    "qonaev-gorod.kz; mgorod.kz, 15.03.2026",
    "qonaev-gorod.kz; mgorod.kz, 15.03.2026; astanalife.kz",
)
# Region slug: % at 10:00 (abai.kz, 2026-03-15).
AT_TEN = {
    "abai": "17.98",
    "akmola": "19.82",
    "aktobe": "21.80",
    "almaty-region": "18.10",
    "atyrau": "19.44",
    "west-kazakhstan": "18.80",
    "jambyl": "18.49",
    "jetisu": "21.01",
    "karaganda": "26.64",
    "kostanay": "19.24",
    "kyzylorda": "24.02",
    "mangystau": "18.53",
    "pavlodar": "16.36",
    "north-kazakhstan": "18.72",
    "turkistan": "21.21",
    "ulytau": "20.31",
    "east-kazakhstan": "20.64",
    "astana": "20.68",
    "almaty": "9.54",
    "shymkent": "21.36",
}
AT_TWENTY = {"mangystau": "77.89", "pavlodar": "75.51"}  # astanalife.kz
ENGLISH_NAMES = {"jambyl": ("Jambyl Region", "Zhambyl Region"), "jetisu": ("Jetisu Region", "Zhetysu Region")}


def is_as_seeded(current, old):
    # modeltranslation stores an empty translation as NULL
    return current == old or (old in ("", None) and current in ("", None))


def change_where_seeded(obj, changes):
    changed = [field for field, (old, _new) in changes.items() if is_as_seeded(getattr(obj, field), old)]
    for field in changed:
        setattr(obj, field, changes[field][1])
    return changed


def reword(obj, fragments):
    """Replaces each seeded fragment still in the field; returns the fields changed."""
    changed = []
    for field, pairs in fragments.items():
        before = getattr(obj, field) or ""
        text = before
        for seeded, corrected in pairs:
            if corrected not in text:
                text = text.replace(seeded, corrected)
        if text != before:
            setattr(obj, field, text)
            changed.append(field)
    return changed


def bring_referendum_up_to_date(Referendum):
    referendum = Referendum.objects.filter(slug=SLUG).first()
    if referendum is None:
        return None
    changed = change_where_seeded(referendum, REFERENDUM)
    if changed:
        referendum.save(update_fields=[*changed, "updated_at"])  # its pages say when their content changed
    return referendum


def bring_timeline_up_to_date(TimelineEvent, referendum):
    steps = TimelineEvent.objects.filter(referendum=referendum)
    now = timezone.now()  # what changes here is dated today: update() does not run auto_now
    for (day, title), addresses in TIMELINE_ADDRESSES.items():
        steps.filter(date=day, title_en=title, source_url="").update(source_url=addresses, updated_at=now)
    entry = steps.filter(date=ENTRY_INTO_FORCE[0], title_en=ENTRY_INTO_FORCE[1]).first()
    if entry is not None:
        changes = {field: (ENTRY_INTO_FORCE_SEEDED.get(field), now_) for field, now_ in ENTRY_INTO_FORCE_NOW.items()}
        changed = change_where_seeded(entry, changes)
        if changed:
            entry.save(update_fields=[*changed, "updated_at"])
    for (day, title), fragments in STEP_WORDING.items():
        for step in steps.filter(date=day, title_en=title):
            changed = reword(step, fragments)
            if changed:
                step.save(update_fields=[*changed, "updated_at"])
    for invented in steps.filter(date=INVENTED[0], title_en=INVENTED[1]):
        if all(is_as_seeded(getattr(invented, field), value) for field, value in INVENTED_SEEDED.items()):
            invented.delete()
    for step in NEW_STEPS:
        if not steps.filter(date=step["date"], title_en=step["title_en"]).exists():
            TimelineEvent.objects.create(referendum=referendum, **step)


def bring_turnout_up_to_date(apps, referendum):
    Region = apps.get_model("vote", "Region")
    TurnoutSnapshot = apps.get_model("vote", "TurnoutSnapshot")
    RegionalTurnout = apps.get_model("vote", "RegionalTurnout")
    for slug, (old, new) in ENGLISH_NAMES.items():
        Region.objects.filter(slug=slug, name_en=old).update(name_en=new)
    day = referendum.voting_date
    snapshots = {}
    for snapshot in TurnoutSnapshot.objects.filter(referendum=referendum):
        local = snapshot.taken_at.astimezone(ASTANA)
        snapshots[local.hour, local.minute] = snapshot
    if day != date(2026, 3, 15):
        return
    ten = snapshots.get((10, 0))
    if ten is not None:
        changed = change_where_seeded(ten, TEN_O_CLOCK)
        if changed:
            ten.save(update_fields=[*changed, "updated_at"])
    twenty = snapshots.get((20, 0))
    if twenty is not None and twenty.source_name == TWENTY_O_CLOCK_SOURCE[0]:
        twenty.source_name = TWENTY_O_CLOCK_SOURCE[1]
        twenty.save(update_fields=["source_name", "updated_at"])
    for moment, addresses in SNAPSHOT_ADDRESSES.items():
        if moment in snapshots and not snapshots[moment].source_url and snapshots[moment].source_name:
            snapshots[moment].source_url = addresses
            snapshots[moment].save(update_fields=["source_url", "updated_at"])
    regions = {region.slug: region for region in Region.objects.all()}
    for moment, figures in (((10, 0), AT_TEN), ((20, 0), AT_TWENTY)):
        snapshot = snapshots.get(moment)
        if snapshot is None:
            continue
        known = set(RegionalTurnout.objects.filter(snapshot=snapshot).values_list("region__slug", flat=True))
        RegionalTurnout.objects.bulk_create(
            RegionalTurnout(snapshot=snapshot, region=regions[slug], percent=Decimal(value))
            for slug, value in figures.items()
            if slug in regions and slug not in known
        )


def up_to_december(apps, schema_editor):
    referendum = bring_referendum_up_to_date(apps.get_model("vote", "Referendum"))
    if referendum is None:
        return  # a new database: the seed brings all of this
    bring_timeline_up_to_date(apps.get_model("vote", "TimelineEvent"), referendum)
    bring_turnout_up_to_date(apps, referendum)


class Migration(migrations.Migration):
    dependencies = [
        ("vote", "0016_abroad_observers_unrecorded"),
    ]

    operations = [
        migrations.RunPython(up_to_december, migrations.RunPython.noop),
    ]
