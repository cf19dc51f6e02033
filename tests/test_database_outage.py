"""The database stops and comes back, for real: a throwaway PostgreSQL cluster this test starts on a free port,
and the portal running under gunicorn against it. Cached pages keep answering, others get the translated
503 with Retry-After, and once the database is back the portal recovers with no restart."""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from testkit.services import free_port

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = (
    next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)
    if Path("/usr/lib/postgresql").exists()
    else None
)

pytestmark = pytest.mark.skipif(PG_BIN is None, reason="needs the PostgreSQL server binaries")


def as_postgres(*command):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *map(str, command)], check=True, capture_output=True, text=True)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def cluster():
    directory = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    data, port = directory / "data", free_port()
    as_postgres(PG_BIN / "initdb", "-D", data, "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust", "-U", "postgres")
    options = f"-p {port} -k {directory} -c listen_addresses=127.0.0.1"

    def start():
        as_postgres(PG_BIN / "pg_ctl", "-D", data, "-o", options, "-w", "-l", directory / "log", "start")

    def stop():
        as_postgres(PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")

    start()
    as_postgres(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "portal")
    yield port, start, stop
    subprocess.run(
        ["runuser", "-u", "postgres", "--", PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop"]
        if os.geteuid() == 0
        else [PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop"],
        capture_output=True,
    )
    shutil.rmtree(directory, ignore_errors=True)


def test_the_portal_rides_out_a_database_outage(cluster):
    port, start_database, stop_database = cluster
    env = {key: value for key, value in os.environ.items() if key not in ("DJANGO_SETTINGS_MODULE", "REDIS_URL")}
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/portal",
        DATABASE_POOL_TIMEOUT="2",
        PAGE_CACHE_SECONDS="300",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(Path(tempfile.mkdtemp(prefix="portal-static-"))),
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    # collectstatic needs no database: it runs beside migrate and the seed.
    manage = [sys.executable, "manage.py"]
    static = subprocess.Popen([*manage, "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env)
    for command in (["migrate", "--no-input", "-v0"], ["load_seed_content"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)
    assert static.wait() == 0
    web = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "portal.wsgi", "--bind", f"127.0.0.1:{web}", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{web}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", web), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        assert get(f"{base}/ru/news/")[0] == 200

        stop_database()
        cached_status, cached_headers, _ = get(f"{base}/ru/news/")
        status, headers, body = get(f"{base}/ru/provisions/")
        assert (cached_status, cached_headers.get("X-Cache")) == (200, "hit")
        assert status == 503
        assert headers.get("Retry-After") == "30"
        assert "Портал временно недоступен" in body
        assert "Traceback" not in body

        start_database()
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
