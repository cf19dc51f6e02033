"""Says only what the sources say: the seeded explanations that went beyond the MFA briefing are corrected,
the kind of change is cleared where no source gives it, the entry into force is told in the tense true today,
and the provisions the sources describe later are added (referendum/provisions/seed.py). Only in a database
seeded before, and only in fields staff have not changed since."""

from django.db import migrations

from referendum.provisions import seed

EARLIER = {
    "sovereignty-unchanged": {
        "explanation_kk": (
            "Жоба мемлекеттің негіздерін өзгертпейді. Қазақстан егемен әрі тәуелсіз, унитарлы мемлекет болып қала "
            "береді, оның аумақтық тұтастығы сақталады."
        ),
        "explanation_ru": (
            "Проект не меняет основ государства. Казахстан остаётся суверенным, независимым и унитарным "
            "государством, его территориальная целостность сохраняется."
        ),
        "explanation_en": (
            "The draft does not change the foundations of the state. Kazakhstan remains a sovereign, independent "
            "and unitary state, and its territorial integrity is kept as it is."
        ),
    },
    "amendments-only-by-referendum": {
        "title_kk": "Конституцияға өзгерістер тек жалпыхалықтық референдум арқылы енгізіледі",
        "title_ru": "Изменения в Конституцию — только через общенародный референдум",
        "explanation_kk": (
            "Комиссия төрағасының айтуынша, Конституцияға түзетулер тек жалпыхалықтық референдум қорытындысы "
            "бойынша енгізіледі: Негізгі заңның кез келген өзгерісін азаматтардың өздері шешеді."
        ),
        "explanation_ru": (
            "По словам председателя Комиссии, поправки в Конституцию будут вноситься исключительно по итогам "
            "общенародного референдума: любое изменение Основного закона решают сами граждане."
        ),
        "explanation_en": (
            "According to the Chairperson of the Commission, amendments to the Constitution will be made only "
            "following a nationwide referendum: citizens themselves decide on any change to the basic law."
        ),
    },
    "entry-into-force": {
        "change": "new",
        "explanation_kk": (
            "Жобаға сәйкес, референдумда мақұлданған жағдайда жаңа Конституция 2026 жылғы 1 шілдеде күшіне енеді. "
            "Осы күнге дейін қазіргі Парламент жұмыс істейді."
        ),
        "explanation_ru": (
            "Проект предусматривает, что в случае одобрения на референдуме новая Конституция вступает в силу "
            "1 июля 2026 года. До этой даты работает действующий Парламент."
        ),
        "explanation_en": (
            "The draft provides that, if approved at the referendum, the new Constitution enters into force on "
            "1 July 2026. The current Parliament works until then."
        ),
    },
    "kurultai-elections-timetable": {"change": "new"},
}


def say_only_what_the_sources_say(apps, schema_editor):
    Provision = apps.get_model("provisions", "Provision")
    Source = apps.get_model("provisions", "Source")
    Topic = apps.get_model("provisions", "Topic")
    if not Provision.objects.filter(slug="sovereignty-unchanged").exists():
        return  # never seeded: the seed itself brings the current texts
    now = {values["slug"]: values for values in seed.PROVISIONS}
    for slug, fields in EARLIER.items():
        provision = Provision.objects.filter(slug=slug).first()
        if provision is None:
            continue
        changed = [field for field, old in fields.items() if getattr(provision, field) == old]
        for field in changed:
            setattr(provision, field, now[slug][field])
        if changed:
            provision.save(update_fields=changed)
    Source.objects.filter(title_en=seed.SOURCES["astana-times-entry-into-force"]["title_en"], url="").update(
        url=seed.SOURCES["astana-times-entry-into-force"]["url"]
    )
    seed.add_missing(Source, Topic, Provision, only=seed.ADDED_LATER)
    signing = Source.objects.get(title_en=seed.SOURCES["baq-signing"]["title_en"])
    for provision in Provision.objects.filter(slug="entry-into-force"):
        provision.sources.add(signing)


class Migration(migrations.Migration):
    dependencies = [("provisions", "0002_provision_updated_at_source_updated_at_and_more")]

    operations = [migrations.RunPython(say_only_what_the_sources_say, migrations.RunPython.noop)]
