"""The seed command creates what is missing, duplicates nothing and never overwrites staff edits."""

import io
import shutil
from importlib import import_module
from pathlib import Path

import django
import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import models

from referendum import sections
from referendum.vote.models import Referendum, TimelineEvent
from referendum.vote.seed import POLLING_STATIONS, REFERENDUM, SLUG
from referendum.vote.timeline_seed import STEPS

from . import seeded_database

UP_TO_DECEMBER = import_module("referendum.vote.migrations.0017_up_to_december")


def load():
    out = io.StringIO()
    call_command("load_seed_content", stdout=out)
    return out.getvalue()


def test_a_fresh_database_is_filled_and_a_second_run_duplicates_nothing(no_content):
    first = load()
    counts = (Referendum.objects.count(), TimelineEvent.objects.count())
    # The first timeline, then the correction of December 2026: one invented step gone, four steps added.
    assert counts == (1, len(STEPS) - 1 + len(UP_TO_DECEMBER.NEW_STEPS)) == (1, 17)
    assert "referendum.vote.seed: 0 created" not in first
    second = load()
    assert all(line.endswith(": 0 created") for line in second.splitlines()), second
    assert (Referendum.objects.count(), TimelineEvent.objects.count()) == counts


def test_the_test_database_starts_with_the_whole_seed(seeded):
    """It is copied from a seeded database kept between runs (tests/seeded_database.py): nothing is missing."""
    output = load()
    assert all(line.endswith(": 0 created") for line in output.splitlines()), output


def test_the_kept_seeded_database_is_rebuilt_when_what_it_comes_from_changes(tmp_path):
    for entry in seeded_database.INPUTS:
        source, copy = seeded_database.ROOT / entry, tmp_path / entry
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, copy)
    before = seeded_database.digest(tmp_path)
    assert before == seeded_database.current_digest()
    (tmp_path / "referendum/news/__pycache__").mkdir(exist_ok=True)
    (tmp_path / "referendum/news/__pycache__/models.cpython-313.pyc").write_bytes(b"compiled")
    assert seeded_database.digest(tmp_path) == before
    migration = tmp_path / "referendum/news/migrations/0099_a_new_field.py"
    migration.write_text("# a new migration")
    assert seeded_database.digest(tmp_path) != before
    migration.unlink()
    (tmp_path / "requirements.txt").write_text("Django==6.1.1\n")
    assert seeded_database.digest(tmp_path) != before


def test_the_kept_seeded_database_is_rebuilt_when_an_installed_package_changes():
    """A package upgraded in the virtual environment by hand, its requirement line unchanged."""
    packages = seeded_database.installed_packages()
    assert any(package.startswith(f"django-{django.get_version()}.") for package in packages)
    upgraded = [package.replace("modeltranslation-", "modeltranslation-9") for package in packages]
    assert upgraded != packages
    root = seeded_database.ROOT
    assert seeded_database.digest(root, packages) == seeded_database.current_digest()
    assert seeded_database.digest(root, upgraded) != seeded_database.current_digest()


def test_a_referendum_seeded_before_the_polling_station_figures_gets_them_and_staff_figures_stay(seeded):
    """Its migration (vote/0009) fills them once; a later seed never puts back what staff change or clear."""
    migration = import_module("referendum.vote.migrations.0009_polling_stations_and_voter_lists")
    assert (migration.SLUG, migration.ANNOUNCED) == (SLUG, POLLING_STATIONS)
    fill_announced_figures = migration.fill_announced_figures
    blank = {"polling_stations": None, "polling_stations_abroad": None, "countries_abroad": None}
    blank |= {"voters_on_lists": None, "polling_stations_source_kk": "", "polling_stations_source_ru": ""}
    Referendum.objects.filter(slug="constitution-2026").update(**blank, polling_stations_source_en="")
    fill_announced_figures(django_apps, schema_editor=None)
    referendum = Referendum.objects.get(slug="constitution-2026")
    assert (referendum.polling_stations, referendum.countries_abroad, referendum.voters_on_lists) == (
        10_388,
        54,
        12_461_796,
    )
    assert referendum.polling_stations_source_kk.startswith("Орталық референдум комиссиясы")
    Referendum.objects.filter(slug="constitution-2026").update(**blank, polling_stations_source_en="Entered by staff")
    load()
    referendum = Referendum.objects.get(slug="constitution-2026")
    assert referendum.polling_stations is None and referendum.polling_stations_source_en == "Entered by staff"
    Referendum.objects.filter(slug="constitution-2026").update(
        **blank, polling_stations_source_en=""
    )  # staff cleared every figure and source
    load()
    assert Referendum.objects.get(slug="constitution-2026").polling_stations is None


