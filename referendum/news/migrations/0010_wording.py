"""The seeded articles' wording as the citizen's review of 2026-12-06 corrected it:

- the decree of 11 February is named by its title, «о проведении республиканского референдума 15 марта 2026 года» /
  «республикалық референдумды 2026 жылғы 15 наурызда өткізу туралы» (BAQ.kz; the Kazakh text of the decree), not
  «о назначении» / «тағайындау туралы»; the decree of 17 March is one "on measures to implement" the Constitution
  (prosud.kz);
- the referendum keeps one Kazakh name, «Жаңа Конституция жөніндегі республикалық референдум»;
- the briefing's Kazakh and Russian give the words of E. Azimova and A. Issetov in reported speech: they were
  translated from the Ministry's English text and had been quoted as their own (the English keeps the quotation);
  that correction is recorded in the article's corrections, so the public log shows it;
- "novelties" is «жаңашылдықтар» (not «жаңалықтар», "news"), "turnout" «қатысу деңгейі», the invalid ballots
  «жарамсыз деп танылған бюллетеньдер», the Kurultai election's results «сайлау қорытындылары».

Each fragment is replaced only where the article still has it as seeded: what staff wrote stays theirs. The texts
are written here, not imported, so that a later change of the seed cannot change this migration. A new database gets
the same: the news seed runs `reword_articles` after creating the articles and correcting them (referendum/news/seed.py).
"""

from datetime import date

from django.db import migrations

# The untranslated columns hold the default language's text, as modeltranslation leaves them.
DEFAULT_LANGUAGE = "kk"
CORRECTED_ON = date(2026, 12, 7)
BRIEFING = "briefing-for-the-diplomatic-corps"

DECREE_KK = (
    "2026 жылғы 15 наурызға республикалық референдум тағайындау туралы Жарлыққа",
    "республикалық референдумды 2026 жылғы 15 наурызда өткізу туралы Жарлыққа",
)
DECREE_RU = (
    "указ о назначении республиканского референдума на 15 марта 2026 года.",
    "указ о проведении республиканского референдума 15 марта 2026 года.",
)

