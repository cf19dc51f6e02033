"""The database goes away and comes back, for real: the portal runs under gunicorn against the suite's PostgreSQL
test database (seeded and committed at the session's start), through a link the test cuts and restores. Cached
pages keep answering, others get the translated 503 with Retry-After, and once the database is back the portal
recovers with no restart. SQLite has no server to lose: the test runs in the PostgreSQL run (`.ci/run`)."""

import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from testkit.services import ROOT, CuttableLink, free_port, production_environment, start_gunicorn, wait_for_port


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def database_link(seeded):
    if connection.vendor != "postgresql":
        pytest.skip("a database outage is a PostgreSQL server going away: this runs with DATABASE_URL=postgres://…")
    database = connection.settings_dict
    link = CuttableLink((database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)))
    yield f"postgres://{database['USER']}@127.0.0.1:{link.port}/{database['NAME']}", link
    link.cut()


def test_the_portal_rides_out_a_database_outage(database_link):
    database_url, link = database_link
    env = production_environment(
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        DATABASE_POOL="true",  # as in production (the suite's own settings switch it off)
        DATABASE_POOL_TIMEOUT="2",
        PAGE_CACHE_SECONDS="300",
        STATIC_ROOT=str(Path(tempfile.mkdtemp(prefix="portal-static-"))),
    )
    env.pop("REDIS_URL", None)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    web = free_port()
    server = start_gunicorn(web, env)
    try:
        base = f"http://127.0.0.1:{web}"
        wait_for_port(web)
        assert get(f"{base}/ru/news/")[0] == 200

        link.cut()
        cached_status, cached_headers, _ = get(f"{base}/ru/news/")
        status, headers, body = get(f"{base}/ru/provisions/")
        assert (cached_status, cached_headers.get("X-Cache")) == (200, "hit")
        assert status == 503
        assert headers.get("Retry-After") == "30"
        assert "Портал временно недоступен" in body
        assert "Traceback" not in body

        link.restore()
        for _ in range(20):
            status, _headers, body = get(f"{base}/ru/provisions/")
            if status == 200:
                break
            time.sleep(0.5)
        assert status == 200
        assert "Что меняет новая Конституция" in body
    finally:
        server.terminate()
        server.wait()
