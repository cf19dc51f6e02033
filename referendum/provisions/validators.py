"""Checks on what staff type into the provisions' fields."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from referendum.core.sources import is_home_page, web_address


def validate_article_address(url):
    """A source's link goes to the article it cites, never to the home page of the site that published it."""
    if url and web_address(url) is None:
        # An address a browser reads otherwise than Python ("https://evil.example\\@inform.kz/x") opens another site.
        raise ValidationError(_("Not a web address: %(line)s") % {"line": url[:100]}, code="invalid")
    if url and is_home_page(url):
        raise ValidationError(
            _("This is the home page of a site: give the address of the article itself, or leave the link empty."),
            code="home_page",
        )