# The briefing's quoted paragraphs, as seeded, and in reported speech: their change is recorded as a correction.
QUOTES = {
    "body_kk": [
        (
            "<p>«Конституция жобасында Қазақстан Республикасының егемендігі, тәуелсіздігі, унитарлығы және "
            "аумақтық тұтастығы өзгеріссіз қалады. Конституцияға өзгерістер тек жалпыхалықтық референдум "
            "қорытындысы бойынша енгізіледі. 2026 жылғы 15 наурыздағы республикалық референдум Қазақстан халқы "
            "үшін елдің болашақ даму жолына қатысты жауапты таңдау күні болады», — деді брифинг барысында "
            "Э. Әзімова.</p>",
            "<p>Брифинг барысында Э. Әзімова Конституция жобасында Қазақстан Республикасының егемендігі, "
            "тәуелсіздігі, унитарлығы және аумақтық тұтастығы өзгеріссіз қалатынын, ал Конституцияға түзетулер "
            "тек жалпыхалықтық референдум қорытындысы бойынша енгізілетінін айтты. Оның сөзінше, 2026 жылғы "
            "15 наурыздағы республикалық референдум Қазақстан халқы үшін елдің болашақ даму жолына қатысты "
            "жауапты таңдау күні болады.</p>",
        ),
        (
            "<p>Министрдің орынбасары А. Исетов «конституциялық жаңалықтар мемлекетіміздің халықаралық "
            "құқықтың іргелі қағидаттарына және дамудың жаңа кезеңіне өтудің қазіргі жағдайындағы ұлттық "
            "басымдықтарға адалдығын жан-жақты көрсетеді. Қазақстан Республикасының халықаралық ынтымақтастық "
            "моделі БҰҰ Жарғысының негізгі қағидаттарына және қабылданған барлық халықаралық міндеттемелерді "
            "адал орындауға негізделген» екенін атап өтті.</p>",
            "<p>Министрдің орынбасары А. Исетов конституциялық жаңашылдықтар мемлекеттің халықаралық құқықтың "
            "іргелі қағидаттарына және дамудың жаңа кезеңіне өту жағдайындағы ұлттық басымдықтарға адалдығын "
            "жан-жақты көрсететінін атап өтті. Оның сөзінше, Қазақстан Республикасының халықаралық ынтымақтастық "
            "моделі БҰҰ Жарғысының негізгі қағидаттарына және қабылданған барлық халықаралық міндеттемелерді "
            "адал орындауға негізделген.</p>",
        ),
    ],
    "body_ru": [
        (
            "<p>«В проекте Конституции суверенитет, независимость, унитарность и территориальная целостность "
            "Республики Казахстан остаются неизменными. Изменения в Конституцию будут вноситься исключительно по "
            "итогам общенародного референдума. Республиканский референдум 15 марта 2026 года станет днём "
            "ответственного выбора народа Казахстана относительно дальнейшего пути развития страны», — заявила в "
            "ходе брифинга Э. Азимова.</p>",
            "<p>В ходе брифинга Э. Азимова заявила, что в проекте Конституции суверенитет, независимость, "
            "унитарность и территориальная целостность Республики Казахстан остаются неизменными, а поправки в "
            "Конституцию будут вноситься исключительно по итогам общенародного референдума. По её словам, "
            "республиканский референдум 15 марта 2026 года станет днём ответственного выбора народа Казахстана "
            "относительно дальнейшего пути развития страны.</p>",
        ),
        (
            "<p>Заместитель министра А. Исетов подчеркнул, что «конституционные новеллы всесторонне отражают "
            "приверженность нашего государства основополагающим принципам международного права и национальным "
            "приоритетам в нынешних условиях перехода к новому этапу развития. Модель международного "
            "сотрудничества Республики Казахстан основана на ключевых принципах Устава ООН и добросовестном "
            "выполнении всех принятых международных обязательств».</p>",
            "<p>Заместитель министра А. Исетов подчеркнул, что конституционные новеллы всесторонне отражают "
            "приверженность государства основополагающим принципам международного права и национальным "
            "приоритетам в нынешних условиях перехода к новому этапу развития. По его словам, модель "
            "международного сотрудничества Республики Казахстан основана на ключевых принципах Устава ООН и "
            "добросовестном выполнении всех принятых международных обязательств.</p>",
        ),
    ],
}

# article -> field -> [(seeded fragment, corrected fragment)]
FRAGMENTS = {
    "referendum-called-for-15-march-2026": {
        "title_kk": [
            (
                "Жаңа Конституция бойынша референдум 2026 жылғы 15 наурызға тағайындалды",
                "Жаңа Конституция жөніндегі республикалық референдум 2026 жылғы 15 наурызға тағайындалды",
            )
        ],
        "lead_kk": [
            (
                "Президент республикалық референдум тағайындау туралы Жарлыққа",
                "Президент республикалық референдум өткізу туралы Жарлыққа",
            )
        ],
        "body_kk": [DECREE_KK],
        "body_ru": [DECREE_RU],
    },
    "draft-constitution-published": {
        "lead_kk": [("Референдум тағайындау туралы Жарлық пен", "Республикалық референдум өткізу туралы Жарлық пен")],
        "body_kk": [
            (
                "12 ақпанда референдум тағайындау туралы Жарлық пен",
                "12 ақпанда республикалық референдум өткізу туралы Жарлық пен",
            )
        ],
    },
    BRIEFING: {
        "lead_kk": [("жобасының негізгі жаңалықтарын", "жобасының негізгі жаңашылдықтарын")],
        "body_kk": [
            ("жобасының негізгі жаңалықтарын", "жобасының негізгі жаңашылдықтарын"),
            *QUOTES["body_kk"],
        ],
        "body_ru": QUOTES["body_ru"],
    },
    "official-results": {
        "body_kk": [
            (
                "<p>Президент 15 наурыз Конституция күні ретінде атап өтілетінін жариялады.</p>",
                "<p>Президент 15 наурыздың Конституция күні ретінде атап өтілетінін жариялады.</p>",
            )
        ],
    },
    "final-results": {
        "body_kk": [
            ("Қатысқандар: 9 127 192 (келу деңгейі 73,12%).", "Қатысқандар: 9 127 192 (қатысу деңгейі 73,12%)."),
            ("<li>Жарамсыз бюллетеньдер: 146 558.</li>", "<li>Жарамсыз деп танылған бюллетеньдер: 146 558.</li>"),
        ],
    },
    "constitution-signed": {
        "title_kk": [
            (
                "Президент Конституцияға және оны іске асыру туралы Жарлыққа қол қойды",
                "Президент Конституцияға және оны іске асыру шаралары туралы Жарлыққа қол қойды",
            )
        ],
        "title_ru": [
            (
                "Президент подписал Конституцию и указ о её реализации",
                "Президент подписал Конституцию и указ о мерах по её реализации",
            )
        ],
        "title_en": [
            (
                "The President signed the Constitution and a decree on implementing it",
                "The President signed the Constitution and a decree on measures to implement it",
            )
        ],
    },
    "constitution-in-force-kurultai-election": {
        "body_kk": [
            ("үндеу президенттік сайтта жарияланды", "үндеу Президенттің ресми сайтында жарияланды"),
            (
                "Бұл сайлаудың нәтижелері порталда әзірге тіркелмеген.",
                "Бұл сайлаудың қорытындылары порталға әлі енгізілмеген.",
            ),
        ],
        "body_ru": [
            ("обращение опубликовано на президентском сайте", "обращение опубликовано на официальном сайте Президента")
        ],
    },
}