def test_a_referendum_seeded_before_the_unestablished_ballots_gets_them_and_staff_clearing_them_stays(seeded):
    """Its migration (vote/0010) fills the figure once; a later seed never puts it back."""
    migration = import_module("referendum.vote.migrations.0010_fill_unestablished_ballots")
    assert (
        SLUG,
        REFERENDUM["participants"],
        REFERENDUM["unestablished_ballots"],
    ) == (migration.SLUG, migration.PARTICIPANTS, migration.UNESTABLISHED_BALLOTS)
    fill_unestablished_ballots = migration.fill_unestablished_ballots
    Referendum.objects.filter(slug="constitution-2026").update(unestablished_ballots=None)
    fill_unestablished_ballots(django_apps, schema_editor=None)
    assert Referendum.objects.get(slug="constitution-2026").unestablished_ballots == 127_868
    Referendum.objects.filter(slug="constitution-2026").update(unestablished_ballots=None)  # staff cleared it
    load()
    assert Referendum.objects.get(slug="constitution-2026").unestablished_ballots is None


def test_staff_edits_survive_a_later_run(seeded):
    Referendum.objects.filter(slug="constitution-2026").update(title_en="Edited by staff")
    TimelineEvent.objects.filter(date="2026-02-17").delete()
    load()
    assert Referendum.objects.get(slug="constitution-2026").title_en == "Edited by staff"
    assert not TimelineEvent.objects.filter(date="2026-02-17").exists()


def test_every_seeded_text_exists_in_all_three_languages(seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    for field in ("title", "question", "answer_yes", "answer_no", "results_source"):
        for language in ("kk", "ru", "en"):
            assert getattr(referendum, f"{field}_{language}"), (field, language)
    for event in TimelineEvent.objects.all():
        for field in ("title", "description", "source_name"):
            for language in ("kk", "ru", "en"):
                assert getattr(event, f"{field}_{language}"), (event, field, language)


def test_the_news_seed_refuses_to_run_before_the_members_and_provisions_it_links_to(no_content):
    from referendum.news import seed as news_seed

    with pytest.raises(RuntimeError, match="commission's and the provisions' seeds first"):
        news_seed.load()


def test_every_section_module_is_named_in_referendum_sections():
    """A seed, search or sitemap module that sections.py does not name would silently do nothing."""
    root = Path(__file__).resolve().parent.parent / "referendum"
    for kind, listed in (
        ("seed", sections.SEEDS),
        ("search", sections.SEARCH_SOURCES),
        ("sitemaps", sections.SITEMAPS),
    ):
        found = {f"referendum.{path.parent.name}.{kind}" for path in root.glob(f"*/{kind}.py")} - {
            "referendum.core.sitemaps"
        }
        assert found == set(listed), kind


def test_staff_can_save_every_seeded_record_as_it_is(seeded):
    """No seeded or migrated text is longer than its field allows: the admin form would refuse it, and the
    editor could save nothing on that page until they shortened a text they did not write."""
    too_long = []
    apps = ("vote", "news", "about", "commission", "provisions")
    for model in (model for app in apps for model in django_apps.get_app_config(app).get_models()):
        fields = [field for field in model._meta.fields if isinstance(field, models.CharField) and field.max_length]
        for obj in model.objects.all():
            too_long += [
                (model.__name__, field.attname, len(getattr(obj, field.attname)))
                for field in fields
                if len(getattr(obj, field.attname) or "") > field.max_length
            ]
    assert too_long == []
