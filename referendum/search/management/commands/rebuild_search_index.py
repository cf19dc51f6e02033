from django.core.management.base import BaseCommand

from referendum.search.index import rebuild


class Command(BaseCommand):
    help = "Rebuild the site-search entries of every published page in every language."

    def handle(self, *args, **options):
        self.stdout.write(f"search index: {rebuild()} objects indexed")