NOTE = {
    "note_kk": (
        "Э. Әзімова мен А. Исетовтің сөздері Сыртқы істер министрлігі хабарламасының ағылшын тіліндегі мәтінінен "
        "аударылған, бірақ тырнақшаға алынып, олардың өз сөздері ретінде берілген еді; енді олар жанама сөзбен "
        "берілді."
    ),
    "note_ru": (
        "Слова Э. Азимовой и А. Исетова, переведённые с английского текста сообщения МИД, были даны в кавычках как "
        "их собственные; теперь они переданы косвенной речью."
    ),
    "note_en": (
        "The words of E. Azimova and A. Issetov, translated from the English text of the MFA report, were given in "
        "quotation marks as their own; they are now given in reported speech."
    ),
}


def reword(article, fields):
    changed = []
    for field, pairs in fields.items():
        before = getattr(article, field) or ""
        text = before
        for seeded, corrected in pairs:
            text = text.replace(seeded, corrected)
        if text != before:
            setattr(article, field, text)
            changed.append(field)
    return changed


def reword_articles(Article, Correction, *, untranslated_columns):
    """Rewords each article where it is as seeded and records the briefing's correction once.
    `untranslated_columns`: also keep the plain columns, as the historical model needs."""
    for slug, fields in FRAGMENTS.items():
        article = Article.objects.filter(slug=slug).first()
        if article is None:
            continue
        quoted = slug == BRIEFING and any(
            seeded in (getattr(article, field) or "") for field, pairs in QUOTES.items() for seeded, _now in pairs
        )
        changed = reword(article, fields)
        if not changed:
            continue
        if untranslated_columns:
            for name in ("title", "lead", "body"):
                if f"{name}_{DEFAULT_LANGUAGE}" in changed:
                    setattr(article, name, getattr(article, f"{name}_{DEFAULT_LANGUAGE}"))
                    changed.append(name)
        article.save(update_fields=[*changed, "updated_at"])  # "Last updated" says when it changed
        if quoted and not Correction.objects.filter(article=article, corrected_on=CORRECTED_ON).exists():
            fields = dict(NOTE)
            if untranslated_columns:
                fields["note"] = NOTE[f"note_{DEFAULT_LANGUAGE}"]
            Correction.objects.create(article=article, corrected_on=CORRECTED_ON, **fields)


def reword_all(apps, schema_editor):
    reword_articles(apps.get_model("news", "Article"), apps.get_model("news", "Correction"), untranslated_columns=True)


class Migration(migrations.Migration):
    dependencies = [("news", "0009_official_results_corrected")]

    operations = [migrations.RunPython(reword_all, migrations.RunPython.noop)]
