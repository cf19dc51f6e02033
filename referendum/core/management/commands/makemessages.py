"""makemessages without fuzzy matching.

By default msgmerge fills a new string with the translation of a similar old one and marks it fuzzy: here it
offered "қараша" (November) for "Member". A blank entry is honest; the test suite then names it as missing.
"""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
