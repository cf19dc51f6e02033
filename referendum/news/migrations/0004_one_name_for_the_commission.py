"""The sources call the Commission by two names; the portal uses one, "the Constitutional Reform Commission" (as
the MFA briefing does), and says on the Commission's page that reports also call it the Constitutional
Commission. Renames it in the seeded article where staff have not changed the sentence."""

from django.db import migrations

RENAMES = {
    "en": [("the Constitutional Commission", "the Constitutional Reform Commission")],
    "ru": [
        ("как Конституционная комиссия представила", "как Комиссия по конституционной реформе представила"),
        ("года Конституционная комиссия представила", "года Комиссия по конституционной реформе представила"),
    ],
    "kk": [("Конституциялық комиссия", "Конституциялық реформа жөніндегі комиссия")],
}
# The results article's Kazakh said «Жақтағандар» / «Қарсылар», which read colloquially, and let "%-ы" break
# across lines.
RESULTS_KK = [
    ("<li>Жақтағандар: ", "<li>Жақтап дауыс бергендер: "),
    ("<li>Қарсылар: ", "<li>Қарсы дауыс бергендер: "),
    ("%-ы", "%\u2011ы"),
]


def one_name(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    for article in Article.objects.filter(slug="referendum-called-for-15-march-2026"):
        changed = []
        for code, pairs in RENAMES.items():
            for field in (f"lead_{code}", f"body_{code}"):
                text = getattr(article, field) or ""
                for old, new in pairs:
                    text = text.replace(old, new)
                if text != (getattr(article, field) or ""):
                    setattr(article, field, text)
                    changed.append(field)
        if changed:
            article.save(update_fields=changed)
    for article in Article.objects.filter(slug="official-results"):
        changed = []
        for field in ("lead_kk", "body_kk"):
            text = getattr(article, field) or ""
            for old, new in RESULTS_KK:
                text = text.replace(old, new)
            if text != (getattr(article, field) or ""):
                setattr(article, field, text)
                changed.append(field)
        if changed:
            article.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("news", "0003_published_order_index")]

    operations = [migrations.RunPython(one_name, migrations.RunPython.noop)]
