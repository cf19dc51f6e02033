from functools import partial

from django.conf import settings

from .languages import language_links
from .navigation import feeds, navigation_items
from .roles import can_edit_catalogues

# Open Graph names a language with its country.
OG_LOCALES = (("kk", "kk_KZ"), ("ru", "ru_RU"), ("en", "en_US"))


def languages(request):
    links = language_links(request)
    default = next(link for link in links if link["code"] == settings.LANGUAGE_CODE)
    resolver_match = getattr(request, "resolver_match", None)
    return {
        "language_links": links,
        "x_default_url": default["url"],
        "canonical_url": next(link["url"] for link in links if link["is_current"]) if resolver_match else "",
        "navigation": navigation_items(resolver_match.view_name if resolver_match else ""),
        "feeds": feeds(),
        "og_locales": OG_LOCALES,
    }


def staff(request):
    # A callable, so the group lookup only happens on the admin pages that ask. A request refused before the
    # authentication middleware (a bad Host, too many fields) has no user: its error page needs none.
    user = getattr(request, "user", None)
    return {"can_edit_catalogues": partial(can_edit_catalogues, user) if user is not None else False}
