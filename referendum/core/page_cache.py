"""Anonymous pages cached per address (so per language), dropped at once when any content changes.

It sits behind SecurityMiddleware (HTTPS redirect, HSTS) and checks the Host header itself before any lookup,
so a hit answers only what Django would have answered; pages name the configured SITE_DOMAIN, never the
request's host (referendum/core/site.py). The key is the path and the query parameters the views read;
anything else (tracking parameters, cache-busting junk) is taken off the request before the view sees it.

Every content save or delete bumps a generation number kept in the cache itself; with REDIS_URL that cache
is shared, so a change made through one app server empties the page cache of all of them, and the change is
announced so that each process drops its own copies (near_cache.py). A page that says how long it stays
true (the home page's Cache-Control max-age, bound to the referendum's next change of state) is never kept
longer than that. Each page is compressed once, when it is stored, for the browsers that accept gzip.
"""

import hashlib
import time
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.http import HttpResponse, QueryDict
from django.middleware.gzip import re_accepts_gzip
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response, get_max_age, patch_vary_headers, set_response_etag
from django.utils.text import compress_string

from .http_purge import purge_after_commit
from .near_cache import NearCache, announce
from .site import is_admin_path, is_api_path

GENERATION_KEY = "portal:content-generation"
# Raised whenever the stored entry changes shape, so that a new release never reads the previous one's pages.
ENTRY_FORMAT = 4
ENTRY_LENGTH = 6
CACHEABLE_TYPES = (
    "text/html",
    "application/json",
    "application/xml",
    "application/atom+xml",
    "text/calendar",
    "text/javascript",
    "text/csv",
)
# The only query parameters any public view reads (lists' page, the API's page size, the provisions filter,
# search, the turnout page's moment and order, a sitemap section's page). Others change nothing a visitor
# sees, so they never reach a view. Each view names its own (`query_parameters`), and only those make a new
# entry: `?q=…` on the home page is the home page.
QUERY_PARAMETERS = frozenset({"page", "page_size", "topic", "q", "at", "sort", "p"})
API_QUERY_PARAMETERS = frozenset({"page", "page_size"})
NUMBER_PARAMETERS = frozenset({"page", "page_size", "p"})
# The generation lives this long without a change; a new one starts from the clock, so it never repeats.
GENERATION_SECONDS = 30 * 24 * 60 * 60
NEVER = ("private", "no-cache", "no-store")
# Below this, gzip's own header costs more than it saves.
GZIP_MIN_LENGTH = 200


def fresh_generation():
    # Microseconds since the epoch: larger than any number counted up from an earlier start (Redis restarted
    # empty, or the key expired or was evicted), so no page stored before can match it.
    return time.time_ns() // 1000


def content_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, fresh_generation(), GENERATION_SECONDS)
        generation = cache.get(GENERATION_KEY) or fresh_generation()
    return generation


def bump_generation(**kwargs):
    try:
        generation = cache.incr(GENERATION_KEY)  # None while Redis is down (django-redis IGNORE_EXCEPTIONS)
    except ValueError:
        generation = fresh_generation()
        cache.set(GENERATION_KEY, generation, GENERATION_SECONDS)
    near_cache.advance(generation)  # this process at once; the others when they hear it
    announce(generation)


def content_changed(using=None, action=None, **kwargs):
    if action is not None and not action.startswith("post_"):
        return  # m2m_changed also fires before each change; after it is enough
    bump_generation()
    if transaction.get_connection(using).in_atomic_block:
        # Again once the change is committed: a page another request rendered in between showed the old content.
        transaction.on_commit(bump_generation, using=using)
    # Caches in front are told after that bump, so a refetch cannot get a page rendered before the commit.
    purge_after_commit(using)


