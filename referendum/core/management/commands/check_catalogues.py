"""Fail when a catalogue's translation brings markup its original lacks (referendum/core/catalogue_safety.py).

Run by `make compile`, and so by `make messages`, `make run` and `make test`: a bad entry, from Rosetta before
the check existed or from a hand edit, stops the build instead of reaching every page. With no arguments it
checks every .po file in LOCALE_PATHS.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from referendum.core.catalogue_safety import check_pofile, project_pofiles


class Command(BaseCommand):
    help = "Check that no translation in the project's catalogues adds tags, placeholders, entities or quotes."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help=".po files to check (default: every one in LOCALE_PATHS)")

    def handle(self, *args, paths=(), **options):
        files = [Path(path) for path in paths] or project_pofiles(settings.LOCALE_PATHS)
        problems = []
        for path in files:
            for entry, difference in check_pofile(path):
                problems.append(f"{self.shown(path)}:{entry.linenum}: msgid {entry.msgid!r}: {difference}")
        if problems:
            raise CommandError(
                f"{len(problems)} translation(s) bring markup their original lacks:\n"
                + "\n".join(problems)
                + "\nCopy tags, placeholders, entities and straight quotes exactly from the msgid."
            )
        if options["verbosity"] > 1:
            self.stdout.write(f"{len(files)} catalogue(s) checked: no translation adds markup.")

    @staticmethod
    def shown(path):
        try:
            return path.resolve().relative_to(Path(settings.BASE_DIR).resolve())
        except ValueError:
            return path
