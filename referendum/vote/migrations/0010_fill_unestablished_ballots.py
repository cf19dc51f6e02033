"""The ballots of an unestablished form that the Commission counted. A database seeded before they were a field of
their own gets the seed's figure once, here (the seed used to add it on every run, and put it back each time staff
cleared it); the seed itself only fills a referendum it creates."""

from django.db import migrations

# The figures as the seed had them then, written here so that a later correction of the seed (final results)
# cannot change what this migration did; tests/test_seed.py checks they are still the seed's.
SLUG = "constitution-2026"
PARTICIPANTS = 9_127_192
UNESTABLISHED_BALLOTS = 127_868


def fill_unestablished_ballots(apps, schema_editor):
    Referendum = apps.get_model("vote", "Referendum")
    announced = Referendum.objects.filter(slug=SLUG, participants=PARTICIPANTS)
    announced.filter(unestablished_ballots=None).update(unestablished_ballots=UNESTABLISHED_BALLOTS)


class Migration(migrations.Migration):
    dependencies = [
        ("vote", "0009_polling_stations_and_voter_lists"),
    ]

    operations = [
        migrations.RunPython(fill_unestablished_ballots, migrations.RunPython.noop),
    ]
