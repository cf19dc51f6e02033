"""Searching the entries in all three languages: PostgreSQL full text plus trigrams, or a plain case-insensitive
scan on SQLite. A page is found by its text in any language and shown in the language of the page searched
from, with a note where only another language's text matched (referendum/search/words.py: how words match)."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connection, transaction
from django.db.models import Case, F, FloatField, Q, When
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from referendum.core.content import LANGUAGE_CODES

from .index import TEXT_SEARCH_CONFIG, using_postgresql
from .models import SearchEntry
from .words import kazakh_stem, synonyms, words_of

PAGE_SIZE = 50
# Deeper pages are not offered: at 50 a page, 1,000 hits is far past where anyone reads.
MAX_PAGES = 20
# How close a title word must be to count as a typo of the query ("Курылтай" for "Құрылтай" is 0.56).
TYPO_SIMILARITY = 0.45
SNIPPET_LENGTH = 220


@dataclass
class Found:
    """One page of hits, and whether there are more after it."""

    results: list
    page: int
    has_next: bool

    @property
    def first_number(self):
        return (self.page - 1) * PAGE_SIZE + 1

    @property
    def last_number(self):
        return self.first_number + len(self.results) - 1


@dataclass
class Result:
    kind: str
    title: str
    url: str
    snippet: str
    title_match: bool
    language: str  # the language the title and snippet are in: the page's, or the only one the item has
    matched_in: str = ""  # set when only another language's text matched: that language


@dataclass
class Hit:
    """The best-scoring entry of one page, and every language in which the page matched."""

    entry: SearchEntry
    languages: set


def visible_entries(now):
    return SearchEntry.objects.filter(Q(visible_from__isnull=True) | Q(visible_from__lte=now))


def search(query, language, now=None, page=1):
    """Hits `PAGE_SIZE` at a time: page N fetches N pages' worth of the best-ranked entries (the database ranks
    every match to sort them whichever page is asked, so a page costs about the same as the first)."""
    words = words_of(query)
    if not words:
        return Found([], page, has_next=False)
    now = now or timezone.now()
    entries = visible_entries(now)
    wanted = page * PAGE_SIZE + 1  # one more tells whether a next page exists
    hits = _postgresql(entries, query, words, wanted) if using_postgresql() else _scan(entries, words, wanted)
    on_page = hits[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    in_language = _entries_in(visible_entries(now), language, on_page)
    results = []
    for hit in on_page:
        shown = in_language.get(_key(hit.entry), hit.entry)
        marks = _marks(words, shown.language)
        results.append(
            Result(
                kind=shown.kind,
                title=shown.title,
                url=shown.url,
                snippet=highlight(shown.text or shown.title, marks),
                title_match=_in(shown.title, marks),
                language=shown.language,
                matched_in="" if language in hit.languages else hit.entry.language,
            )
        )
    return Found(results, page, has_next=len(hits) > page * PAGE_SIZE and page < MAX_PAGES)


def _key(entry):
    return (entry.content_type_id, entry.object_id)


def _entries_in(entries, language, hits):
    """The page-language entry of each hit's page, where the page has one."""
    if not hits:
        return {}
    pages = Q()
    for hit in hits:
        pages |= Q(content_type_id=hit.entry.content_type_id, object_id=hit.entry.object_id)
    return {_key(entry): entry for entry in entries.filter(language=language).filter(pages).defer("vector")}


def _best_per_page(entries, score):
    hits = {}
    for entry in entries:
        hit = hits.get(_key(entry))
        if hit is None:
            hits[_key(entry)] = Hit(entry, {entry.language})
            continue
        hit.languages.add(entry.language)
        if score(entry) > score(hit.entry):
            hit.entry = entry
    return sorted(hits.values(), key=lambda hit: (-score(hit.entry), hit.entry.pk))


