"""Caches in front (Varnish) are told to drop every page once a content change commits, once per change."""

import contextlib
import http.server
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.db import transaction
from rosetta.signals import post_save as catalogue_saved

from referendum.core.http_purge import send_purges
from referendum.news.models import Article
from testkit.services import VARNISHD, free_port

ROOT = Path(__file__).resolve().parent.parent


class Receiver(http.server.ThreadingHTTPServer):
    """A stand-in for Varnish that records each request it gets."""

    def __init__(self, port):
        self.requests = []
        super().__init__(("127.0.0.1", port), RecordingHandler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/"


class RecordingHandler(http.server.BaseHTTPRequestHandler):
    def record(self):
        self.server.requests.append((self.command, self.path, dict(self.headers)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_BAN = do_PURGE = do_GET = record

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def listening():
    """A fake HTTP cache on a free port, for as long as the block runs (it checks for shutdown every 10 ms)."""
    server = Receiver(free_port())
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def receiver():
    with listening() as server:
        yield server


@pytest.fixture
def article(seeded):
    return Article.objects.get(slug="official-results")


def test_a_save_sends_one_whole_site_ban_after_the_commit(
    settings, receiver, article, django_capture_on_commit_callbacks
):
    settings.HTTP_CACHE_PURGE_URLS = [receiver.url]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article.title_en = "A corrected headline"
        article.save()
        assert receiver.requests == []  # not before the commit: Varnish would fetch the old page again
    assert send_purges in callbacks
    assert [(method, path) for method, path, _ in receiver.requests] == [("BAN", "/")]
    assert receiver.requests[0][2]["X-Ban-All"] == "1"


def test_one_ban_per_transaction_however_many_objects_it_saves(
    settings, receiver, article, django_capture_on_commit_callbacks
):
    settings.HTTP_CACHE_PURGE_URLS = [receiver.url]
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        article.title_en = "First"
        article.save()
        article.title_ru = "Второй"
        article.save()
        Article.objects.exclude(pk=article.pk).first().delete()
    assert len(receiver.requests) == 1


def test_a_rolled_back_change_sends_nothing_and_the_next_one_still_does(
    settings, receiver, article, django_capture_on_commit_callbacks
):
    settings.HTTP_CACHE_PURGE_URLS = [receiver.url]
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                article.title_en = "Never committed"
                article.save()
                raise RuntimeError
        except RuntimeError:
            pass
    assert receiver.requests == []
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert len(receiver.requests) == 1


def test_every_address_is_told(settings, article, django_capture_on_commit_callbacks):
    with listening() as first, listening() as second:
        settings.HTTP_CACHE_PURGE_URLS = [first.url, second.url]
        with django_capture_on_commit_callbacks(execute=True):
            article.save()
        assert [len(first.requests), len(second.requests)] == [1, 1]


def test_a_saved_catalogue_sends_one_ban(settings, receiver, db, django_capture_on_commit_callbacks):
    settings.HTTP_CACHE_PURGE_URLS = [receiver.url]
    with django_capture_on_commit_callbacks(execute=True):
        catalogue_saved.send(sender=None)
    assert [method for method, _, _ in receiver.requests] == ["BAN"]


def test_nothing_is_sent_without_addresses(settings, receiver, article, django_capture_on_commit_callbacks):
    settings.HTTP_CACHE_PURGE_URLS = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article.save()
    assert send_purges not in callbacks
    assert receiver.requests == []


def test_an_unreachable_cache_is_logged_and_the_save_goes_through(
    settings, article, django_capture_on_commit_callbacks, caplog
):
    settings.HTTP_CACHE_PURGE_URLS = [f"http://127.0.0.1:{free_port()}/"]  # nothing listens there
    with (
        caplog.at_level(logging.ERROR, logger="referendum.core.http_purge"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        article.title_en = "Saved anyway"
        article.save()
    assert Article.objects.get(pk=article.pk).title_en == "Saved anyway"
    assert "HTTP cache purge BAN" in caplog.text


@pytest.mark.parametrize("value", ["127.0.0.1:6081", "ftp://cache/", "http://", "http://cache:port/"])
def test_a_purge_address_that_is_not_http_stops_start_up(value):
    result = subprocess.run(
        [sys.executable, "-c", "import django.conf as c; c.settings.HTTP_CACHE_PURGE_URLS"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "HTTP_CACHE_PURGE_URLS": value},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "HTTP_CACHE_PURGE_URLS must list http(s) addresses" in result.stderr


@pytest.mark.skipif(not os.access(VARNISHD, os.X_OK), reason="varnishd is not installed (apt-get install varnish)")
def test_the_varnish_configuration_compiles(tmp_path):
    vcl = ROOT / "deploy" / "varnish"
    # -j none: the compiler runs as this user, who can read the checkout (varnishd's own user may not).
    result = subprocess.run(
        [
            VARNISHD,
            "-C",
            "-j",
            "none",
            "-n",
            str(tmp_path / "varnish"),
            "-p",
            f"vcl_path={vcl}",
            "-f",
            vcl / "portal.vcl",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
