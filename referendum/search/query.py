"""Searching the entries: PostgreSQL full text plus trigrams, or a plain case-insensitive scan on SQLite."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .index import TEXT_SEARCH_CONFIG, using_postgresql
from .models import SearchEntry

PAGE_SIZE = 50
# Deeper pages are not offered: at 50 a page, 1,000 hits is far past where anyone reads.
MAX_PAGES = 20
# How close a title word must be to count as a typo of the query ("Курылтай" for "Құрылтай" is 0.56).
TYPO_SIMILARITY = 0.45
SNIPPET_LENGTH = 220
WORD = re.compile(r"\w+", re.UNICODE)


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


def words_of(query):
    return [word.casefold() for word in WORD.findall(query)][:10]


def visible_entries(language, now):
    return SearchEntry.objects.filter(language=language).filter(Q(visible_from__isnull=True) | Q(visible_from__lte=now))


def search(query, language, now=None, page=1):
    """Hits `PAGE_SIZE` at a time: page N fetches N pages' worth of the best-ranked entries (the database ranks
    every match to sort them whichever page is asked, so a page costs about the same as the first)."""
    words = words_of(query)
    if not words:
        return Found([], page, has_next=False)
    entries = visible_entries(language, now or timezone.now())
    wanted = page * PAGE_SIZE + 1  # one more tells whether a next page exists
    found = _postgresql(entries, query, language, wanted) if using_postgresql() else _scan(entries, words, wanted)
    on_page = found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    results = [
        Result(entry.kind, entry.title, entry.url, highlight(entry.text or entry.title, words), _in(entry.title, words))
        for entry in on_page
    ]
    return Found(results, page, has_next=len(found) > page * PAGE_SIZE and page < MAX_PAGES)


def _postgresql(entries, query, language, wanted):
    """Full-text matches ranked by ts_rank (GIN index on the vector), and titles with a word close to the query
    (GIN trigram index on the title, through the `%>` operator), each found by its own indexed query. One
    query with OR made PostgreSQL recheck the trigram condition on every full-text match (49 ms against 29 ms
    on the benchmark's 2,000 matches). An entry's score is the greater of the two, so merging the two lists'
    first N gives exactly the first N of all matches."""
    config = TEXT_SEARCH_CONFIG[language]
    text_query = SearchQuery(query, search_type="websearch", config=config)
    rank = SearchRank(F("vector"), text_query)
    entries = entries.defer("vector")
    with transaction.atomic(), connection.cursor() as cursor:
        # The operator's threshold, for this transaction only; a constant, so no parameter is needed.
        cursor.execute(f"SET LOCAL pg_trgm.word_similarity_threshold = {TYPO_SIMILARITY:.2f}")
        by_text = entries.filter(vector=text_query).annotate(score=rank)
        by_title = entries.filter(title__trigram_word_similar=query).annotate(
            score=Greatest(rank, TrigramWordSimilarity(query, "title") * 0.5)
        )
        found = [*by_text.order_by("-score", "pk")[:wanted], *by_title.order_by("-score", "pk")[:wanted]]
    best = {}
    for entry in found:
        if entry.pk not in best or entry.score > best[entry.pk].score:
            best[entry.pk] = entry
    return sorted(best.values(), key=lambda entry: (-entry.score, entry.pk))[:wanted]


def _scan(entries, words, wanted):
    """SQLite's LIKE folds ASCII only; casefold() in Python handles Kazakh and Russian letters."""
    stems = [_stem(word) for word in words]
    scored = []
    for entry in entries.only("kind", "title", "url", "text"):
        title, text = entry.title.casefold(), entry.text.casefold()
        if all(stem in title or stem in text for stem in stems):
            scored.append((sum(stem in title for stem in stems), entry))
    scored.sort(key=lambda pair: (-pair[0], pair[1].pk))
    return [entry for _score, entry in scored[:wanted]]


def _in(title, words):
    folded = title.casefold()
    return any(word in folded for word in words)


def _stem(word):
    # Russian and Kazakh words change their endings ("Курултай", "Курултая"): mark by the stem.
    return word[: max(4, len(word) - 2)] if len(word) > 5 else word


def highlight(text, words):
    """A passage around the first match with every match in <mark>; all text is escaped first."""
    text = " ".join(text.split())
    folded = text.casefold()
    stems = [_stem(word) for word in words]
    positions = [folded.find(stem) for stem in stems if stem in folded]
    start = max(min(positions) - 60, 0) if positions else 0
    passage = text[start : start + SNIPPET_LENGTH]
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_LENGTH < len(text) else ""
    pattern = re.compile("|".join(re.escape(stem) + r"\w*" for stem in stems), re.IGNORECASE)
    marked, last = [], 0
    for match in pattern.finditer(passage):
        marked.append(escape(passage[last : match.start()]))
        marked.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    marked.append(escape(passage[last:]))
    return mark_safe(prefix + "".join(marked) + suffix)
