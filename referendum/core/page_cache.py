"""Anonymous pages cached per address (so per language), dropped at once when any content changes.

Every content save or delete bumps a generation number kept in the cache itself; with REDIS_URL that cache
is shared, so a change made through one app server empties the page cache of all of them, and the change is
announced so that each process drops its own copies (near_cache.py). A page that says how long it stays
true (the home page's Cache-Control max-age, bound to the referendum's next change of state) is never kept
longer than that. Each page is compressed once, when it is stored, for the browsers that accept gzip.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response, get_max_age, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from django.utils.text import compress_string

from .near_cache import CHANNEL, NearCache

GENERATION_KEY = "portal:content-generation"
# Raised whenever the stored entry changes shape, so that a new release never reads the previous one's pages.
ENTRY_FORMAT = 2
ENTRY_LENGTH = 6
CACHEABLE_TYPES = ("text/html", "application/json", "application/xml", "application/atom+xml", "text/calendar")
NEVER = ("private", "no-cache", "no-store")
# Below this, gzip's own header costs more than it saves.
GZIP_MIN_LENGTH = 200


def content_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def bump_generation():
    try:
        generation = cache.incr(GENERATION_KEY)
    except ValueError:
        generation = 2
        cache.set(GENERATION_KEY, generation, None)
    near_cache.advance(generation)  # this process at once; the others when they hear it
    if hasattr(cache, "publish"):
        cache.publish(CHANNEL, generation)


def content_changed(using=None, action=None, **kwargs):
    if action is not None and not action.startswith("post_"):
        return  # m2m_changed also fires before each change; after it is enough
    bump_generation()
    if transaction.get_connection(using).in_atomic_block:
        # Again once the change is committed: a page another request rendered in between showed the old content.
        transaction.on_commit(bump_generation, using=using)


def connect_invalidation():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .roles import content_models

    for model in content_models():
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model._meta.label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model._meta.label}")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                content_changed, sender=field.remote_field.through, dispatch_uid=f"page-cache-m2m-{field}"
            )


def stored_generation():
    # None when Redis has no number or cannot be reached: then the copies are not trusted at all.
    return cache.get(GENERATION_KEY)


near_cache = NearCache(read_generation=stored_generation)


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @property
    def seconds(self):
        return settings.PAGE_CACHE_SECONDS

    def cacheable_request(self, request):
        return (
            self.seconds > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "/admin/" not in request.path
        )

    @staticmethod
    def key(request):
        return f"portal:page:{ENTRY_FORMAT}:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = self.key(request)
        gzip = bool(re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")))
        generation = near_cache.trusted_generation()
        if generation is not None:
            entry = near_cache.get(key, generation) or cache.get(key)
        else:
            # One round trip for both the page and the current generation.
            found = cache.get_many([key, GENERATION_KEY])
            generation = found.get(GENERATION_KEY) or content_generation()
            entry = found.get(key)
        if isinstance(entry, tuple) and len(entry) == ENTRY_LENGTH and entry[0] == generation:
            near_cache.put(key, entry)
            return self.replay(request, entry, gzip, "hit")
        response = self.get_response(request)
        seconds = self.storable_for(response)
        if not seconds:
            return response
        entry = self.entry(generation, response, seconds)
        cache.set(key, entry, seconds)
        near_cache.put(key, entry)
        return self.replay(request, entry, gzip, "miss")

    @staticmethod
    def entry(generation, response, seconds):
        patch_vary_headers(response, ("Accept-Encoding",))
        if not response.has_header("Last-Modified"):
            # The page cannot have changed after it was made: a safe date for If-Modified-Since.
            response.headers["Last-Modified"] = http_date()
        headers = list(response.headers.items())
        content = response.content
        gzipped = compress_string(content) if len(content) >= GZIP_MIN_LENGTH else None
        if gzipped is not None and len(gzipped) >= len(content):
            gzipped = None
        return (generation, response.status_code, headers, content, gzipped, time.time() + seconds)

    @staticmethod
    def replay(request, entry, gzip, outcome):
        _, status, headers, content, gzipped, expires_at = entry
        response = HttpResponse(content if not (gzip and gzipped) else gzipped, status=status, headers=headers)
        if gzip and gzipped:
            response.headers["Content-Encoding"] = "gzip"
            response.headers["Content-Length"] = str(len(gzipped))
            etag = response.get("ETag", "")
            if etag.startswith('"'):
                response.headers["ETag"] = "W/" + etag  # the same page, other bytes
        patch_cache_control(response, max_age=max(int(expires_at - time.time()), 0))
        response.headers["X-Cache"] = outcome
        # This sits in front of ConditionalGetMiddleware, so answer If-None-Match / If-Modified-Since here.
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )

    def storable_for(self, response):
        control = response.get("Cache-Control", "")
        if (
            response.status_code != 200
            or response.streaming
            or response.cookies
            or any(word in control for word in NEVER)
            or not response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        ):
            return 0
        max_age = get_max_age(response)
        return self.seconds if max_age is None else min(max_age, self.seconds)
