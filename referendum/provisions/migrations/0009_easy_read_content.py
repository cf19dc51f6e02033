"""The first content of the "What changes for me" page: a few questions a reader asks, each answered in short
sentences in everyday words, one idea a line, each point linked to the provision it comes from (whose page names
its sources). It says only what those provisions say; where the sources say nothing (going to the Constitutional
Court), it says so.

After this, the page belongs to the staff (admin: "Easy-read questions"). A question is added only if no question
with its English heading exists. Frozen here; a new database gets the same through the seed
(referendum/provisions/seed.py, LATER_CORRECTIONS).
"""

from django.db import migrations


def point(provision, kk, ru, en):
    return {"provision": provision, "body_kk": kk, "body_ru": ru, "body_en": en}


# (heading kk, ru, en), [points]; ordered 10, 20, ...
QUESTIONS = [
    (
        ("Заңдарды енді кім қабылдайды?", "Кто теперь принимает законы?", "Who makes the laws now?"),
        [
            point(
                "unicameral-kurultai",
                "Заңдарды Құрылтай қабылдайды.\nҚұрылтай — парламент.\nОның бір ғана палатасы бар.",
                "Законы принимает Курултай.\nКурултай — это парламент.\nВ нём одна палата.",
                "The Kurultai makes the laws.\nThe Kurultai is the parliament.\nIt has one chamber.",
            ),
            point(
                "kurultai-composition",
                "Құрылтайда 145 депутат бар.\nОлар бес жылға сайланады.\nБүкіл ел — бір сайлау округі.",
                "В Курултае 145 депутатов.\nИх избирают на пять лет.\nВся страна — один избирательный округ.",
                "The Kurultai has 145 deputies.\nThey are elected for five years.\n"
                "The whole country votes as one constituency.",
            ),
            point(
                "kurultai-powers",
                "Президент депутаттарды тағайындамайды.\nҚұрылтай әр заң жобасын үш рет қарайды.",
                "Президент не назначает депутатов.\nКурултай рассматривает каждый законопроект три раза.",
                "The President appoints none of the deputies.\nThe Kurultai reads each bill three times.",
            ),
            point(
                "halyk-kenesi",
                "Халық Кеңесі — азаматтардың өкілді органы.\n"
                "Халық Кеңесі де Құрылтайға заң жобаларын енгізе алады.\n"
                "Ол жалпыхалықтық референдум өткізуді де ұсына алады.",
                "Халық Кеңесі — представительный орган граждан.\n"
                "Халық Кеңесі тоже может вносить законопроекты в Курултай.\n"
                "Он также может предложить провести общенародный референдум.",
                "The Halyk Kenesi is a representative body of citizens.\n"
                "The Halyk Kenesi can also send bills to the Kurultai.\nIt can also propose a nationwide referendum.",
            ),
        ],
    ),
    (
        ("Президент қанша мерзімге сайланады?", "На какой срок избирают Президента?", "How long is the President's term?"),
        [
            point(
                "single-presidential-term",
                "Президент жеті жылға сайланады.\nБір адам Президент болып тек бір рет сайлана алады.\n"
                "Бұл ережені ешқашан өзгертуге болмайды.",
                "Президента избирают на семь лет.\nОдин человек может быть избран Президентом только один раз.\n"
                "Это правило нельзя изменить никогда.",
                "The President is elected for seven years.\nA person can be elected President only once.\n"
                "This rule can never be changed.",
            ),
            point(
                "limits-on-dissolving-the-kurultai",
                "Президент Құрылтайды тек бірнеше жағдайда ғана тарата алады.\n"
                "Төтенше немесе соғыс жағдайы кезінде Құрылтайды таратуға болмайды.\n"
                "Президент мерзімінің соңғы алты айында да Құрылтайды таратуға болмайды.",
                "Президент может распустить Курултай только в немногих случаях.\n"
                "Во время чрезвычайного или военного положения распускать Курултай нельзя.\n"
                "В последние шесть месяцев срока Президента распускать Курултай тоже нельзя.",
                "The President can dissolve the Kurultai only in a few cases.\n"
                "Never during a state of emergency or martial law.\nNever in the last six months of the term.",
            ),
        ],
    ),
    (
        ("Вице-президент кім?", "Кто такой Вице-президент?", "Who is the Vice-President?"),
        [
            point(
                "vice-president",
                "Енді Вице-президент лауазымы бар.\nОны Президент тағайындайды.\n"
                "Құрылтай депутаттарының көпшілігі келісім беруі керек.",
                "Теперь есть Вице-президент.\nЕго назначает Президент.\n"
                "С этим должно согласиться большинство депутатов Курултая.",
                "There is now a Vice-President.\nThe President appoints the Vice-President.\n"
                "Most deputies of the Kurultai must agree.",
            ),
            point(
                "vice-president",
                "Вице-президент басқа ақылы қызмет атқара алмайды.\n"
                "Ол кәсіпкерлікпен айналыса алмайды.\nОл партия мүшесі бола алмайды.",
                "Вице-президент не может занимать другую оплачиваемую должность.\n"
                "Он не может заниматься предпринимательством.\nОн не может состоять в партии.",
                "The Vice-President cannot have another paid post.\n"
                "The Vice-President cannot run a business.\nThe Vice-President cannot belong to a party.",
            ),
            point(
                "vice-president",
                "Президенттің өкілеттігі мерзімінен бұрын тоқтаса, бұл өкілеттік Вице-президентке өтеді.\n"
                "Құрылтай 7 күн ішінде Президент сайлауын тағайындайды.\nСайлау екі ай ішінде өтеді.",
                "Если полномочия Президента прекращаются досрочно, они переходят к Вице-президенту.\n"
                "В течение 7 дней Курултай назначает выборы Президента.\nВыборы проходят в течение двух месяцев.",
                "If the President's powers end early, they pass to the Vice-President.\n"
                "Within 7 days the Kurultai calls a presidential election.\nThe election is held within two months.",
            ),
        ],
    ),
    (
        ("Менің құқықтарым туралы не делінген?", "Что сказано о моих правах?", "What does it say about my rights?"),
        [
            point(
                "privacy-and-personal-data",
                "Сіздің жеке өміріңіз қорғалады.\nЖеке және отбасылық құпияңыз да қорғалады.",
                "Ваша частная жизнь защищена.\nВаша личная и семейная тайна тоже защищена.",
                "Your private life is protected.\nSo are your personal and family secrets.",
            ),
            point(
                "privacy-and-personal-data",
                "Ешкім сіздің дербес деректеріңізді заңсыз жинай да, пайдалана да алмайды.\n"
                "Бұл цифрлық технологияларға да қатысты.",
                "Никто не вправе незаконно собирать или использовать ваши персональные данные.\n"
                "Это касается и цифровых технологий.",
                "No one may collect or use your personal data unlawfully.\nThis also covers digital technologies.",
            ),
            point(
                "the-bar",
                "Адвокатура енді Конституцияда бекітілген.\nАдвокаттар құқықтарыңызды сотта қорғауға көмектеседі.\n"
                "Олар заң көмегін алуға көмектеседі.",
                "Адвокатура теперь закреплена в Конституции.\nАдвокаты помогают защищать ваши права в суде.\n"
                "Они помогают получить юридическую помощь.",
                "The Bar now has its place in the Constitution.\nLawyers help you defend your rights in court.\n"
                "They help you get legal aid.",
            ),
            point(
                "constitutional-court-and-international-decisions",
                "Конституциялық Сот халықаралық ұйымның шешімін орындау Конституцияға сай келе ме, соны тексере алады.\n"
                "Сот мұндай шешімді Конституцияға қайшы деп танса, ол орындалмайды.\n"
                "Мұндай тексеруді Президент, Құрылтай Төрағасы, депутаттардың бестен бірі, Премьер-Министр немесе "
                "Бас Прокурор сұрай алады.\n"
                "Конституциялық Сотқа жүгінудің басқа жолдары туралы біз пайдаланған дереккөздерде ештеңе айтылмаған.",
                "Конституционный Суд может проверить, не противоречит ли Конституции исполнение решения международной "
                "организации.\n"
                "Если Суд признает такое решение противоречащим Конституции, его не исполняют.\n"
                "Попросить о такой проверке могут Президент, Председатель Курултая, пятая часть депутатов, "
                "Премьер-Министр или Генеральный Прокурор.\n"
                "О других способах обратиться в Конституционный Суд в наших источниках ничего не сказано.",
                "The Constitutional Court can check whether carrying out a decision of an international organisation goes "
                "against the Constitution.\n"
                "If the Court finds such a decision goes against the Constitution, it is not carried out.\n"
                "The President, the Chair of the Kurultai, a fifth of the deputies, the Prime Minister or the "
                "Prosecutor General can ask for this check.\n"
                "The sources we use say nothing more about going to the Constitutional Court.",
            ),
        ],
    ),
    (
        (
            "Конституция күні қашан атап өтіледі?",
            "Когда теперь отмечают День Конституции?",
            "When is Constitution Day now?",
        ),
        [
            point(
                "constitution-day",
                "Енді Конституция күні — 15 наурыз.\nОл алғаш рет 2027 жылғы 15 наурызда атап өтіледі.\n"
                "2026 жылдан бастап 30 тамыз мереке емес.",
                "День Конституции теперь 15 марта.\nВпервые его отметят 15 марта 2027 года.\n"
                "С 2026 года 30 августа больше не праздник.",
                "Constitution Day is now on 15 March.\nIt will be marked for the first time on 15 March 2027.\n"
                "30 August is no longer a holiday from 2026.",
            ),
        ],
    ),
    (
        ("Әрі қарай не болады?", "Что будет дальше?", "What happens next?"),
        [
            point(
                "entry-into-force",
                "Жаңа Конституция 2026 жылғы 1 шілдеден бастап күшінде.",
                "Новая Конституция действует с 1 июля 2026 года.",
                "The new Constitution has been in force since 1 July 2026.",
            ),
            point(
                "kurultai-elections-timetable",
                "Президент Құрылтайға сайлауды 2026 жылғы 23 тамызға тағайындады.\n"
                "Бұл сайлаудың қорытындысы порталда әзірге жоқ.",
                "Президент назначил выборы в Курултай на 23 августа 2026 года.\n"
                "Итогов этих выборов на портале пока нет.",
                "The President set the Kurultai election for 23 August 2026.\n"
                "This portal does not yet show the result of that election.",
            ),
            point(
                "transitional-appointments",
                "Құрылтай алғаш рет жиналғаннан кейін екі ай ішінде Вице-президент тағайындалады.\n"
                "Сол кезде басқа да бірнеше лауазымды адам тағайындалады.\nОл үшін Құрылтайдың келісімі қажет.",
                "В течение двух месяцев после того, как Курултай соберётся впервые, назначают Вице-президента.\n"
                "Тогда же назначают и некоторых других должностных лиц.\nДля этого нужно согласие Курултая.",
                "Within two months of the Kurultai's first session, the Vice-President and other officials are "
                "appointed.\nThe Kurultai must agree.",
            ),
        ],
    ),
]


def correct(apps, schema_editor):
    Provision = apps.get_model("provisions", "Provision")
    EasyReadSection = apps.get_model("provisions", "EasyReadSection")
    EasyReadPoint = apps.get_model("provisions", "EasyReadPoint")
    if not Provision.objects.exists():
        return 0  # a new database: the seed runs this once it has created its first content
    provisions = {provision.slug: provision for provision in Provision.objects.all()}
    created = 0
    for number, ((kk, ru, en), points) in enumerate(QUESTIONS, start=1):
        defaults = {"heading_kk": kk, "heading_ru": ru, "order": number * 10}
        section, was_created = EasyReadSection.objects.get_or_create(heading_en=en, defaults=defaults)
        if not was_created:
            continue  # its points are the staff's
        created += 1
        for order, fields in enumerate(points, start=1):
            fields = {**fields, "provision": provisions.get(fields["provision"])}
            EasyReadPoint.objects.create(section=section, order=order * 10, **fields)
            created += 1
    return created


class Migration(migrations.Migration):
    dependencies = [("provisions", "0008_adopted_updates")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
