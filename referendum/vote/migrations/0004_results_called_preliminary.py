"""The seeded results were called "official"; every source calls the 16 March figures preliminary. Corrects the
seeded texts where staff have not changed them since; anything edited is left as it is."""

from django.db import migrations

TITLES = {
    "title_en": ("Referendum valid, new Constitution adopted: the official results", "the preliminary results"),
    "title_ru": ("Референдум состоялся, новая Конституция принята: официальные итоги", "предварительные итоги"),
    "title_kk": ("Референдум өтті, жаңа Конституция қабылданды: ресми қорытындылар", "алдын ала қорытындылар"),
}
BODIES = {
    "body_en": (
        "announced the official results of the republican referendum of 15 March 2026.",
        "announced the preliminary results of the republican referendum of 15 March 2026 on 16 March; the final "
        "results are established within seven days.",
    ),
    "body_ru": (
        "объявила официальные итоги республиканского референдума 15 марта 2026 года.",
        "объявила 16 марта предварительные итоги республиканского референдума 15 марта 2026 года; окончательные "
        "итоги устанавливаются в течение семи дней.",
    ),
    "body_kk": (
        "республикалық референдумның ресми қорытындыларын жариялады.",
        "республикалық референдумның алдын ала қорытындыларын 16 наурызда жариялады; түпкілікті қорытындылар "
        "жеті күн ішінде белгіленеді.",
    ),
}
TIMELINE = {"title_kk": "Ресми қорытындылар", "title_ru": "Официальные итоги", "title_en": "Official results"}
TIMELINE_NEW = {"title_kk": "Алдын ала қорытындылар", "title_ru": "Предварительные итоги", "title_en": "Preliminary results"}


def call_them_preliminary(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    article = Article.objects.filter(slug="official-results").first()
    if article is not None:
        changed = []
        for field, (old, ending) in TITLES.items():
            if getattr(article, field) == old:
                setattr(article, field, old.rsplit(":", 1)[0] + ": " + ending)
                changed.append(field)
        for field, (old, new) in BODIES.items():
            body = getattr(article, field) or ""
            if old in body:
                setattr(article, field, body.replace(old, new))
                changed.append(field)
        if changed:
            article.save(update_fields=changed)
    TimelineEvent = apps.get_model("vote", "TimelineEvent")
    TimelineEvent.objects.filter(**TIMELINE).update(**TIMELINE_NEW)


class Migration(migrations.Migration):
    dependencies = [
        ("vote", "0003_results_status_and_turnout"),
        ("news", "0002_article_updated_at"),
    ]

    operations = [migrations.RunPython(call_them_preliminary, migrations.RunPython.noop)]
