"""Anonymous pages come from the cache until content changes; nothing personal is ever cached."""

import gzip
import hashlib
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import redis
import time_machine
from django.core.cache import cache
from django.utils.http import http_date

from referendum.core.near_cache import channel_name
from referendum.core.page_cache import ENTRY_FORMAT, GENERATION_KEY, content_generation, near_cache
from referendum.news.models import Article
from testkit.services import free_port, redis_cache, start_redis

ALMATY = ZoneInfo("Asia/Almaty")


# Every test here runs with the page cache on, as in production.
pytestmark = pytest.mark.usefixtures("page_cache_on")


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


def test_signed_in_staff_admin_and_previews_are_never_cached(staff_client):
    for path in ("/en/news/", "/en/admin/", "/en/news/official-results/"):
        assert "X-Cache" not in staff_client.get(path), path
        assert "X-Cache" not in staff_client.get(path), path


def test_search_answers_are_never_cached(client, seeded):
    response = client.get("/en/search/", {"q": "Kurultai"})
    assert "X-Cache" not in response
    assert "no-store" in response["Cache-Control"]


def test_the_home_page_is_not_kept_past_the_referendums_next_change_of_state(client, seeded):
    with time_machine.travel(datetime(2026, 3, 15, 6, 59, 30, tzinfo=ALMATY), tick=False) as traveller:
        first = client.get("/en/")
        assert "Polling stations open in" in first.content.decode()
        assert "s-maxage=30," in first["Cache-Control"]
        traveller.shift(10)
        hit = client.get("/en/")
        assert hit["X-Cache"] == "hit"
        assert "s-maxage=20," in hit["Cache-Control"]
        traveller.shift(25)
        fresh = client.get("/en/")
    assert fresh["X-Cache"] == "miss"
    assert "Voting is under way" in fresh.content.decode()


def test_browsers_that_accept_gzip_get_the_page_compressed_once_and_revalidate_it(client, seeded):
    plain = client.get("/en/news/")
    first = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    again = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    for response in (first, again):
        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.content) == plain.content
        assert int(response["Content-Length"]) == len(response.content) < len(plain.content) / 3
        assert "Accept-Encoding" in response["Vary"]
    assert "Accept-Encoding" in plain["Vary"] and "Content-Encoding" not in plain
    assert again["X-Cache"] == "hit"
    assert again["ETag"] == "W/" + plain["ETag"]
    unchanged = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=again["ETag"])
    assert unchanged.status_code == 304


def test_a_page_left_in_the_cache_in_another_shape_is_a_miss_not_an_error(client, seeded):
    key = f"portal:page:{ENTRY_FORMAT}:" + hashlib.sha256(b"/en/news/").hexdigest()
    cache.set(key, (content_generation(), 200, [], b"stale", 0))
    response = client.get("/en/news/")
    assert response.status_code == 200
    assert response["X-Cache"] == "miss"
    assert response.content.startswith(b"<!doctype html>")


def test_a_page_cached_between_a_save_and_its_commit_is_dropped_at_the_commit(
    client, seeded, django_capture_on_commit_callbacks
):
    article = Article.objects.get(slug="official-results")
    with django_capture_on_commit_callbacks(execute=True):
        article.title_en = "A headline saved in a transaction"
        article.save()
        client.get("/en/news/")
        assert client.get("/en/news/")["X-Cache"] == "hit"
    assert client.get("/en/news/")["X-Cache"] == "miss"


# --- With Redis: each process keeps its own copies, trusted while it hears every change announced.
@pytest.fixture
def shared_redis(settings, monkeypatch):
    monkeypatch.setattr("referendum.core.near_cache.RETRY_SECONDS", 0.1)
    port = free_port()
    server = start_redis(port)
    settings.CACHES = redis_cache(port)
    yield redis.Redis(port=port)
    near_cache.stop()
    server.kill()
    server.wait()


def commands_processed(spy):
    return spy.info("stats")["total_commands_processed"]


def wait_until(condition, seconds=5):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.01)


def test_a_repeat_visit_costs_no_redis_command(client, seeded, shared_redis):
    assert client.get("/en/news/")["X-Cache"] == "miss"
    client.get("/en/news/")  # now subscribed and sure of the generation: this one keeps a copy
    before = commands_processed(shared_redis)
    for _ in range(5):
        assert client.get("/en/news/")["X-Cache"] == "hit"
    assert commands_processed(shared_redis) - before == 1  # the INFO that asked


