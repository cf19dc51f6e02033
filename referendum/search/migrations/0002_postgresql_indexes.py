from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    "CREATE INDEX IF NOT EXISTS search_entry_vector ON search_searchentry USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS search_entry_title_trgm ON search_searchentry USING gin (title gin_trgm_ops)",
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in INDEXES:
            schema_editor.execute(statement)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector")
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_title_trgm")


class Migration(migrations.Migration):
    """GIN indexes for full-text and trigram search; PostgreSQL only (SQLite searches by scanning)."""

    dependencies = [("search", "0001_initial")]

    operations = [TrigramExtension(), migrations.RunPython(create_indexes, drop_indexes)]
