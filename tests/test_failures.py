"""When a part fails: the database (a translated 503, cached pages still served) and Redis (carry on)."""

from django.db import OperationalError, connection

from testkit.services import free_port, redis_cache, start_redis


def database_down(execute, sql, params, many, context):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def test_with_the_database_down_a_page_is_a_translated_503_with_retry_after(client, seeded):
    with connection.execute_wrapper(database_down):
        response = client.get("/ru/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "Портал временно недоступен" in body
    assert "Traceback" not in body and "OperationalError" not in body
    assert client.get("/ru/news/").status_code == 200  # back without a restart


def test_with_the_database_down_cached_pages_are_still_served(client, seeded, page_cache_on):
    assert client.get("/kk/commission/").status_code == 200
    with connection.execute_wrapper(database_down):
        cached = client.get("/kk/commission/")
        uncached = client.get("/kk/provisions/")
    assert cached.status_code == 200
    assert cached["X-Cache"] == "hit"
    assert uncached.status_code == 503
    assert "Портал уақытша қолжетімсіз" in uncached.content.decode()


def test_with_redis_stopped_the_site_keeps_serving_and_uses_it_again_when_back(client, seeded, settings, page_cache_on):
    port = free_port()
    redis = start_redis(port)
    try:
        settings.CACHES = redis_cache(port)
        assert client.get("/en/news/")["X-Cache"] == "miss"
        assert client.get("/en/news/")["X-Cache"] == "hit"
        redis.kill()
        redis.wait()
        down = client.get("/en/news/")
        assert down.status_code == 200
        assert "Referendum valid, new Constitution adopted" in down.content.decode()
        redis = start_redis(port)
        client.get("/en/news/")
        assert client.get("/en/news/")["X-Cache"] == "hit"
    finally:
        redis.kill()
        redis.wait()
