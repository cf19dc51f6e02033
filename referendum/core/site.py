"""The portal's public address, from settings alone.

Every absolute URL a page carries (canonical, hreflang, structured data, feeds, calendar, robots.txt) is built
here from SITE_SCHEME and SITE_DOMAIN, never from the request's Host or X-Forwarded-* headers: a cached page
is shown to everyone, so nothing one visitor sends may end up in it.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_url(path=""):
    return f"{settings.SITE_SCHEME}://{settings.SITE_DOMAIN}{path}"


def absolute_url(url):
    """A path on the portal's own address; an address that is already absolute (object storage) as it is."""
    return url if "://" in url else site_url(url)


def is_admin_path(path):
    """Whether a path (request.path_info) is on the staff side: everything under /<language>/admin/ in
    portal/urls.py, the catalogues and "View on site" included, and /admin/, which redirects there keeping its
    query string. A public page whose slug is "admin" is not."""
    return path.startswith(("/admin/", *(f"/{code}/admin/" for code, _name in settings.LANGUAGES)))


API_PREFIX = "/api/"  # portal/urls.py


def is_api_path(path):
    """Whether a path (request.path_info) is the open-data API's: the same in every language, with its own
    methods, headers and query parameters."""
    return path.startswith(API_PREFIX)


def site_host():
    """The host name alone, e.g. for calendar UIDs."""
    return urlsplit(f"//{settings.SITE_DOMAIN}").hostname


class SiteRequest:
    """A request seen through the site's own address: Django's feeds and sitemaps ask the request whether it
    is secure to choose http or https; this one answers from SITE_SCHEME."""

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return getattr(self._request, name)

    def is_secure(self):
        return settings.SITE_SCHEME == "https"

    @property
    def scheme(self):
        return settings.SITE_SCHEME
