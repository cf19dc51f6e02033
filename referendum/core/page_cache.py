"""Anonymous pages cached per address (so per language), dropped at once when any content changes.

Every content save or delete bumps a generation number kept in the cache itself; with REDIS_URL that cache
is shared, so a change made through one app server empties the page cache of all of them. A page that says
how long it stays true (the home page's Cache-Control max-age, bound to the referendum's next change of
state) is never kept longer than that.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, get_max_age, patch_cache_control
from django.utils.http import parse_http_date_safe

GENERATION_KEY = "portal:content-generation"
CACHEABLE_TYPES = ("text/html", "application/json", "application/xml", "application/atom+xml", "text/calendar")
NEVER = ("private", "no-cache", "no-store")


def content_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def content_changed(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


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
        return "portal:page:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = self.key(request)
        # One round trip for both the page and the current generation.
        found = cache.get_many([key, GENERATION_KEY])
        generation = found.get(GENERATION_KEY) or content_generation()
        cached = found.get(key)
        if cached is not None and cached[0] == generation:
            return self.replay(request, *cached[1:])
        response = self.get_response(request)
        seconds = self.storable_for(response)
        if seconds:
            response.headers["X-Cache"] = "miss"
            headers = list(response.headers.items())
            cache.set(
                key, (generation, response.status_code, headers, response.content, time.time() + seconds), seconds
            )
        return response

    @staticmethod
    def replay(request, status, headers, content, expires_at):
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        patch_cache_control(response, max_age=max(int(expires_at - time.time()), 0))
        response.headers["X-Cache"] = "hit"
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
