"""Anonymous pages come from the cache until content changes; nothing personal is ever cached."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model

from referendum.news.models import Article

ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(client, seeded, django_assert_num_queries):
    first = client.get("/ru/news/")
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/ru/news/")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content


def test_each_language_is_cached_apart(client, seeded):
    assert client.get("/kk/news/")["Content-Language"] == "kk"
    assert client.get("/en/news/")["X-Cache"] == "miss"
    assert client.get("/en/news/")["Content-Language"] == "en"


def test_saving_any_content_empties_the_cache_at_once(client, seeded):
    client.get("/en/news/")
    article = Article.objects.get(slug="official-results")
    article.title_en = "A corrected headline"
    article.save()
    response = client.get("/en/news/")
    assert response["X-Cache"] == "miss"
    assert "A corrected headline" in response.content.decode()
    article.delete()
    assert "A corrected headline" not in client.get("/en/news/").content.decode()


def test_signed_in_staff_admin_and_previews_are_never_cached(client, seeded):
    user = get_user_model().objects.create_user("staff", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    for path in ("/en/news/", "/en/admin/", "/en/news/official-results/"):
        assert "X-Cache" not in client.get(path), path
        assert "X-Cache" not in client.get(path), path


def test_search_answers_are_never_cached(client, seeded):
    response = client.get("/en/search/", {"q": "Kurultai"})
    assert "X-Cache" not in response
    assert "no-store" in response["Cache-Control"]


def test_the_home_page_is_not_kept_past_the_referendums_next_change_of_state(client, seeded):
    with time_machine.travel(datetime(2026, 3, 15, 6, 59, 30, tzinfo=ALMATY), tick=False) as traveller:
        first = client.get("/en/")
        assert "Polling stations open in" in first.content.decode()
        assert "max-age=30" in first["Cache-Control"]
        traveller.shift(10)
        hit = client.get("/en/")
        assert hit["X-Cache"] == "hit"
        assert "max-age=20" in hit["Cache-Control"]
        traveller.shift(25)
        fresh = client.get("/en/")
    assert fresh["X-Cache"] == "miss"
    assert "Voting is under way" in fresh.content.decode()
