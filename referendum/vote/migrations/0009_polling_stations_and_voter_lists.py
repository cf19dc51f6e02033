"""The polling stations and voter lists the Commission announced. A database seeded before these fields existed
gets the seed's figures once, here; the seed itself only fills a referendum it creates, so figures staff later
clear or change are never put back."""

from django.db import migrations, models

# The figures as the seed had them then, written here so that a later change to the seed cannot change or break
# this migration; tests/test_seed.py checks they are still the seed's.
SLUG = "constitution-2026"
ANNOUNCED = {
    "polling_stations": 10_388,
    "polling_stations_abroad": 71,
    "countries_abroad": 54,
    "voters_on_lists": 12_461_796,
    "polling_stations_source_kk": "Орталық референдум комиссиясы (almatanews.kz және asia24.media хабарлауынша)",
    "polling_stations_source_ru": "Центральная комиссия референдума (по сообщениям almatanews.kz и asia24.media)",
    "polling_stations_source_en": "Central Referendum Commission (as reported by almatanews.kz and asia24.media)",
}


def fill_announced_figures(apps, schema_editor):
    Referendum = apps.get_model("vote", "Referendum")
    Referendum.objects.filter(slug=SLUG, polling_stations=None, voters_on_lists=None).update(**ANNOUNCED)


class Migration(migrations.Migration):

    dependencies = [
        ('vote', '0008_results_status_and_region_kind_are_known'),
    ]

    operations = [
        migrations.AddField(
            model_name='referendum',
            name='countries_abroad',
            field=models.PositiveIntegerField(blank=True, help_text='The countries in which the polling stations abroad were.', null=True, verbose_name='countries with polling stations abroad'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='polling_stations',
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name='polling stations in Kazakhstan'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='polling_stations_abroad',
            field=models.PositiveIntegerField(blank=True, help_text='At diplomatic missions.', null=True, verbose_name='polling stations abroad'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='polling_stations_source',
            field=models.CharField(blank=True, max_length=300, verbose_name='source of the polling-station figures'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='polling_stations_source_en',
            field=models.CharField(blank=True, max_length=300, null=True, verbose_name='source of the polling-station figures'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='polling_stations_source_kk',
            field=models.CharField(blank=True, max_length=300, null=True, verbose_name='source of the polling-station figures'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='polling_stations_source_ru',
            field=models.CharField(blank=True, max_length=300, null=True, verbose_name='source of the polling-station figures'),
        ),
        migrations.AddField(
            model_name='referendum',
            name='voters_on_lists',
            field=models.PositiveIntegerField(blank=True, help_text='On voting day, as the Commission reported it. Not the same count as the eligible citizens.', null=True, verbose_name='citizens on the voter lists'),
        ),
        migrations.RunPython(fill_announced_figures, migrations.RunPython.noop),
    ]
