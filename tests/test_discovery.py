"""Finding the portal: sitemap with hreflang alternates, robots.txt, canonical links, calendar file."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from referendum.commission.models import Member

from .pages import all_public_paths

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        location = url.find(f"{SITEMAP}loc").text
        assert location not in entries, f"{location} listed twice"
        entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
    return entries


def test_the_sitemap_lists_every_public_page_once_with_its_alternates(client, seeded):
    entries = sitemap_entries(client)
    for _language, path in all_public_paths():
        assert f"http://testserver{path}" in entries, path
    member = entries["http://testserver/ru/commission/elvira-azimova/"]
    assert member == {
        "kk": "http://testserver/kk/commission/elvira-azimova/",
        "ru": "http://testserver/ru/commission/elvira-azimova/",
        "en": "http://testserver/en/commission/elvira-azimova/",
        "x-default": "http://testserver/commission/elvira-azimova/",
    }


def test_the_sitemap_offers_only_the_languages_an_item_really_has(client, seeded):
    Member.objects.filter(slug="artur-lastayev").update(full_name_en=None, position_en=None)
    entries = sitemap_entries(client)
    assert "http://testserver/en/commission/artur-lastayev/" not in entries
    alternates = entries["http://testserver/kk/commission/artur-lastayev/"]
    assert set(alternates) - {"x-default"} == {"kk", "ru"}


def test_unpublished_content_is_not_in_the_sitemap(client, seeded):
    Member.objects.filter(slug="artur-lastayev").update(is_published=False)
    assert not any("artur-lastayev" in location for location in sitemap_entries(client))


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, seeded):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /kk/admin/" in body


def test_every_page_has_a_canonical_link_and_list_pages_keep_their_page_number(client, seeded):
    for _language, path in all_public_paths():
        html = BeautifulSoup(client.get(path).content.decode(), "html.parser")
        assert html.find("link", rel="canonical")["href"] == f"http://testserver{path}"


@pytest.mark.parametrize(
    ("language", "summary"), [("kk", "Дауыс беру күні"), ("ru", "День голосования"), ("en", "Voting day")]
)
def test_the_calendar_file_has_the_voting_hours_and_the_key_dates(client, seeded, language, summary):
    response = client.get(f"/{language}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    polls = events[0]
    assert str(polls["summary"]).startswith(summary)
    assert polls.decoded("dtstart").isoformat() == "2026-03-15T07:00:00+05:00"
    assert polls.decoded("dtend").isoformat() == "2026-03-15T20:00:00+05:00"
    assert len(events) == 1 + 7
    assert calendar.walk("VTIMEZONE")
    home = BeautifulSoup(client.get(f"/{language}/").content.decode(), "html.parser")
    assert home.find("a", href=f"/{language}/calendar.ics")
