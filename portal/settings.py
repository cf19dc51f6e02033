"""Settings for the referendum portal, all read from the environment.

Every value has a safe development default except where production needs a decision (SECRET_KEY when DEBUG
is off). Bad values fail loudly at start-up instead of being silently ignored.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import EXTENSION_MAPPING
from js_asset import static_lazy

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(_TRUE | _FALSE)}, not {raw!r}")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name, default=None):
    """A secret from NAME, or from the file named by NAME_FILE (Docker and systemd credentials)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text().strip()
        except OSError as error:
            raise ImproperlyConfigured(f"{name}_FILE={path!r} cannot be read: {error}") from None
    return os.environ.get(name, default)


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_secret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (see .env.example).")
    SECRET_KEY = "insecure-development-key-only-for-debug"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_prose_editor",
    "reversion",
    "rosetta",
    "axes",
    "referendum.core",
    "referendum.vote",
    "referendum.commission",
    "referendum.provisions",
    "referendum.news",
    "referendum.about",
    "referendum.search",
    "referendum.opendata",
    "ninja",
]

# Django's database sessions, but a key no session can have never reaches the database (core/sessions.py).
SESSION_ENGINE = "referendum.core.sessions"

MIDDLEWARE = [
    # HTTPS redirect and HSTS for every answer, cached or not.
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A new compiled catalogue (Rosetta, a deploy) drops cached pages before any is served.
    "referendum.core.middleware.CatalogReloadMiddleware",
    # Checks the Host first; a cached page carries every header the middleware below added when it was made.
    "referendum.core.page_cache.PublicPageCacheMiddleware",
    # The API's read-only CORS headers and HEAD; the same for every origin, so kept with the cached answer.
    "referendum.core.middleware.OpenDataMiddleware",
    "referendum.core.middleware.LanguageNeutralPathsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "referendum.core.middleware.PermissionsPolicyMiddleware",
    # ETag on every GET, and 304 for If-None-Match / If-Modified-Since.
    "django.middleware.http.ConditionalGetMiddleware",
    "referendum.core.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Admin input the admin hands to the database unchecked (a NUL, ids no item can have) is a 400 or 404 in the
    # address's language, not a 500.
    "referendum.core.middleware.AdminInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Public pages are read-only: other methods get 405 with Allow, before the CSRF check turns them into 403.
    "referendum.core.middleware.ReadOnlyPublicPagesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Renamed content: an old address that would be a 404 answers 301 to the new one.
    "referendum.core.redirects.RedirectFallbackMiddleware",
    # Locks an account after repeated wrong passwords; last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
SITE_ID = 1
# The public address, the only one any page names (referendum/core/site.py); the domain is also kept in the
# sites table after every migrate, for the sitemap and the redirects.
SITE_DOMAIN = env_str("SITE_DOMAIN", "127.0.0.1:8000")
if not SITE_DOMAIN or "/" in SITE_DOMAIN or any(char.isspace() for char in SITE_DOMAIN):
    raise ImproperlyConfigured(f"SITE_DOMAIN must be a host name with an optional port, not {SITE_DOMAIN!r}")
SITE_SCHEME = env_str("SITE_SCHEME", "https" if env_bool("SECURE_SSL_REDIRECT", False) else "http")
if SITE_SCHEME not in ("http", "https"):
    raise ImproperlyConfigured(f"SITE_SCHEME must be http or https, not {SITE_SCHEME!r}")
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "referendum.core.context_processors.languages",
                "referendum.core.context_processors.staff",
                "referendum.vote.context_processors.vote_period",
            ],
        },
    },
]

# --- Database: SQLite with no set-up; PostgreSQL (psycopg 3 with its pool) via DATABASE_URL.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    if env_bool("DATABASE_POOL", True):
        # The pool replaces persistent connections, so CONN_MAX_AGE must stay 0.
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"]["OPTIONS"]["pool"] = {
            "min_size": env_int("DATABASE_POOL_MIN", 1),
            "max_size": env_int("DATABASE_POOL_MAX", 10),
            # A request waits this long for a connection before the 503 page answers instead.
            "timeout": env_int("DATABASE_POOL_TIMEOUT", 5),
        }
    DATABASES["default"]["TEST"] = {"TEMPLATE": "template0", "CHARSET": "UTF8"}
elif DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL or SQLite.")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set (shared by every app server), local memory otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis: one client per server, reused (Django's own backend builds one per call), and a
            # Redis outage is a cache miss, logged, not an error page.
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
# One account from one address: strangers guessing at names (or at a real name from elsewhere) lock only
# themselves, never staff out of their own accounts; and a success clears only that account's failures there.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# How many reverse proxies of ours stand in front of the app servers, each appending to X-Forwarded-For
# (referendum/core/client_ip.py). 0: the socket's address is the visitor's.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", env_int("AXES_PROXY_COUNT", 0))
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")
AXES_CLIENT_IP_CALLABLE = "referendum.core.client_ip.client_ip"

# Staff sessions: signed out after a working day, and when the browser closes.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Translators edit the interface catalogues in the browser (django-rosetta), through the views of
# referendum/core/catalogues.py: only LOCALE_PATHS' django.po and djangojs.po, each translation checked for markup.
# The editor's toolbar in the admin's language (static/js/prose-editor-labels.js); "Menu" is in every editor.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {"js": [static_lazy("js/prose-editor-labels.js")], "extensions": {"Menu": EXTENSION_MAPPING["Menu"]}}
]
ROSETTA_ACCESS_CONTROL_FUNCTION = "referendum.core.roles.can_edit_catalogues"
# A URL name, resolved in the request's language: anonymous visitors go to /kk/admin/login/?next=...
ROSETTA_LOGIN_URL = "admin:login"
ROSETTA_STORAGE_CLASS = "rosetta.storage.SessionRosettaStorage"
ROSETTA_SHOW_AT_ADMIN_PANEL = False
ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = False
ROSETTA_MESSAGES_PER_PAGE = 50
ROSETTA_EXCLUDED_APPLICATIONS = ["rosetta"]
CATALOG_RELOAD_INTERVAL = float(env_int("CATALOG_RELOAD_INTERVAL", 2))

