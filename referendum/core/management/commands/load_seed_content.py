"""Load the portal's seed content: each section contributes its own part.

The seed modules referendum/sections.py lists in SEEDS run in that order, inside one transaction; each has a
`load()` that returns how many objects it created. Each part creates only what is missing (matched by slug or
natural key), so running it again duplicates nothing and never overwrites what staff have edited.
"""

from collections import defaultdict
from contextlib import contextmanager
from datetime import datetime, time
from importlib import import_module
from zoneinfo import ZoneInfo

import reversion
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F, Max
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext_noop

from referendum import sections
from referendum.core.roles import content_models

# The day the seed's sources were last checked (../shared/seed/public-reports.md): what the seed creates
# changed then, not on the day a database was loaded, which a "Last updated" line would otherwise show.
SEED_CONTENT_AS_OF = datetime(2026, 12, 6, 12, tzinfo=ZoneInfo("Asia/Almaty"))

# The seed revisions' comment in the admin's history, stored in English and shown in the reader's language
# (referendum/core/admin_language.py translates it through the catalogues).
SEED_COMMENT = gettext_noop("Added with the portal's initial content.")


class Command(BaseCommand):
    help = "Create the seed content (facts from the sources each record names) that is not in the database yet."

    def handle(self, *args, **options):
        # The seed is the first revision of every object, so staff can always go back to it.
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment(SEED_COMMENT)
            with saved_by_this_load() as saved:
                for module_name in sections.SEEDS:
                    created = import_module(module_name).load()
                    self.stdout.write(f"{module_name}: {created} created")
            date_what_was_loaded(saved)


@contextmanager
def saved_by_this_load():
    """The primary keys of the records this load saved, by model: never a record another app server saved
    meanwhile, or one whose "last changed" a clock ahead of this one wrote."""
    saved = defaultdict(set)

    def note(sender, instance, **kwargs):
        saved[sender].add(instance.pk)

    post_save.connect(note, weak=False, dispatch_uid="seed-dating")
    try:
        yield saved
    finally:
        post_save.disconnect(dispatch_uid="seed-dating")


def date_what_was_loaded(saved):
    """Each record this load created or changed is dated by its content: a dated article by its publication, or
    its latest correction; the rest by the day the sources were last checked."""
    for model in content_models():
        names = {field.name for field in model._meta.get_fields()}
        if "updated_at" not in names:
            continue
        loaded = model.objects.filter(pk__in=saved.get(model, ()))
        if "published_at" not in names:
            loaded.update(updated_at=SEED_CONTENT_AS_OF)
            continue
        loaded.update(updated_at=F("published_at"))
        if "corrections" in names:
            for record in loaded.annotate(corrected=Max("corrections__corrected_on")).exclude(corrected=None):
                when = timezone.make_aware(datetime.combine(record.corrected, time(12)), SEED_CONTENT_AS_OF.tzinfo)
                model.objects.filter(pk=record.pk).update(updated_at=max(when, record.published_at))
