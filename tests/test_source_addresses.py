"""The addresses staff give for sources (referendum/core/sources.py): a source links only an address a browser
reads as Python does, on the site the source names, and never a home page; a bad stored address is left out,
never an error page."""

import pytest
from django.core.exceptions import ValidationError

from referendum.core.sources import addresses, render_source_links, source_links, validate_source_links


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example\\@inform.kz/news/1",  # Python reads inform.kz; a browser opens evil.example
        "https://evil.example\\.@inform.kz/news/1",
        "https://inform.kz@evil.example/news/1",
        "https://user:pass@inform.kz/news/1",
    ],
)
def test_an_address_a_browser_reads_otherwise_is_refused_and_never_linked(url):
    with pytest.raises(ValidationError):
        validate_source_links(url)
    assert addresses(url) == []
    assert "href" not in str(render_source_links("Kazinform (inform.kz)", url))


@pytest.mark.parametrize(
    "url",
    [
        "https://inform.kz/.",
        "https://inform.kz/./",
        "https://inform.kz/%2e/",
        "https://inform.kz/..",
        "https://inform.kz/ru/",
    ],
)
def test_a_home_page_in_disguise_is_a_home_page(url):
    with pytest.raises(ValidationError):
        validate_source_links(url)
    assert addresses(url) == []


@pytest.mark.parametrize("url", ["https://[inform.kz/x", "https://inform.kz:99999/x", "https://inform.kz]/x"])
def test_a_malformed_stored_address_is_left_out_not_an_error(url):
    assert addresses(url) == []
    assert str(render_source_links("A (inform.kz)", url)) == "A (inform.kz)"


def test_two_sources_on_one_site_each_link_their_own_article():
    links = source_links("A (inform.kz); B (inform.kz)", "https://inform.kz/a\nhttps://inform.kz/b")
    assert [url for _text, url in links] == ["https://inform.kz/a", "https://inform.kz/b"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.caravan.kz/?p=19170568",
        "https://INFORM.KZ/ru/x",
        "http://m.ekaraganda.kz/sitemap.xml?id=165432&mod=news_read",
        "https://inform.kz:8443/x",
        "https://xn--80ak6aa92e.kz/x",
    ],
)
def test_real_article_addresses_still_pass(url):
    validate_source_links(url)
    assert addresses(url) == [url]


@pytest.mark.parametrize("url", ["https://evil.example\\@inform.kz/ru/article-1", "https://inform.kz@evil.example/x"])
def test_a_provisions_source_refuses_an_address_a_browser_reads_otherwise_and_never_links_one(url):
    from referendum.provisions.models import Source
    from referendum.provisions.validators import validate_article_address

    with pytest.raises(ValidationError):
        validate_article_address(url)
    assert Source(url=url).link == ""
    assert Source(url="https://inform.kz/ru/article-1").link == "https://inform.kz/ru/article-1"


def test_a_provision_cannot_take_the_easy_read_pages_address_in_any_case(db):
    from referendum.provisions.models import Provision

    with pytest.raises(ValidationError):
        Provision(slug="What-Changes-For-Me", title_kk="x", explanation_kk="y").clean()