def test_a_change_announced_by_another_app_server_drops_this_process_copies(client, seeded, shared_redis):
    client.get("/en/news/")
    assert client.get("/en/news/")["X-Cache"] == "hit"
    # What another app server does when content is saved there: bump the shared number and announce it.
    generation = shared_redis.incr(cache.make_key(GENERATION_KEY))
    shared_redis.publish(channel_name(), generation)
    wait_until(lambda: near_cache.generation == generation)
    assert client.get("/en/news/")["X-Cache"] == "miss"


def test_after_a_gap_in_the_announcements_this_process_asks_redis_again(client, seeded, shared_redis):
    client.get("/en/news/")
    assert client.get("/en/news/")["X-Cache"] == "hit"
    shared_redis.client_kill_filter(_type="pubsub")
    wait_until(lambda: near_cache.generation is None)
    # A change whose announcement this process could not hear.
    shared_redis.incr(cache.make_key(GENERATION_KEY))
    assert client.get("/en/news/")["X-Cache"] == "miss"
    assert client.get("/en/news/")["X-Cache"] == "hit"
    # Subscribed again (at once, or after RETRY_SECONDS if the subscription ended): copies are trusted again.
    wait_until(lambda: client.get("/en/news/") and near_cache.generation is not None)
    before = commands_processed(shared_redis)
    assert client.get("/en/news/")["X-Cache"] == "hit"
    assert commands_processed(shared_redis) - before == 1


