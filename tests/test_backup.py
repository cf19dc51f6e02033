"""A pg_dump / pg_restore round trip keeps all content, in all three languages, with its history."""

import os
import shutil
import subprocess

import psycopg
import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="backups are of the PostgreSQL database")


def libpq_env(name):
    settings = connection.settings_dict
    env = dict(os.environ, PGDATABASE=name, PGUSER=settings["USER"] or "postgres")
    if settings["HOST"]:
        env["PGHOST"] = settings["HOST"]
    if settings["PORT"]:
        env["PGPORT"] = str(settings["PORT"])
    if settings["PASSWORD"]:
        env["PGPASSWORD"] = settings["PASSWORD"]
    return env


COUNTS = {
    "articles in kk, ru and en": (
        "SELECT count(*) FROM news_article WHERE title_kk <> '' AND title_ru <> '' AND title_en <> ''"
    ),
    "members": "SELECT count(*) FROM commission_member",
    "provisions in kk, ru and en": (
        "SELECT count(*) FROM provisions_provision"
        " WHERE explanation_kk <> '' AND explanation_ru <> '' AND explanation_en <> ''"
    ),
    "referendum results": "SELECT participants FROM vote_referendum",
    "revisions": "SELECT count(*) FROM reversion_version",
    "a Kazakh title": "SELECT title_kk FROM news_article WHERE slug = 'official-results'",
}


def counts(name):
    env = libpq_env(name)
    with psycopg.connect(
        dbname=name, user=env["PGUSER"], host=env.get("PGHOST"), port=env.get("PGPORT"), password=env.get("PGPASSWORD")
    ) as conn:
        return {label: conn.execute(sql).fetchone()[0] for label, sql in COUNTS.items()}


def test_a_dump_and_restore_keeps_everything(seeded, tmp_path):
    """The seed is committed once per session, so pg_dump, another connection, sees it."""
    source = connection.settings_dict["NAME"]
    restored = f"{source}_restored"
    dump = tmp_path / "portal.dump"
    assert shutil.which("pg_dump") and shutil.which("pg_restore")
    subprocess.run(["pg_dump", "--format=custom", "--no-owner", f"--file={dump}"], env=libpq_env(source), check=True)
    env = libpq_env("postgres")
    subprocess.run(["dropdb", "--if-exists", restored], env=env, check=True)
    subprocess.run(["createdb", "--template=template0", "--encoding=UTF8", restored], env=env, check=True)
    try:
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={restored}", str(dump)], env=env, check=True)
        before, after = counts(source), counts(restored)
        assert after == before
        assert before["articles in kk, ru and en"] == 8
        assert before["revisions"] > 0
        assert before["a Kazakh title"] == "Референдум өтті, жаңа Конституция қабылданды: алдын ала қорытындылар"
    finally:
        subprocess.run(["dropdb", "--if-exists", restored], env=env, check=True)
