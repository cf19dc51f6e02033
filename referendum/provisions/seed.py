"""Creates the provisions' content on a new database: the first content (first_content.py), as databases seeded
before were given it, then each later correction in turn, from the data migration that brought those databases up
to date (its own frozen copy: there is no second copy of the facts to drift). Only what is missing is created."""

from importlib import import_module

from django.apps import apps

from .first_content import ADDED_LATER, PROVISIONS, SOURCES, TOPICS
from .models import Provision, Source, Topic

# Migration 0003 reads the first content from here.
__all__ = ["ADDED_LATER", "PROVISIONS", "SOURCES", "TOPICS", "add_missing", "load"]

# Data migrations that corrected and extended the provisions after they were first seeded, in order; each has
# `correct(apps, schema_editor)`, which returns how many objects it created.
LATER_CORRECTIONS = (
    "0006_adopted_sources",
    "0007_adopted_provisions",
    "0008_adopted_updates",
    "0009_easy_read_content",
    "0010_after_entry_into_force",
)


def load():
    fresh = not Provision.objects.exists()
    created = add_missing(Source, Topic, Provision)
    if fresh:
        # Once the provisions exist they are the staff's: a later run only adds what is missing, as above.
        for migration in LATER_CORRECTIONS:
            created += import_module(f"referendum.provisions.migrations.{migration}").correct(apps, None)
    return created


def add_missing(Source, Topic, Provision, only=None):
    """Creates the first content's sources, topics and provisions that do not exist yet (`only`: just these provision
    slugs); what exists already belongs to the staff and is left as it is."""
    created = 0
    sources = {}
    for key, values in SOURCES.items():
        sources[key], was_created = Source.objects.get_or_create(title_en=values["title_en"], defaults=values)
        created += was_created
    topics = {}
    for order, (slug, kk, ru, en) in enumerate(TOPICS, start=1):
        defaults = {"title_kk": kk, "title_ru": ru, "title_en": en, "order": order * 10}
        topics[slug], was_created = Topic.objects.get_or_create(slug=slug, defaults=defaults)
        created += was_created
    for order, values in enumerate(PROVISIONS, start=1):
        if only is not None and values["slug"] not in only:
            continue
        fields = dict(values)
        topic_slugs, source_keys = fields.pop("topics"), fields.pop("sources")
        provision, was_created = Provision.objects.get_or_create(
            slug=fields.pop("slug"), defaults={**fields, "order": order * 10}
        )
        if was_created:
            provision.topics.set(topics[slug] for slug in topic_slugs)
            provision.sources.set(sources[key] for key in source_keys)
            created += 1
    return created
