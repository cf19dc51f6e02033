"""Every public page needs at most 5 queries, and the same number with ten times the content. The page
weight budget: the home page's HTML, CSS and JavaScript stay under 50 KB compressed."""

import gzip
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.sites.models import Site
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from referendum.commission.models import Member
from referendum.core.sitemaps import portal_sitemaps
from referendum.news.models import Article
from referendum.provisions.models import Provision, Topic

from .pages import parse

PAGES = [
    "/kk/",
    "/ru/news/",
    "/en/news/briefing-for-the-diplomatic-corps/",
    "/kk/commission/",
    "/ru/commission/elvira-azimova/",
    "/en/provisions/",
    "/kk/provisions/halyk-kenesi/",
    "/ru/provisions/halyk-kenesi/languages/",
    "/en/open-data/",
    "/en/search/?q=Kurultai",
    "/api/v1/news/",
    "/api/v1/provisions/",
    "/api/v1/commission/",
    "/api/v1/referendum/",
    "/sitemap.xml",
    "/sitemap-news.xml",
]


def queries(client, path):
    cache.clear()  # the sitemap keeps itself in the cache
    Site.objects.clear_cache()  # and the site record in memory: count them every time
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def grow_tenfold():
    topic = Topic.objects.first()
    now = timezone.now()
    for n in range(36):
        article = Article.objects.create(
            title_en=f"Extra {n}", lead_en="Lead", body_en="<p>Kurultai</p>", status="published", published_at=now
        )
        article.members.set(Member.objects.all()[:2])
        article.provisions.set(Provision.objects.all()[:2])
    for n in range(72):
        provision = Provision.objects.create(title_en=f"Extra {n} Kurultai", explanation_en="Text")
        provision.topics.add(topic)
    for n in range(54):
        Member.objects.create(full_name_en=f"Member {n}", position_en="Position", order=100 + n)


def test_every_public_page_needs_a_few_fixed_queries_even_at_ten_times_the_content(client, seeded):
    before = {path: queries(client, path) for path in PAGES}
    grow_tenfold()
    after = {path: queries(client, path) for path in PAGES}
    # The sitemap index counts each section's pages (a query a section, plus the news' latest date), whatever
    # their size.
    assert before.pop("/sitemap.xml") == after.pop("/sitemap.xml") <= len(portal_sitemaps()) + 1
    # An article also reads its corrections and, with the cache cleared as here, the portal's details (the
    # publisher in its structured data): two queries more, however much content there is.
    articles = ("/kk/news/", "/ru/news/", "/en/news/")
    limit = {path: 7 if path.startswith(articles) and path.count("/") > 3 else 5 for path in before}
    # Search looks in all three languages, then fetches the page-language entries of its hits; on PostgreSQL
    # it also sets the typo threshold for its transaction.
    limit |= {path: 6 for path in before if "/search/" in path}
    assert {path: count for path, count in before.items() if count > limit[path]} == {}
    assert after == before


def compressed_size(data):
    return len(gzip.compress(data, compresslevel=9))


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("moment", [datetime(2026, 3, 10, 12, tzinfo=ZoneInfo("Asia/Almaty")), None])
def test_the_home_page_stays_within_its_weight_budget(client, seeded, language, moment):
    with time_machine.travel(moment or timezone.now(), tick=False):
        response = client.get(f"/{language}/")
        html = parse(response.content.decode())
        total = compressed_size(response.content)
        for tag, attribute in (("link", "href"), ("script", "src")):
            for element in html.find_all(tag, attrs={attribute: True}):
                url = element[attribute]
                if (
                    tag == "link"
                    and "stylesheet" not in element.get("rel", [])
                    and "icon" not in element.get("rel", [])
                ):
                    continue
                assert url.startswith("/"), url  # nothing from another host
                if url.startswith("/static/"):
                    with open(finders.find(url.removeprefix("/static/")), "rb") as file:
                        total += compressed_size(file.read())
                else:
                    total += compressed_size(client.get(url).content)
    assert total < 50 * 1024, total
