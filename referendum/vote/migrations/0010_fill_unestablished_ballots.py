"""The ballots of an unestablished form that the Commission counted. A database seeded before they were a field of
their own gets the seed's figure once, here (the seed used to add it on every run, and put it back each time staff
cleared it); the seed itself only fills a referendum it creates."""

from django.db import migrations

from referendum.vote.seed import REFERENDUM, SLUG


def fill_unestablished_ballots(apps, schema_editor):
    Referendum = apps.get_model("vote", "Referendum")
    announced = Referendum.objects.filter(slug=SLUG, participants=REFERENDUM["participants"])
    announced.filter(unestablished_ballots=None).update(unestablished_ballots=REFERENDUM["unestablished_ballots"])


class Migration(migrations.Migration):
    dependencies = [
        ("vote", "0009_polling_stations_and_voter_lists"),
    ]

    operations = [
        migrations.RunPython(fill_unestablished_ballots, migrations.RunPython.noop),
    ]