def connect_invalidation():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from rosetta.signals import post_save as catalogue_saved

    # A translator's saved catalogue shows on every page at once, like a content save.
    catalogue_saved.connect(bump_generation, dispatch_uid="page-cache-catalogue")
    catalogue_saved.connect(purge_after_commit, dispatch_uid="http-purge-catalogue")

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

    @staticmethod
    def key(request):
        # The query string as keep_only_parameters_views_read left it: what the view reads, in a fixed order.
        address = request.path
        if request.META.get("QUERY_STRING"):
            address += "?" + request.META["QUERY_STRING"]
        return f"portal:page:{ENTRY_FORMAT}:" + hashlib.sha256(address.encode()).hexdigest()

    def __call__(self, request):
        # Django's own host check, before anything is looked up: a disallowed Host is a 400, hit or miss.
        request.get_host()
        if request.method not in ("GET", "HEAD") or is_admin_path(request.path_info):
            return self.get_response(request)  # the admin says never_cache itself; its session is loaded once
        if signed_in(request):
            return personal(self.get_response(request))
        if self.seconds <= 0:
            return self.get_response(request)
        keep_only_parameters_views_read(request)
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
        # A page whose wording changes with the referendum's period is kept no longer than the period lasts.
        seconds = min(self.storable_for(response), getattr(request, "content_changes_in", self.seconds))
        if not seconds:
            return response
        entry = self.entry(generation, response, seconds)
        if entry is None:
            return response
        cache.set(key, entry, seconds)
        near_cache.put(key, entry)
        return self.replay(request, entry, gzip, "miss")

    @staticmethod
    def entry(generation, response, seconds):
        content = response.content
        if len(content) > settings.PAGE_CACHE_MAX_BYTES:
            return None  # a page this large is rare and must not crowd the others out of the cache
        patch_vary_headers(response, ("Accept-Encoding",))
        if not response.has_header("ETag"):
            set_response_etag(response)  # a HEAD request passes ConditionalGetMiddleware without one
        # Revalidation goes by ETag alone. A date has one-second steps and can go back (the newest item deleted):
        # If-Modified-Since would answer 304 for a page that changed within the second, or lost an item.
        del response.headers["Last-Modified"]
        # Replay writes Cache-Control for the time the entry has left; Expires would say otherwise.
        del response.headers["Cache-Control"]
        del response.headers["Expires"]
        headers = list(response.headers.items())
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
        response.headers["Cache-Control"] = shared_cache_control(max(int(expires_at - time.time()), 0))
        response.headers["X-Cache"] = outcome
        # This sits in front of ConditionalGetMiddleware, so answer If-None-Match here.
        return get_conditional_response(request, etag=response.get("ETag"), response=response)

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


def shared_cache_control(seconds_left):
    """Browsers revalidate every time (a 304 costs next to nothing, and an editor sees their change at once);
    a shared cache in front (a CDN, Varnish) may keep the page as long as this one does, answer with it while
    it fetches the next copy, and keep answering with it while the app servers are down."""
    return (
        f"public, max-age=0, s-maxage={seconds_left}, "
        f"stale-while-revalidate={settings.STALE_WHILE_REVALIDATE_SECONDS}, "
        f"stale-if-error={settings.STALE_IF_ERROR_SECONDS}"
    )


def personal(response):
    """A signed-in editor's copy of a page is theirs alone, and their browser asks again each time, so they
    see their own change at once."""
    if "no-store" not in response.get("Cache-Control", ""):
        response.headers["Cache-Control"] = "private, no-cache"
        del response.headers["Expires"]
    return response


def keep_only_parameters_views_read(request):
    """The query string as the view will see it and the key is made from: only the parameters that view reads,
    whole numbers written one way (`?page=01`, `?page=١` and `?page=1` are one page, one entry), in a fixed
    order. Nothing else a visitor adds reaches the page, so nothing else can end up in a cached copy."""
    if not request.META.get("QUERY_STRING"):
        return
    read = parameters_read_by(request.path_info)
    if read is None:
        read = QUERY_PARAMETERS  # what the page it redirects to may read
    query_string = urlencode(
        [
            (name, canonical_number(value) if name in NUMBER_PARAMETERS else value)
            for name, value in sorted_query(request)
            if name in read
        ]
    )
    if query_string != request.META["QUERY_STRING"]:
        request.META["QUERY_STRING"] = query_string
        request.GET = QueryDict(query_string)


def canonical_number(value):
    stripped = value.strip()
    if stripped.isdecimal() and len(stripped) <= 18:
        return str(int(stripped))
    return value


def sorted_query(request):
    return sorted((name, value) for name, values in request.GET.lists() for value in values)


def parameters_read_by(path):
    """The query parameters the view behind a path reads: its `query_parameters` (none for most pages)."""
    if is_api_path(path):
        return API_QUERY_PARAMETERS
    # This runs before LocaleMiddleware: resolve in the language the path names.
    with translation.override(translation.get_language_from_path(path) or settings.LANGUAGE_CODE):
        try:
            match = resolve(path)
        except Resolver404:
            return None  # no page here: an old address redirecting elsewhere, or a 404 (neither is stored)
    return frozenset(getattr(getattr(match.func, "view_class", match.func), "query_parameters", ()))


def signed_in(request):
    """Whether the request carries a live signed-in session. A made-up session cookie is not one: it gets the
    cached page like everyone else, rather than a fresh render at every request."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return False
    try:
        return import_module(settings.SESSION_ENGINE).SessionStore(session_key).get(SESSION_KEY) is not None
    except DatabaseError:
        return True  # can't tell: let the views answer (with the 503 page if the database is down)
