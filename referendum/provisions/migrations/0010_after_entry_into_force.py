"""The provision on the end of the 1995 Parliament told in the tense true since 1 July 2026 (the Constitution
came into force that day and, as Article 95 provides, that Parliament's powers ended: timesca.com, 2026-07-01),
and the Astana Times headline, in English in the Kazakh and Russian titles, said in their language with a note
that the article is in English. Each field changes only where it still holds the seeded text; the texts are
written here, not imported. A new database gets the same: the seed runs `correct` (provisions/seed.py)."""

from django.db import migrations

PARLIAMENT = "end-of-1995-parliament"
# field -> (as seeded, now)
PARLIAMENT_NOW = {
    "title_kk": (
        "1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі тоқтатылады (95-бап)",
        "1995 жылғы Конституция бойынша құрылған Парламенттің өкілеттігі 2026 жылғы 1 шілдеде тоқтатылды (95-бап)",
    ),
    "title_ru": (
        "Полномочия Парламента, сформированного по Конституции 1995 года, прекращаются (статья 95)",
        "Полномочия Парламента, сформированного по Конституции 1995 года, прекратились 1 июля 2026 года (статья 95)",
    ),
    "title_en": (
        "The powers of the Parliament formed under the 1995 Constitution end (Article 95)",
        "The powers of the Parliament formed under the 1995 Constitution ended on 1 July 2026 (Article 95)",
    ),
    "explanation_kk": (
        "«Қорытынды және өтпелі ережелер» деген XI бөлімнің 95-бабы 1995 жылғы Конституция бойынша құрылған "
        "Парламенттің өкілеттігін 2026 жылғы 1 шілдеде тоқтатады.",
        "«Қорытынды және өтпелі ережелер» деген XI бөлімнің 95-бабы 1995 жылғы Конституция бойынша құрылған "
        "Парламенттің өкілеттігін 2026 жылғы 1 шілдеде тоқтатады. Конституция 2026 жылғы 1 шілдеде күшіне енді, "
        "сол күні бұл Парламенттің өкілеттігі тоқтатылды (бұл туралы жеке ресми хабарлама табылмады).",
    ),
    "explanation_ru": (
        "Статья 95 раздела XI «Заключительные и переходные положения» прекращает 1 июля 2026 года полномочия "
        "Парламента, сформированного по Конституции 1995 года.",
        "Статья 95 раздела XI «Заключительные и переходные положения» прекращает 1 июля 2026 года полномочия "
        "Парламента, сформированного по Конституции 1995 года. Конституция вступила в силу 1 июля 2026 года, и в "
        "тот же день полномочия этого Парламента прекратились (отдельного официального сообщения об этом не "
        "найдено).",
    ),
    "explanation_en": (
        'Article 95, in Section XI "Final and transitional provisions", ends the powers of the Parliament '
        "formed under the 1995 Constitution on 1 July 2026.",
        'Article 95, in Section XI "Final and transitional provisions", ends the powers of the Parliament '
        "formed under the 1995 Constitution on 1 July 2026. The Constitution came into force on 1 July 2026, and "
        "the powers of that Parliament ended that day (no separate official notice of it was found).",
    ),
}
TIMESCA = "https://timesca.com/?p=51256"

ASTANA_TIMES_EN = "The Astana Times: “Draft Constitution sets July 1 entry into force if approved”"
ASTANA_TIMES_NOW = {
    "title_kk": (
        "The Astana Times: «Draft Constitution sets July 1 entry into force if approved»",
        "The Astana Times: Конституция жобасы мақұлданса, 1 шілдеде күшіне енеді (мақала ағылшын тілінде)",
    ),
    "title_ru": (
        "The Astana Times: «Draft Constitution sets July 1 entry into force if approved»",
        "The Astana Times: проект Конституции в случае одобрения вступает в силу 1 июля (статья на английском языке)",
    ),
}


def change_where_seeded(record, changes):
    changed = [name for name, (seeded, _now) in changes.items() if getattr(record, name) == seeded]
    for name in changed:
        setattr(record, name, changes[name][1])
    if changed:
        record.save(update_fields=[*changed, "updated_at"])
    return changed


def correct(apps, schema_editor):
    Provision = apps.get_model("provisions", "Provision")
    Source = apps.get_model("provisions", "Source")
    provision = Provision.objects.filter(slug=PARLIAMENT).first()
    if provision is not None and change_where_seeded(provision, PARLIAMENT_NOW):
        provision.sources.add(*Source.objects.filter(url=TIMESCA))
    for source in Source.objects.filter(title_en=ASTANA_TIMES_EN):
        change_where_seeded(source, ASTANA_TIMES_NOW)
    return 0


class Migration(migrations.Migration):
    dependencies = [("provisions", "0009_easy_read_content")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
