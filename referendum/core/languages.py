"""Links to the page being viewed in each of the site's languages.

Built on the server under translation.override(), because set_language's own URL translation resolves `next` in
the language active for its own request (from the cookie or Accept-Language: /i18n/setlang/ has no language
prefix). When that differs from the prefix of `next`, the path is not translated and the reader stays on the page
they wanted to leave.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from .site import site_url


def same_page_in(language_code, resolver_match):
    """The path of the resolved page in another language, or that language's home page."""
    with translation.override(language_code):
        if resolver_match is not None and resolver_match.view_name:
            try:
                return reverse(resolver_match.view_name, args=resolver_match.args, kwargs=resolver_match.kwargs)
            except NoReverseMatch:
                pass
        return reverse("vote:home")


# Each language is named in itself, so a reader finds their own whatever the page's language.
ENDONYMS = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def language_links(request):
    resolver_match = getattr(request, "resolver_match", None)
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        path = same_page_in(code, resolver_match)
        links.append(
            {
                "code": code,
                "name": ENDONYMS.get(code, code),
                "path": path,
                "url": site_url(path),
                "is_current": code == current,
            }
        )
    return links