def test_a_cached_page_is_revalidated_by_etag_and_never_by_a_date_that_cannot_tell_two_versions_apart(client, seeded):
    first = client.get("/ru/news/")
    assert not first.has_header("Last-Modified")
    assert client.get("/ru/news/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    # The newest article withdrawn within the same second: the list changed, and says so.
    Article.objects.published().first().delete()
    again = client.get("/ru/news/", HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=http_date())
    assert again.status_code == 200


# --- A change is seen everywhere at once; nothing a visitor adds makes a new entry.
def test_browsers_revalidate_while_a_shared_cache_may_keep_the_page(client, seeded):
    for response in (client.get("/en/news/"), client.get("/en/news/")):
        control = response["Cache-Control"]
        assert control.startswith("public, max-age=0, s-maxage=")
        assert "stale-while-revalidate=30" in control and "stale-if-error=86400" in control
        assert response["ETag"]


def test_a_first_head_request_stores_the_page_with_its_etag(client, seeded):
    head = client.head("/en/provisions/")
    assert head["ETag"]
    response = client.get("/en/provisions/")
    assert response["X-Cache"] == "hit"
    assert response["ETag"] == head["ETag"]
    assert client.get("/en/provisions/", HTTP_IF_NONE_MATCH=head["ETag"]).status_code == 304


def test_query_parameters_no_view_reads_neither_make_entries_nor_reach_the_view(client, seeded):
    assert client.get("/en/news/")["X-Cache"] == "miss"
    for junk in ("?r=12345", "?utm_source=mail&utm_campaign=x", "?fbclid=abc", "?r=1&r=2"):
        response = client.get("/en/news/" + junk)
        assert response["X-Cache"] == "hit", junk
    assert client.get("/en/news/?page=1")["X-Cache"] == "miss"
    assert client.get("/en/news/?utm_source=y&page=1")["X-Cache"] == "hit"
    assert client.get("/en/provisions/?topic=rights&x=1")["X-Cache"] == "miss"
    assert client.get("/en/provisions/?x=2&topic=rights")["X-Cache"] == "hit"


def test_a_made_up_session_cookie_gets_the_cached_page(client, seeded):
    client.get("/en/news/")
    client.cookies["sessionid"] = "made-up-by-a-stranger"
    assert client.get("/en/news/")["X-Cache"] == "hit"


def test_a_page_over_the_size_cap_is_served_but_not_kept(client, seeded, settings):
    settings.PAGE_CACHE_MAX_BYTES = 1000
    for _ in range(2):
        response = client.get("/en/news/")
        assert response.status_code == 200
        assert "X-Cache" not in response


def test_a_catalogue_saved_in_rosetta_drops_cached_pages(client, seeded):
    from rosetta.signals import post_save as catalogue_saved

    client.get("/kk/")
    assert client.get("/kk/")["X-Cache"] == "hit"
    catalogue_saved.send(sender=None, language_code="kk", request=None)
    assert client.get("/kk/")["X-Cache"] == "miss"


def test_a_newly_compiled_catalogue_drops_cached_pages_on_the_next_request(seeded, writable_locale):
    import subprocess

    import polib
    from django.test import Client

    copy = writable_locale
    visitor = Client()
    assert "Маңызды күндер" in visitor.get("/kk/").content.decode()
    assert visitor.get("/kk/")["X-Cache"] == "hit"
    catalogue = polib.pofile(str(copy / "kk/LC_MESSAGES/django.po"))
    catalogue.find("Key dates").msgstr = "Басты күндер"
    catalogue.save()
    subprocess.run(["msgfmt", "-o", str(copy / "kk/LC_MESSAGES/django.mo"), catalogue.fpath], check=True)
    response = visitor.get("/kk/")
    assert response["X-Cache"] == "miss"
    assert "Басты күндер" in response.content.decode()


def test_everything_kept_in_redis_expires(client, seeded, shared_redis):
    client.get("/en/news/")
    client.get("/en/")
    Article.objects.get(slug="official-results").save()
    keys = shared_redis.keys("*")
    assert keys
    assert all(shared_redis.ttl(key) > 0 for key in keys), {key: shared_redis.ttl(key) for key in keys}


def test_a_signed_in_editors_browser_asks_again_every_time(editor):
    for path in ("/en/", "/en/news/", "/en/commission/"):
        response = editor.get(path)
        assert response["Cache-Control"] == "private, no-cache", path
        assert "Expires" not in response


def test_a_cached_page_carries_no_expires_date_of_its_own(client, seeded):
    client.get("/en/")
    assert "Expires" not in client.get("/en/")


def test_a_parameter_another_page_reads_does_not_make_a_new_entry(client, seeded):
    client.get("/en/")
    for query in ("?q=1", "?q=2", "?page=7", "?sort=name&at=1200"):
        assert client.get("/en/" + query)["X-Cache"] == "hit", query
    client.get("/en/news/official-results/")
    assert client.get("/en/news/official-results/?page=3")["X-Cache"] == "hit"
    assert client.get("/ru/referendums/2026-03-15/turnout/?at=1200")["X-Cache"] == "miss"
    assert client.get("/ru/referendums/2026-03-15/turnout/?at=1200&q=x")["X-Cache"] == "hit"


def test_every_parameter_a_view_reads_reaches_it():
    from django.urls import URLPattern, get_resolver

    from referendum.core.page_cache import QUERY_PARAMETERS

    def views(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLPattern):
                yield getattr(pattern.callback, "view_class", pattern.callback)
            else:
                yield from views(pattern.url_patterns)

    declared = {name for view in views(get_resolver().url_patterns) for name in getattr(view, "query_parameters", ())}
    assert {"page", "topic", "q", "at", "sort", "p"} <= declared <= QUERY_PARAMETERS


def test_a_parameter_the_page_does_not_read_never_reaches_the_cached_copy(client, seeded):
    poisoned = client.get("/ru/", {"q": "POISONED", "sort": "EVIL", "page_size": "7"})
    assert poisoned.status_code == 200 and "POISONED" not in poisoned.content.decode()
    clean = client.get("/ru/")
    assert clean["X-Cache"] == "hit" and "POISONED" not in clean.content.decode()


def test_one_page_number_written_many_ways_is_one_entry(client, seeded):
    assert client.get("/ru/news/", {"page": "1"})["X-Cache"] == "miss"
    for same in ("01", " 1", "١"):
        assert client.get("/ru/news/", {"page": same})["X-Cache"] == "hit", same
    assert client.get("/sitemap-news.xml", {"p": "1"})["X-Cache"] == "miss"
    assert client.get("/sitemap-news.xml", {"p": "001"})["X-Cache"] == "hit"
    assert client.get("/sitemap-news.xml", {"p": "2"}).status_code == 404  # one page of news: the number reached it
