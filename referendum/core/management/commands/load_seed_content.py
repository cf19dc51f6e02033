"""Load the portal's seed content: each section contributes its own part.

Every app under `referendum.` may have a `seed` module with a `load(stdout)` function; they run in
INSTALLED_APPS order inside one transaction. Each part creates only what is missing (matched by slug or
natural key), so running it again duplicates nothing and never overwrites what staff have edited.
"""

from importlib import import_module
from importlib.util import find_spec

import reversion
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


def seed_modules():
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.seed"
        if app_config.name.startswith("referendum.") and find_spec(module_name):
            yield import_module(module_name)


class Command(BaseCommand):
    help = "Create the seed content (from shared/seed) that is not in the database yet."

    def handle(self, *args, **options):
        # The seed is the first revision of every object, so staff can always go back to it.
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment("Seed content from shared/seed")
            for module in seed_modules():
                created = module.load()
                self.stdout.write(f"{module.__name__}: {created} created")
