"""Tells the HTTP caches in front (Varnish, a CDN's purge endpoint) to drop every page when content changes.

The app's own page cache is dropped whole on any change (page_cache.py); so is theirs: one BAN request (with
`X-Ban-All: 1`) to each address in HTTP_CACHE_PURGE_URLS, as written, which deploy/varnish/portal.vcl answers by
banning every object. It is sent
only once the change is committed (before that, a cache refetching the page would get the old content again),
and once per transaction however many objects it saved. It never fails a save: a cache that cannot be reached
is logged, and its copies run out after their s-maxage like any other.
"""

import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

METHOD = "BAN"
TIMEOUT_SECONDS = 2
# Straight to each cache, never through a proxy named in the environment (http_proxy).
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def purge_after_commit(using=None, **kwargs):
    """Purge every cache in front once the current transaction commits (at once outside one). Also a receiver
    for signals that are not about the database (a catalogue saved in Rosetta)."""
    if not settings.HTTP_CACHE_PURGE_URLS:
        return
    connection = transaction.get_connection(using)
    if connection.in_atomic_block and any(callback is send_purges for _, callback, _ in connection.run_on_commit):
        return  # already due when this transaction commits (dropped with it on a rollback, so this stays right)
    transaction.on_commit(send_purges, using=using)


def send_purges():
    for url in settings.HTTP_CACHE_PURGE_URLS:
        request = urllib.request.Request(url, method=METHOD, headers={"X-Ban-All": "1"})
        try:
            with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            logger.error("HTTP cache purge %s %s answered %s", METHOD, url, error.code)
        except (OSError, ValueError) as error:  # refused, timed out, name not found
            logger.error("HTTP cache purge %s %s failed: %s", METHOD, url, error)
        else:
            logger.info("HTTP cache purge %s %s: %s", METHOD, url, status)
