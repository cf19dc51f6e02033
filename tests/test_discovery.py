"""Finding the portal: sitemap with hreflang alternates, robots.txt, canonical links, calendar file."""

from xml.etree import ElementTree

import pytest
from django.utils import timezone
from icalendar import Calendar

from referendum.commission.models import Member
from referendum.core import sitemaps
from referendum.news.models import Article
from referendum.vote.models import Referendum, TimelineEvent

from .pages import all_public_paths, parse

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_pages(client):
    """The addresses of the section pages the sitemap index lists."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return [entry.find(f"{SITEMAP}loc").text for entry in root.findall(f"{SITEMAP}sitemap")]


def sitemap_entries(client):
    entries = {}
    for page in sitemap_pages(client):
        response = client.get(page.removeprefix("http://testserver"))
        assert response.status_code == 200, page
        for url in ElementTree.fromstring(response.content).findall(f"{SITEMAP}url"):
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
        "x-default": "http://testserver/kk/commission/elvira-azimova/",
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


def test_a_list_page_keeps_its_page_number_in_its_canonical_and_language_links(client, seeded):
    Article.objects.bulk_create(
        Article(slug=f"item-{n}", title_en=f"Item {n}", lead_en="Lead", status="published", published_at=timezone.now())
        for n in range(25)
    )
    second = parse(client.get("/en/news/?page=2").content)
    assert second.find("link", rel="canonical")["href"] == "http://testserver/en/news/?page=2"
    alternates = {link["hreflang"]: link["href"] for link in second.find_all("link", rel="alternate", hreflang=True)}
    assert alternates == {
        "kk": "http://testserver/kk/news/?page=2",
        "ru": "http://testserver/ru/news/?page=2",
        "en": "http://testserver/en/news/?page=2",
        "x-default": "http://testserver/kk/news/?page=2",
    }
    first = parse(client.get("/en/news/?page=1").content)
    assert first.find("link", rel="canonical")["href"] == "http://testserver/en/news/"


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
    assert len(events) == 1 + TimelineEvent.objects.filter(referendum__slug="constitution-2026").count() == 18
    assert calendar.walk("VTIMEZONE")
    assert all("LANGUAGE" not in event["summary"].params for event in events)
    home = parse(client.get(f"/{language}/").content.decode())
    assert home.find("a", href=f"/{language}/calendar.ics")


def test_a_key_date_shown_in_a_fallback_language_names_it_in_the_calendar_file(client, seeded):
    event = TimelineEvent.objects.get(date="2026-07-01", title_en__startswith="The Constitution")
    TimelineEvent.objects.filter(pk=event.pk).update(title_ru="")
    Referendum.objects.filter(slug="constitution-2026").update(question_ru="")
    events = Calendar.from_ical(client.get("/ru/calendar.ics").content).walk("VEVENT")
    marked = {str(entry["summary"]): entry["summary"].params.get("LANGUAGE") for entry in events[1:]}
    assert marked.pop(event.title_kk) == "kk"  # Russian falls back to Kazakh first
    assert set(marked.values()) == {None}
    assert events[0]["description"].params["LANGUAGE"] == "kk"


def test_the_sitemap_index_splits_a_large_section_into_pages_each_within_the_limit(client, seeded, monkeypatch):
    monkeypatch.setattr(sitemaps.TranslatedSitemap, "limit", 3 * 4)  # four items a page, in three languages
    now = timezone.now()
    Article.objects.bulk_create(
        Article(title_en=f"Extra {n}", lead_en="x", slug=f"extra-{n}", status="published", published_at=now)
        for n in range(10)
    )
    news_pages = [page for page in sitemap_pages(client) if "/sitemap-news.xml" in page]
    published = Article.objects.published().count()
    assert len(news_pages) == -(-published // 4) > 2
    assert news_pages[1] == "http://testserver/sitemap-news.xml?p=2"
    listed = []
    for page in news_pages:
        root = ElementTree.fromstring(client.get(page.removeprefix("http://testserver")).content)
        locations = [url.find(f"{SITEMAP}loc").text for url in root.findall(f"{SITEMAP}url")]
        assert 0 < len(locations) <= 12
        listed += locations
    assert len(listed) == len(set(listed))
    expected = {f"http://testserver/en/news/extra-{n}/" for n in range(10)}
    expected |= {
        f"http://testserver{a.get_absolute_url()}" for a in Article.objects.published() if a.has_language("kk")
    }
    assert expected <= set(listed)
    assert "http://testserver/en/news/extra-7/" in listed
    assert client.get(f"/sitemap-news.xml?p={len(news_pages) + 1}").status_code == 404
    assert client.get("/sitemap-news.xml?p=x").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_a_title_with_a_line_break_gives_a_calendar_name_on_one_line(client, seeded):
    """The library writes the calendar's name unescaped: a line break there made the whole file a 500."""
    Referendum.objects.filter(slug="constitution-2026").update(title_en="The referendum\non the new Constitution")
    response = client.get("/en/calendar.ics")
    assert response.status_code == 200
    assert str(Calendar.from_ical(response.content)["x-wr-calname"]) == "The referendum on the new Constitution"
