"""The glossary as the citizen's review of 2026-12-06 corrected it: the Central Referendum Commission's entry keeps
the rule (seven days to establish the final results) and says that for the referendum of 15 March 2026 the
Commission established them on 17 March 2026 (Interfax, 17.03.2026; exclusive.kz); the Halyk Kenesi's Russian
source line names the Ministry in Russian, not in Kazakh; Constitution Day says when it is first marked under the
new Constitution, 15 March 2027 (the Ministry of Labour, taspanews.kz, 18.03.2026).

Each field changes only where it still holds what the seed (or, for the addresses, migration 0003) put there: what
staff wrote stays theirs. The texts are written here, not imported; the glossary seed runs `reword_terms` after
creating the terms and adding their addresses (referendum/about/seed.py)."""

from django.db import migrations

# The untranslated columns hold the default language's text, as modeltranslation leaves them.
DEFAULT_LANGUAGE = "kk"
INFORM_CALLED = (
    "https://www.inform.kz/ru/referendum-po-novoy-konstitutsii-sostoitsya-15-marta-2026-goda-ukaz-prezidenta-"
    "kazahstana-725abf"
)
CRC_SOURCE_KK = "Kazinform (inform.kz), 12.02.2026; Kazinform (qazinform.com); Interfax (m.interfax.ru), 17.03.2026; exclusive.kz"
CRC_SOURCE_RU = "Kazinform (inform.kz), 12.02.2026; Kazinform (qazinform.com); «Интерфакс» (m.interfax.ru), 17.03.2026; exclusive.kz"

