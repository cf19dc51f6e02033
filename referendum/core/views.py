from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .content import LANGUAGE_CODES
from .site import site_url


@require_safe  # GET and HEAD
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{code}/admin/" for code in LANGUAGE_CODES]
    lines += ["Disallow: /i18n/", "", f"Sitemap: {site_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
