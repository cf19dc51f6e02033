import logging
from urllib.parse import urlsplit

from django.contrib import admin
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .content import LANGUAGE_CODES
from .roles import is_translator_only
from .site import is_admin_path, site_url

logger = logging.getLogger(__name__)


@require_safe  # GET and HEAD
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{code}/admin/" for code in LANGUAGE_CODES]
    lines += ["Disallow: /i18n/", "", f"Sitemap: {site_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


# --- Refusals: a page of the portal in the language of its address, saying what was refused, why, and a way back.


def permission_denied(request, exception=None):
    """handler403 (portal/urls.py): the admin's page under /<language>/admin/ (Rosetta's catalogues included),
    the public site's elsewhere."""
    return refusal(request, reason_for(request), status=403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its security token (an expired session, cookies off, a page left
    open too long) is the same page, with what to do about it."""
    why = gettext(
        "The page that sent it was open too long, or the browser did not send this site's security cookie. Go "
        "back, reload the page and send the form again; if it keeps happening, allow cookies for this site."
    )
    return refusal(request, why, status=403, title=gettext("The form could not be sent"))


def reason_for(request):
    """Why, in words the person refused can act on: by their role, and for the catalogues by who edits them."""
    user = getattr(request, "user", None)  # None: refused in middleware, before the user is known
    if user is not None and not user.is_authenticated:
        return gettext("This page is for the portal's staff. Sign in with an account that may see it.")
    if user is not None and is_translator_only(user):
        return gettext(
            "Translators may change the texts of each language; adding, deleting, restoring versions, publishing "
            "and changing dates are for editors."
        )
    if user is not None and "/admin/catalogues/" in request.path_info:
        return gettext("The interface texts are edited by translators.")
    return gettext(
        "Your account may not do this. If your work needs it, ask an administrator to give your account the right role."
    )


def refusal(request, why, *, status, title=None):
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language()):
        context = {"title": title or gettext("You do not have permission to do this"), "why": why}
        try:
            admin_page = is_admin_path(request.path_info)
            home = reverse("admin:index" if admin_page else "vote:home")
            context.update(back_url=back_url(request, home), home_url=home)
            if admin_page:
                context.update(admin_context(request))
            response = render(request, "admin/403.html" if admin_page else "403.html", context, status=status)
        except Exception:
            # The refusal must never become a 500 (a template or context processor failing on a request refused
            # half-way through the middleware): a plain page in the same words instead.
            logger.exception("the refusal page could not be rendered")
            response = HttpResponse(
                format_html(
                    '<!doctype html><html lang="{}"><meta charset="utf-8"><title>{}</title><h1>{}</h1><p>{}</p>'
                    '<p><a class="back" href="/">{}</a></p></html>',
                    translation.get_language(),
                    context["title"],
                    context["title"],
                    why,
                    gettext("Go to the home page"),
                ),
                status=status,
            )
    add_never_cache_headers(response)
    return response


def admin_context(request):
    """The admin's own page frame (site name, sidebar, user links) when the user is known and may use the admin;
    its names alone otherwise."""
    user = getattr(request, "user", None)
    if user is not None and user.is_active and user.is_staff:
        return admin.site.each_context(request)
    return {"site_header": admin.site.site_header, "site_title": admin.site.site_title, "has_permission": False}


def back_url(request, fallback):
    """The page the visitor came from when it is one of ours and not the refused page itself; else `fallback`."""
    referer = request.headers.get("referer", "")
    try:
        host = request.get_host()
    except DisallowedHost:
        return fallback
    safe = url_has_allowed_host_and_scheme(referer, allowed_hosts={host}, require_https=request.is_secure())
    if not safe or urlsplit(referer).path == request.path:
        return fallback
    return referer
