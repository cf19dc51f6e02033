"""Load the portal's seed content: each section contributes its own part.

The seed modules referendum/sections.py lists in SEEDS run in that order, inside one transaction; each has a
`load()` that returns how many objects it created. Each part creates only what is missing (matched by slug or
natural key), so running it again duplicates nothing and never overwrites what staff have edited.
"""

from importlib import import_module

import reversion
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext_noop

from referendum import sections

# The seed revisions' comment in the admin's history, stored in English and shown in the reader's language
# (referendum/core/admin_language.py translates it through the catalogues).
SEED_COMMENT = gettext_noop("Added with the portal's initial content.")


class Command(BaseCommand):
    help = "Create the seed content (facts from the sources each record names) that is not in the database yet."

    def handle(self, *args, **options):
        # The seed is the first revision of every object, so staff can always go back to it.
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment(SEED_COMMENT)
            for module_name in sections.SEEDS:
                created = import_module(module_name).load()
                self.stdout.write(f"{module_name}: {created} created")
