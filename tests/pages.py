"""The public pages every site-wide test visits, per language. Each section adds its pages here."""

from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from referendum.commission.models import Member
from referendum.core.content import LANGUAGE_CODES
from referendum.news.models import Article
from referendum.provisions.models import Provision
from referendum.vote.models import Referendum

LANGUAGES = LANGUAGE_CODES


def public_paths(language):
    """Paths of every public page in one language (the seed content must be loaded)."""
    with translation.override(language):
        paths = [reverse("vote:home"), reverse("vote:archive"), reverse("commission:roster")]
        for referendum in Referendum.objects.published():
            paths.append(referendum.get_absolute_url())
            if referendum.snapshots.exists():
                paths.append(reverse("vote:turnout", kwargs={"voting_date": referendum.voting_date}))
        paths += [member.get_absolute_url() for member in Member.objects.published()]
        paths += [reverse("provisions:index"), reverse("provisions:easy-read")]
        for provision in Provision.objects.published():
            paths += [provision.get_absolute_url(), reverse("provisions:languages", kwargs={"slug": provision.slug})]
        paths += [reverse("news:list"), reverse("opendata:index")]
        paths += [reverse(f"about:{name}") for name in ("index", "accessibility", "privacy", "glossary")]
        paths += [article.get_absolute_url() for article in Article.objects.published()]
        return paths


def all_public_paths():
    return [(language, path) for language in LANGUAGES for path in public_paths(language)]


def parse(markup):
    """A page or fragment as a tree (lxml's parser: a crawl of every page parses several times faster)."""
    if isinstance(markup, bytes):
        markup = markup.decode()
    return BeautifulSoup(markup, "lxml")


def page(client, path, status=200):
    """The page at `path`, parsed, after checking its status."""
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return parse(response.content.decode())


def text(element):
    """The element's text with its white space collapsed (words split across elements stay joined)."""
    return " ".join(element.get_text().split())


def visible(soup, selector="main"):
    """The text a reader sees in the element, a space between its parts, its white space collapsed."""
    return " ".join(soup.select_one(selector).get_text(" ").split())
