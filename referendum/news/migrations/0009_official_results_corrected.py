"""The seeded article on the results of 16 March, corrected (sources added on 2026-12-06): it said the final
results "are established within seven days" (they were, on 17 March, unchanged) and labelled 127,868 ballots "of
an unestablished form", which other reports contradict: they are the ballots not counted. The article keeps its
title and date (it reports the announcement of 16 March), says what followed, and records the correction in its
own corrections, so the public log shows it.

Each sentence is replaced only where the article still has the seeded one, and each source field only where it
is as seeded: what staff wrote stays theirs. The texts are written here, not imported, so that a later change of
the seed cannot change this migration. A new database gets the same: the news seed runs `correct` after creating
the article (referendum/news/seed.py)."""

from datetime import date

from django.db import migrations

SLUG = "official-results"
CORRECTED_ON = date(2026, 12, 7)

# field -> [(seeded fragment, corrected fragment)]
FRAGMENTS = {
    "body_en": [
        (
            "; the final results are established within seven days.</p>",
            ". On 17 March 2026 it established the final results: the same figures.</p>",
        ),
        (
            "<li>Ballots of an unestablished form: 127,868.</li>",
            "<li>Ballots not counted: 127,868 (reports differ on why they were not counted).</li>",
        ),
    ],
    "body_ru": [
        (
            "; окончательные итоги устанавливаются в течение семи дней.</p>",
            ". 17 марта 2026 года она установила окончательные итоги: числа не изменились.</p>",
        ),
        (
            "<li>Бюллетеней неустановленного образца: 127 868.</li>",
            "<li>Неучтённых бюллетеней: 127 868 (сообщения расходятся в том, почему они не учтены).</li>",
        ),
    ],
    "body_kk": [
        (
            "; түпкілікті қорытындылар жеті күн ішінде белгіленеді.</p>",
            ". 2026 жылғы 17 наурызда Комиссия түпкілікті қорытындыларды белгіледі: сандар өзгерген жоқ.</p>",
        ),
        (
            "<li>Белгіленбеген үлгідегі бюллетеньдер: 127 868.</li>",
            "<li>Есепке алынбаған бюллетеньдер: 127 868 (олардың неліктен есепке алынбағаны туралы хабарламалар "
            "әртүрлі).</li>",
        ),
    ],
}

# article -> field -> (as seeded, now): each source names its site and links its own article, not a home page.
INFORM_KZ = "https://www.inform.kz/ru/referendum-po-novoy-konstitutsii-sostoitsya-15-marta-2026-goda-ukaz-prezidenta-kazahstana-725abf"
SOURCES = {
    "referendum-called-for-15-march-2026": {
        "source_url": (
            "https://inform.kz/ru",
            f"{INFORM_KZ}\n"
            "https://rus.baq.kz/15-marta-v-kazahstane-proydet-respublikanskiy-referendum-po-konstitutsionnoy-reforme_300032983/",
        ),
    },
    "draft-constitution-published": {
        "source_url": (
            "https://astanatimes.com",
            "https://astanatimes.com/2026/02/draft-constitution-sets-july-1-entry-into-force-if-approved/",
        ),
        "source_name_en": (
            "The Astana Times, 12 February 2026; the ballot question: Kazinform and the Central "
            "Referendum Commission's notice in Arka azhary",
            "The Astana Times (astanatimes.com), 12 February 2026; the ballot question: Kazinform and the Central "
            "Referendum Commission's notice in Arka azhary",
        ),
        "source_name_ru": (
            "The Astana Times, 12 февраля 2026 г.; вопрос бюллетеня: Kazinform и сообщение Центральной "
            "комиссии референдума в «Арка ажары»",
            "The Astana Times (astanatimes.com), 12 февраля 2026 г.; вопрос бюллетеня: Kazinform и сообщение "
            "Центральной комиссии референдума в «Арка ажары»",
        ),
        "source_name_kk": (
            "The Astana Times, 2026 жылғы 12 ақпан; бюллетень сұрағы: Kazinform және Орталық референдум "
            "комиссиясының «Арқа ажары» газетіндегі хабарламасы",
            "The Astana Times (astanatimes.com), 2026 жылғы 12 ақпан; бюллетень сұрағы: Kazinform және Орталық "
            "референдум комиссиясының «Арқа ажары» газетіндегі хабарламасы",
        ),
    },
}
RESULTS_SOURCES = {
    "source_url": (
        "https://ru.elordainfo.kz",
        "https://ru.elordainfo.kz/tema-dnya-ru/ozvucheny-predvaritelnye-itogi-referenduma/amp\n"
        "https://caspianpost.com/kazakhstan/kazakh-citizens-overwhelmingly-approve-new-constitution\n"
        "https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik",
    ),
    "source_name_en": (
        "Central Referendum Commission, via ElordaInfo (“ЦИК объявил итоги референдума по новой Конституции”), "
        "Caspian Post and TASS, 16 March 2026; Constitution Day: Echo (echofm.online)",
        "Central Referendum Commission, via ElordaInfo (ru.elordainfo.kz), 16 March 2026; Caspian Post "
        "(caspianpost.com); TASS; Constitution Day: Echo (echofm.online); the final results: Interfax "
        "(m.interfax.ru), 17 March 2026",
    ),
    "source_name_ru": (
        "Центральная комиссия референдума, по данным ElordaInfo («ЦИК объявил итоги референдума по новой "
        "Конституции»), Caspian Post и ТАСС, 16 марта 2026 г.; День Конституции: «Эхо» (echofm.online)",
        "Центральная комиссия референдума, по данным ElordaInfo (ru.elordainfo.kz), 16 марта 2026 г.; Caspian "
        "Post (caspianpost.com); ТАСС; День Конституции: «Эхо» (echofm.online); окончательные итоги: «Интерфакс» "
        "(m.interfax.ru), 17 марта 2026 г.",
    ),
    "source_name_kk": (
        "Орталық референдум комиссиясы, ElordaInfo («ЦИК объявил итоги референдума по новой Конституции»), "
        "Caspian Post және ТАСС деректері бойынша, 2026 жылғы 16 наурыз; Конституция күні: «Эхо» (echofm.online)",
        "Орталық референдум комиссиясы, ElordaInfo (ru.elordainfo.kz) деректері бойынша, 2026 жылғы 16 наурыз; "
        "Caspian Post (caspianpost.com); ТАСС; Конституция күні: «Эхо» (echofm.online); түпкілікті қорытындылар: "
        "Interfax (m.interfax.ru), 2026 жылғы 17 наурыз",
    ),
}
SOURCES[SLUG] = RESULTS_SOURCES

