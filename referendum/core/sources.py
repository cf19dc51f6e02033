"""A source line as staff type it ("Kazinform (inform.kz), 12.02.2026; BAQ.kz, 11.02.2026"), with each source
its own link, to the address of its own article that staff gave for it (one address a line, in the field beside
it). A source with no address of its own stays plain text: no address is ever guessed, and no source links to a
site's home page, where a reader could check nothing."""

import re
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

# The help of every field of source addresses, and its limits.
SOURCE_LINKS_HELP = _(
    "The address of each source's own article, one a line: each links the source whose site it is on. A source "
    "without an address stays plain text; never give a site's home page."
)
MAX_SOURCE_LINKS = 10


def validate_source_links(value):
    """One http(s) address a line, at most MAX_SOURCE_LINKS."""
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    if len(lines) > MAX_SOURCE_LINKS:
        raise ValidationError(_("Give at most %(count)s addresses.") % {"count": MAX_SOURCE_LINKS})
    check = URLValidator(schemes=["http", "https"])
    for line in lines:
        try:
            check(line)
        except ValidationError:
            raise ValidationError(_("Not a web address: %(line)s") % {"line": line[:100]}) from None
        if web_address(line) is None:
            raise ValidationError(_("Not a web address: %(line)s") % {"line": line[:100]})
        if not is_article_address(line):
            raise ValidationError(
                _("%(line)s is a site's home page: give the address of the article itself.") % {"line": line[:100]}
            )


# The help of every source field this filter reads.
SOURCES_HELP = _('One or more sources, separated by ";". Name each site by its address, e.g. "Kazinform (inform.kz)".')

# ASCII only: with IGNORECASE alone, [a-z] would also take "ſ" or the Kelvin sign, which browsers read as other
# letters (a look-alike of a real site).
DOMAIN = re.compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(/[\w./-]*)?(?![\w-])", re.IGNORECASE | re.ASCII)


def split_sources(line):
    return [part.strip() for part in line.split(";") if part.strip()]


def host_of(url):
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


# A path that only names a language edition ("https://inform.kz/ru/") is that edition's home page.
EDITIONS = frozenset({"kk", "kz", "kaz", "qaz", "ru", "rus", "en", "eng"})


def web_address(url):
    """The address split into its parts, or None where Python and a browser could read its host differently
    (a backslash, which browsers take for "/"; a user name before "@"; a control character) or cannot read it."""
    if "\\" in url or any(ord(char) < 0x21 or char == "\x7f" for char in url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port out of range is a ValueError too)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return parts


def is_home_page(url):
    """Whether an address is a site's home page, or a language edition's ("/", "/ru/"), with no query: a reader
    can check nothing there. "/./", "/%2e/" and "/.." are the home page too: a browser resolves them to "/"."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False  # not an address at all: the URL check says so
    segments = [segment for segment in unquote(parts.path).split("/") if segment not in ("", ".", "..")]
    return parts.query == "" and (not segments or (len(segments) == 1 and segments[0].lower() in EDITIONS))


def is_article_address(url):
    """A web address a browser reads as Python does, into a site: the only kind a source links."""
    return web_address(url) is not None and not is_home_page(url)


def addresses(given):
    """The http(s) article addresses staff gave for a line's sources, one a line (anything else is left out: a
    home page saved before the check existed is not linked either)."""
    urls = (url.strip() for url in (given or "").splitlines())
    return [url for url in urls if is_article_address(url)]


def is_on_site(url, site):
    """Whether the address is on the site a source names (the site itself or one of its subdomains)."""
    host, site = host_of(url), site.lower().removeprefix("www.").split("/")[0]
    return host == site or host.endswith("." + site)


def source_links(line, given=""):
    """(text, url) for each source of the line; url is empty where no address of its own is known. An address
    goes to the source whose named site it is on; an address on no named site goes to the only source that
    names no site. A source is never linked to a site's home page: a link must let a reader check it."""
    urls = addresses(given)
    parts = split_sources(line)
    links = []
    for part in parts:
        named = [match.group(1) for match in DOMAIN.finditer(part)]
        on_its_site = [url for url in urls if any(is_on_site(url, site) for site in named)]
        used = {url for _part, url in links}
        # Each address links one source where it can: two sources on one site each get their own article.
        unused_here = [url for url in on_its_site if url not in used]
        links.append((part, (unused_here or on_its_site or [""])[0]))
    unused = [url for url in urls if url not in {url for _part, url in links}]
    unnamed = [index for index, part in enumerate(parts) if not links[index][1] and not DOMAIN.search(part)]
    if len(unused) == 1 and len(unnamed) == 1:
        links[unnamed[0]] = (parts[unnamed[0]], unused[0])
    return links


# A space between digit groups, as staff type numbers in Kazakh and Russian ("7 954 667"): a line must not break
# there, or a phone shows "7 954" on one line and "667" on the next.
DIGIT_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def numbers_together(text):
    """The text with each number's digit groups held on one line (a no-break space between them)."""
    return DIGIT_GROUP_SPACE.sub("\u00a0", text)


LINKS_LABEL = _("links to the sources")


def source_links_field(verbose_name=LINKS_LABEL):
    """The field of a source line's addresses, one a line, beside the line it links."""
    return models.TextField(verbose_name, blank=True, validators=[validate_source_links], help_text=SOURCE_LINKS_HELP)


def render_source_links(line, given_url=""):
    line = numbers_together(line or "")  # "10 411" stays on one line
    return format_html_join(
        "; ",
        "{}",
        (
            (format_html('<a href="{}" rel="noopener">{}</a>', url, text) if url else text,)
            for text, url in source_links(line or "", given_url or "")
        ),
    )