# Anonymous pages are kept this long at most, and dropped as soon as any content changes.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# With Redis, each process also keeps this many pages itself (referendum/core/near_cache.py); 0 turns it off.
PAGE_CACHE_LOCAL_COPIES = env_int("PAGE_CACHE_LOCAL_COPIES", 256)
# A larger answer is served but not kept (so no single page can crowd the others out of Redis).
PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_BYTES", 1024 * 1024)
# What a shared HTTP cache in front (CDN, Varnish) may do with a page past its time: answer with it while it
# fetches a new copy, and keep answering with it while the app servers cannot answer.
STALE_WHILE_REVALIDATE_SECONDS = env_int("STALE_WHILE_REVALIDATE_SECONDS", 30)
STALE_IF_ERROR_SECONDS = env_int("STALE_IF_ERROR_SECONDS", 24 * 60 * 60)
# HTTP caches in front (Varnish, deploy/varnish/portal.vcl) that are told to drop every page when content
# changes, after the change commits (referendum/core/http_purge.py): comma-separated addresses such as
# http://127.0.0.1:6081/. Empty: none is told, and their copies last until their s-maxage runs out.
HTTP_CACHE_PURGE_URLS = env_list("HTTP_CACHE_PURGE_URLS")
for _purge_url in HTTP_CACHE_PURGE_URLS:
    try:
        _purge = urlsplit(_purge_url)
        _purge_ok = _purge.scheme in ("http", "https") and bool(_purge.hostname) and _purge.port != 0
    except ValueError:  # a bracket left open, a port that is not a number
        _purge_ok = False
    if not _purge_ok:
        raise ImproperlyConfigured(f"HTTP_CACHE_PURGE_URLS must list http(s) addresses, not {_purge_url!r}")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: Kazakh is the state language and the default.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
# The project's catalogues first, then the Kazakh that Django, its admin and django-reversion lack.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "completions"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Asia/Almaty")
# Django ships no formats for kk, and its en formats write "March 15, 2026".
FORMAT_MODULE_PATH = ["portal.formats"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "kk"
# The admin's translation tabs need jQuery UI; it is served from this site, never from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
MODELTRANSLATION_LANGUAGES = ("kk", "ru", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("kk",),
    "kk": ("ru", "en"),
    "ru": ("kk", "en"),
    "en": ("ru", "kk"),
}

# --- Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploads (photos, cover images) go to S3-compatible object storage when S3_BUCKET is set, so that any number
# of app servers share them and none writes to its own disk; to MEDIA_ROOT otherwise.
S3_BUCKET = env_str("S3_BUCKET")
MEDIA_ORIGINS = []
if S3_BUCKET:
    S3_ENDPOINT_URL = env_str("S3_ENDPOINT_URL")  # MinIO, Ceph, a cloud's S3 service; empty for AWS itself
    S3_CUSTOM_DOMAIN = env_str("S3_CUSTOM_DOMAIN")  # a CDN or host name in front of the bucket
    S3_REGION = env_str("S3_REGION")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": S3_ENDPOINT_URL or None,
            "region_name": S3_REGION or None,
            "access_key": env_secret("S3_ACCESS_KEY_ID"),
            "secret_key": env_secret("S3_SECRET_ACCESS_KEY"),
            "custom_domain": S3_CUSTOM_DOMAIN or None,
            # Photos of officials are public: plain addresses, which stay valid in cached pages.
            "querystring_auth": env_bool("S3_SIGNED_URLS", False),
            "default_acl": None,
            # A new upload with a taken name gets a new name: an old page never shows another picture.
            "file_overwrite": False,
            "addressing_style": "path" if S3_ENDPOINT_URL else None,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    if S3_CUSTOM_DOMAIN:
        MEDIA_ORIGINS = [f"https://{S3_CUSTOM_DOMAIN}"]
    elif S3_ENDPOINT_URL:
        _endpoint = urlsplit(S3_ENDPOINT_URL)
        if _endpoint.scheme not in ("http", "https") or not _endpoint.netloc:
            raise ImproperlyConfigured(f"S3_ENDPOINT_URL must be an http(s) address, not {S3_ENDPOINT_URL!r}")
        MEDIA_ORIGINS = [f"{_endpoint.scheme}://{_endpoint.netloc}"]
    else:
        MEDIA_ORIGINS = [f"https://{S3_BUCKET}.s3.amazonaws.com"]
        if S3_REGION:
            MEDIA_ORIGINS.append(f"https://{S3_BUCKET}.s3.{S3_REGION}.amazonaws.com")
# Staff uploads (at most 5 MB) stay in memory until they are stored, rather than in a temporary file.
FILE_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024

# --- Security headers. No page needs a third-party host, so the policy is 'self' only.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    # The admin's editor and tabs set style attributes; attributes cannot run code, <style> elements still can't.
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", *MEDIA_ORIGINS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
# A form sent without its token is a page of the portal in the address's language (core/views.py).
CSRF_FAILURE_VIEW = "referendum.core.views.csrf_failure"
LANGUAGE_COOKIE_SECURE = env_bool("LANGUAGE_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    # Only behind a proxy that sets this header itself and strips it from clients.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
