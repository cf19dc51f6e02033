"""The earlier referendums' Kazakh as the citizen's review of 2026-12-06 corrected it: "turnout" is «қатысу
деңгейі» everywhere (never «келу деңгейі»), and a source named in Latin letters is cited as «X деректері бойынша»
(«X хабарлауынша» wants a genitive that a Latin name cannot take). The ballots the Commission kept apart are
described as "reported separately", not "counted", in the field's help: they are the ballots not counted.

Each seeded fragment is replaced only where the field still holds it: what staff wrote stays theirs. The records
are those migration 0012 added, to every database; their texts are written here, not imported."""

from django.db import migrations, models

# slug -> field -> [(as 0012 seeded it, as it reads now)]
WORDING = {
    "presidential-term-1995": {
        "results_note_kk": [("келу деңгейін 91,26% деп береді", "қатысу деңгейін 91,26% деп береді")],
    },
    "constitution-1995": {
        "results_note_kk": [("келу деңгейіне дау айтты", "қатысу деңгейіне дау айтты")],
    },
    "constitutional-amendments-2022": {
        "results_note_kk": [("келу деңгейі 68,06%", "қатысу деңгейі 68,06%")],
        "results_source_kk": [
            (
                "Орталық референдум комиссиясы (The Astana Times және Sputnik хабарлауынша)",
                "Орталық референдум комиссиясы (The Astana Times және Sputnik деректері бойынша)",
            )
        ],
    },
    "nuclear-power-plant-2024": {
        "results_note_kk": [
            ("келу деңгейі Қызылорда облысында ең жоғары", "қатысу деңгейі Қызылорда облысында ең жоғары")
        ],
        "results_source_kk": [
            (
                "Орталық референдум комиссиясы (Азаттық (azattyq.org) хабарлауынша, 07.10.2024)",
                "Орталық референдум комиссиясы (Азаттық (azattyq.org) деректері бойынша, 07.10.2024)",
            )
        ],
    },
}


def reword(referendum, fields):
    changed = []
    for field, pairs in fields.items():
        before = getattr(referendum, field) or ""
        text = before
        for seeded, corrected in pairs:
            text = text.replace(seeded, corrected)
        if text != before:
            setattr(referendum, field, text)
            changed.append(field)
    return changed


def reword_earlier_referendums(apps, schema_editor):
    Referendum = apps.get_model("vote", "Referendum")
    for slug, fields in WORDING.items():
        referendum = Referendum.objects.filter(slug=slug).first()
        if referendum is None:
            continue
        changed = reword(referendum, fields)
        if changed:
            referendum.save(update_fields=[*changed, "updated_at"])  # its pages say when their content changed


class Migration(migrations.Migration):
    dependencies = [
        ("vote", "0017_up_to_december"),
    ]

    operations = [
        migrations.AlterField(
            model_name="referendum",
            name="unestablished_ballots",
            field=models.PositiveIntegerField(
                blank=True,
                help_text=(
                    "Ballots the Commission reported separately from the votes and the invalid ballots (for example, "
                    "with both answers marked)."
                ),
                null=True,
                verbose_name="ballots not counted",
            ),
        ),
        migrations.RunPython(reword_earlier_referendums, migrations.RunPython.noop),
    ]
