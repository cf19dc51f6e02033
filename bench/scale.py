"""Cost per request at 10,000 published articles, with no cache in front: p50/p95 per address.

Each row is a page whose cost must not grow with the content: an API list page (first and 500th), the sitemap
index and a section page, a second page of search hits, and a provision with 5,000-word wordings (its word
comparison computed, then kept). Run with `make bench` (or `.venv/bin/python -m bench.scale`); it shares
`portal_bench` on PostgreSQL with bench/search.py, which fills it. Not a test. Aim: every p95 under 100 ms.
"""

import os
import time

os.environ["PAGE_CACHE_SECONDS"] = "0"  # the cost of making each answer, not of replaying it

from bench.search import ensure_database, fill, p  # search.py sets up the environment
from testkit.wordings import long_wordings

REPEATS = int(os.environ.get("BENCH_REPEATS", "20"))
LONG_WORDS = 5000
CHANGED_WORDS = 300
AIM_MS = 100


def long_provision():
    """A provision whose two wordings have 5,000 words each, 300 of them changed."""
    from referendum.provisions.models import Provision

    current, draft = long_wordings(LONG_WORDS, CHANGED_WORDS)
    provision, _created = Provision.objects.update_or_create(
        slug="bench-long-wording",
        defaults={
            "title_en": "A long wording",
            "explanation_en": "For the benchmark.",
            "current_wording_en": current,
            "draft_wording_en": draft,
            "is_published": True,
        },
    )
    return provision.get_absolute_url().replace("/kk/", "/en/", 1)


def timed(client, path, repeats=REPEATS, before_each=None):
    timings = []
    for _ in range(repeats):
        if before_each:
            before_each()
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return timings


def measure():
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from referendum.news.models import Article
    from referendum.provisions.models import Provision

    call_command("collectstatic", interactive=False, verbosity=0)  # pages name the hashed static files
    client = Client()

    def save_long_provision():
        cache.clear()
        Provision.objects.get(slug="bench-long-wording").save()  # the editor's save compares the wordings

    articles = Article.objects.published().count()
    provision = long_provision()
    rows = [
        ("API news, page 1", "/api/v1/news/", None),
        ("API news, page 500", "/api/v1/news/?page=500", None),
        ("sitemap index", "/sitemap.xml", None),
        ("sitemap news, page 5", "/sitemap-news.xml?p=5", None),
        ("search page 2", "/en/search/?q=Kurultai&page=2", None),
        ("5,000-word provision, after a save", provision, save_long_provision),
        ("5,000-word provision, no stored comparison", provision, cache.clear),
    ]
    print(f"\nPostgreSQL {connection.pg_version}, {articles} published articles, {REPEATS} runs each, no page cache")
    print(f"{'page':<44}{'p50':>9}{'p95':>9}")
    worst = 0.0
    for label, path, before_each in rows:
        client.get(path)  # warm up
        timings = timed(client, path, before_each=before_each)
        if before_each != cache.clear:
            worst = max(worst, p(timings, 95))
        print(f"{label:<44}{p(timings, 50):>7.1f}ms{p(timings, 95):>7.1f}ms")
    print(f"\nworst p95 {worst:.1f} ms (aim: under {AIM_MS} ms; the last row is what a save spares visitors)")


if __name__ == "__main__":
    import django

    ensure_database(os.environ["DATABASE_URL"])
    django.setup()
    fill()
    measure()
