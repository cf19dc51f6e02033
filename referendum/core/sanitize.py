"""Rich text that cannot hurt anyone: an nh3 allow-list applied before any body text is stored."""

import nh3

ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "b", "i", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_html(html):
    """Keep paragraphs, h2-h4, lists, links, emphasis and quotes; drop everything else (scripts, event
    handlers, javascript: links, styles). An editor's empty paragraph counts as empty."""
    if not html:
        return html
    cleaned = _cleaner.clean(html).strip()
    return "" if cleaned in ("<p></p>", "<p><br></p>") else cleaned
