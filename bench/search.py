"""Search benchmark on PostgreSQL with 10,000 generated articles: p50/p95 latency per query.

Run with `make bench` (or `.venv/bin/python -m bench.search`). It uses its own database, `portal_bench` on the
server in DATABASE_URL (default: the local PostgreSQL), which it creates and fills if needed. Not a test.
"""

import os
import random
import statistics
import time

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

import django
import psycopg

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
# Key words of the seed content; the rest of each text is filler made of syllables, as real news would be
# mostly about other things.
KEY_WORDS = {
    "kk": ["Құрылтай", "Халық", "Кеңесі", "Конституция", "егемендік", "шарттар", "сайлау", "заң", "жобасы"],
    "ru": ["Курултай", "Халық", "Кеңесі", "Конституция", "суверенитет", "договоры", "выборы", "законопроект"],
    "en": ["Kurultai", "Halyk", "Kenesi", "Constitution", "sovereignty", "treaties", "elections", "Charter"],
}
SYLLABLES = {
    "kk": ["қа", "за", "ақ", "ста", "ны", "ң", "бі", "лім", "ел", "та", "ру", "өң", "ір", "жұ", "мыс"],
    "ru": ["про", "ва", "ни", "ка", "ст", "ро", "же", "ло", "ми", "на", "ре", "гион", "со", "вет", "ть"],
    "en": ["con", "tra", "ment", "pro", "vi", "sion", "re", "port", "na", "tion", "al", "ly", "de", "bate"],
}


def filler(rng, language, count):
    syllables = SYLLABLES[language]
    return [
        rng.choice(KEY_WORDS[language]) if rng.random() < 0.01 else "".join(rng.choices(syllables, k=rng.randint(2, 4)))
        for _ in range(count)
    ]


QUERIES = {
    "kk": ["Құрылтай", "Халық Кеңесі", "егемендік", "Курылтай", "референдум арқылы", "заң жобасы"],
    "ru": ["Курултай", "Курултаи", "суверенитет", "выборы в Курултай", "договоры", "законопроект"],
    "en": ["Kurultai", "Kurultay", "sovereignty", "treaties", "elections", "UN Charter"],
}


def ensure_database(url):
    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')


def fill():
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from referendum.news.models import Article
    from referendum.search.index import rebuild

    call_command("migrate", verbosity=0)
    call_command("load_seed_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("collectstatic", interactive=False, verbosity=0)  # the search page names the hashed static files
    existing = Article.objects.filter(slug__startswith="bench-").count()
    if existing < ARTICLES:
        rng = random.Random(2026)
        now = timezone.now()
        batch = []
        for n in range(existing, ARTICLES):
            fields = {"slug": f"bench-{n}", "status": "published", "published_at": now}
            for language in KEY_WORDS:
                fields[f"title_{language}"] = " ".join(filler(rng, language, 6)) + f" {n}"
                fields[f"lead_{language}"] = " ".join(filler(rng, language, 25))
                fields[f"body_{language}"] = "<p>" + " ".join(filler(rng, language, 150)) + "</p>"
            batch.append(Article(**fields))
        Article.objects.bulk_create(batch, batch_size=1000)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE news_article")  # what autovacuum does soon after, in production
    started = time.perf_counter()
    count = rebuild()
    print(f"indexed {count} objects in {time.perf_counter() - started:.1f} s")


def measure():
    from django.db import connection
    from django.test import Client

    from referendum.search.query import search

    client = Client()
    print(f"\nPostgreSQL {connection.pg_version}, {ARTICLES} articles, {REPEATS} runs of each query")
    print(f"{'query':<24}{'lang':<6}{'hits':>6}{'search p50':>12}{'p95':>9}{'page p50':>11}{'p95':>9}")
    all_search, all_page = [], []
    for language, queries in QUERIES.items():
        for query in queries:
            timings, pages = [], []
            hits = 0
            for _ in range(REPEATS):
                started = time.perf_counter()
                hits = len(search(query, language).results)
                timings.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                response = client.get(f"/{language}/search/", {"q": query})
                pages.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
            all_search += timings
            all_page += pages
            print(
                f"{query:<24}{language:<6}{hits:>6}{p(timings, 50):>10.1f}ms{p(timings, 95):>7.1f}ms"
                f"{p(pages, 50):>9.1f}ms{p(pages, 95):>7.1f}ms"
            )
    print(
        f"\nall queries: search p50 {p(all_search, 50):.1f} ms, p95 {p(all_search, 95):.1f} ms; "
        f"whole page p50 {p(all_page, 50):.1f} ms, p95 {p(all_page, 95):.1f} ms (aim: p95 < 50 ms)"
    )


def p(values, percentile):
    return statistics.quantiles(values, n=100, method="inclusive")[percentile - 1] if len(values) > 1 else values[0]


if __name__ == "__main__":
    ensure_database(os.environ["DATABASE_URL"])
    django.setup()
    fill()
    measure()
