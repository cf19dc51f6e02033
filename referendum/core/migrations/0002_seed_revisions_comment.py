"""The seed's revisions said "Seed content from shared/seed", a folder outside the repository that staff never
see: they now say what the seed loader says (SEED_COMMENT), which the catalogues translate."""

from django.db import migrations

OLD_COMMENT = "Seed content from shared/seed"
NEW_COMMENT = "Added with the portal's initial content."


def rename(apps, old, new):
    apps.get_model("reversion", "Revision").objects.filter(comment=old).update(comment=new)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_staff_roles"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: rename(apps, OLD_COMMENT, NEW_COMMENT),
            lambda apps, schema_editor: rename(apps, NEW_COMMENT, OLD_COMMENT),
        )
    ]