def text_query(words, language):
    """All the words, each in any of its forms; Kazakh forms as prefixes of their stems (no Kazakh dictionary
    in PostgreSQL), Russian and English stemmed by PostgreSQL. Words are letters and digits only (words_of), so
    nothing in them is tsquery syntax."""
    if language == "kk":
        forms = [dict.fromkeys(f"{form}:*" for form in (kazakh_stem(word), *synonyms(word))) for word in words]
    else:
        forms = [dict.fromkeys((word, *synonyms(word))) for word in words]
    raw = " & ".join("(" + " | ".join(alternatives) + ")" for alternatives in forms)
    return SearchQuery(raw, search_type="raw", config=TEXT_SEARCH_CONFIG[language])


def _postgresql(entries, query, words, wanted):
    """Full-text matches in each language, ranked by ts_rank (GIN index on the vector), and titles with a word
    close to the query (GIN trigram index on the title, through the `%>` operator), each found by its own
    indexed query. An entry's score is the greater of the two, and a page's the best of its entries', so
    merging the two lists' first N pages gives exactly the first N pages of all matches."""
    queries = {language: text_query(words, language) for language in LANGUAGE_CODES}
    matches = Q()
    for language, tsquery in queries.items():
        matches |= Q(language=language, vector=tsquery)
    rank = Case(
        *(When(language=language, then=SearchRank(F("vector"), tsquery)) for language, tsquery in queries.items()),
        output_field=FloatField(),
    )
    limit = wanted * len(LANGUAGE_CODES)  # a page may match in all three languages
    entries = entries.defer("vector")
    with transaction.atomic(), connection.cursor() as cursor:
        # The operator's threshold, for this transaction only; a constant, so no parameter is needed.
        cursor.execute(f"SET LOCAL pg_trgm.word_similarity_threshold = {TYPO_SIMILARITY:.2f}")
        by_text = entries.filter(matches).annotate(score=rank)
        by_title = entries.filter(title__trigram_word_similar=query).annotate(
            score=Greatest(rank, TrigramWordSimilarity(query, "title") * 0.5)
        )
        found = [*by_text.order_by("-score", "pk")[:limit], *by_title.order_by("-score", "pk")[:limit]]
    return _best_per_page(found, lambda entry: entry.score)[:wanted]


def _scan(entries, words, wanted):
    """SQLite's LIKE folds ASCII only; casefold() in Python handles Kazakh and Russian letters."""
    scored = []
    for entry in entries.only("content_type_id", "object_id", "language", "kind", "title", "url", "text"):
        title, text = entry.title.casefold(), entry.text.casefold()
        forms = _marks(words, entry.language, grouped=True)
        if all(any(form in title or form in text for form in group) for group in forms):
            entry.score = sum(any(form in title for form in group) for group in forms)
            scored.append(entry)
    return _best_per_page(scored, lambda entry: entry.score)[:wanted]


def _marks(words, language, grouped=False):
    """The beginnings of words that count as a match in a text of `language`, per query word."""
    groups = []
    for word in words:
        forms = [_stem(word), *synonyms(word)]
        if language == "kk":
            forms.append(kazakh_stem(word))
        groups.append(list(dict.fromkeys(forms)))
    return groups if grouped else [form for group in groups for form in group]


def _in(title, marks):
    folded = title.casefold()
    return any(mark in folded for mark in marks)


def _stem(word):
    # Russian and Kazakh words change their endings ("Курултай", "Курултая"): mark by the stem.
    return word[: max(4, len(word) - 2)] if len(word) > 5 else word


def highlight(text, marks):
    """A passage around the first match with every match in <mark>; all text is escaped first."""
    text = " ".join(text.split())
    folded = text.casefold()
    positions = [folded.find(mark) for mark in marks if mark in folded]
    start = max(min(positions) - 60, 0) if positions else 0
    passage = text[start : start + SNIPPET_LENGTH]
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_LENGTH < len(text) else ""
    pattern = re.compile("|".join(re.escape(mark) + r"\w*" for mark in marks), re.IGNORECASE)
    marked, last = [], 0
    for match in pattern.finditer(passage):
        marked.append(escape(passage[last : match.start()]))
        marked.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    marked.append(escape(passage[last:]))
    return mark_safe(prefix + "".join(marked) + suffix)
