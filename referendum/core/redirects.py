"""Old addresses of renamed content, kept as django.contrib.redirects entries (answered with 301 by
RedirectFallbackMiddleware when the old address would be a 404)."""

from django.conf import settings
from django.contrib.redirects import middleware as redirects_middleware
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.utils import translation
from django.utils.encoding import escape_uri_path


def _urls_in_every_language(instance):
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls.append(instance.get_absolute_url())
    return urls


def remember_old_urls(instance, old_slug):
    site = Site.objects.get_current()
    new_slug = instance.slug
    instance.slug = old_slug
    old_urls = _urls_in_every_language(instance)
    instance.slug = new_slug
    new_urls = _urls_in_every_language(instance)
    for old_url, new_url in zip(old_urls, new_urls, strict=True):
        # Earlier renames point straight at the newest address, so no visitor follows a chain.
        Redirect.objects.filter(site=site, new_path=old_url).update(new_path=new_url)
        Redirect.objects.filter(site=site, old_path=new_url).delete()
        Redirect.objects.update_or_create(site=site, old_path=old_url, defaults={"new_path": new_url})


class RedirectFallbackMiddleware(redirects_middleware.RedirectFallbackMiddleware):
    """Django's, but an old address followed by a query string (`?utm_source=…`, `?page=2`) finds its entry
    too, and the query string goes along to the new address."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        query_string = request.META.get("QUERY_STRING", "")
        if response.status_code != 404 or not query_string:
            return response
        entry = Redirect.objects.filter(site=Site.objects.get_current(), old_path=escape_uri_path(request.path)).first()
        if entry is None:
            return response
        if not entry.new_path:
            return self.response_gone_class()
        return self.response_redirect_class(f"{entry.new_path}?{query_string}")