# term -> field -> (as seeded, as it reads now)
TERMS = {
    "central-referendum-commission": {
        "definition_kk": (
            "Референдум қорытындыларын жариялайтын орган; заң бойынша түпкілікті қорытындылар жеті күн ішінде "
            "белгіленеді. Орталық референдум комиссиясының міндетін Орталық сайлау комиссиясы атқарады.",
            "Референдум қорытындыларын жариялайтын орган; заң бойынша түпкілікті қорытындылар жеті күн ішінде "
            "белгіленеді (2026 жылғы 15 наурыздағы референдумның түпкілікті қорытындыларын Комиссия 2026 жылғы "
            "17 наурызда белгіледі). Орталық референдум комиссиясының міндетін Орталық сайлау комиссиясы атқарады.",
        ),
        "definition_ru": (
            "Орган, который объявляет итоги референдума; по закону окончательные итоги устанавливаются в течение "
            "семи дней. Функции Центральной комиссии референдума выполняет Центральная избирательная комиссия.",
            "Орган, который объявляет итоги референдума; по закону окончательные итоги устанавливаются в течение "
            "семи дней (окончательные итоги референдума 15 марта 2026 года Комиссия установила 17 марта 2026 года). "
            "Функции Центральной комиссии референдума выполняет Центральная избирательная комиссия.",
        ),
        "definition_en": (
            "The body that announces the results of the referendum; the law gives seven days to establish the "
            "final results. The Central Election Commission acts as the Central Referendum Commission.",
            "The body that announces the results of the referendum; the law gives seven days to establish the "
            "final results (for the referendum of 15 March 2026 the Commission established them on 17 March 2026). "
            "The Central Election Commission acts as the Central Referendum Commission.",
        ),
        "source_name_kk": ("Kazinform (inform.kz), 12.02.2026; Kazinform (qazinform.com)", CRC_SOURCE_KK),
        "source_name_ru": ("Kazinform (inform.kz), 12.02.2026; Kazinform (qazinform.com)", CRC_SOURCE_RU),
        "source_name_en": (
            "Kazinform (inform.kz), 12 Feb 2026; Kazinform (qazinform.com)",
            "Kazinform (inform.kz), 12 Feb 2026; Kazinform (qazinform.com); Interfax (m.interfax.ru), 17 Mar 2026; "
            "exclusive.kz",
        ),
        "source_url": (INFORM_CALLED, f"{INFORM_CALLED}\nhttps://exclusive.kz/rezultaty-referenduma-ozvuchili-v-kazahstane"),
    },
    "halyk-kenesi": {
        "source_name_ru": (
            "Қазақстан Республикасы Сыртқы істер министрлігі, 17.02.2026; diplomaticaffairs.com",
            "Министерство иностранных дел Республики Казахстан, 17.02.2026; diplomaticaffairs.com",
        ),
    },
    "constitution-day": {
        "definition_kk": (
            "15 наурыздағы мемлекеттік мереке — жаңа Конституция референдумда қабылданған күн (94-бап). Бұрын ол "
            "30 тамызда атап өтілетін еді.",
            "15 наурыздағы мемлекеттік мереке — жаңа Конституция референдумда қабылданған күн (94-бап). Бұрын ол "
            "30 тамызда атап өтілетін еді. Жаңа Конституция бойынша алғаш рет 2027 жылғы 15 наурызда атап өтіледі.",
        ),
        "definition_ru": (
            "Государственный праздник 15 марта — день принятия новой Конституции на референдуме (статья 94). "
            "Прежде его отмечали 30 августа.",
            "Государственный праздник 15 марта — день принятия новой Конституции на референдуме (статья 94). "
            "Прежде его отмечали 30 августа. Впервые по новой Конституции он будет отмечаться 15 марта "
            "2027 года.",
        ),
        "definition_en": (
            "A state holiday on 15 March, the day the new Constitution was adopted at the referendum (Article 94). "
            "It had been marked on 30 August.",
            "A state holiday on 15 March, the day the new Constitution was adopted at the referendum (Article 94). "
            "It had been marked on 30 August. It will first be marked under the new Constitution on 15 March "
            "2027.",
        ),
        "source_name_kk": (
            "Kazinform (inform.kz), 12.02.2026; Эхо (echofm.online), 16.03.2026; BAQ.kz (ekaraganda.kz), 17.03.2026",
            "Kazinform (inform.kz), 12.02.2026; Эхо (echofm.online), 16.03.2026; BAQ.kz (ekaraganda.kz), 17.03.2026; "
            "taspanews.kz, 18.03.2026",
        ),
        "source_name_ru": (
            "Kazinform (inform.kz), 12.02.2026; Эхо (echofm.online), 16.03.2026; BAQ.kz (ekaraganda.kz), 17.03.2026",
            "Kazinform (inform.kz), 12.02.2026; Эхо (echofm.online), 16.03.2026; BAQ.kz (ekaraganda.kz), 17.03.2026; "
            "taspanews.kz, 18.03.2026",
        ),
        "source_name_en": (
            "Kazinform (inform.kz), 12 Feb 2026; Echo (echofm.online), 16 Mar 2026; BAQ.kz (ekaraganda.kz), 17 Mar 2026",
            "Kazinform (inform.kz), 12 Feb 2026; Echo (echofm.online), 16 Mar 2026; BAQ.kz (ekaraganda.kz), 17 Mar "
            "2026; taspanews.kz, 18 Mar 2026",
        ),
    },
}


def is_as_seeded(current, seeded):
    # modeltranslation stores an empty translation as NULL
    return current == seeded or (seeded in ("", None) and current in ("", None))


def reword_terms(GlossaryTerm, *, untranslated_columns):
    """`untranslated_columns`: also keep the plain columns, as the historical model needs."""
    for slug, fields in TERMS.items():
        term = GlossaryTerm.objects.filter(slug=slug).first()
        if term is None:
            continue
        changed = [field for field, (seeded, _now) in fields.items() if is_as_seeded(getattr(term, field), seeded)]
        if not changed:
            continue
        for field in changed:
            setattr(term, field, fields[field][1])
        if untranslated_columns:
            for name in ("definition", "source_name"):
                if f"{name}_{DEFAULT_LANGUAGE}" in changed:
                    setattr(term, name, getattr(term, f"{name}_{DEFAULT_LANGUAGE}"))
                    changed.append(name)
        term.save(update_fields=[*changed, "updated_at"])  # "Last updated" says when it changed


def reword(apps, schema_editor):
    reword_terms(apps.get_model("about", "GlossaryTerm"), untranslated_columns=True)


class Migration(migrations.Migration):
    dependencies = [("about", "0003_glossary_source_articles")]

    operations = [migrations.RunPython(reword, migrations.RunPython.noop)]
