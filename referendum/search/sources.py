"""What each section contributes to search: its `search.py` lists SearchSource objects in SOURCES, and
referendum/sections.py names those modules."""

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from django.utils import translation
from django.utils.html import strip_tags

from referendum import sections
from referendum.core.content import LANGUAGE_CODES, is_public_state


@dataclass
class SearchDocument:
    language: str
    title: str
    text: str
    url: str


@dataclass
class SearchSource:
    """A model whose objects are searchable. `text_fields` are the translated fields after the title. An
    object is indexed while its publication switch is on (`is_public_state`), and found from the time in
    `public_from_field` (None: at once), so a scheduled article appears at its publication time."""

    model: type
    kind: str
    label: object
    title_field: str = "title"
    text_fields: tuple = ()
    related_texts: object = None  # obj, language -> list of extra texts
    public_from_field: str | None = None

    def is_listed(self, obj):
        return is_public_state(obj) is not False

    def visible_from(self, obj):
        return getattr(obj, self.public_from_field) if self.public_from_field else None

    def documents(self, obj):
        if not self.is_listed(obj):
            return []
        documents = []
        for language in LANGUAGE_CODES:
            if not obj.has_language(language):
                continue
            exact = obj.exact_text(language)
            title = getattr(exact, self.title_field)
            texts = [plain_text(getattr(exact, field)) for field in self.text_fields]
            if self.related_texts:
                texts += self.related_texts(obj, language)
            with translation.override(language):
                url = obj.get_absolute_url()
            documents.append(SearchDocument(language, title, "\n".join(t for t in texts if t), url))
        return documents


BLOCK_END = re.compile(r"(</(?:p|li|h[1-6]|td|th|tr|dt|dd|div|blockquote)>|<br\s*/?>)", re.IGNORECASE)


def plain_text(html):
    """The text of rich text, with a space where one block ends and the next begins ("12,482,613. Took part",
    not "12,482,613.Took part")."""
    return strip_tags(BLOCK_END.sub(r"\1 ", html))


@cache  # saves ask on every save; the list is fixed (referendum/sections.py)
def all_sources():
    return tuple(source for name in sections.SEARCH_SOURCES for source in import_module(name).SOURCES)


def source_for(model):
    return next((source for source in all_sources() if source.model is model), None)