NOTE = {
    "note_kk": (
        "Мақалада түпкілікті қорытындылар жеті күн ішінде белгіленеді делінген еді: Комиссия оларды 2026 жылғы "
        "17 наурызда өзгеріссіз белгіледі. 127 868 бюллетень «белгіленбеген үлгідегі» деп аталған еді: басқа "
        "хабарламалар бұған қайшы келеді, енді олар есепке алынбаған бюллетеньдер деп көрсетілген."
    ),
    "note_ru": (
        "В статье говорилось, что окончательные итоги устанавливаются в течение семи дней: Комиссия установила их "
        "17 марта 2026 года без изменений. 127 868 бюллетеней были названы бюллетенями «неустановленного образца»: "
        "другие сообщения этому противоречат, теперь они указаны как неучтённые бюллетени."
    ),
    "note_en": (
        "The article said the final results are established within seven days: the Commission established them, "
        "unchanged, on 17 March 2026. It called 127,868 ballots “of an unestablished form”: other reports "
        "contradict this, and they are now given as ballots not counted."
    ),
}
DEFAULT_LANGUAGE = "kk"


def plain_columns(changed):
    """The plain columns (the default language's text) to keep beside the changed translations, as the
    historical model needs; the app's own model keeps them itself."""
    return [name for name in ("body", "source_name") if f"{name}_{DEFAULT_LANGUAGE}" in changed]


def correct_sources(article, fields):
    changed = [field for field, (seeded, _now) in fields.items() if getattr(article, field) == seeded]
    for field in changed:
        setattr(article, field, fields[field][1])
    return changed


def correct_article(Article, Correction, *, untranslated_columns):
    """Corrects the articles where they are as seeded and records the results article's correction once.
    `untranslated_columns`: also keep the plain columns, as the historical model needs."""
    for slug, fields in SOURCES.items():
        article = Article.objects.filter(slug=slug).first()
        if article is None:
            continue
        changed = correct_sources(article, fields)
        if slug == SLUG:
            changed += correct_results_text(article)
        if not changed:
            continue
        if untranslated_columns:
            for name in plain_columns(changed):
                setattr(article, name, getattr(article, f"{name}_{DEFAULT_LANGUAGE}"))
                changed.append(name)
        article.save(update_fields=[*changed, "updated_at"])  # "Last updated" says when it changed
        if slug == SLUG and any(field.startswith("body_") for field in changed):
            record_correction(Correction, article, untranslated_columns=untranslated_columns)


def correct_results_text(article):
    changed = []
    for field, fragments in FRAGMENTS.items():
        before = getattr(article, field) or ""
        text = before
        for seeded, corrected in fragments:
            text = text.replace(seeded, corrected)
        if text != before:
            setattr(article, field, text)
            changed.append(field)
    return changed


def record_correction(Correction, article, *, untranslated_columns):
    if Correction.objects.filter(article=article, corrected_on=CORRECTED_ON).exists():
        return
    fields = dict(NOTE)
    if untranslated_columns:
        fields["note"] = NOTE[f"note_{DEFAULT_LANGUAGE}"]
    Correction.objects.create(article=article, corrected_on=CORRECTED_ON, **fields)


def correct(apps, schema_editor):
    correct_article(
        apps.get_model("news", "Article"), apps.get_model("news", "Correction"), untranslated_columns=True
    )


class Migration(migrations.Migration):
    dependencies = [("news", "0008_news_since_march")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
