"""A source line as staff type it ("Kazinform (inform.kz), 12.02.2026; BAQ.kz, 11.02.2026"), with each source
its own link: to the address staff gave for it, or to the site the line names in brackets or by its domain.
A source that names no address stays plain text: no address is ever guessed."""

import re
from urllib.parse import urlsplit

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

# The help of every source field this filter reads.
SOURCES_HELP = _('One or more sources, separated by ";". Name each site by its address, e.g. "Kazinform (inform.kz)".')

# ASCII only: with IGNORECASE alone, [a-z] would also take "ſ" or the Kelvin sign, which browsers read as other
# letters (a look-alike of a real site).
DOMAIN = re.compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(/[\w./-]*)?(?![\w-])", re.IGNORECASE | re.ASCII)
SAFE_SCHEMES = ("http://", "https://")


def split_sources(line):
    return [part.strip() for part in line.split(";") if part.strip()]


def host_of(url):
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def link_for(part, given_url):
    """The address one source points at: the staff's own link if it is this source's site, else the site the
    source names."""
    named = [match.group(1).lower().removeprefix("www.") + (match.group(2) or "") for match in DOMAIN.finditer(part)]
    if given_url and any(host_of(given_url) == host_of(f"https://{site}") for site in named):
        return given_url
    return f"https://{named[0]}" + ("" if "/" in named[0] else "/") if named else ""


def source_links(line, given_url=""):
    """(text, url) for each source of the line; url is empty where none is known. The staff's link goes to the
    source whose site it is, or else to the only source that names no site; it never replaces a site a source
    names, and only http(s) links are used."""
    if not given_url.lower().startswith(SAFE_SCHEMES):
        given_url = ""
    parts = split_sources(line)
    links = [(part, link_for(part, given_url)) for part in parts]
    if given_url and given_url not in {url for _part, url in links}:
        unlinked = [index for index, (_part, url) in enumerate(links) if not url]
        if len(unlinked) == 1:
            links[unlinked[0]] = (links[unlinked[0]][0], given_url)
    return links


def render_source_links(line, given_url=""):
    return format_html_join(
        "; ",
        "{}",
        (
            (format_html('<a href="{}" rel="noopener">{}</a>', url, text) if url else text,)
            for text, url in source_links(line or "", given_url or "")
        ),
    )
