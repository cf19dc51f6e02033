import logging
import re
import time
from pathlib import Path

from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import BadRequest, ValidationError
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.utils.translation.reloader import translation_file_changed

from .page_cache import bump_generation
from .site import API_PREFIX, is_admin_path, is_api_path

logger = logging.getLogger(__name__)


class CatalogReloadMiddleware:
    """Every gunicorn worker keeps the compiled catalogues in memory. When a .mo file changes on disk (a
    translator saved in Rosetta, or a deploy), each worker drops its cached translations on its next request,
    at most a couple of seconds later, with no restart; it sits in front of the page cache, which it empties."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.interval = settings.CATALOG_RELOAD_INTERVAL
        self.checked_at = time.monotonic()
        self.stamp = self.current_stamp()

    @staticmethod
    def current_stamp():
        stamps = []
        for locale_path in settings.LOCALE_PATHS:
            for mo_file in Path(locale_path).glob("*/LC_MESSAGES/*.mo"):
                try:
                    stamps.append((str(mo_file), mo_file.stat().st_mtime_ns))
                except FileNotFoundError:
                    continue
        return tuple(sorted(stamps))

    def __call__(self, request):
        now = time.monotonic()
        if now - self.checked_at >= self.interval:
            self.checked_at = now
            stamp = self.current_stamp()
            if stamp != self.stamp:
                self.stamp = stamp
                # Django's own autoreloader hook: clears gettext's and Django's translation caches.
                translation_file_changed(sender=self, file_path=Path("catalogue.mo"))
                # Pages made with the old words are dropped everywhere (this sits in front of the page cache).
                bump_generation()
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """The portal needs no camera, microphone, location or payment: say so to the browser."""

    policy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.policy)
        return response


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, a calm translated 503 with Retry-After instead of a 500.

    The page cache sits in front of this, so pages it holds keep being served; the connection pool reconnects
    by itself once the database is back, with no restart."""

    retry_after = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable: %s", exception)
        response = HttpResponse(render_to_string("503.html", request=None), status=503)
        response["Retry-After"] = str(self.retry_after)
        response["Cache-Control"] = "no-store"
        return response


class AdminInputMiddleware:
    """What arrives at the admin is checked before Django's admin hands it to the database unchecked (each was a
    500 on PostgreSQL, which refuses a NUL in text):
    - a NUL in the path is a 404 (no address has one); in the query string (list filters, autocomplete) or in a
      header (django-axes records a failed sign-in with its User-Agent), a 400;
    - an action posted for items whose ids are not ids of that model ("abc" for a number), or a list edited in
      place (list_editable) with such an id, is a 400 (an id too large for the column was a 500 on SQLite).
    Django's own 400 and 404 pages, in the address's language. Public pages and the API check their own
    parameters and keep their forms (tests/test_search.py, test_provisions.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_path(request.path_info):
            if "\x00" in request.path:
                raise Http404("NUL character in the path")
            if any("\x00" in name or "\x00" in value for name, values in request.GET.lists() for value in values):
                raise BadRequest("NUL character in the query string")
            if any("\x00" in str(value) for name, value in request.META.items() if name.startswith("HTTP_")):
                raise BadRequest("NUL character in a header")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        model_admin = getattr(view_func, "model_admin", None)  # set by ModelAdmin.get_urls on its views
        if model_admin is None or request.method != "POST":
            return None
        primary_key = model_admin.opts.pk
        # The ids the changelist's in-place form sends, matched exactly as ModelAdmin._get_edited_object_pks
        # matches them (re.match and "$", which also takes a name ending in a newline).
        edited = re.compile(rf"form-\d+-{re.escape(primary_key.name)}$")
        ids = request.POST.getlist(ACTION_CHECKBOX_NAME)
        ids += [value for name, values in request.POST.lists() if edited.match(name) for value in values]
        for value in ids:
            try:
                primary_key.run_validators(primary_key.to_python(value))  # a number the column can hold
            except ValidationError:
                raise BadRequest("an id no item of this model can have") from None
            if value in primary_key.empty_values:
                raise BadRequest("an id no item of this model can have")
        return None


class ReadOnlyPublicPagesMiddleware:
    """Public pages, feeds, the sitemap and robots.txt only answer GET and HEAD: anything else is a 405 that
    says so (Allow), rather than the CSRF page's 403 or, for a feed, the feed itself. The admin, the language
    switch and the API handle their own methods."""

    allowed = ("GET", "HEAD")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in self.allowed or not self.is_public_page(request):
            return None
        return HttpResponseNotAllowed(self.allowed)

    @staticmethod
    def is_public_page(request):
        match = request.resolver_match
        if match is None or match.url_name == "set_language":
            return False
        return not (is_api_path(request.path_info) or is_admin_path(request.path_info))


class OpenDataMiddleware:
    """The API's HTTP manners, for cached answers too.

    Any web page may read the open data: `Access-Control-Allow-Origin: *`, the same for every origin and never
    with credentials, so a shared cache keeps one copy (django-cors-headers adds `Vary: Origin`, which would
    split it by origin); a browser's preflight (for If-None-Match, say) is answered here. HEAD is answered as
    GET (the operations are declared for GET alone, as the OpenAPI description lists them); the server leaves
    the body out."""

    methods = "GET, HEAD"
    headers = "If-None-Match"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api_path(request.path_info):
            return self.get_response(request)
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = self.methods
            response["Access-Control-Allow-Headers"] = self.headers
            response["Access-Control-Max-Age"] = "86400"
        else:
            asked = request.method
            if asked == "HEAD":
                request.method = "GET"
            response = self.get_response(request)
            request.method = asked  # for whatever strips the body of a HEAD answer (the server, Django's client)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag"
        return response


class LanguageNeutralPathsMiddleware:
    """The API, the sitemaps and robots.txt are the same in every language: LocaleMiddleware's
    `Vary: Accept-Language` would make a shared cache keep one copy per browser language, and its
    `Content-Language` would name the language of whoever asked first."""

    prefixes = (API_PREFIX, "/sitemap", "/robots.txt")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.prefixes):
            vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
            kept = [value for value in vary if value.lower() != "accept-language"]
            if kept:
                response.headers["Vary"] = ", ".join(kept)
            else:
                del response.headers["Vary"]
            del response.headers["Content-Language"]
        return response
